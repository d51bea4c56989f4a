"""Writing index segments fast, in Whoosh's own file format.

Whoosh's ``SegmentWriter`` analyses each field through a chain of Python generators, puts every
posting in a sorting pool as a tuple, spills the pool to disk in pickled runs when it is full
(gigabytes of temporary files for a big import) and merges the runs back one posting at a time.
``FastSegmentWriter`` writes the same files another way:

- an analysed text field and its ``<field>_pairs`` twin are analysed in one pass: a regular
  expression finds the words, a dictionary remembers each word's stem (the same Porter stems
  as Whoosh's StemmingAnalyzer, so queries, highlighting and spelling agree with it);
- postings go to compact per-field arrays (term id, document, frequency) in memory, nothing to
  disk until the segment is written;
- the segment's posting lists are written straight from those arrays, sorted with NumPy,
  in blocks Whoosh reads as its own (lists of up to two postings are inlined in the term table);
- the spelling words of a field are written once each, not once per document;
- when the arrays outgrow ``memory_mb`` (WRITER_MEMORY_MB), the documents so far are written as
  a full segment and the writer goes on in a new one; all of them are committed together.

Everything Whoosh reads (the term table, postings, lengths, stored fields, the table of
contents) is unchanged, so Whoosh's own readers, merges and the Snapshot read it as before.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter
from itertools import pairwise
from pickle import dumps

import numpy as np
from whoosh.analysis import STOP_WORDS
from whoosh.codec.whoosh3 import (
    COMPRESSION_MIN_SIZE,
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3TermInfo,
    _lenfield,
)
from whoosh.formats import Existence, Frequency
from whoosh.lang.porter import stem
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.writing import SegmentWriter

from statements.search_backend import sidecar

PAIR_SEPARATOR = "-"
# Whoosh's default tokenizer pattern, without its capturing group (findall returns whole words).
TOKEN = re.compile(r"[\w\*]+(?:\.?[\w\*]+)*")
STOP = frozenset(STOP_WORDS)
MIN_SIZE = 2  # StemmingAnalyzer's minsize
INLINE_MAX = 2  # posting lists this short live in the term table, not in blocks
BLOCK = 128
_stems: dict[str, str | None] = {}
_MISSING = object()


def analyse(text: str) -> list[str]:
    """The stems StemmingAnalyzer() yields for ``text``, in order (stop words dropped)."""
    words = TOKEN.findall(text)
    if not words:
        return []
    cache = _stems
    if len(cache) > 400_000:
        cache.clear()
    out = []
    append = out.append
    for word in " ".join(words).lower().split(" "):
        found = cache.get(word, _MISSING)
        if found is _MISSING:
            found = cache[word] = None if len(word) < MIN_SIZE or word in STOP else stem(word)
        if found is not None:
            append(found)
    return out


def spelling_words(text: str) -> set[str]:
    """The unstemmed words Whoosh keeps for spelling suggestions (lowercased, no stop words)."""
    words = TOKEN.findall(text)
    if not words:
        return set()
    return {w for w in " ".join(words).lower().split(" ") if len(w) >= MIN_SIZE and w not in STOP}


def pair_terms(stems: list[str]) -> list[str]:
    return [f"{a}{PAIR_SEPARATOR}{b}" for a, b in pairwise(stems)]


class FieldPool:
    """One field's postings: parallel arrays of term id, document number and frequency."""

    __slots__ = ("docs", "freqs", "terms", "tids")

    def __init__(self):
        self.terms: dict = {}
        self.tids = array("I")
        self.docs = array("I")
        self.freqs = array("I")

    def add_counts(self, counts, docnum: int) -> None:
        terms = self.terms
        tids = self.tids
        for term in counts:
            tid = terms.get(term)
            if tid is None:
                tid = terms[term] = len(terms)
            tids.append(tid)
        n = len(counts)
        self.docs.extend([docnum] * n)
        self.freqs.extend(counts.values())

    def add_once(self, term) -> None:
        """A term with a single posting (document 0) however often it is added: spelling."""
        if term not in self.terms:
            self.terms[term] = len(self.terms)
            self.tids.append(self.terms[term])
            self.docs.append(0)
            self.freqs.append(1)

    def add(self, term, docnum: int, freq: int) -> None:
        tid = self.terms.get(term)
        if tid is None:
            tid = self.terms[term] = len(self.terms)
        self.tids.append(tid)
        self.docs.append(docnum)
        self.freqs.append(freq)

    def nbytes(self) -> int:  # about: three 4-byte numbers a posting, a dictionary entry a term
        return 12 * len(self.tids) + 160 * len(self.terms)


