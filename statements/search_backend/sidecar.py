"""What a searching process would otherwise decode, written once per segment at commit.

A new process (a gunicorn worker, or any process after an import) used to rebuild, on its first
search, every exact field's column (which documents carry which value: thousands of posting
lists decoded one block at a time) and every field's lengths. A segment never changes once
written, so the writer that makes a segment also writes ``<segment id>.fast`` beside it:

    b"NATOFAST" | header length (8 bytes) | JSON header | arrays, each 8-byte aligned

The header names the segment and its document count, each column's values and where its
``docs``/``vals`` arrays lie, and each scored field's length bytes. A reader reads the file in
one call and takes the arrays as they are (``numpy.frombuffer`` on its bytes: nothing decoded).
Arrays are stored in the narrowest unsigned type that holds them (value numbers are mostly
below 256); a column's (document, value) pairs document by document (the order readers count
in, see columns.py), its ``docs`` as their steps (0 or 1: one byte each, summed again on
reading), or not at all when every document has exactly one value (0, 1, 2 ...). The file is named after its segment, so Whoosh deletes it with the segment when a
merge replaces it, and a file that does not match its segment (missing, stale, damaged) is simply
not used: the reader decodes as before and writes the file for the next process (atomically,
best effort).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import struct

import numpy as np

log = logging.getLogger("statements.search")

MAGIC = b"NATOFAST"
VERSION = 3
SUFFIX = ".fast"


def path_for(storage, segment) -> str | None:
    folder = getattr(storage, "folder", None)
    if folder is None:
        return None
    return os.path.join(folder, segment.segment_id() + SUFFIX)


def write(storage, segment, columns: dict, lengths: dict) -> None:
    """Write the sidecar of ``segment``: ``columns`` maps a field to (values, docs, vals),
    ``lengths`` a field to its uint8 length bytes. Atomic: a reader sees all of it or nothing."""
    path = path_for(storage, segment)
    if path is None:
        return
    arrays: list[np.ndarray] = []
    header = {
        "version": VERSION,
        "segment": segment.segment_id(),
        "doc_count": segment.doc_count_all(),
        "columns": {},
        "lengths": {},
    }
    offset = 0

    def place(array: np.ndarray, form: str = "plain") -> list:
        nonlocal offset
        array = np.ascontiguousarray(array, dtype=_narrowest(array))
        spot = [offset, str(array.dtype), len(array), form]
        arrays.append(array)
        offset += -(-array.nbytes // 8) * 8
        return spot

    for name, (values, docs, vals) in columns.items():
        docs = np.asarray(docs, dtype=np.int64)
        order = np.argsort(docs, kind="stable")  # document by document, as readers count
        docs, vals = docs[order], np.asarray(vals, dtype=np.int64)[order]
        steps = np.diff(docs, prepend=0)
        if len(docs) == segment.doc_count_all() and (steps[1:] == 1).all() and docs[:1].sum() == 0:
            spot = [0, "int32", len(docs), "every"]  # documents 0, 1, 2 ...: nothing stored
        else:
            spot = place(steps, "steps")
        header["columns"][name] = {
            "values": list(values),
            "docs": spot,
            "vals": place(vals),
        }
    for name, raw in lengths.items():
        header["lengths"][name] = place(np.asarray(raw, dtype=np.uint8))
    head = json.dumps(header, separators=(",", ":")).encode("utf-8")
    start = -(-(len(MAGIC) + 8 + len(head)) // 8) * 8
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        with open(temporary, "wb") as f:
            f.write(MAGIC + struct.pack("<Q", len(head)) + head)
            f.write(b"\0" * (start - f.tell()))
            for array in arrays:
                f.write(array.tobytes())
                f.write(b"\0" * (-array.nbytes % 8))
        os.replace(temporary, path)
    except OSError as exc:  # a read-only index folder: processes decode instead
        log.warning("could not write %s: %s", path, exc)
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _narrowest(array: np.ndarray) -> str:
    top = int(array.max()) if len(array) else 0
    if array.dtype == np.uint8 or top < 256:
        return "uint8"
    return "uint16" if top < 65536 else "int32" if top < 2**31 else "int64"


class Sidecar:
    """The arrays of one segment's sidecar, mapped read-only."""

    def __init__(self, header: dict, buffer, start: int):
        self.header = header
        self.buffer = buffer
        self.start = start

    def _stored(self, spot) -> np.ndarray:
        """The array as stored (``frombuffer`` checks that it lies inside the file)."""
        offset, dtype, count, form = spot
        if form == "every":
            return np.zeros(0, dtype=np.uint8)
        return np.frombuffer(self.buffer, dtype=dtype, count=count, offset=self.start + offset)

    def _array(self, spot) -> np.ndarray:
        _, _, count, form = spot
        if form == "every":
            return np.arange(count, dtype=np.int32)
        if form == "steps":
            return np.cumsum(self._stored(spot), dtype=np.int32)
        return self._stored(spot)

    def column(self, fieldname: str):
        """(values, docs, vals) of an exact field, document by document, or None if the sidecar
        does not have it."""
        found = self.header["columns"].get(fieldname)
        if found is None:
            return None
        docs = self._array(found["docs"]).astype(np.int32, copy=False)  # offsets get added
        return found["values"], docs, self._array(found["vals"])

    def lengths(self, fieldname: str) -> np.ndarray | None:
        found = self.header["lengths"].get(fieldname)
        return None if found is None else self._array(found)


def read(storage, segment) -> Sidecar | None:
    """The sidecar of ``segment`` if there is one that matches it, else None."""
    path = path_for(storage, segment)
    if path is None:
        return None
    try:
        # Read, not mapped: a file truncated under a map would kill the process with SIGBUS
        # (the index's own files are read the same way, see backend.open_snapshot).
        with open(path, "rb") as f:
            buffer = f.read()
    except (OSError, ValueError):
        return None
    try:
        if buffer[: len(MAGIC)] != MAGIC:
            raise ValueError("bad magic")
        (size,) = struct.unpack("<Q", buffer[len(MAGIC) : len(MAGIC) + 8])
        header = json.loads(buffer[len(MAGIC) + 8 : len(MAGIC) + 8 + size])
        if (
            header.get("version") != VERSION
            or header.get("segment") != segment.segment_id()
            or header.get("doc_count") != segment.doc_count_all()
        ):
            raise ValueError("made for another segment or by another version")
        start = -(-(len(MAGIC) + 8 + size) // 8) * 8
        sidecar = Sidecar(header, buffer, start)
        for spots in header["columns"].values():  # every array must lie inside the file
            for spot in (spots["docs"], spots["vals"]):
                sidecar._stored(spot)
        for spot in header["lengths"].values():
            sidecar._stored(spot)
        return sidecar
    except (ValueError, KeyError, TypeError, struct.error) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return None
