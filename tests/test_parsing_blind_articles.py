"""News pages, releases and odd texts the parsers were not written against (tests/data/blind).

Each document has, in tests/data/blind/expected/, what a careful reader extracts from it; every
field of it is checked here, one test per document and field, with the comparison that
``python -m bench.parse_eval`` prints as a table. A field the parser still gets wrong is an
expected failure with its reason, so that fixing it shows.
"""

from __future__ import annotations

import functools
import time

import pytest

from bench import parse_eval
from statements.parsing import document as d
from statements.parsing import parse, read
from statements.parsing.text import decode

CASES = dict(parse_eval.cases())

# What the parsers still get wrong, and why (see the report on the article-qa branch).
KNOWN = {
    ("cp1252-smart-quotes", "speaker roles"): "the role is only in 'his first week as chairman'",
    ("dod-transcript-briefing", "n_questions"): "transcript family: a 'Q:' follow-up is missed",
    ("govuk-news-story", "body starts"): "an image caption without credit opens the body",
}


@functools.cache
def checks(name: str) -> dict[str, parse_eval.Check]:
    want = CASES[name]
    data = parse_eval.source(parse_eval.BLIND, want)
    start = time.process_time()
    text, _ = decode(data)
    summary = parse(text).summary()
    seconds = time.process_time() - start
    return {c.field: c for c in parse_eval.compare(summary, want, seconds)}


def _params():
    for name in CASES:
        for field in checks(name):
            reason = KNOWN.get((name, field))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(name, field, id=f"{name}-{field}", marks=marks)


@pytest.mark.parametrize(("name", "field"), list(_params()))
def test_a_careful_reader_agrees_with_the_parse(name, field):
    check = checks(name)[field]
    assert check.ok, "; ".join(check.misses)


def blind(name: str) -> d.ParsedDocument:
    return read((parse_eval.BLIND / f"{name}.txt").read_bytes())[1]


def test_a_press_statement_is_the_secretarys_own_words_not_a_report():
    doc = blind("state-press-statement")
    assert (doc.kind, doc.organisation) == (d.STATEMENT, "U.S. Department of State")
    assert {t.speaker for t in doc.turns} == {"Antony J. Blinken"}
    assert doc.speakers() == [{"name": "Antony J. Blinken", "role": "Secretary of State"}]


def test_an_attributed_readout_is_the_spokesmans_statement_about_the_meeting():
    doc = blind("dod-readout")
    assert doc.kind == d.STATEMENT
    assert [s["name"] for s in doc.speakers()] == ["Pat Ryder"]
    assert {"Lloyd J. Austin III", "Rustem Umerov"} <= set(doc.people_mentioned)


def test_a_council_statement_has_no_person_speaking():
    doc = blind("nato-press-release")
    assert doc.kind == d.STATEMENT and doc.speakers() == []
    assert not any("Press Release (2024)" in t.text for t in doc.turns)


def test_the_defense_gov_transcript_is_left_to_the_transcript_family():
    doc = blind("dod-transcript-briefing")
    assert doc.format == "transcript"
    assert doc.n_questions() >= 3


def test_three_people_quoted_in_a_gallery_story_each_keep_their_words():
    doc = blind("dod-2022-gallery-three-speakers")
    said = {q.text[:30]: q.speaker for q in doc.quotes}
    assert said["That commitment has not change"] == "Sabrina Singh"  # "she said"
    assert said["That's a military objective th"] == "Mark A. Milley"
    assert said["We'll be with them every step "] == "Lloyd J. Austin III"
    assert [c.credit for c in doc.captions][-1] == "Tom Jarvis"  # the video's "Video By:"


def test_a_gallerys_buttons_and_double_credits_stay_out_of_its_captions():
    doc = blind("army-mil-show-caption")
    assert [c.credit for c in doc.captions] == [
        "Sgt. Maria Lopez",
        "Courtesy photo",
        "Spc. Tyler Kim",
    ]
    assert all("VIEW ORIGINAL" not in c.text and "(" not in c.text[-40:] for c in doc.captions)


def test_a_signed_quotation_box_is_the_signers_words():
    doc = blind("eu-press-release")
    boxed = [q for q in doc.quotes if q.text.startswith("Russia's war of aggression")]
    assert [q.speaker for q in boxed] == ["Ursula von der Leyen"]
    assert "IP/24/1321" not in [t.text for t in doc.turns]


def test_quotations_in_german_and_french_marks_go_to_their_speakers():
    doc = blind("newswire-multilingual-quotes")
    said = {q.text[:12]: q.speaker for q in doc.quotes}
    assert said["Wir müssen k"] == "Boris Pistorius"
    assert said["L'avenir de "] == "Emmanuel Macron"
    assert doc.organisation == "Reuters"


def test_a_french_release_is_dated_placed_and_attributed():
    doc = blind("french-communique")
    assert (doc.date.isoformat(), doc.location) == ("2025-03-05", "Paris")
    assert [q.speaker for q in doc.quotes] == ["Sébastien Lecornu"]


def test_a_page_of_cookie_buttons_keeps_its_text_and_first_line_as_title():
    doc = blind("junk-cookie-notice")
    assert (doc.format, doc.title) == ("plain", "We value your privacy")
    assert any("Save preferences" in t.text for t in doc.turns)


def test_an_e_mails_header_gives_title_and_date_and_stays_out_of_the_body():
    doc = blind("b2-email-forward")
    assert (doc.title, doc.date.isoformat()) == ("NATO summit logistics", "2025-03-04")
    assert doc.turns[0].text == "Dear colleagues,"


def test_a_three_megabyte_text_parses_in_a_few_seconds():
    text, _ = decode(parse_eval.big_document())
    start = time.process_time()
    doc = parse(text)
    assert time.process_time() - start < 5
    assert doc.title == "Annual Report on Allied Defence Cooperation"
    assert len(doc.turns) > 5000
