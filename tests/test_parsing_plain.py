"""The plain-text fallback: anything readable imports with a title, a date when one is printed
near the top, and its paragraphs; nothing unfamiliar makes it fail."""

import datetime

import pytest

from statements.parsing import parse, plain
from statements.parsing.text import lines


def test_the_title_is_the_first_meaningful_line_not_a_date_bullet_or_chrome():
    doc = parse(
        "Skip to main content\n\n07 Oct. 2021\n\n• Item one\n\n-----\n\n"
        "Budget Committee Minutes\n\nThe committee met four times.\n"
    )
    assert doc.format == "plain"
    assert doc.title == "Budget Committee Minutes"


def test_the_date_near_the_top_is_the_documents_date():
    doc = parse("Budget Committee Minutes\n\n07 Oct. 2021\n\nThe committee met.\n")
    assert doc.date == datetime.date(2021, 10, 7)


def test_a_date_printed_in_a_sentence_near_the_top_is_used_when_no_date_line_exists():
    doc = parse("Minutes\n\nThe committee met on 3 May 2022 in Brussels.\n")
    assert doc.date == datetime.date(2022, 5, 3)


def test_a_date_line_wins_over_dates_inside_sentences():
    doc = parse("Minutes\n\nThe treaty of 4 April 1949 was discussed.\n\nPublished 3 May 2022\n")
    assert doc.date == datetime.date(2022, 5, 3)


def test_each_paragraph_is_a_narrative_turn_and_the_title_is_not_repeated():
    doc = parse("Notes\n\nFirst paragraph.\n\nSecond paragraph,\nwrapped here.\n")
    assert [(t.kind, t.text) for t in doc.turns] == [
        ("narrative", "First paragraph."),
        ("narrative", "Second paragraph, wrapped here."),
    ]
    assert [t.line for t in doc.turns] == [3, 5]


def test_a_list_keeps_its_line_breaks():
    doc = parse("Agenda\n\n• Ukraine\n• Afghanistan\n• Cyber defence\n")
    assert doc.turns[0].text == "• Ukraine\n• Afghanistan\n• Cyber defence"


def test_an_overlong_first_line_gives_its_first_sentence_and_stays_in_the_body():
    paragraph = "NATO allies agreed on a new plan. " + "They will spend more on defence. " * 10
    doc = parse(paragraph)
    assert doc.title == "NATO allies agreed on a new plan."
    assert doc.turns[0].text == paragraph.strip()


def test_a_title_too_long_for_a_sentence_is_cut_at_a_word():
    doc = parse("word " * 100)
    assert len(doc.title) <= plain.TITLE_MAX + 1
    assert doc.title.endswith("word…")


def test_an_email_subject_line_gives_the_title():
    doc = parse("Subject: Budget meeting\n\nThe budget was approved.\n")
    assert doc.title == "Budget meeting"
    assert [t.text for t in doc.turns] == ["The budget was approved."]


@pytest.mark.parametrize(
    "text",
    [
        "!!!\n\n???\n",
        "12345\n\n67890\n",
        "A" * 100_000,
        "\n".join(["line"] * 5000),
        "“”‘’«»—–•\n",
        "Title\n\n" + "é" * 300,
        "\x0c\n\n\x0c",
    ],
)
def test_unfamiliar_text_never_fails(text):
    doc = parse(text)
    assert doc.title
    assert doc.format in ("plain", "news_article")


def test_a_text_with_no_words_is_untitled_but_kept():
    doc = parse("!!!\n\n???\n")
    assert doc.title == "Untitled"
    assert [t.text for t in doc.turns] == ["!!!", "???"]


def test_plain_claims_any_text_with_a_line():
    assert plain.looks_like(lines("x\n"))
    assert not plain.looks_like(lines("\n\n"))


def test_a_page_banner_dropped_as_chrome_still_names_the_publisher():
    doc = parse(
        "An official website of the United States Government\nHere's how you know\n\n"
        "Contracts For Oct. 20, 2021\n\n"
        "You have accessed part of a historical collection on defense.gov. Please contact the "
        "DOD Webmaster with any questions.\n\n"
        "ARMY\n\nLockheed Martin Corp., Grand Prairie, Texas, was awarded a $10,000,000 "
        "contract for missile production.\n"
    )
    assert doc.format == "plain"
    assert doc.title == "Contracts For Oct. 20, 2021"
    assert doc.organisation == "U.S. Department of Defense"
    assert "Here's how you know" in doc.dropped
