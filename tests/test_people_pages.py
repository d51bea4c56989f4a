import datetime

import pytest
from django.urls import reverse

from statements.models import Person
from tests.factories import (
    make_exchange,
    make_outlet,
    make_person,
    make_statement,
    make_topic,
    make_transcript,
    make_turn,
    tag,
)
from tests.pagecheck import page

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_years():
    """Kolb asks Stoltenberg three questions for SZ over two years; Somer asks one."""
    stoltenberg, kolb, somer = (
        make_person(n) for n in ("Jens Stoltenberg", "Matthias Kolb", "Iryna Somer")
    )
    sz, interfax = make_outlet("Süddeutsche Zeitung"), make_outlet("Interfax-Ukraine")
    drones = make_topic("Drone warfare")
    old = make_transcript(
        title="Old conference",
        date=datetime.date(2020, 5, 1),
        speaker=stoltenberg,
        journalists=[(kolb, sz)],
    )
    new = make_transcript(
        title="New conference",
        date=datetime.date(2021, 6, 1),
        speaker=stoltenberg,
        journalists=[(kolb, sz), (somer, interfax), (kolb, sz)],
    )
    tag(new, drones)
    tag(new.exchanges.get(position=3), drones)
    return {
        "stoltenberg": stoltenberg,
        "kolb": kolb,
        "sz": sz,
        "old": old,
        "new": new,
        "drones": drones,
    }


def test_a_journalist_page_lists_every_question_with_date_outlet_statement_and_answer(
    client, two_years
):
    kolb = two_years["kolb"]
    response = client.get(kolb.get_absolute_url())
    html = response.content.decode()
    assert page(response).h1() == ["Matthias Kolb"]
    assert html.count('class="exchange-item"') == 3
    assert 'Questions asked <span class="count">3</span>' in html
    assert "1 June 2021" in html and "1 May 2020" in html
    assert html.index("New conference") < html.index("Old conference")  # newest first
    assert 'href="/outlets/suddeutsche-zeitung/">Süddeutsche Zeitung</a>' in html
    assert 'Answered by <a href="/people/jens-stoltenberg/">Jens Stoltenberg</a>' in html
    assert "Well, allies discussed deterrence and defence." in html
    for exchange in kolb.exchanges.all():
        assert exchange.get_absolute_url() in html


def test_an_officials_page_lists_statements_and_answers_by_date(client, two_years):
    html = client.get(two_years["stoltenberg"].get_absolute_url()).content.decode()
    assert 'Statements and answers <span class="count">6</span>' in html
    assert html.count('class="remark-group"') == 2  # grouped by statement
    assert html.index("New conference") < html.index("Old conference")
    assert 'Answer to <a href="/people/iryna-somer/">Iryna Somer</a>, Interfax-Ukraine' in html
    assert "Secretary General" in html  # the role printed beside the name


def test_a_person_page_counts_per_year_and_per_topic(client, two_years):
    html = client.get(two_years["kolb"].get_absolute_url()).content.decode()
    assert '<td><a href="/people/matthias-kolb/?year=2020">2020</a></td><td>1</td>' in html
    assert '<td><a href="/people/matthias-kolb/?year=2021">2021</a></td><td>2</td>' in html
    assert (
        'href="?show=questions&amp;topic=drone-warfare">Drone warfare</a> <span class="count">1</span>'
        in html
    )


def test_an_officials_counts_are_of_the_statements_they_speak_in(client, two_years):
    html = client.get(two_years["stoltenberg"].get_absolute_url()).content.decode()
    assert '<td><a href="/people/jens-stoltenberg/?year=2020">2020</a></td><td>1</td>' in html
    assert '<td><a href="/people/jens-stoltenberg/?year=2021">2021</a></td><td>1</td>' in html
    assert (
        'href="?show=remarks&amp;topic=drone-warfare">Drone warfare</a> <span class="count">1</span>'
        in html
    )
    narrowed = client.get(two_years["stoltenberg"].get_absolute_url(), {"topic": "drone-warfare"})
    assert narrowed.content.decode().count('class="remark-group"') == 1


