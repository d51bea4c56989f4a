"""Indexing the statements an import writes, in another process, while it writes more.

An import used to write every file to the database and only then index them all, so the index
step (reading the rows back, making the documents, analysing, writing postings) waited for the
last file and ran on one core. ``IndexingProcess`` starts one forked process that holds the
index writer for the whole import: the importer hands it the id of each statement it commits,
it reads them back from the database in batches (its own connection: the rows are committed),
deletes their old documents and adds the new ones, and commits the index once at the end. It
answers with the revision each statement's documents were made from, which the importer
records (``record_indexed``), so whatever the process did not index (it failed, was killed, a
statement changed after it read it, a file given twice) still awaits indexing and the
importer's ``finish`` catches up on it as before.

The importer never waits on the process while files remain: the process asks for work when it
is ready, and the ids committed meanwhile go as one batch. It dies with the importer (parent
death signal) and leaves Ctrl-C to it; an index writer it leaves uncommitted is dropped, its
lock freed when the process ends. After the last file the importer waits for it to index the
last statements and commit, at most ``IMPORT_INDEX_WAIT_SECONDS``: a process that has not
answered by then (hung on a lock, stopped) is killed, and a dead one is noticed within a second;
either way its statements still await indexing and the importer indexes them itself.

Used by ``Importer.run_all`` with worker processes, when the database is one another process can
read (not an open transaction, not an in-memory SQLite) and the engine is the project's Whoosh.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from multiprocessing.connection import Connection

from django.conf import settings
from django.db import connections, reset_queries

from statements.parallel import close_connections, worker_started

log = logging.getLogger("statements.search")

READY, DONE, FAILED = "ready", "done", "failed"
CHECK_SECONDS = 0.5  # how often a waiting importer checks that the process still lives
BATCH = 2000  # statement ids a message at most: about 12 KB pickled, under a pipe's 64 KB


def usable(using: str = "default") -> bool:
    """Whether another process can read what this one commits, and the engine can stream."""
    connection = connections[using]
    if connection.in_atomic_block:  # a test's transaction: invisible to another connection
        return False
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return False
    return hasattr(search_backend(using), "replace_statements")


class IndexingProcess:
    """The importer's side: ``add`` committed statement ids, ``close`` for their revisions."""

    def __init__(self, using: str = "default"):
        self.pending: list[int] = []
        self.waiting = False  # it asked for work and got none yet
        self.error = ""
        close_connections()  # the process opens its own; it must not share this one's socket
        context = multiprocessing.get_context("fork")
        self.inbox, their_inbox = context.Pipe(duplex=False)  # their answers to us
        their_outbox, self.outbox = context.Pipe(duplex=False)  # our ids to them
        self.process = context.Process(
            target=_serve,
            args=(their_outbox, their_inbox, os.getpid(), using),
            name="natoarchive-indexer",
            daemon=True,
        )
        self.process.start()
        their_outbox.close()
        their_inbox.close()

    @property
    def alive(self) -> bool:
        return not self.error

    def add(self, pk: int) -> None:
        """A statement committed: hand it over, with those before it, if the process waits."""
        if not self.alive:
            return
        self.pending.append(pk)
        if not self.waiting and self.inbox.poll():
            self.waiting = self._receive() is not None  # READY (or it failed)
        if self.waiting:
            self._send(self.pending)

    def _send(self, ids: list[int] | None) -> None:
        """Send ``ids`` (None: commit), at most BATCH of them; the rest stay pending. The
        process reads a message after each READY it sends, so the pipe holds one message at
        most, and one this small never fills it: a send cannot block, whatever the process."""
        batch, rest = (None, []) if ids is None else (ids[:BATCH], ids[BATCH:])
        try:
            self.outbox.send(batch)
        except OSError as exc:  # it died: the importer's finish indexes what it did not
            self._failed(f"the indexing process ended unexpectedly ({exc})")
        self.pending, self.waiting = rest, False

    def _receive(self):
        try:
            answer = self.inbox.recv()
        except (EOFError, OSError):
            answer = (FAILED, "the indexing process ended unexpectedly")
        if answer[0] == FAILED:
            self._failed(answer[1])
            return None
        return answer

    def _failed(self, error: str) -> None:
        self.error = error
        log.error("Indexing during the import stopped (%s); the import indexes after it", error)

    def close(self) -> dict[int, int]:
        """Send what remains, wait for the commit: {statement id: revision indexed}; {} if the
        process failed, died or did not answer within IMPORT_INDEX_WAIT_SECONDS."""
        revisions: dict[int, int] = {}
        deadline = time.monotonic() + settings.IMPORT_INDEX_WAIT_SECONDS
        try:
            while self.alive:
                if not self.waiting:
                    if not self._answered_by(deadline):
                        break
                    answer = self._receive()
                    if answer is None:
                        break
                    if answer[0] == DONE:
                        revisions = answer[1]
                        break
                self._send(self.pending or None)  # None: nothing more, commit
        finally:
            self.inbox.close()
            self.outbox.close()
            self.process.join(timeout=60)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
        return revisions

    def _answered_by(self, deadline: float) -> bool:
        """Wait for the process's next answer until ``deadline``: whether there is one to read
        (or the end of the pipe). It fails if the process died without closing the pipe (a
        process of its own may hold it) or gave no answer in time, killing it then."""
        while not self.inbox.poll(max(0, min(CHECK_SECONDS, deadline - time.monotonic()))):
            if not self.process.is_alive():
                if self.inbox.poll():  # it answered as it ended
                    return True
                code = self.process.exitcode
                self._failed(f"the indexing process ended unexpectedly (exit code {code})")
                return False
            if time.monotonic() >= deadline:
                self.process.kill()  # also a stopped process; its index lock goes with it
                self.error = "it did not answer in time"
                log.warning(
                    "The indexing process did not finish within IMPORT_INDEX_WAIT_SECONDS "
                    "(%g s) after the last file: stopped it; the import indexes its statements "
                    "itself",
                    settings.IMPORT_INDEX_WAIT_SECONDS,
                )
                return False
        return True


def _serve(inbox: Connection, outbox: Connection, parent: int, using: str) -> None:
    """In the indexing process: index each batch of ids it is given, commit at the end."""
    worker_started(parent)
    from statements.indexing import documents_for

    try:
        backend = search_backend(using)
        writer = backend.writer()
    except Exception as exc:  # no index, locked too long: the importer indexes after
        outbox.send((FAILED, f"{exc}"))
        return
    revisions: dict[int, int] = {}
    added: set[int] = set()
    try:
        while True:
            outbox.send((READY,))
            ids = inbox.recv()
            if ids is None:
                break
            reset_queries()  # DEBUG's query log, as in Importer.store
            # A statement given twice (a file imported twice in one run) cannot be replaced
            # inside the writer that holds it: it awaits indexing and the importer's finish
            # indexes it, as the revision recorded here is no longer its own.
            fresh = set(ids) - added
            added |= fresh
            for pk in sorted(fresh):
                writer.delete_by_term("statement", str(pk))
            for doc in documents_for(fresh, using, revisions):
                writer.add_document(**backend.whoosh_document(doc))
        writer.commit()
    except BaseException as exc:
        writer.cancel()
        log.exception("Indexing during the import failed")
        outbox.send((FAILED, f"{exc!r}"))
        return
    finally:
        connections.close_all()
    outbox.send((DONE, revisions))


def search_backend(using: str):
    from haystack import connections as search_connections

    return search_connections[using].get_backend()
