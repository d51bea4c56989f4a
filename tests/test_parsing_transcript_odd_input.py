"""Odd transcripts parse whole and never raise: stray labels and brackets, a transcript prefix
and an end mark, empty labels, Windows line ends and odd spaces, five megabytes at once."""

from pathlib import Path

import pytest

from statements.parsing import parse

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = (DATA / "nato-transcript.txt").read_text()


@pytest.mark.parametrize(
    "text",
    [
        "Q:",
        "Q:\nQ:\nMODERATOR:\n",
        "Moderator:\n\nJens Stoltenberg:\n\nQ:\n",
        "Press Conference\nby",
        "Q: (unclosed parenthesis",
        "Question [",
        "Interpreter:\n[Interpretation]\nInterpreter: text",
        "A.\nQ.\nA. b\nQ. c",
        "• |\n• Last updated:\n• Last updated: 99 Foo 2021",
        "Name (:",
        "(((\n[[[\n)))",
    ],
)
def test_odd_input_parses_without_raising(text):
    doc = parse(text)
    assert doc.summary()["format"] in ("transcript", "plain")


def test_a_transcript_prefix_and_an_end_mark_stay_out_of_title_and_speech():
    doc = parse(
        "Transcript: Press conference by NATO Secretary General Jens Stoltenberg\n07 Oct. 2021\n"
        "Good afternoon.\n\nReuters: Why?\n\nJens Stoltenberg: Because.\n\n[END]\n"
    )
    assert doc.title == "Press conference by NATO Secretary General Jens Stoltenberg"
    assert doc.turns[-1].text == "Because." and doc.dropped == ["[END]"]
    assert doc.questioners() == [{"name": "", "outlet": "Reuters"}]


def test_a_label_with_nothing_after_it_makes_no_empty_turn():
    doc = parse(
        "MODERATOR:\n\nJOHN SMITH: Hello.\n\nQUESTION:\n\nJOHN SMITH: Bye.\n\nQUESTION: Why?\n"
    )
    assert all(t.text for t in doc.turns)
    assert [t.text for t in doc.turns] == ["Hello.", "Bye.", "Why?"]


def test_crlf_tabs_non_breaking_spaces_and_curly_quotes_read_like_plain_text():
    messy = (
        SAMPLE.replace("\n", "\r\n")
        .replace("Oana Lungescu, spokesperson:", "Oana\u00a0Lungescu,\tspokesperson:")
        .replace("That's correct.", "That’s correct.")
    )
    doc, clean = parse(messy), parse(SAMPLE)
    assert [(t.speaker, t.kind) for t in doc.turns] == [(t.speaker, t.kind) for t in clean.turns]
    assert doc.questioners() == clean.questioners()


def test_a_five_megabyte_transcript_parses_whole():
    copies = 5_000_000 // len(SAMPLE) + 1
    doc = parse("\n".join([SAMPLE] * copies))
    assert doc.n_questions() == 5 * copies
    assert len(doc.exchanges) >= 5 * copies - copies  # follow-ups across copies may merge
