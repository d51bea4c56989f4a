"""Searching by words, phrases, OR, exclusions and field prefixes, with stemming."""

import pytest
from django.urls import reverse

from tests.factories import make_outlet, make_person, make_press_conference

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(reindex):
    sg = make_person("Jens Stoltenberg")
    teri = make_person("Teri Schultz")
    afp = make_outlet("Agence France-Presse", aliases="AFP")
    make_press_conference(
        "Meeting of defence ministers",
        speaker=sg,
        opening="We discussed collective defence and new missile systems.",
        exchanges=[
            (teri, afp, "What about Afghanistan?", "Our mission in Afghanistan has ended."),
            (None, None, "And the budget?", "Defence spending keeps rising across Europe."),
        ],
    )
    make_press_conference(
        "Doorstep on Ukraine",
        speaker=make_person("Mircea Geoana"),
        opening="Support for Ukraine is defence of our values. Defence collective matters.",
    )
    reindex()


def hits(client, **params):
    response = client.get(reverse("statements:search"), params)
    assert response.status_code == 200
    return response.context["count"], [r["url"] for r in response.context["results"]]


def test_all_words_must_match(client, archive):
    count, urls = hits(client, q="mission afghanistan")
    assert count == 1
    assert urls[0].endswith("#q1")


def test_a_plural_finds_the_singular(client, archive):
    count, urls = hits(client, q="missiles")
    assert count == 1
    assert urls[0].endswith("#t1")


def test_a_phrase_matches_only_words_in_that_order(client, archive):
    count, urls = hits(client, q='"collective defence"')
    assert count == 1
    assert "meeting-of-defence-ministers" in urls[0]


def test_or_matches_either_word(client, archive):
    count, _ = hits(client, q="afghanistan OR ukraine")
    assert count == 2


def test_a_minus_excludes_a_word(client, archive):
    with_word, _ = hits(client, q="defence")
    without, urls = hits(client, q="defence -ukraine")
    assert with_word == 3
    assert without == 2
    assert all("ukraine" not in url for url in urls)


def test_speaker_prefix_finds_what_a_person_said(client, archive):
    count, urls = hits(client, q="speaker:geoana")
    assert count == 1
    assert "doorstep-on-ukraine" in urls[0]


def test_outlet_prefix_matches_an_alias(client, archive):
    count, urls = hits(client, q="outlet:afp")
    assert count == 1
    assert urls[0].endswith("#q1")


def test_journalist_prefix_with_a_word(client, archive):
    count, _ = hits(client, q="journalist:schultz afghanistan")
    assert count == 1


def test_whole_statements_mode_matches_words_anywhere_in_a_statement(client, archive):
    count, urls = hits(client, q="budget missile", show="statements")
    assert count == 1
    assert urls[0].endswith("/meeting-of-defence-ministers/") or "#" not in urls[0]
    passages, _ = hits(client, q="budget missile")
    assert passages == 0
