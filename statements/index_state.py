"""What the search index holds, recorded in the database, and how the two are made to agree.

The database commits first and the index after it, so a process can die, or the index refuse a
write, in between. Each statement therefore carries two numbers:

- ``revision`` takes a new value in the same transaction as any change its search documents
  show (``mark_changed``: the importer, admin saves through the signal processor, merges,
  re-tagging);
- ``indexed_revision`` is set to the revision the documents were made from, once the index has
  committed them (``record_indexed``), and only if no newer revision was committed meanwhile.

``Statement.objects.awaiting_index()`` is then exactly what an interrupted import or a failed
index write left behind; the next import indexes it. ``compare()`` reads the index itself and
says which statements it lacks, which it holds in an older revision and which it holds that
the database no longer has; ``repair()`` makes the two agree (``manage.py index_status``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from django.db import DatabaseError, connection, transaction

from statements.models import Exchange, Statement, new_revision

log = logging.getLogger("statements.search")

RECORD_CHUNK = 1000  # rows per transaction when recording what the index holds
SHOWN_IDS = 20  # ids printed per kind of difference


def mark_changed(ids: Iterable[int]) -> None:
    """Give the statements ``ids`` a new revision: their documents in the index are now old.
    Call it inside the transaction that changes them."""
    ids = sorted(set(ids))
    for i in range(0, len(ids), RECORD_CHUNK):
        Statement.objects.filter(pk__in=ids[i : i + RECORD_CHUNK]).update(revision=new_revision())


def record_indexed(revisions: dict[int, int]) -> None:
    """Record that the index holds each statement (id -> revision its documents were made
    from). A statement changed since keeps awaiting indexing. Never raises: a statement that
    cannot be recorded just stays marked for the next import or repair."""
    rows = [(revision, pk, revision) for pk, revision in sorted(revisions.items())]
    table = connection.ops.quote_name(Statement._meta.db_table)
    sql = f"UPDATE {table} SET indexed_revision = %s WHERE id = %s AND revision = %s"
    try:
        for i in range(0, len(rows), RECORD_CHUNK):
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.executemany(sql, rows[i : i + RECORD_CHUNK])
    except DatabaseError:
        log.warning(
            "Could not record that %d statement(s) are indexed; they will be indexed again",
            len(rows),
            exc_info=True,
        )


# --- comparing the index with the database ----------------------------------------------------


@dataclass
class Difference:
    """How the index differs from the database, by statement id."""

    statements: int = 0  # in the database
    indexed: int = 0  # statements the index holds documents of
    missing: list[int] = field(default_factory=list)  # no document in the index
    out_of_date: list[int] = field(default_factory=list)  # an older revision, or not all of it
    stale: list[int] = field(default_factory=list)  # in the index, gone from the database
    stale_documents: int = 0  # documents whose statement, exchange or turn no longer exists
    unavailable: str = ""  # why the index cannot be read (missing, damaged), if it cannot

    @property
    def agree(self) -> bool:
        return not (self.unavailable or self.missing or self.out_of_date or self.stale)

    def to_reindex(self) -> set[int]:
        return {*self.missing, *self.out_of_date, *self.stale}

    def lines(self) -> list[str]:
        if self.unavailable:
            return [f"The search index cannot be read: {self.unavailable}"]
        lines = [f"{self.statements} statement(s) in the database, {self.indexed} in the index."]
        for label, ids in [
            ("missing from the index", self.missing),
            ("out of date in the index", self.out_of_date),
            ("in the index but no longer in the database", self.stale),
        ]:
            shown = ", ".join(map(str, ids[:SHOWN_IDS])) + (", ..." if len(ids) > SHOWN_IDS else "")
            lines.append(f"{label}: {len(ids)}" + (f" (ids {shown})" if ids else ""))
        lines.append(f"stale documents: {self.stale_documents}")
        return lines


def expected_documents() -> dict[str, int]:
    """Every document the index should hold (haystack id -> statement id), from the database:
    what ``update_index`` would index."""
    from statements.search_indexes import TurnIndex

    expected = {}
    for pk in Statement.objects.values_list("pk", flat=True).iterator(chunk_size=5000):
        expected[f"statements.statement.{pk}"] = pk
    rows = Exchange.objects.values_list("pk", "statement_id")
    for pk, statement in rows.iterator(chunk_size=5000):
        expected[f"statements.exchange.{pk}"] = statement
    rows = TurnIndex().index_queryset().order_by().values_list("pk", "statement_id")
    for pk, statement in rows.iterator(chunk_size=5000):
        expected[f"statements.turn.{pk}"] = statement
    return expected


def held_documents(backend) -> dict[str, int]:
    """Every live document of the index (haystack id -> statement id), read from its files as
    they are now (not from a process's cached view of them)."""
    from haystack.constants import ID

    from statements.search_backend.backend import open_snapshot

    snap = open_snapshot(backend.path, None)
    try:
        if not snap.size:
            return {}
        ids, owners = snap.column(ID), snap.column("statement")
        held = {}
        for docnum in np.flatnonzero(snap.alive).tolist():
            doc_id, owner = ids.dense[docnum], owners.dense[docnum]
            if doc_id >= 0:  # every document has one id and one statement
                held[ids.values[doc_id]] = int(owners.values[owner]) if owner >= 0 else 0
        return held
    finally:
        snap.close()


def compare(using: str = "default") -> Difference:
    from haystack import connections

    difference = Difference()
    revisions = dict(Statement.objects.values_list("pk", "revision"))
    indexed_revisions = dict(Statement.objects.values_list("pk", "indexed_revision"))
    difference.statements = len(revisions)
    try:
        held = held_documents(connections[using].get_backend())
    except Exception as exc:  # whatever stops the files being read means they are damaged
        difference.unavailable = str(exc) or repr(exc)
        return difference
    expected = expected_documents()
    wrong = set()  # statements some of whose documents are missing or stale
    for doc_id, statement in expected.items():
        if doc_id not in held:
            wrong.add(statement)
    for doc_id, statement in held.items():
        if expected.get(doc_id) != statement:
            difference.stale_documents += 1
            wrong.add(statement)
    in_index = set(held.values())
    difference.indexed = len(in_index & revisions.keys())
    difference.missing = sorted(revisions.keys() - in_index)
    difference.stale = sorted(in_index - revisions.keys())
    difference.out_of_date = sorted(
        pk
        for pk in in_index & revisions.keys()
        if pk in wrong or indexed_revisions[pk] != revisions[pk]
    )
    return difference


def repair(difference: Difference, using: str = "default") -> int:
    """Make the index agree with the database: rebuilt from the database if it cannot be read,
    else the statements that differ reindexed (their stale documents go). Returns how many
    statements were reindexed."""
    from haystack import connections

    from statements.indexing import reindex_statements

    if difference.unavailable:
        connections[using].get_backend().clear()  # deletes what is left, creates it empty
        ids = set(Statement.objects.values_list("pk", flat=True))
    else:
        ids = difference.to_reindex()
    reindex_statements(ids, using)
    return len(ids)
