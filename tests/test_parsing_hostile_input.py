"""Hostile input to the parsers: texts built to make a pattern backtrack or a loop rescan.

Each case here stalled an import for a minute or more before its step was made linear; each
must now parse within a generous bound scaled to its size (CPU time of this process, so that
other work on the machine does not count). The property tests in
test_parsing_any_text.py try many more shapes; ``python -m bench.parse_worst`` prints the
worst time per MB.
"""

import time

import pytest

from statements.parsing import exchanges, parse
from statements.parsing import labels as label_reader
from statements.parsing.kinds import find_kind
from statements.parsing.newspage import _PLACE_NAME
from statements.parsing.places import is_place, title_place
from statements.parsing.speakers import INTERPRETER, JOURNALIST, PRINCIPAL, Piece
from statements.parsing.where import CAPTION_PLACE


def seconds_allowed(text: str) -> float:
    """5 s per MB and 10 s to spare: linear steps take a small part of it, quadratic ones
    took minutes on the sizes below."""
    return 10 + 5 * len(text) / 1e6


def cpu_seconds(function, *args) -> float:
    start = time.process_time()
    function(*args)
    return time.process_time() - start


SPACES = "Good afternoon" + " " * 100_000 + "everyone."


def test_a_long_run_of_spaces_after_words_is_read_at_once():
    assert cpu_seconds(label_reader.read, SPACES) < seconds_allowed(SPACES)
    assert cpu_seconds(parse, SPACES) < seconds_allowed(SPACES)


def test_a_label_still_reads_with_its_time_code_and_spaces_before_its_colon():
    label = label_reader.read("Lloyd Austin   (02:31) : Thank you.")
    assert (label.name, label.text) == ("Lloyd Austin", "Thank you.")
    assert label_reader.read("Jens Stoltenberg :  Good afternoon.").name == "Jens Stoltenberg"


def test_a_long_hyphenated_run_is_no_kind_and_is_read_at_once():
    text = "Anna-" * 20_000
    assert cpu_seconds(find_kind, text) < seconds_allowed(text)
    assert cpu_seconds(parse, text) < seconds_allowed(text)
    assert find_kind("NATO-Ukraine press conference") == (
        "press_conference",
        "NATO-Ukraine press conference",
    )


@pytest.mark.parametrize(
    "title",
    ["Anna, " * 16_000 + ":", "Press Conference, " + "Brussels, " * 10_000],
    ids=["names-then-a-colon", "a-place-repeated"],
)
def test_a_title_of_many_commas_is_read_at_once(title):
    assert cpu_seconds(title_place, title, set()) < seconds_allowed(title)
    assert cpu_seconds(parse, title) < seconds_allowed(title)


def test_the_place_at_the_end_of_a_title_is_still_found():
    assert title_place("Press conference, Brussels, Belgium", set()) == "Brussels, Belgium"
    assert title_place("Remarks, New York, USA", set()) == "New York, USA"
    assert title_place("Remarks, Warsaw Castle, Warsaw, Poland", set()) == (
        "Warsaw Castle, Warsaw, Poland"
    )
    assert title_place("Remarks, Brussels, Belgium, 2023", set()) == ""


def test_a_run_of_initials_ending_a_line_is_read_at_once():
    text = "Washington, " + "A." * 50_000 + "a."
    assert cpu_seconds(is_place, text) < seconds_allowed(text)
    assert is_place("Washington, D.C.")


def pieces(n: int, answering_side: str) -> list[Piece]:
    """Questions alternating with answers (or with an interpreter's renderings)."""
    return [
        Piece(label=None, line=i, side=JOURNALIST, text="Why?")
        if i % 2 == 0
        else Piece(label=None, line=i, side=answering_side, text="Because.", speaker="Anna Lee")
        for i in range(n)
    ]


def test_two_hundred_thousand_questions_and_answers_make_their_exchanges_at_once():
    # Each answer looked ahead through a copy of the rest of the document: minutes.
    answered = pieces(200_000, PRINCIPAL)
    assert cpu_seconds(exchanges.build, answered) < 10
    assert len(exchanges.build(pieces(6, PRINCIPAL))) == 3


def test_sixty_thousand_questions_rendered_by_an_interpreter_make_their_exchanges_at_once():
    # Each rendering looked for the interpreted principal from the top again: minutes.
    interpreted = pieces(60_000, INTERPRETER)
    assert cpu_seconds(exchanges.build, interpreted) < 10


def test_a_short_transcript_of_alternating_questions_and_answers_parses_in_linear_time():
    text = "\n".join("Q: Why?" if i % 2 == 0 else "A: Because." for i in range(20_000))
    doc = parse(text)
    assert len(doc.exchanges) == 10_000
    assert cpu_seconds(parse, text) < seconds_allowed(text)


