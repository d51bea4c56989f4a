"""Exports: the results of any search, and a person's or an outlet's questions, as CSV or JSON
Lines, one row per hit or exchange with its permalink.

Streamed in constant memory whatever the size: the search engine is read a page of hits at a
time (each page runs the search again through haystack, without snippets or facets) and the
database in chunks (``iterator(chunk_size=...)``); rows are written out as they are made.

CSV cells that begin with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return get a leading
apostrophe, so that a spreadsheet shows them as text instead of running them as formulas
(CSV injection); JSON Lines keep every value as it is.
"""

from __future__ import annotations

import csv
import datetime
import json
import logging
from collections.abc import Iterable, Iterator

from django.db.models import Prefetch
from haystack.exceptions import SearchBackendError

from statements.models import Exchange, Statement, Topic, Turn
from statements.search_indexes import HIT_EXCHANGE, HIT_STATEMENT, HIT_TURN

log = logging.getLogger("statements.exports")

ENGINE_PAGE = 200  # hits read from the search engine at a time
CHUNK = 500  # rows read from the database at a time
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

EXCHANGE_COLUMNS = [
    "id",
    "statement",
    "date",
    "kind",
    "title",
    "position",
    "journalist",
    "journalist_slug",
    "outlet",
    "outlet_slug",
    "question",
    "answered_by",
    "answer",
    "topics",
    "permalink",
]
SEARCH_COLUMNS = [
    "hit",
    "id",
    "statement",
    "date",
    "kind",
    "title",
    "label",
    "journalist",
    "outlet",
    "speakers",
    "question",
    "text",
    "topics",
    "permalink",
]


# --- Writing rows ------------------------------------------------------------------------------


