"""A long-lived, read-only view of one generation of the Whoosh index, kept across requests.

Opening a Whoosh searcher costs tens of milliseconds and reading a common word's postings one
``Matcher.next()`` at a time costs hundreds, so a process keeps one ``Snapshot`` per index
generation and reads whole posting lists at once into NumPy arrays:

- documents are numbered globally (segment offset + document number in the segment);
- ``term_postings`` decodes a term's posting blocks straight from the postings file, in bulk;
- per segment, the field lengths (for BM25) and the exact fields' values (for facets, filters
  and sorting) are decoded once and kept while the segment lives, so a new generation after an
  admin edit only reads the small new segment; deletions are re-read for every generation.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import threading
import zlib
from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, _lenfield
from whoosh.reading import EmptyReader, MultiReader, SegmentReader, TermNotFound
from whoosh.system import unpack_int
from whoosh.util.numeric import byte_to_length

from statements.search_backend import sidecar
from statements.search_backend.codec import CompactCodec
from statements.search_backend.columns import Column, SegmentColumn

BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)


class DamagedIndex(Exception):
    """The index files cannot be read as a Whoosh index."""


def read_postings(postfile, offset: int, length: int) -> tuple[np.ndarray, np.ndarray]:
    """Document numbers (in the segment) and weights of one posting list, decoded in bulk."""
    buf = postfile.get(offset, length)
    if buf[:4] != WHOOSH3_HEADER_MAGIC:
        raise DamagedIndex(f"bad postings header at offset {offset}")
    view = memoryview(buf)
    pos, end = 4, len(buf)
    deltas: list[int] = []
    weights: list[float] = []
    last_id = 0
    while pos < end:
        blen = unpack_int(buf[pos : pos + 4])[0]
        pos += 4
        final = blen < 0
        blen = abs(blen)
        stream = io.BytesIO(view[pos : pos + blen])
        count, max_id, _, compression, _, _ = pickle.load(stream)
        data = view[pos + stream.tell() : pos + blen]
        if compression:
            data = zlib.decompress(data)
        ids, block_weights, _ = pickle.loads(data)
        # Each block is delta-encoded from 0; chain it onto the previous block's last id.
        deltas.append(ids[0] - last_id)
        deltas.extend(ids[1:])
        last_id = max_id
        if block_weights is None:
            weights.extend([1.0] * count)
        elif isinstance(block_weights, float):
            weights.extend([block_weights] * count)
        else:
            weights.extend(block_weights)
        pos += blen
        if final:
            break
    return np.cumsum(np.asarray(deltas, dtype=np.int64)), np.asarray(weights, dtype=np.float32)


class PostingsCache:
    """Decoded posting lists of long terms, shared by the snapshots of a process.

    Segments never change once written, so a decoded list stays true while its segment lives;
    lists of segments merged away just age out. Bounded by a byte budget, least recently used
    out first. Short lists are not kept: decoding them costs less than remembering them."""

    def __init__(self, budget_bytes: int):
        self.budget = budget_bytes
        self.used = 0
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key, value):
        size = sum(array.nbytes for array in value)
        with self.lock:
            if key in self.entries or size > self.budget // 4:
                return
            self.entries[key] = value
            self.used += size
            while self.used > self.budget:
                _, old = self.entries.popitem(last=False)
                self.used -= sum(array.nbytes for array in old)


CACHE_MIN_POSTINGS = 4096
POSTINGS_CACHE = PostingsCache(128 * 1024 * 1024)


class SegmentData:
    """What is decoded once per segment: field lengths and exact-field columns."""

    def __init__(self, reader, storage=None, fields=None):
        self.reader = reader
        self.segment = reader.segment()  # replaced by each generation's (its deletions)
        self.segid = self.segment.segment_id()
        self.size = reader.doc_count_all()
        self.lengths: dict[str, np.ndarray] = {}
        self.columns: dict[str, SegmentColumn] = {}
        # (exact fields, scored fields) a sidecar holds; the sidecar itself, when it matches.
        self.storage, self.fields = storage, fields
        self.sidecar = sidecar.read(storage, self.segment) if storage is not None else None
        self.stamps = _stamps(storage, self.segid)

    def check(self) -> None:
        """Raise DamagedIndex if a file of the segment changed since it was opened. Segments
        never change, and what a search needs may all be in memory already (decoded blocks,
        cached postings), so damage would otherwise show only by chance. A file gone is no
        damage: a newer generation merged the segment away."""
        for path, size, mtime in self.stamps:
            try:
                found = os.stat(path)
            except FileNotFoundError:
                continue
            if (found.st_size, found.st_mtime_ns) != (size, mtime):
                raise DamagedIndex(f"{path} changed after it was written")

    def length_bytes(self, fieldname: str) -> np.ndarray:
        if self.sidecar is not None:
            found = self.sidecar.lengths(fieldname)
            if found is not None:
                return found
        perdoc = self.reader._perdoc
        result = np.zeros(self.size, dtype=np.uint8)
        if perdoc.has_column(_lenfield(fieldname)):
            col = perdoc.column_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            raw = col._dbfile.get(col._basepos, col._count) if col._count else b""
            result[: len(raw)] = np.frombuffer(raw, dtype=np.uint8)
        return result

    def field_lengths(self, fieldname: str) -> np.ndarray:
        if fieldname not in self.lengths:
            self.lengths[fieldname] = BYTE_TO_LENGTH[self.length_bytes(fieldname)]
        return self.lengths[fieldname]

    def postings(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        key = (self.segid, fieldname, btext)
        found = POSTINGS_CACHE.get(key)
        if found is None:
            found = self._read(fieldname, btext)
            if found is not None and len(found[0]) >= CACHE_MIN_POSTINGS:
                POSTINGS_CACHE.put(key, found)
        return found

    def _read(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        terms = self.reader._terms
        try:
            info = terms.term_info(fieldname, btext)
        except TermNotFound:
            return None
        if info.is_inlined():
            ids, weights, _ = info.inlined_postings()
            return np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float32)
        offset, length = info.extent()
        if isinstance(length, tuple):  # Whoosh 3.54 unpacks it as a 1-tuple
            length = length[0]
        return read_postings(terms._postfile, offset, length)

    def column(self, fieldname: str) -> SegmentColumn:
        if fieldname not in self.columns and self.sidecar is not None:
            found = self.sidecar.column(fieldname)
            if found is not None:
                self.columns[fieldname] = SegmentColumn(*found, self.size)
        if fieldname not in self.columns and self.sidecar is None and self.fields:
            self.write_sidecar()  # decode every column once, for this and the next processes
        if fieldname not in self.columns:
            values, docs, vals = [], [], []
            if fieldname in self.reader.indexed_field_names():
                for btext in self.reader.lexicon(fieldname):
                    ids, _ = self.postings(fieldname, btext)
                    docs.append(ids)
                    vals.append(np.full(len(ids), len(values), dtype=np.int32))
                    values.append(btext.decode("utf-8"))
            self.columns[fieldname] = SegmentColumn.from_pairs(
                values,
                np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64),
                np.concatenate(vals) if vals else np.zeros(0, dtype=np.int32),
                self.size,
            )
        _ = self.columns[fieldname].bits  # made as the column is first read (a worker's
        return self.columns[fieldname]  # warm-up), not by a later search that counts it

    def write_sidecar(self) -> None:
        exact, scored = self.fields
        self.fields = None  # once
        columns = {}
        for name in sorted(exact):
            col = self.column(name)
            columns[name] = (col.values, col.docs, col.vals)
        lengths = {name: self.length_bytes(name) for name in sorted(scored)}
        sidecar.write(self.storage, self.segment, columns, lengths)


def _stamps(storage, segid: str) -> list[tuple[str, int, int]]:
    """(path, size, modification time) of each file of a segment but its sidecar (which
    readers may write again)."""
    folder = getattr(storage, "folder", None)
    if folder is None:
        return []
    stamps = []
    for name in os.listdir(folder):
        if name.startswith(segid) and not name.endswith(sidecar.SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                found = os.stat(os.path.join(folder, name))
                stamps.append((os.path.join(folder, name), found.st_size, found.st_mtime_ns))
    return stamps


class Snapshot:
    """One generation of the index, searchable from many requests (one at a time)."""

    def __init__(self, index, previous: Snapshot | None = None, fields=None):
        self.index = index
        toc = index._read_toc()  # the segments of the newest generation, with their deletions
        self.generation = toc.generation
        self.version = None  # set by the backend: which table of contents this is
        self.closed = False
        self.lock = threading.RLock()
        # Segments never change, only their deletions: an unchanged segment keeps its open
        # reader (Whoosh copies a segment's files into memory on opening) and decoded data.
        known = previous.segments_by_id if previous else {}
        self.segments: list[SegmentData] = []
        self.offsets: list[int] = []
        self.segments_by_id: dict[str, SegmentData] = {}
        offset = 0
        for segment in toc.segments:
            data = known.get(segment.segment_id())
            if data is None:
                reader = SegmentReader(
                    index.storage, toc.schema, segment, generation=toc.generation
                )
                data = SegmentData(reader, index.storage, fields)
            data.segment = segment
            self.segments.append(data)
            self.segments_by_id[data.segid] = data
            self.offsets.append(offset)
            offset += data.size
        readers = [data.reader for data in self.segments]
        if not readers:
            self.reader = EmptyReader(toc.schema)
        elif len(readers) == 1:
            self.reader = readers[0]
        else:
            self.reader = MultiReader(readers, generation=toc.generation)
        self.size = offset
        self.alive = np.ones(self.size, dtype=bool)
        for data, start in zip(self.segments, self.offsets, strict=True):
            deleted = list(data.segment.deleted_docs() or ())
            if deleted:
                self.alive[start + np.asarray(deleted, dtype=np.int64)] = False
        self._lengths: dict[str, tuple[np.ndarray, float]] = {}
        self._columns: dict[str, Column] = {}
        # Each field's value numbering carries over: the segments kept are not mapped again.
        self._numbering = {
            n: c.numbering() for n, c in (previous._columns if previous else {}).items()
        }
        self._masks: dict[tuple[str, str], np.ndarray] = {}
        self._single: dict[str, np.ndarray] = {}
        self.derived: dict[str, object] = {}  # what evaluators compute once per generation

    def check(self) -> None:
        for data in self.segments:
            data.check()

    def close(self, keep=()):
        """Close the readers of the segments that ``keep`` (a newer snapshot's) does not share."""
        self.closed = True
        for data in self.segments:
            if data.segid not in keep:
                data.reader.close()

    @property
    def doc_count(self) -> int:
        return int(np.count_nonzero(self.alive))

    # --- postings ---

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Global document numbers and weights of a term, over every segment."""
        btext = text.encode("utf-8")
        id_parts, weight_parts = [], []
        for data, start in zip(self.segments, self.offsets, strict=True):
            found = data.postings(fieldname, btext)
            if found:
                ids, weights = found
                id_parts.append(ids + start)
                weight_parts.append(weights)
        if not id_parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        return np.concatenate(id_parts), np.concatenate(weight_parts)

    def lengths(self, fieldname: str) -> tuple[np.ndarray, float]:
        """Per-document length of a field and its average, for BM25."""
        if fieldname not in self._lengths:
            parts = [data.field_lengths(fieldname) for data in self.segments]
            lengths = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
            total = sum(data.reader.field_length(fieldname) for data in self.segments)
            average = total / max(self.size, 1) or 1.0
            self._lengths[fieldname] = (lengths, average)
        return self._lengths[fieldname]

    # --- exact fields ---

    def column(self, fieldname: str) -> Column:
        if fieldname not in self._columns:
            parts = [
                (start, data.segid, data.column(fieldname))
                for data, start in zip(self.segments, self.offsets, strict=True)
            ]
            numbering = self._numbering.pop(fieldname, None)
            self._columns[fieldname] = Column(parts, self.size, numbering)
        return self._columns[fieldname]

    def term_mask(self, fieldname: str, value: str) -> np.ndarray:
        """Documents whose exact field holds ``value`` (cached: filters repeat)."""
        key = (fieldname, value)
        if key not in self._masks:
            if len(self._masks) > 512:
                self._masks.clear()
            self._masks[key] = self.column(fieldname).mask(value)
        return self._masks[key]

    def single(self, fieldname: str) -> np.ndarray:
        """A numeric column (e.g. yyyymmdd days) for sorting and ranges; 0 where missing."""
        if fieldname not in self._single:
            self._single[fieldname] = self.column(fieldname).single()
        return self._single[fieldname]

    def stored(self, docnum: int) -> dict:
        return self.reader.stored_fields(docnum)


def codec(block_limit: int) -> CompactCodec:
    """The codec new segments are written with (segments written before keep theirs)."""
    return CompactCodec(blocklimit=block_limit)