class ArrayPool:
    """Stands in for Whoosh's PostingPool: the postings of a segment, kept in arrays."""

    def __init__(self, text_fields, spelling_fields):
        self.fields: dict[str, FieldPool] = {}
        self.text_fields = set(text_fields)  # terms kept as str (the fast analysis's)
        self.spelling_fields = set(spelling_fields)

    def field(self, name: str) -> FieldPool:
        pool = self.fields.get(name)
        if pool is None:
            pool = self.fields[name] = FieldPool()
        return pool

    def add(self, item) -> None:
        """One posting as Whoosh's pool takes it: (field, term bytes, docnum, weight, value)."""
        fieldname, term, docnum, weight, _ = item
        if fieldname in self.text_fields or fieldname in self.spelling_fields:
            term = term.decode("utf-8")
        if fieldname in self.spelling_fields:
            self.field(fieldname).add_once(term)
        else:
            self.field(fieldname).add(term, docnum, round(weight))

    def nbytes(self) -> int:
        return sum(pool.nbytes() for pool in self.fields.values())

    def cleanup(self) -> None:
        self.fields = {}


def supported(schema) -> bool:
    """Whether every indexed field stores only frequencies (or nothing) with no boost: what
    FastSegmentWriter knows how to write."""
    for _, field in schema.items():
        fmt = getattr(field, "format", None)
        if fmt is None:
            continue
        if type(fmt) not in (Frequency, Existence) or fmt.field_boost != 1.0:
            return False
    return True


