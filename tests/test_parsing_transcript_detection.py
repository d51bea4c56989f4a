"""Telling transcripts from other text: speaker labels, with or without a header, make a
transcript; a news article quoting people, plain prose and a list of notes do not."""

from pathlib import Path

from statements.parsing import chrome, parse, transcript
from statements.parsing import document as d
from statements.parsing.text import lines

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = (DATA / "nato-transcript.txt").read_text()


def looks_like(text: str) -> bool:
    source, _ = chrome.strip(lines(text))
    return transcript.looks_like(source)


ARTICLE = """NATO Chief Details Agenda for Defense Meeting

NATO defense ministers are meeting in Belgium, NATO Secretary General Jens Stoltenberg said today.

"We must keep our technological edge," Stoltenberg said. "Future conflicts will be fought not
just with bullets and bombs, but also with bytes and big data."

A man stands at a podium.
Jens Stoltenberg
NATO Secretary General Jens Stoltenberg speaks in Brussels, Oct. 20, 2021.
Photo By: NATO
VIRIN: 211020-O-D0439-006

The message was clear: "We will not mirror Russia's actions," he said.

A man at a lectern.
Jens Stoltenberg
NATO Secretary General Jens Stoltenberg in a press conference in Brussels, Oct. 20, 2021.
Photo By: NATO
VIRIN: 211020-O-D0439-1001
"""


def test_a_news_article_with_quotations_is_not_a_transcript():
    assert not looks_like(ARTICLE)
    assert not looks_like(
        (DATA / "transcripts" / "nato-doorstep.txt")
        .read_text()
        .replace("Doorstep statement", "Allies welcome Finland")
    )


def test_the_corpus_sample_and_a_doorstep_without_labels_are_transcripts():
    assert looks_like(SAMPLE)
    assert looks_like((DATA / "transcripts" / "nato-doorstep.txt").read_text())


def test_several_labels_without_a_header_make_a_transcript():
    text = (
        "MODERATOR: Welcome.\n\nJOHN SMITH: Thank you.\n\nQUESTION: Why?\n\nJOHN SMITH: Because.\n"
    )
    assert looks_like(text)
    doc = parse(text)
    assert doc.format == "transcript" and doc.kind == d.PRESS_CONFERENCE
    assert doc.title == "MODERATOR: Welcome."


def test_plain_prose_and_a_list_of_notes_are_not_transcripts():
    assert not looks_like("We met today.\n\nThe weather was fine.\n")
    assert not looks_like("Background: this is a note.\n\nWhy It Matters: Allies agree.\n")
