"""Turning parsed documents into rows: one file, one transaction.

``Importer.run(source)`` reads one source (a file on disk or a member of a zip), parses it with
the pure ``statements.parsing`` package, and writes the statement, its turns, exchanges,
captions and topic tags in bulk inside one transaction, so that a failure leaves nothing
half-written. A file already imported is matched by its name (or its content hash) and updated
in place, keeping its permalink; a statement edited in the admin is left alone unless forced.
After a batch, ``Importer.finish()`` announces the changed statements once, so the search index
is updated by one writer, together with any an earlier, interrupted run left unindexed.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError, connection, reset_queries, transaction
from django.db.models import Q
from django.utils import timezone

from statements import background_index
from statements.index_state import record_indexed
from statements.models import Caption, Exchange, Outlet, Statement, Turn, new_revision
from statements.parallel import can_fork, parse_in_workers
from statements.parsing import ParsedDocument, UnreadableText, read
from statements.resolvers import People, Resolver
from statements.signals import index_updates_deferred, statements_changed
from statements.sources import Source, TooLarge
from statements.tagging import Tagger
from statements.timebudget import TookTooLong, time_limit

log = logging.getLogger(__name__)


IMPORTED, UPDATED, UNCHANGED, SKIPPED, FAILED, PARSED, REFUSED = (
    "imported",
    "updated",
    "unchanged",
    "skipped-edited",
    "error",
    "parsed",
    "refused",  # a link, a device or an unsafe zip member: never read (statements/sources.py)
)


# --- The importer -------------------------------------------------------------------------


@dataclass
class Result:
    source: Source
    status: str
    error: str = ""
    document: ParsedDocument | None = None
    statement: Statement | None = None
    topics: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        data = {"file": self.source.name, "status": self.status, "error": self.error or None}
        data["slug"] = self.statement.slug if self.statement else None
        if self.document:
            data |= self.document.summary()
        data["topics"] = self.topics
        return data


@dataclass
class Parsed:
    """What ``Importer.parse`` makes of a file's bytes; picklable (a worker process's answer)."""

    text: str = ""
    document: ParsedDocument | None = None
    topics: list[str] = field(default_factory=list)
    exchange_topics: list[list[str]] = field(default_factory=list)
    error: str = ""


def _fit(model, field_name: str, value: str) -> str:
    """``value`` cut to the column's length (PostgreSQL refuses longer strings)."""
    limit = model._meta.get_field(field_name).max_length
    value = value or ""
    return value if len(value) <= limit else value[: limit - 1] + "…"