class FastSegmentWriter(SegmentWriter):
    """A SegmentWriter with fast analysis, an in-memory array pool and direct block writing.

    ``pairs`` maps each analysed text field to its pairs field (``text`` -> ``text_pairs``)."""

    def __init__(self, ix, *, pairs: dict[str, str], sidecar_fields=((), ()), unindexed=(),
                 memory_mb: int = 256, **kwargs):  # fmt: skip
        super().__init__(ix, **kwargs)
        self.memory = memory_mb * 1024 * 1024  # pool size that starts another segment
        self._spilled: list = []  # full segments written before the last, committed with it
        self.unindexed = set(unindexed)  # fields searched another way: stored, no postings
        self.sidecar_fields = sidecar_fields  # (exact fields, scored fields)
        self._sidecar = None
        self.pairs = dict(pairs)
        self.pair_fields = {v: k for k, v in self.pairs.items()}
        spelling = {
            self.schema[name].spelling_fieldname(name)
            for name in self.pairs
            if self.schema[name].separate_spelling()
        }
        self.pool = ArrayPool({*self.pairs, *self.pair_fields}, spelling)

    # --- adding documents ---

    def add_document(self, **fields):
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        pool = self.pool
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        analysed: dict[str, list[str]] = {}
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if fieldname in self.pairs or fieldname in self.pair_fields:
                    source = self.pair_fields.get(fieldname)
                    if source is None:
                        stems = analysed[fieldname] = analyse(value)
                        counts = Counter(stems)
                        if field.separate_spelling():
                            spell = pool.field(field.spelling_fieldname(fieldname))
                            for word in spelling_words(value):
                                spell.add_once(word)
                    else:
                        stems = analysed.get(source)
                        if stems is None:
                            stems = analyse(value)
                        counts = Counter(pair_terms(stems))
                    if counts:
                        pool.field(fieldname).add_counts(counts, docnum)
                        length = sum(counts.values())
                elif field.indexed and fieldname not in self.unindexed:
                    target = pool.field(fieldname)
                    for tbytes, freq, _, _ in field.index(value):
                        target.add(tbytes, docnum, freq)
                        if field.scorable:
                            length += freq
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column and value is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except ValueError:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1
        if self.docnum % 64 == 0 and self.pool.nbytes() > self.memory:
            self._spill()

    def _spill(self):
        """Write the documents so far as a full segment and go on in a new one: memory stays
        bounded whatever the batch, and no temporary runs are written."""
        self._spilled.append(self._finalize_segment())
        self.newsegment = self.codec.new_segment(self.storage, self.indexname)
        self.compound = self.newsegment.should_assemble()
        self.perdocwriter = self.codec.per_document_writer(self.storage, self.newsegment)
        self.fieldwriter = self.codec.field_writer(self.storage, self.newsegment)
        self.pool = ArrayPool(self.pool.text_fields, self.pool.spelling_fields)
        self.docnum = self.docbase = 0
        self._added = False

    def _merge_segments(self, mergetype, optimize, merge):
        return [*super()._merge_segments(mergetype, optimize, merge), *self._spilled]

    # --- writing the segment ---

    def _flush_segment(self):
        self.perdocwriter.close()
        perdoc = self.per_document_reader()
        try:
            write_postings(self.fieldwriter, self.schema, self.pool, perdoc, self.docnum)
            self._sidecar = self._sidecar_arrays(perdoc)
        finally:
            perdoc.close()
        self.fieldwriter.close()

    def _sidecar_arrays(self, perdoc):
        """The new segment's exact-field columns and length bytes, straight from the pool."""
        exact, scored = self.sidecar_fields
        columns = {}
        for name in sorted(exact):
            fp = self.pool.fields.get(name)
            if fp is None:
                columns[name] = ([], np.zeros(0, np.int32), np.zeros(0, np.int32))
                continue
            values = [t.decode("utf-8") if isinstance(t, bytes) else t for t in fp.terms]
            docs = np.frombuffer(fp.docs, dtype=np.uint32).astype(np.int32)
            vals = np.frombuffer(fp.tids, dtype=np.uint32).astype(np.int32)
            columns[name] = (values, docs, vals)
        lengths = {name: _length_bytes(perdoc, name, self.docnum) for name in sorted(scored)}
        return columns, lengths

    def _finalize_segment(self):
        segment = super()._finalize_segment()
        if self._sidecar is not None:
            sidecar.write(self.storage, segment, *self._sidecar)
            self._sidecar = None
        return segment


def _length_bytes(perdoc, fieldname: str, size: int) -> np.ndarray:
    result = np.zeros(size, dtype=np.uint8)
    if perdoc.has_column(_lenfield(fieldname)):
        col = perdoc.column_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        raw = col._dbfile.get(col._basepos, col._count) if col._count else b""
        result[: len(raw)] = np.frombuffer(raw, dtype=np.uint8)
    return result


def write_postings(fieldwriter, schema, pool: ArrayPool, perdoc, size: int) -> None:
    """Write every field's posting lists and term table rows, fields and terms in order."""
    for fieldname in sorted(pool.fields):
        fp = pool.fields[fieldname]
        if not fp.terms or fieldname not in schema:
            continue
        field = schema[fieldname]
        fieldwriter.start_field(fieldname, field)
        _write_field(fieldwriter, field, fp, _length_bytes(perdoc, fieldname, size))
        fieldwriter.finish_field()