@pytest.mark.parametrize("prefix", ["[00:00] ", "[Interpretation] "])
def test_a_line_of_thousands_of_time_codes_or_interpreters_marks_is_no_label(prefix):
    line = prefix * 20_000 + "Jens Stoltenberg: Good afternoon."
    assert label_reader.read(line) is None or label_reader.read(line).kind == "interpreter"
    assert cpu_seconds(parse, line) < seconds_allowed(line)
    label = label_reader.read(prefix * 2 + "Jens Stoltenberg: Good afternoon.")
    assert label.name == "Jens Stoltenberg"


def test_a_long_word_in_a_last_updated_line_is_not_cut_every_way():
    # "(?:\s*\S+){0,6}$" tried every way of cutting the word into six: minutes for 300 bytes.
    text = (
        "Statement\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\n"
        "Last updated 7 " + "x" * 200 + " a b c d e f g h\n\nMore."
    )
    assert cpu_seconds(parse, text) < seconds_allowed(text)


def word(i: int) -> str:
    """A distinct capitalised word for each number: 0 -> "Aaaaaa", 1 -> "Baaaaa", ..."""
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[i // 26**k % 26] for k in range(6))
    return letters.title()


def test_thousands_of_journalists_from_thousands_of_outlets_are_read_in_linear_time():
    # Each outlet was compared with every outlet named before it.
    text = "\n".join(
        f"Q ({word(i)} {word(i)}, {word(i)} Times): Why?\nA: Yes." for i in range(5_000)
    )
    doc = parse(text)
    assert (doc.turns[2].speaker, doc.turns[2].outlet) == ("Baaaaa Baaaaa", "Baaaaa Times")
    assert cpu_seconds(parse, text) < seconds_allowed(text)


def test_a_hyphenated_run_after_in_is_not_cut_into_places_every_way():
    # Hyphens both joined and separated a place's words: every cut was tried.
    text = "Soldiers train in " + "Anna-" * 800 + " 7 May"
    assert cpu_seconds(lambda: list(CAPTION_PLACE.finditer(text))) < seconds_allowed(text)
    assert cpu_seconds(_PLACE_NAME.fullmatch, "Anna-" * 800 + "!") < seconds_allowed(text)
    (found,) = CAPTION_PLACE.finditer("Soldiers train in Saint-Malo, France, May 7, 2021.")
    assert found["place"] == "Saint-Malo"


SPACES_100K = " " * 100_000


@pytest.mark.parametrize(
    ("module", "pattern", "method", "text"),
    [
        ("captions", "_FURNITURE_AFTER", "search", "Caption" + SPACES_100K + "x"),
        ("captions", "_VIRIN_ANYWHERE", "search", "VIRIN" + SPACES_100K + "x"),
        ("chrome", "_PARTS", "split", "Share" + SPACES_100K + "x"),
        ("header", "_DELIVERY_IN_TITLE", "search", "Remarks" + SPACES_100K + "x"),
        ("labels", "_SEPARATOR", "search", "Jens" + SPACES_100K + "x"),
        ("newspage", "_BREADCRUMB_SEPARATORS", "split", "News" + SPACES_100K + "x"),
        ("newspage", "_DASH_PARTS", "split", "News" + SPACES_100K + "x"),
        ("principals", "_CLAUSE_END", "search", "Remarks" + SPACES_100K + "x"),
        ("principals", "_SPLIT_PEOPLE", "split", "Jens" + SPACES_100K + "x"),
        ("quotes", "_SIGNATURE_DATE", "search", "Jens" + SPACES_100K + "x"),
        ("holders", "_NAME_RUN", "search", "NATO" * 25_000 + ")"),
        ("principals", "_ACTOR_VERB", "match", "Remarks" + SPACES_100K + "x"),
        ("principals", "_FULL_STOP", "findall", "Anna" * 25_000 + ":"),
        ("captions", "CREDIT", "match", "photo" + SPACES_100K),
        ("labels", "_JOURNALIST", "match", "With" + SPACES_100K + "x\n"),
        ("newspage", "_BARS_AND_SLASHES", "split", "News" + SPACES_100K + "x"),
    ],
)
def test_a_pattern_searched_through_a_long_run_reads_it_once(module, pattern, method, text):
    import importlib
    import re

    compiled = getattr(importlib.import_module(f"statements.parsing.{module}"), pattern)
    compiled = compiled if isinstance(compiled, re.Pattern) else re.compile(compiled)
    assert cpu_seconds(getattr(compiled, method), text) < seconds_allowed(text)
