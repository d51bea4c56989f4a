"""Parsing files in worker processes while the importing process writes to the database.

Parsing (decoding, the pure parsers, topic rules) is about half of an import's work and needs
no database; writing needs one connection and keeps the files' order. ``parse_in_workers``
reads each file's bytes here (a zip's members through one file handle, which forked processes
must not share), sends them to a pool of forked workers that run ``Importer.parse``, and yields
the answers in the order of the files, keeping at most a few files per worker in flight so that
memory stays bounded whatever the batch.

The workers are forked once the importer has loaded its topic rules, so they inherit them and
nothing but bytes and parsed documents crosses between processes. They never touch the
database, and must not hold its connection either: a worker that kept the socket of an importer
killed midway would keep that importer's session, its open transaction and its locks alive. So
the importer's connections are closed before the fork (outside a transaction; they reopen on
the next query), and each worker dies with the importing process (Linux's parent-death signal)
and leaves Ctrl-C to it.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from statements.importer import Importer, Parsed, Result
    from statements.sources import Source

IN_FLIGHT_PER_WORKER = 4

_importer: Importer | None = None  # the importer whose parse the forked workers run


PR_SET_PDEATHSIG = 1


def _parse(data: bytes, fmt: str) -> Parsed:
    return _importer.parse(data, fmt)


def worker_started(parent: int) -> None:
    """In each worker: die when the importing process dies, and leave Ctrl-C to it."""
    with contextlib.suppress(OSError, AttributeError):  # not Linux: orphans end with their pipe
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the signal was asked for
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def can_fork() -> bool:
    """Whether this process may fork workers: only while it runs one thread. A fork copies the
    locks other threads hold (logging's, the database driver's) held, and a child that needs one
    waits for ever (an import started beside admin edits in threads hung so)."""
    return threading.active_count() == 1


def close_connections() -> None:
    """Close the database connections the workers would inherit, unless a transaction is open
    (a test's): its connection then stays, and the workers die with this process anyway."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close()


def parse_in_workers(
    importer: Importer, sources: list[Source], processes: int
) -> Iterator[tuple[Source, bytes | Result, Parsed | None]]:
    """(source, its bytes or the Result saying why they are not read, what a worker parsed)
    for each source, in order."""
    global _importer
    _importer = importer
    importer.tagger  # noqa: B018 (loaded before the fork: the workers inherit the rules)
    close_connections()
    context = multiprocessing.get_context("fork")
    pending: deque[tuple[Source, bytes | Result, Future | None]] = deque()
    remaining = iter(sources)
    with ProcessPoolExecutor(
        processes, mp_context=context, initializer=worker_started, initargs=(os.getpid(),)
    ) as pool:

        def send(source: Source) -> None:
            data = importer.bytes_of(source)
            future = pool.submit(_parse, data, source.format) if isinstance(data, bytes) else None
            pending.append((source, data, future))

        for source in remaining:
            send(source)
            if len(pending) >= processes * IN_FLIGHT_PER_WORKER:
                break
        while pending:
            source, data, future = pending.popleft()
            following = next(remaining, None)
            if following is not None:
                send(following)
            yield source, data, future.result() if future is not None else None