class Importer:
    def __init__(self, *, force: bool = False, dry_run: bool = False, max_bytes: int | None = None):
        self.force = force
        self.dry_run = dry_run
        self.max_bytes = settings.IMPORT_MAX_BYTES if max_bytes is None else max_bytes
        self.seconds_min = settings.IMPORT_SECONDS_MIN
        self.seconds_per_mb = settings.IMPORT_SECONDS_PER_MB
        self.people = People()
        self.outlets = Resolver(Outlet)
        self.changed: set[int] = set()
        self.repaired = self.awaiting = 0  # set by finish()
        self.workers = 0  # processes that parsed the files (0: this one did)
        # Of the statements written (set by finish()), how many the indexing process indexed
        # while the files were written; None when no indexing process was started.
        self.written, self.indexed_while_importing = 0, None
        self._tagger: Tagger | None = None
        self._indexer: background_index.IndexingProcess | None = None

    @property
    def tagger(self) -> Tagger:
        if self._tagger is None:
            self._tagger = Tagger()
        return self._tagger

    # --- one source ---

    def run(self, source: Source) -> Result:
        data = self.bytes_of(source)
        if isinstance(data, Result):
            return data
        return self.store(source, data, self.parse(data, source.format))

    def run_all(self, sources: list[Source], processes: int = 1) -> Iterator[Result]:
        """``run`` for each source in order; with ``processes`` above 1 and enough sources,
        the files are parsed in that many worker processes while this one writes, and indexed
        in one more as they are written (statements/background_index.py)."""
        if processes > 1 and len(sources) >= 2 * processes and can_fork():
            self.workers = processes
            if not self.dry_run and self._indexer is None and background_index.usable():
                self._indexer = background_index.IndexingProcess()
            for source, data, parsed in parse_in_workers(self, sources, processes):
                yield data if isinstance(data, Result) else self.store(source, data, parsed)
        else:
            yield from map(self.run, sources)

    def bytes_of(self, source: Source) -> bytes | Result:
        """The bytes of ``source``, or the Result that says why they are not read."""
        if source.error:
            return Result(source, FAILED, source.error)
        if source.refused:
            return Result(source, REFUSED, source.refused)
        if source.size > self.max_bytes:
            return Result(
                source,
                FAILED,
                f"the file is {source.size / 1e6:.1f} MB, over the import limit of "
                f"{self.max_bytes / 1e6:.1f} MB (IMPORT_MAX_BYTES)",
            )
        try:
            return source.read(self.max_bytes)
        except TooLarge:
            return Result(source, FAILED, "the file is over the import limit (IMPORT_MAX_BYTES)")
        except (OSError, zipfile.BadZipFile, RuntimeError, ValueError) as exc:
            return Result(
                source, FAILED, f"cannot read it: {getattr(exc, 'strerror', None) or exc}"
            )

    def parse(self, data: bytes, fmt: str) -> Parsed:
        """The pure half of an import (no database): decode, parse within the time budget,
        find the topics. Runs in a worker process when files are parsed in parallel."""
        limit = self.seconds_min + self.seconds_per_mb * len(data) / 1e6
        try:
            with time_limit(limit if self.seconds_min or self.seconds_per_mb else 0):
                text, document = read(data, fmt)
        except UnreadableText as exc:
            return Parsed(error=str(exc))
        except TookTooLong:
            return Parsed(
                error=f"took longer than {limit:.3g} s to parse (limit: {self.seconds_min:g} s + "
                f"{self.seconds_per_mb:g} s per MB, IMPORT_SECONDS_MIN and IMPORT_SECONDS_PER_MB)"
            )
        topics, exchange_topics = self._topics(document)
        return Parsed(text, document, topics, exchange_topics)

    def store(self, source: Source, data: bytes, parsed: Parsed) -> Result:
        """The database half of an import: write what ``parse`` made of ``data``."""
        # An import is not a request: with DEBUG on, Django would keep the SQL of its last
        # 9,000 queries, full texts included (hundreds of MB in a long import).
        reset_queries()
        if parsed.error:
            return Result(source, FAILED, parsed.error)
        text, document, topics = parsed.text, parsed.document, parsed.topics
        if self.dry_run:
            return Result(source, PARSED, document=document, topics=topics)
        digest = hashlib.sha256(data).hexdigest()
        kept = self._kept(source, self._existing(source.name, digest), digest, document, topics)
        if kept:
            return kept
        try:
            with transaction.atomic(), index_updates_deferred():
                # Again under the row lock (on SQLite the transaction holds the write lock from
                # its start): a person may have saved the statement while this file waited.
                existing = self._existing(source.name, digest, lock=True)
                kept = self._kept(source, existing, digest, document, topics)
                if kept:
                    return kept
                statement = self._write(source, existing, text, digest, document)
                self._tag(statement, topics, parsed.exchange_topics, fresh=existing is None)
        except DatabaseError as exc:
            self.people.rollback()
            self.outlets.rollback()
            log.exception("import of %s failed", source.where)
            return Result(source, FAILED, f"the database refused it: {exc}", document=document)
        self.people.commit()
        self.outlets.commit()
        self.changed.add(statement.pk)
        if self._indexer is not None:
            self._indexer.add(statement.pk)
        return Result(
            source,
            UPDATED if existing else IMPORTED,
            document=document,
            statement=statement,
            topics=topics,
        )

    def _existing(self, name: str, digest: str, lock: bool = False) -> Statement | None:
        """The statement this file was imported as: by its name, else by the same bytes.
        ``lock`` locks its row until the transaction ends (PostgreSQL; SQLite's transactions
        hold the database's write lock from their start)."""
        found = Statement.objects.filter(Q(source_file=name) | Q(content_hash=digest))
        if lock:
            found = found.select_for_update().order_by("pk")
        found = list(found[:2])
        return next((s for s in found if s.source_file == name), found[0] if found else None)

    def _kept(self, source, existing, digest, document, topics) -> Result | None:
        """The result for a file whose statement stays as it is (unchanged, or edited by a
        person), None if the file is to be written."""
        if existing is None or self.force:
            return None
        if existing.content_hash == digest:
            return Result(source, UNCHANGED, document=document, statement=existing, topics=topics)
        if existing.edited:
            when = timezone.localtime(existing.edited_at) if existing.edited_at else None
            return Result(
                source,
                SKIPPED,
                "edited in the admin"
                + (f" on {when:%Y-%m-%d %H:%M}" if when else "")
                + "; use --force to overwrite the edits",
                document=document,
                statement=existing,
                topics=topics,
            )
        return None

    # --- writing ---

    def _write(self, source, statement, text, digest, doc: ParsedDocument) -> Statement:
        created = statement is None
        if created:
            statement = Statement(source_file=_fit(Statement, "source_file", source.name))
        else:
            # Update in place: same row, same slug; the children are written anew.
            statement.turns.all().delete()
            statement.captions.all().delete()
        last_updated = doc.last_updated
        if last_updated is not None and timezone.is_naive(last_updated):
            last_updated = timezone.make_aware(last_updated)
        for name, value in [
            ("kind", doc.kind),
            ("title", doc.title or "Untitled"),
            ("subtitle", doc.subtitle),
            ("location", doc.location),
            ("organisation", doc.organisation),
            ("source_url", doc.source_url),
            ("delivery_note", doc.delivery_note),
            ("byline", doc.byline),
        ]:
            setattr(statement, name, _fit(Statement, name, value))
        statement.date = doc.date
        statement.time = doc.time
        statement.last_updated = last_updated
        statement.original_text = text
        statement.content_hash = digest
        statement.edited = False
        statement.edited_at = None
        statement.revision = new_revision()  # its documents in the index are now old
        statement.save()

        for alias, canonical in doc.outlet_aliases.items():
            self.outlets.learn_alias(alias, canonical)
        for alias, canonical in doc.person_aliases.items():
            self.people.learn_alias(alias, canonical)

        turns = Turn.objects.bulk_create(
            [
                Turn(
                    statement=statement,
                    position=i,
                    kind=t.kind,
                    text=t.text,
                    speaker_label=_fit(Turn, "speaker_label", t.speaker_label),
                    speaker_id=self.people.of_turn(t),
                    role=_fit(Turn, "role", t.role),
                    outlet_label=_fit(Turn, "outlet_label", t.outlet_label),
                    outlet_id=self.outlets.resolve(t.outlet) if t.outlet else None,
                    named_as=_fit(Turn, "named_as", t.named_as),
                    name_source=t.name_source,
                )
                for i, t in enumerate(doc.turns, 1)
            ]
        )
        exchanges = Exchange.objects.bulk_create(
            [
                Exchange(
                    statement=statement,
                    position=i,
                    question=turns[e.question],
                    journalist_id=turns[e.question].speaker_id,
                    outlet_id=self.outlets.resolve(e.outlet) if e.outlet else None,
                )
                for i, e in enumerate(doc.exchanges, 1)
            ]
        )
        links = [
            (exchange.pk, turns[index].pk)
            for exchange, parsed in zip(exchanges, doc.exchanges, strict=True)
            for index in dict.fromkeys([parsed.question, *parsed.turns])
        ]
        if links:
            # One prepared statement run for every link: bulk_update's CASE expression costs
            # more to build than the rows cost to write.
            table = connection.ops.quote_name(Turn._meta.db_table)
            with connection.cursor() as cursor:
                cursor.executemany(f"UPDATE {table} SET exchange_id = %s WHERE id = %s", links)

        Caption.objects.bulk_create(
            [
                Caption(
                    statement=statement,
                    position=i,
                    alt_text=c.alt_text,
                    title=_fit(Caption, "title", c.title),
                    text=c.text,
                    credit=_fit(Caption, "credit", c.credit),
                    virin=_fit(Caption, "virin", c.virin),
                )
                for i, c in enumerate(doc.captions, 1)
            ]
        )
        return statement

    def _topics(self, doc: ParsedDocument) -> tuple[list[str], list[list[str]]]:
        """The topics of the document and of each of its exchanges, by the keyword rules."""
        members = [list(dict.fromkeys([e.question, *e.turns])) for e in doc.exchanges]
        grouped = {i for indices in members for i in indices}
        groups = [[doc.turns[i].text for i in indices] for indices in members]
        rest = [t.text for i, t in enumerate(doc.turns) if i not in grouped]
        return self.tagger.topics_by_part(groups, rest, heading=[doc.title, doc.subtitle])

    def _tag(self, statement, topics, exchange_topics, fresh: bool) -> None:
        exchanges = statement.exchanges.order_by("position").values_list("pk", flat=True)
        by_exchange = dict(zip(exchanges, exchange_topics, strict=True))
        self.tagger.apply(statement.pk, topics, by_exchange, fresh=fresh)

    # --- after a batch ---

    def finish(self) -> None:
        """Announce every statement this run wrote, once, so the search index catches up,
        with those an earlier run or a failed index write left unindexed (an import killed
        midway, a missing index): ``self.repaired`` and ``self.awaiting`` count those."""
        if self.dry_run:
            return
        background = self._indexer is not None
        if background:  # what it indexed is recorded; the rest still awaits
            indexed = self._indexer.close()
            self._indexer = None
            record_indexed(indexed)
        ids = set(Statement.objects.awaiting_index().values_list("pk", flat=True))
        self.written = len(self.changed)
        if background:
            self.indexed_while_importing = len(self.changed - ids)
        left = ids - self.changed  # what an earlier run or a failed index write left
        if ids:
            statements_changed.send(sender=Statement, ids=ids)
        self.changed = set()
        awaiting = set(Statement.objects.awaiting_index().values_list("pk", flat=True))
        self.awaiting, self.repaired = len(awaiting), len(left - awaiting)