def test_a_year_or_a_topic_narrows_a_persons_list(client, two_years):
    url = two_years["kolb"].get_absolute_url()
    html = client.get(url, {"year": 2020}).content.decode()
    assert html.count('class="exchange-item"') == 1 and "Old conference" in html
    html = client.get(url, {"show": "questions", "topic": "drone-warfare"}).content.decode()
    assert html.count('class="exchange-item"') == 1
    assert "Showing only <strong>Drone warfare</strong>" in html
    assert client.get(url, {"topic": "no-such-topic"}).status_code == 404
    assert client.get(url, {"year": "20x0"}).status_code == 404
    assert client.get(url, {"show": "nothing"}).status_code == 404


def test_someone_who_both_speaks_and_asks_gets_two_tabs(client, two_years):
    kolb = two_years["kolb"]
    make_turn(two_years["old"], "As a panellist I said this.", speaker=kolb)
    url = kolb.get_absolute_url()
    html = client.get(url).content.decode()
    assert 'href="?show=questions" aria-current="page"' in html
    assert 'href="?show=remarks">Statements and answers <span class="count">1</span>' in html
    assert "As a panellist I said this." in client.get(url, {"show": "remarks"}).content.decode()


def test_a_long_list_of_questions_is_paginated(client):
    asker, outlet = make_person("Busy Asker"), make_outlet("Daily")
    statement = make_statement()
    for _ in range(30):
        make_exchange(statement, asker, outlet)
    first = client.get(asker.get_absolute_url()).content.decode()
    assert first.count('class="exchange-item"') == 25
    second = client.get(asker.get_absolute_url(), {"page": 2}).content.decode()
    assert second.count('class="exchange-item"') == 5
    assert client.get(asker.get_absolute_url(), {"page": 3}).status_code == 404


def test_missing_people_and_outlets_are_not_found(client):
    assert client.get(reverse("statements:person", args=["nobody"])).status_code == 404
    assert client.get(reverse("statements:outlet", args=["nothing"])).status_code == 404


def test_an_outlet_page_lists_its_journalists_and_their_questions(client, two_years):
    response = client.get(two_years["sz"].get_absolute_url())
    html = response.content.decode()
    assert page(response).h1() == ["Süddeutsche Zeitung"]
    assert 'href="/people/matthias-kolb/">Matthias Kolb</a> <span class="count">3</span>' in html
    assert "Iryna Somer</a> <span" not in html
    assert html.count('class="exchange-item"') == 3
    assert (
        client.get(two_years["sz"].get_absolute_url(), {"year": 2021})
        .content.decode()
        .count('class="exchange-item"')
        == 2
    )


def test_the_people_index_lists_speakers_and_journalists_by_activity(client, two_years):
    url = reverse("statements:people")
    html = client.get(url).content.decode()
    assert (
        'href="/people/jens-stoltenberg/">Jens Stoltenberg</a></th><td class="num">2</td>' in html
    )
    html = client.get(url, {"show": "journalists"}).content.decode()
    assert html.index("Matthias Kolb") < html.index("Iryna Somer")
    assert 'Matthias Kolb</a></th><td class="num">3</td>' in html


def test_the_outlet_index_counts_questions_and_journalists(client, two_years):
    make_exchange(two_years["new"], make_person("Second SZ reporter"), two_years["sz"])
    html = client.get(reverse("statements:outlets")).content.decode()
    assert 'Süddeutsche Zeitung</a></th><td class="num">4</td><td class="num">2</td>' in html


def test_an_unresolved_speaker_label_is_shown_as_printed(client):
    statement = make_statement()
    make_turn(statement, "Next question.", speaker_label="MODERATOR")
    html = client.get(statement.get_absolute_url()).content.decode()
    assert '<span class="speaker-name">MODERATOR</span>' in html
    assert Person.objects.count() == 0
