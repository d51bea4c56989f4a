"""Transcripts written without looking at the parser (tests/data/blind_transcripts/), each with
what a careful reader extracts from it: the kind, who published it, its title and date, who
speaks in what post, who asks for which outlet, every turn and every exchange.

``bench.parse_eval_transcripts`` prints the same comparison as a table. Fields the parser does
not get right yet are listed in NOT_YET and expected to fail (strictly: fixing one shows up here
and the entry must go).
"""

from __future__ import annotations

import functools

import pytest

from bench.parse_eval_transcripts import FIELDS, compare, documents
from statements.parsing import parse

DOCUMENTS = {name: (text, expected) for name, text, expected in documents()}

NOT_YET: dict[str, set[str]] = {}


@functools.cache
def _result(name: str) -> dict:
    text, expected = DOCUMENTS[name]
    return compare(expected, parse(text).summary())


def _cases():
    for name in DOCUMENTS:
        for field in FIELDS:
            marks = []
            if field in NOT_YET.get(name, ()):
                marks = [pytest.mark.xfail(strict=True, reason="not read right yet")]
            yield pytest.param(name, field, marks=marks, id=f"{name}-{field}")


def test_every_blind_transcript_has_its_reading_and_no_stale_entry_is_listed():
    assert len(DOCUMENTS) >= 20
    assert set(NOT_YET) <= set(DOCUMENTS)


@pytest.mark.parametrize(("name", "field"), list(_cases()))
def test_the_parser_reads_a_blind_transcript_as_a_careful_reader_does(name, field):
    right, difference = _result(name)[field]
    assert right, difference
