"""Keeping the search index in step with the database.

Everything is done per statement: whatever changed (a turn, a caption, a person's name, a topic
tag), the statements it affects get all their documents (the statement, its exchanges, its
passage turns) replaced, by one writer in one commit, after the database transaction commits.

- ``StatementSignalProcessor`` (HAYSTACK_SIGNAL_PROCESSOR) maps model saves and deletions to
  statements; it stays quiet inside ``index_updates_deferred()`` (the importer's bulk writes).
- ``statements_changed`` (sent by the importer and by merges) reindexes the ids it names.

Whatever stops the index being written after a commit is logged, never raised; the statements
keep awaiting indexing (statements/index_state.py) until an import or ``index_status --repair``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator

from django.core.exceptions import ObjectDoesNotExist
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from haystack import connections
from haystack.exceptions import SearchBackendError
from haystack.signals import BaseSignalProcessor

from statements.index_state import mark_changed, record_indexed
from statements.models import (
    Caption,
    Exchange,
    ExchangeTopic,
    Outlet,
    Person,
    Statement,
    StatementTopic,
    Topic,
    Turn,
)
from statements.search_indexes import passage_turns, statements_for_indexing
from statements.signals import index_updates_are_deferred, statements_changed

log = logging.getLogger("statements.search")

CHUNK = 200  # statements read from the database at a time while writing one batch
RETRIES = 3  # readings of a statement that changes while its documents are made
CHILDREN = (Turn, Exchange, Caption, StatementTopic, ExchangeTopic)
SHARED = (Person, Outlet, Topic)  # renaming one changes the documents of many statements
NAME_FIELDS = ("name", "slug", "aliases")


def affected_statements(instance) -> set[int]:
    """Primary keys of the statements whose documents show ``instance``."""
    if isinstance(instance, Statement):
        return {instance.pk}
    if isinstance(instance, ExchangeTopic):
        return set(
            Exchange.objects.filter(pk=instance.exchange_id).values_list("statement_id", flat=True)
        )
    if isinstance(instance, CHILDREN):
        return {instance.statement_id}
    if isinstance(instance, Person):
        found = [
            Turn.objects.filter(speaker=instance).values_list("statement_id", flat=True),
            Exchange.objects.filter(journalist=instance).values_list("statement_id", flat=True),
        ]
    elif isinstance(instance, Outlet):
        found = [
            Turn.objects.filter(outlet=instance).values_list("statement_id", flat=True),
            Exchange.objects.filter(outlet=instance).values_list("statement_id", flat=True),
        ]
    elif isinstance(instance, Topic):
        found = [
            StatementTopic.objects.filter(topic=instance).values_list("statement_id", flat=True),
            ExchangeTopic.objects.filter(topic=instance).values_list(
                "exchange__statement_id", flat=True
            ),
        ]
    else:
        return set()
    return set().union(*found)


# --- writing ---------------------------------------------------------------------------------


def documents_for(
    ids: Iterable[int], using: str = "default", revisions: dict[int, int] | None = None
) -> Iterator[dict]:
    """The index documents of the statements ``ids`` that still exist, as they are now.
    ``revisions`` (if given) gets the revision each statement's documents were made from."""
    unified = connections[using].get_unified_index()
    indexes = [unified.get_index(model) for model in (Statement, Exchange, Turn)]
    ids = sorted(ids)
    for i in range(0, len(ids), CHUNK):
        queryset = Statement.objects.filter(pk__in=ids[i : i + CHUNK]).order_by("pk")
        for statement in statements_for_indexing(queryset):
            for attempt in range(RETRIES):
                try:
                    documents = list(_documents_of(statement, *indexes))
                    if _revision_now(statement.pk) != statement.revision:
                        raise Statement.DoesNotExist  # changed since it was read: read it again
                    break
                except ObjectDoesNotExist:
                    # Rows read in several queries: a re-import replaced some of them meanwhile.
                    pk, statement = statement.pk, _read_again(statement.pk)
                    if statement is None or attempt + 1 == RETRIES:
                        log.warning("Statement %s kept changing while it was indexed", pk)
                        documents = []
                        break
            if documents and revisions is not None:
                revisions[statement.pk] = statement.revision
            yield from documents


def _documents_of(statement, statement_index, exchange_index, turn_index) -> Iterator[dict]:
    yield statement_index.full_prepare(statement)
    turns = {turn.pk: turn for turn in statement.turns.all()}
    for exchange in statement.exchanges.all():
        exchange.statement = statement
        if exchange.question_id in turns:  # its permalink needs the question's position
            exchange.question = turns[exchange.question_id]
        yield exchange_index.full_prepare(exchange)
    for turn in passage_turns(statement):
        turn.statement = statement
        yield turn_index.full_prepare(turn)


def _revision_now(pk: int) -> int | None:
    return Statement.objects.filter(pk=pk).values_list("revision", flat=True).first()


def _read_again(pk: int) -> Statement | None:
    return next(iter(statements_for_indexing(Statement.objects.filter(pk=pk))), None)


def reindex_statements(ids: Iterable[int], using: str = "default") -> None:
    """Replace every document of the statements ``ids`` (deleting those of gone statements),
    then record in the database which revision of each the index now holds."""
    ids = {int(pk) for pk in ids}
    if not ids:
        return
    backend = connections[using].get_backend()
    revisions: dict[int, int] = {}
    if hasattr(backend, "replace_statements"):
        backend.replace_statements(ids, lambda: documents_for(ids, using, revisions))
    else:
        _reindex_portably(backend, ids, using, revisions)
    record_indexed(revisions)


