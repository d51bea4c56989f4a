"""The values of exact fields (filters, facets, sorting), kept per segment and combined per search.

A segment never changes once written, so each segment's column (``SegmentColumn``) is decoded
once and kept while the segment lives, with what is derived from it (one value per document,
where each document's values start, the documents of a value). A generation of the index is a
list of segments; its ``Column`` only maps each segment's value numbers to one numbering and
counts segment by segment, so a new generation after an admin edit costs the new, small
segment and not a pass over the whole index.
"""

from __future__ import annotations

import functools

import numpy as np

EMPTY = np.zeros(0, dtype=np.int32)
# Up to this many values, a multi-valued field keeps a bitmap per value and counts a large
# result by AND and popcount (30 times faster than gathering each document's values).
BITMAP_VALUES = 64


class SegmentColumn:
    """One segment's values of an exact field, document by document: ``docs`` ascending
    (document numbers in the segment), ``vals[j]`` the number in ``values`` of the value that
    document ``docs[j]`` carries (several entries per document for multi-valued fields)."""

    def __init__(self, values: list[str], docs: np.ndarray, vals: np.ndarray, size: int):
        self.values = list(values)
        self.index = {v: i for i, v in enumerate(self.values)}
        self.docs = docs
        self.vals = vals
        self.size = size
        self._of_value: dict[int, np.ndarray] = {}
        self._single: dict[tuple, np.ndarray] = {}

    @classmethod
    def from_pairs(cls, values, docs: np.ndarray, vals: np.ndarray, size: int) -> SegmentColumn:
        """From (document, value) pairs in any order (e.g. value by value, as decoded)."""
        order = np.argsort(docs, kind="stable")
        return cls(values, docs[order].astype(np.int32), vals[order].astype(np.int32), size)

    @functools.cached_property
    def dense(self) -> np.ndarray | None:
        """Each document's value number (-1: none) if no document has two; else None."""
        if len(self.docs) > 1 and (self.docs[1:] == self.docs[:-1]).any():
            return None
        result = np.full(self.size, -1, dtype=np.int32)
        result[self.docs] = self.vals
        return result

    @functools.cached_property
    def offsets(self) -> np.ndarray:
        """offsets[d]:offsets[d + 1] are document d's entries."""
        starts = np.zeros(self.size + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.docs, minlength=self.size), out=starts[1:])
        return starts

    def docs_of(self, value: int) -> np.ndarray:
        """The documents that carry value number ``value`` (cached: filters repeat)."""
        found = self._of_value.get(value)
        if found is None:
            if len(self._of_value) > 512:
                self._of_value.clear()
            found = self._of_value[value] = self.docs[self.vals == value]
        return found

    def single(self, default: int, convert) -> np.ndarray:
        """One number per document (the value converted), ``default`` where none."""
        key = (default, convert)
        if key not in self._single:
            numbers = np.array([convert(v) for v in self.values] or [default], dtype=np.int64)
            result = np.full(self.size, default, dtype=np.int64)
            result[self.docs] = numbers[self.vals]
            self._single[key] = result
        return self._single[key]

    @functools.cached_property
    def bits(self) -> np.ndarray | None:
        """For a field with several values per document but few values in all (topics): one
        bitmap of documents per value, 64 documents a word; else None."""
        if self.dense is not None or len(self.values) > BITMAP_VALUES:
            return None
        flags = np.zeros((len(self.values), -(-self.size // 64) * 64), dtype=bool)
        flags[self.vals, self.docs] = True
        return np.packbits(flags, axis=1, bitorder="little").view(np.uint64)

    def count(self, mask: np.ndarray, matched: np.ndarray | None) -> np.ndarray:
        """How many documents of ``mask`` carry each value; ``matched`` (the documents of
        ``mask``, ascending) lets a small result be counted from its own documents' entries."""
        size = len(self.values)
        if self.dense is not None:  # one value per document at most: a single pass
            chosen = matched if matched is not None and len(matched) * 8 < self.size else mask
            return np.bincount(self.dense[chosen] + 1, minlength=size + 1)[1:]
        few = matched is not None and len(matched) * 8 < len(self.docs)
        if self.bits is not None and not (few and len(matched) * 64 < self.size):
            flags = np.zeros(self.bits.shape[1] * 64, dtype=bool)
            flags[: self.size] = mask
            words = np.packbits(flags, bitorder="little").view(np.uint64)
            return np.bitwise_count(self.bits & words).sum(axis=1, dtype=np.int64)
        if few:
            starts, ends = self.offsets[matched], self.offsets[matched + 1]
            lengths = ends - starts
            picks = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
            picks += np.arange(len(picks))
            return np.bincount(self.vals[picks], minlength=size)
        return np.bincount(self.vals[mask[self.docs]], minlength=size)


class Column:
    """An exact field over a generation's segments, ``parts`` as (first document, segment id,
    column). ``numbering``, a previous generation's (see ``numbering()``), keeps its value
    numbers, so that the segments the two share are not mapped again."""

    def __init__(self, parts: list[tuple[int, str, SegmentColumn]], size: int, numbering=None):
        index, known = numbering or ({}, {})
        if len(index) > 2 * sum(len(col.values) for _, _, col in parts) + 64:
            index, known = {}, {}  # too many values of segments merged away: start afresh
        self.index: dict[str, int] = dict(index)
        self.parts: list[tuple[int, SegmentColumn, np.ndarray]] = []
        self.remaps: dict[str, np.ndarray] = {}
        for start, segid, col in parts:
            remap = known.get(segid)
            if remap is None:
                remap = [self.index.setdefault(v, len(self.index)) for v in col.values]
                remap = np.array(remap, dtype=np.int64)
            self.remaps[segid] = remap
            self.parts.append((start, col, remap))
        self.values = list(self.index)
        self.size = size

    def numbering(self) -> tuple[dict[str, int], dict[str, np.ndarray]]:
        return self.index, self.remaps

    @functools.cached_property
    def dense(self) -> np.ndarray | None:
        """Each document's value number (-1: none) if no document has two; else None."""
        pieces = []
        for _, col, remap in self.parts:
            if col.dense is None:
                return None
            pieces.append(np.append(remap, -1).astype(np.int32)[col.dense])  # -1 stays -1
        return np.concatenate(pieces) if pieces else EMPTY

    def counts(self, mask: np.ndarray, matched: np.ndarray | None = None) -> list[tuple[str, int]]:
        """(value, number of documents in ``mask`` that carry it), for values that occur."""
        hits = np.zeros(len(self.values), dtype=np.int64)
        if matched is not None:
            bounds = np.searchsorted(matched, [start for start, _, _ in self.parts] + [self.size])
        for k, (start, col, remap) in enumerate(self.parts):
            local = None if matched is None else matched[bounds[k] : bounds[k + 1]] - start
            if local is not None and not len(local):
                continue  # none of the segment's documents matched
            hits[remap] += col.count(mask[start : start + col.size], local)
        return [(self.values[i], int(hits[i])) for i in np.flatnonzero(hits)]

    def mask(self, value: str) -> np.ndarray:
        result = np.zeros(self.size, dtype=bool)
        for start, col, _ in self.parts:
            i = col.index.get(value)
            if i is not None:
                result[start + col.docs_of(i)] = True
        return result

    def single(self, default: int = 0, convert=int) -> np.ndarray:
        """One number per document (e.g. yyyymmdd days), ``default`` where none."""
        pieces = [col.single(default, convert) for _, col, _ in self.parts]
        return np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)
