"""Photo captions printed with a news article: kept apart from the body with their
description, title, credit and VIRIN, however the page lays them out."""

import pytest

from statements.parsing import parse
from tests.articles import story

QUOTE = '"We are ready," Defense Secretary Lloyd J. Austin III said today.'
QUOTE_TURNS = ["We are ready", "Defense Secretary Lloyd J. Austin III said today."]  # its turns


def test_a_caption_without_title_or_description_is_just_its_text_and_credit():
    doc = parse(
        story(
            QUOTE,
            "Defense Secretary Lloyd J. Austin III speaks at the Pentagon in Washington, "
            "Oct. 20, 2021.\nPhoto By: Army Sgt. Jane Doe\nVIRIN: 211020-A-AB123-1002",
            '"We will deliver," he said.',
        )
    )
    (caption,) = doc.captions
    assert (caption.alt_text, caption.title) == ("", "")
    assert caption.text.startswith("Defense Secretary Lloyd J. Austin III speaks")
    assert (caption.credit, caption.virin) == ("Army Sgt. Jane Doe", "211020-A-AB123-1002")
    assert [t.text for t in doc.turns] == [*QUOTE_TURNS, "We will deliver", "he said."]


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Photo by Chad J. McNeeley, DOD", "Chad J. McNeeley, DOD"),
        ("Photo by: NATO", "NATO"),
        ("Credit: NATO", "NATO"),
        ("Video By: Courtesy of the U.S. Army", "Courtesy of the U.S. Army"),
        ("Photo: Ministry of Defence", "Ministry of Defence"),
    ],
)
def test_credit_lines_in_their_usual_spellings_close_a_caption(credit_line, credit):
    doc = parse(
        story(QUOTE, f"Soldiers board a C-17 Globemaster III at Fort Bragg, N.C.\n{credit_line}")
    )
    (caption,) = doc.captions
    assert caption.credit == credit
    assert caption.text == "Soldiers board a C-17 Globemaster III at Fort Bragg, N.C."
    assert [t.text for t in doc.turns] == QUOTE_TURNS


def test_a_bracketed_credit_at_the_end_of_a_caption_is_taken_out_of_its_text():
    doc = parse(
        story(
            QUOTE,
            "Paratroopers jump over Fort Bragg, N.C., Feb. 20, 2025. (U.S. Army photo by "
            "Spc. Maria Lopez)\nVIRIN: 250220-A-XY987-1001M",
        )
    )
    (caption,) = doc.captions
    assert caption.text == "Paratroopers jump over Fort Bragg, N.C., Feb. 20, 2025."
    assert caption.credit == "Spc. Maria Lopez"
    assert caption.virin == "250220-A-XY987-1001M"


def test_a_credit_closing_the_caption_sentence_is_taken_out_of_it():
    doc = parse(
        story(
            QUOTE,
            "NATO Secretary General Jens Stoltenberg speaks in Brussels, Oct. 20, 2021. "
            "Photo by NATO",
        )
    )
    (caption,) = doc.captions
    assert (
        caption.text == "NATO Secretary General Jens Stoltenberg speaks in Brussels, Oct. 20, 2021."
    )
    assert caption.credit == "NATO"
    assert [t.text for t in doc.turns] == QUOTE_TURNS


def test_captions_in_a_page_without_blank_lines_do_not_swallow_the_body():
    text = (
        "NATO Chief Details Agenda\n"
        "NATO defense ministers are meeting, Secretary General Jens Stoltenberg said today.\n"
        '"We must keep our edge," Stoltenberg said.\n'
        "A man stands at a podium.\n"
        "Jens Stoltenberg\n"
        "NATO Secretary General Jens Stoltenberg speaks in Brussels, Oct. 20, 2021.\n"
        "Photo By: NATO\n"
        "VIRIN: 211020-O-D0439-006\n"
        '"We will not mirror Russia," Stoltenberg said.\n'
    )
    doc = parse(text)
    (caption,) = doc.captions
    assert (caption.alt_text, caption.title) == ("A man stands at a podium.", "Jens Stoltenberg")
    assert [t.kind for t in doc.turns] == ["narrative", "quote", "narrative", "quote", "narrative"]
    assert doc.date.isoformat() == "2021-10-20"


def test_a_caption_glued_under_a_paragraph_leaves_the_paragraph_in_the_body():
    paragraph = '"We are ready," Defense Secretary Lloyd J. Austin III said today.'
    doc = parse(
        story(
            paragraph + "\nA man speaks at a lectern.\nLloyd J. Austin III\n"
            "Austin speaks in Washington, Oct. 20, 2021.\nPhoto By: Chad J. McNeeley"
        )
    )
    (caption,) = doc.captions
    assert (caption.alt_text, caption.title) == (
        "A man speaks at a lectern.",
        "Lloyd J. Austin III",
    )
    assert [t.text for t in doc.turns] == QUOTE_TURNS


def test_photo_player_furniture_is_dropped():
    doc = parse(
        story(
            QUOTE,
            "Photo Details\nDownload: Full Size (2.1 MB)\nAustin speaks in Washington.\n"
            "Photo By: Chad J. McNeeley\nVIRIN: 211020-D-TT977-0180",
        )
    )
    assert "Photo Details" in doc.dropped
    assert [c.text for c in doc.captions] == ["Austin speaks in Washington."]
    assert [t.text for t in doc.turns] == QUOTE_TURNS