def reindex_or_log(ids: Iterable[int], using: str = "default") -> bool:
    """``reindex_statements`` after a database commit: whatever stops the index being written
    (missing, read-only, damaged, locked too long) is logged, never raised, so a saved edit is
    not shown as an error; the statements stay marked for repair. Returns whether it worked."""
    ids = set(ids)
    try:
        reindex_statements(ids, using)
    except Exception as exc:  # the database has committed: report it, never raise
        log.error(
            "The search index was not updated for %d statement(s) (%s): they await indexing. "
            "Repair with: python manage.py index_status --repair",
            len(ids),
            exc,
            exc_info=not isinstance(exc, SearchBackendError),
        )
        return False
    return True


def _reindex_portably(backend, ids: set[int], using: str, revisions: dict[int, int]) -> None:
    """Through haystack's generic API, for engines without ``replace_statements``
    (Elasticsearch): drop the statements' documents that are gone, update the rest."""
    from haystack.query import SearchQuerySet

    fresh = list(documents_for(ids, using, revisions))
    keep = {doc["id"] for doc in fresh}
    stale = SearchQuerySet(using=using).filter(statement__in=[str(pk) for pk in ids])
    for result in stale:
        if result.id not in keep:
            backend.remove(result.id)
    unified = connections[using].get_unified_index()
    for model in (Statement, Exchange, Turn):
        index = unified.get_index(model)
        label = f"{model._meta.app_label}.{model._meta.model_name}"
        pks = [doc["django_id"] for doc in fresh if doc["django_ct"] == label]
        if pks:
            backend.update(index, list(index.index_queryset(using).filter(pk__in=pks)))


# --- when to write ---------------------------------------------------------------------------

_pending = threading.local()


def schedule(ids: set[int], *, mark_now: bool = True) -> None:
    """Reindex ``ids`` once the current transaction commits (at once outside one). Several
    changes in one transaction (a statement and its inline turns) make one write.

    The statements get a new revision (``mark_changed``) in the current transaction, once per
    transaction; with ``mark_now=False`` (a person, outlet or topic changed) only after the
    commit: locking statement rows after a shared record could deadlock with an import, which
    locks its statement first."""
    if not ids:
        return
    first = not _flush_registered()  # the transaction's first change (or no transaction)
    if first:
        _pending.ids, _pending.marked, _pending.unmarked = set(), set(), set()
    if mark_now:
        unmarked = ids - _pending.marked
        if unmarked:
            mark_changed(unmarked)
            _pending.marked |= unmarked
    else:
        _pending.unmarked |= ids
    _pending.ids |= ids
    if first:
        transaction.on_commit(flush)  # outside a transaction: at once


def _flush_registered() -> bool:
    """Whether ``flush`` waits for the current transaction's commit (Django drops the callbacks
    of a transaction that rolls back)."""
    connection = transaction.get_connection()
    return connection.in_atomic_block and any(
        callback is flush for _, callback, _ in connection.run_on_commit
    )


def flush() -> None:
    ids, _pending.ids = getattr(_pending, "ids", set()), set()
    unmarked, _pending.unmarked = getattr(_pending, "unmarked", set()), set()
    if unmarked:
        try:
            mark_changed(unmarked)
        except DatabaseError:
            log.exception("Could not mark %d statement(s) for indexing", len(unmarked))
    if ids:
        reindex_or_log(ids)


class StatementSignalProcessor(BaseSignalProcessor):
    def setup(self):
        for model in (Statement, *CHILDREN, *SHARED):
            post_save.connect(self.handle_save, sender=model)
        for model in (Statement, *CHILDREN):
            post_delete.connect(self.handle_delete, sender=model)
        for model in SHARED:
            pre_save.connect(self.remember_names, sender=model)
            # Before the deletion nulls the references that tell which statements show it.
            pre_delete.connect(self.handle_delete, sender=model)
        statements_changed.connect(self.handle_statements_changed)

    def teardown(self):
        for model in (Statement, *CHILDREN, *SHARED):
            post_save.disconnect(self.handle_save, sender=model)
            post_delete.disconnect(self.handle_delete, sender=model)
            pre_save.disconnect(self.remember_names, sender=model)
            pre_delete.disconnect(self.handle_delete, sender=model)
        statements_changed.disconnect(self.handle_statements_changed)

    def remember_names(self, sender, instance, raw=False, **kwargs):
        if raw or instance.pk is None or index_updates_are_deferred():
            return
        fields = [f for f in NAME_FIELDS if hasattr(instance, f)]
        instance._indexed_names = sender.objects.filter(pk=instance.pk).values(*fields).first()

    def handle_save(self, sender, instance, created=False, raw=False, **kwargs):
        if raw or index_updates_are_deferred():
            return
        if isinstance(instance, SHARED) and not created:
            before = getattr(instance, "_indexed_names", None)
            if before and all(getattr(instance, f) == v for f, v in before.items()):
                return  # nothing the index shows changed
        schedule(affected_statements(instance), mark_now=not isinstance(instance, SHARED))

    def handle_delete(self, sender, instance, **kwargs):
        if index_updates_are_deferred():
            return
        schedule(affected_statements(instance), mark_now=not isinstance(instance, SHARED))

    def handle_statements_changed(self, sender, ids=(), deleted=(), **kwargs):
        reindex_or_log(set(ids or ()) | set(deleted or ()))
