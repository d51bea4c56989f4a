"""The index's generations on disk: finding the newest and opening it as a Snapshot.

Writers commit new generations (and delete the files of old ones) at any moment, so
``index_version`` names the newest by its table of contents, inode and mtime, and
``open_snapshot`` retries when the generation it opens is replaced under it. A missing index, or
files that cannot be read (the errors in ``UNREADABLE``), raise SearchIndexUnavailable.
"""

from __future__ import annotations

import os
import pickle
import struct
import zlib

from haystack.exceptions import SearchBackendError
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError

from statements.search_backend.snapshot import DamagedIndex, Snapshot

RETRIES = 5
UNREADABLE = (DamagedIndex, EmptyIndexError, zlib.error, pickle.UnpicklingError, struct.error)
UNREADABLE += (EOFError, OSError, KeyError, IndexError, ValueError, whoosh_index.IndexError)


class SearchIndexUnavailable(SearchBackendError):
    """The index is missing or cannot be read; ``python manage.py rebuild_index`` fixes it."""


def index_version(path: str):
    """(table of contents, inode, mtime) of the index's newest generation, None if there is
    none: a rebuilt index can reuse a generation number, never the same file."""
    for _ in range(RETRIES):
        try:
            names = os.listdir(path)
        except OSError:
            return None
        tocs = [n for n in names if n.startswith("_MAIN_") and n.endswith(".toc")]
        if not tocs:
            return None
        newest = max(tocs, key=lambda n: int(n[6:-4]) if n[6:-4].isdigit() else -1)
        try:
            stat = os.stat(os.path.join(path, newest))
        except FileNotFoundError:
            continue  # a writer committed a newer generation meanwhile: look again
        return (newest, stat.st_ino, stat.st_mtime_ns)
    return None


def open_snapshot(path: str, previous: Snapshot | None, fields=None) -> Snapshot:
    """A Snapshot of the newest generation. A writer may commit, and delete the files of the
    generation being opened, at any moment: then the newer one is opened instead."""
    for attempt in range(RETRIES):
        version = index_version(path)
        if version is None:
            raise SearchIndexUnavailable(f"no search index at {path}")
        try:
            # Read with plain reads, not mmap: a segment file truncated under a mapped reader
            # kills the process with SIGBUS; read, it raises an error the search page reports.
            storage = FileStorage(path, supports_mmap=False)
            snapshot = Snapshot(storage.open_index(), previous=previous, fields=fields)
        except FileNotFoundError:
            if attempt + 1 < RETRIES:
                continue
            raise
        snapshot.version = version
        return snapshot
    raise SearchIndexUnavailable(f"the search index at {path} keeps changing")