def _write_field(fieldwriter, field, fp: FieldPool, length_bytes: np.ndarray) -> None:
    prefix = pack_ushort(fieldwriter._fieldid)
    tindex = fieldwriter._tindex
    postfile = fieldwriter._postfile
    frequencies = field.format.fixed_value_size() != 0  # Frequency: each posting has a value

    tids = np.frombuffer(fp.tids, dtype=np.uint32)
    order = np.argsort(tids, kind="stable")  # by term, documents ascending within a term
    docs = np.frombuffer(fp.docs, dtype=np.uint32)[order]
    freqs = np.frombuffer(fp.freqs, dtype=np.uint32)[order]
    counts = np.bincount(tids, minlength=len(fp.terms))
    starts = np.zeros(len(counts), dtype=np.int64)
    np.cumsum(counts[:-1], out=starts[1:])
    lens = length_bytes[docs]
    nonzero = np.where(lens == 0, 256, lens.astype(np.int32))
    min_len = np.minimum.reduceat(nonzero, starts)
    min_len[min_len == 256] = 0
    max_len = np.maximum.reduceat(lens, starts)
    max_weight = np.maximum.reduceat(freqs, starts)
    total = np.add.reduceat(freqs.astype(np.float64), starts)
    last = docs[starts + counts - 1]
    deltas = docs.astype(np.int64)
    deltas[1:] -= docs[:-1]
    values = freqs.astype(">u4").tobytes() if frequencies else b""

    doc_list = docs.tolist()
    delta_list = deltas.tolist()
    freq_list = freqs.tolist()
    pack_info = W3TermInfo._struct.pack
    keys = sorted(
        ((t.encode("utf-8") if isinstance(t, str) else t, tid) for t, tid in fp.terms.items())
    )
    for key, tid in keys:
        s = int(starts[tid])
        n = int(counts[tid])
        head = pack_info(
            n <= INLINE_MAX,
            float(total[tid]),
            n,
            int(min_len[tid]),
            int(max_len[tid]),
            float(max_weight[tid]),
            doc_list[s],
            int(last[tid]),
        )
        if n <= INLINE_MAX:
            inline_values = (
                tuple(values[4 * i : 4 * i + 4] for i in range(s, s + n)) if frequencies else ()
            )
            tail = dumps(
                (
                    tuple(doc_list[s : s + n]),
                    tuple(float(f) for f in freq_list[s : s + n]),
                    inline_values,
                ),
                2,
            )
        else:
            offset = postfile.tell()
            postfile.write(WHOOSH3_HEADER_MAGIC)
            for b in range(s, s + n, BLOCK):
                e = min(b + BLOCK, s + n)
                _write_block(postfile, b, e, e == s + n, doc_list, delta_list, freq_list,
                             values, frequencies, lens, nonzero)  # fmt: skip
            tail = pack_long(offset) + pack_int(postfile.tell() - offset)
        tindex.add(prefix + key, head + tail)


def _write_block(postfile, b, e, last, doc_list, delta_list, freq_list, values, frequencies,
                 lens, nonzero):  # fmt: skip
    ids = (doc_list[b], *delta_list[b + 1 : e])
    block_freqs = freq_list[b:e]
    top = max(block_freqs)
    if top == 1 and min(block_freqs) == 1:
        weights = None
    elif min(block_freqs) == top:
        weights = float(top)
    else:
        weights = tuple(float(f) for f in block_freqs)
    data = dumps((ids, weights, values[4 * b : 4 * e] if frequencies else None), 2)
    comp = 3 if len(data) >= COMPRESSION_MIN_SIZE else 0
    if comp:
        data = zlib.compress(data, comp)
    low = int(nonzero[b:e].min())
    info = dumps(
        (e - b, doc_list[e - 1], float(top), comp, 0 if low == 256 else low, int(lens[b:e].max())),
        2,
    )
    size = len(info) + len(data)
    postfile.write_int(-size if last else size)
    postfile.write(info)
    postfile.write(data)