def safe_cell(value) -> str:
    """A CSV cell: lists joined with '; ', text that a spreadsheet would run as a formula
    prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, bool | int | float | datetime.date):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class _Line:
    """A file-like object whose write returns what was written (for csv.writer)."""

    def write(self, value: str) -> str:
        return value


def csv_lines(columns: list[str], rows: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow(columns)
    for row in rows:
        yield writer.writerow([safe_cell(row.get(c)) for c in columns])


def json_lines(columns: list[str], rows: Iterable[dict]) -> Iterator[str]:
    for row in rows:
        yield json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False, default=str) + "\n"


# --- Exchanges from the database -------------------------------------------------------------


def exchanges_for_export(queryset):
    """Exchanges with everything a row shows, for ``iterator(chunk_size=CHUNK)``."""
    turns = Turn.objects.filter(kind__in=[Turn.Kind.QUESTION, Turn.Kind.ANSWER])
    turns = turns.select_related("speaker").only(
        "exchange_id", "position", "kind", "text", "speaker_label", "speaker__name"
    )
    return (
        queryset.select_related("statement", "journalist", "outlet", "question")
        .only(
            "position",
            "statement__slug",
            "statement__title",
            "statement__date",
            "statement__kind",
            "journalist__name",
            "journalist__slug",
            "outlet__name",
            "outlet__slug",
            "question__position",
            "question__speaker_label",
            "question__outlet_label",
        )
        .prefetch_related(
            Prefetch("turns", queryset=turns.order_by("position"), to_attr="qa_turns"),
            Prefetch("topics", queryset=Topic.objects.only("name")),
        )
    )


def exchange_row(exchange: Exchange, absolute) -> dict:
    statement = exchange.statement
    questions = [t for t in exchange.qa_turns if t.kind == Turn.Kind.QUESTION]
    answers = [t for t in exchange.qa_turns if t.kind == Turn.Kind.ANSWER]
    who = [t.speaker.name if t.speaker_id else t.speaker_label for t in answers]
    return {
        "id": f"{statement.slug}/q{exchange.position}",
        "statement": statement.slug,
        "date": statement.date.isoformat() if statement.date else None,
        "kind": statement.kind,
        "title": statement.title,
        "position": exchange.position,
        "journalist": exchange.journalist.name
        if exchange.journalist_id
        else exchange.question.speaker_label,
        "journalist_slug": exchange.journalist.slug if exchange.journalist_id else None,
        "outlet": exchange.outlet.name if exchange.outlet_id else exchange.question.outlet_label,
        "outlet_slug": exchange.outlet.slug if exchange.outlet_id else None,
        "question": "\n\n".join(t.text for t in questions),
        "answered_by": list(dict.fromkeys(w for w in who if w)),
        "answer": "\n\n".join(t.text for t in answers),
        "topics": [t.name for t in exchange.topics.all()],
        "permalink": absolute(exchange.get_page_url()),
    }


def exchange_rows(queryset, absolute) -> Iterator[dict]:
    """Rows of the exchanges of ``queryset``, read CHUNK at a time."""
    for exchange in exchanges_for_export(queryset).iterator(chunk_size=CHUNK):
        yield exchange_row(exchange, absolute)


# --- Search hits ---------------------------------------------------------------------------


def engine_pages(sqs, size: int = ENGINE_PAGE) -> Iterator[list]:
    """The hits of a SearchQuerySet, a page at a time, in its order. Each page is a fresh query
    (no snippets, no facets) so that nothing accumulates."""
    start = 0
    while True:
        page = sqs.all()
        page.query.highlight = False
        page.query.facets = {}
        page.query.set_limits(start, start + size)
        results = page.query.get_results()
        if not results:
            return
        yield results
        start += size
        if start >= page.query.get_count():
            return


def _in_bulk(queryset, pks: list[str]) -> dict[str, object]:
    ids = [int(pk) for pk in pks if str(pk).isdigit()]
    return {str(obj.pk): obj for obj in queryset.filter(pk__in=ids)} if ids else {}


def hit_rows(pages: Iterable[list], absolute) -> Iterator[dict]:
    """A row per hit, the database read once per model per engine page."""
    turns_of = Prefetch(
        "turns",
        queryset=Turn.objects.select_related("speaker").only(
            "statement_id", "position", "kind", "text", "speaker_label", "speaker__name"
        ),
        to_attr="all_turns",
    )
    for results in pages:
        wanted: dict[str, list[str]] = {}
        for result in results:
            wanted.setdefault(result.model_name, []).append(str(result.pk))
        exchanges = _in_bulk(
            exchanges_for_export(Exchange.objects.all()), wanted.get("exchange", [])
        )
        turns = _in_bulk(
            Turn.objects.select_related("statement", "speaker")
            .defer("statement__original_text")
            .prefetch_related(Prefetch("statement__topics", queryset=Topic.objects.only("name"))),
            wanted.get("turn", []),
        )
        statements = _in_bulk(
            Statement.objects.defer("original_text").prefetch_related(
                turns_of, Prefetch("topics", queryset=Topic.objects.only("name"))
            ),
            wanted.get("statement", []),
        )
        for result in results:
            pk = str(result.pk)
            if result.model_name == "exchange" and pk in exchanges:
                row = exchange_row(exchanges[pk], absolute)
                yield {
                    **row,
                    "hit": HIT_EXCHANGE,
                    "label": f"Question {row['position']}",
                    "speakers": row["answered_by"],
                    "text": row["answer"],
                }
            elif result.model_name == "turn" and pk in turns:
                yield turn_row(turns[pk], absolute)
            elif result.model_name == "statement" and pk in statements:
                yield statement_row(statements[pk], absolute)
            # else: deleted since it was indexed; left out


def turn_row(turn: Turn, absolute) -> dict:
    statement = turn.statement
    speaker = turn.speaker.name if turn.speaker_id else turn.speaker_label
    return {
        "hit": HIT_TURN,
        "id": f"{statement.slug}/t{turn.position}",
        "statement": statement.slug,
        "date": statement.date.isoformat() if statement.date else None,
        "kind": statement.kind,
        "title": statement.title,
        "label": turn.get_kind_display(),
        "speakers": [speaker] if speaker else [],
        "text": turn.text,
        "topics": [t.name for t in statement.topics.all()],
        "permalink": absolute(turn.get_absolute_url()),
    }


def statement_row(statement: Statement, absolute) -> dict:
    speakers = [t.speaker.name for t in statement.all_turns if t.speaker_id]
    speakers += [t.speaker_label for t in statement.all_turns if not t.speaker_id]
    return {
        "hit": HIT_STATEMENT,
        "id": statement.slug,
        "statement": statement.slug,
        "date": statement.date.isoformat() if statement.date else None,
        "kind": statement.kind,
        "title": statement.title,
        "label": statement.get_kind_display(),
        "speakers": list(dict.fromkeys(s for s in speakers if s)),
        "text": "\n\n".join(t.text for t in statement.all_turns),
        "topics": [t.name for t in statement.topics.all()],
        "permalink": absolute(statement.get_absolute_url()),
    }


def guarded(rows: Iterator[dict], what: str) -> Iterator[dict]:
    """``rows``, logging (instead of raising into the server) if the engine fails mid-way: the
    download then ends early."""
    try:
        yield from rows
    except SearchBackendError as exc:
        log.error("The export of %s stopped: search is unavailable (%s)", what, exc)
