"""Posting lists written straight from arrays, in Whoosh's W3 file format (see writer.py).

Per field, the postings (term id, document, frequency) are sorted by term with NumPy; per-term
statistics (document frequency, total and highest weight, shortest and longest field length)
come from whole-array reductions; then each term's row goes to the term table, its postings
either inlined there (lists of up to INLINE_MAX) or in blocks of BLOCK postings in the postings
file, as the tuples Whoosh's own W3PostingsWriter pickles, so Whoosh reads them as its own.
A term's row is in the compact term table's form (termtable.py) when the field writer is the
CompactCodec's, else in W3's (a pickled posting list after a 23-byte struct).

The pickles are written by hand (``pickled``), smaller than ``pickle.dumps`` makes them: no memo,
bytes as bytes (protocol 2 spells them as a call to ``_codecs.encode``), and a posting's weight,
which is its frequency, as an int (2 bytes) rather than a float (9 bytes). ``pickle.loads``
(Whoosh's readers, snapshot.py) reads them back as the same tuples, weights as equal ints: an
inlined posting costs 17 bytes instead of 75.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np
from whoosh.codec.whoosh3 import (
    COMPRESSION_MIN_SIZE,
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3TermInfo,
    _lenfield,
)
from whoosh.system import pack_int, pack_long, pack_ushort

from statements.search_backend.termtable import encode_extent, encode_inlined

INLINE_MAX = 2  # posting lists this short live in the term table, not in blocks
INLINE_MAX_COMPACT = 64  # the same in a compact term table (a few bytes a posting there)
PART_POSTINGS = 1 << 20  # postings of a field written at a time (see ``parts``)
BLOCK = 128

# Pickle opcodes (see pickletools): protocol 3, tuples of 0-3 items or MARK ... TUPLE, STOP.
_PROTO = b"\x80\x03"
_TUPLES = (b")", b"\x85", b"\x86", b"\x87")
_SMALL = [b"K" + bytes((n,)) for n in range(256)]  # BININT1
_FLOAT = struct.Struct(">d")


def _int(n: int) -> bytes:
    if n < 256:
        return _SMALL[n]
    if n < 65536:
        return b"M" + n.to_bytes(2, "little")  # BININT2
    return b"J" + n.to_bytes(4, "little", signed=True)  # BININT


def _pickle(item) -> bytes:
    if isinstance(item, int):
        return _SMALL[item] if 0 <= item < 256 else _int(item)
    if isinstance(item, float):
        return b"G" + _FLOAT.pack(item)  # BINFLOAT
    if isinstance(item, bytes):
        if len(item) < 256:
            return b"C" + bytes((len(item),)) + item  # SHORT_BINBYTES
        return b"B" + len(item).to_bytes(4, "little") + item  # BINBYTES
    if item is None:
        return b"N"
    inner = b"".join([_pickle(i) for i in item])
    return inner + _TUPLES[len(item)] if len(item) < 4 else b"(" + inner + b"t"


def pickled(item) -> bytes:
    """``item`` (nested tuples of non-negative ints below 2**31, floats, bytes, None) as a
    pickle that ``pickle.loads`` reads back equal."""
    return _PROTO + _pickle(item) + b"."


def length_bytes(perdoc, fieldname: str, size: int) -> np.ndarray:
    result = np.zeros(size, dtype=np.uint8)
    if perdoc.has_column(_lenfield(fieldname)):
        col = perdoc.column_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        raw = col._dbfile.get(col._basepos, col._count) if col._count else b""
        result[: len(raw)] = np.frombuffer(raw, dtype=np.uint8)
    return result


def write_postings(fieldwriter, schema, pool, perdoc, size: int) -> None:
    """Write every field's posting lists and term table rows, fields and terms in order."""
    for fieldname in sorted(pool.fields):
        fp = pool.fields[fieldname]
        if not fp.terms or fieldname not in schema:
            continue
        field = schema[fieldname]
        fieldwriter.start_field(fieldname, field)
        lengths = length_bytes(perdoc, fieldname, size)
        for part in parts(fp, PART_POSTINGS):
            _write_field(fieldwriter, field, part, lengths)
        fieldwriter.finish_field()


def _key(term) -> bytes:
    return term.encode("utf-8") if isinstance(term, str) else term


def parts(fp, most: int):
    """``fp``'s terms in the term table's order, cut into pools of about ``most`` postings (one
    term's postings are never cut): a field is written a part at a time, so the lists its
    postings are turned into for writing (about 100 bytes a posting) stay that small."""
    if len(fp.tids) <= most:
        yield fp
        return
    ordered = sorted(fp.terms, key=_key)
    rank = np.empty(len(ordered), dtype=np.uint32)
    rank[[fp.terms[t] for t in ordered]] = np.arange(len(ordered), dtype=np.uint32)
    ranks = rank[np.frombuffer(fp.tids, dtype=np.uint32)]
    order = np.argsort(ranks, kind="stable")  # by term, documents ascending within a term
    ranks = ranks[order]
    columns = [np.frombuffer(a, dtype=np.uint32)[order] for a in (fp.docs, fp.freqs)]
    del order
    ends = np.cumsum(np.bincount(ranks, minlength=len(ordered)))
    first = start = 0
    while first < len(ordered):
        last = max(int(np.searchsorted(ends, start + most, side="right")), first + 1)
        end = int(ends[last - 1])
        part = type(fp)()
        part.terms = {term: i for i, term in enumerate(ordered[first:last])}
        for target, values in zip(
            (part.tids, part.docs, part.freqs),
            (ranks[start:end] - first, *(c[start:end] for c in columns)),
            strict=True,
        ):
            target.frombytes(values.astype(np.uint32).tobytes())
        yield part
        first, start = last, end


def _write_field(fieldwriter, field, fp, length_bytes: np.ndarray) -> None:
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
    compact = getattr(fieldwriter, "compact", False)  # codec.CompactFieldWriter's term table
    inline_max = INLINE_MAX_COMPACT if compact else INLINE_MAX
    # A compact codec's blocks leave out the values: they are the frequencies (the weights) again,
    # and its matcher (codec.CompactLeafMatcher) gives them back from the weights.
    block_values = frequencies and not compact
    keys = sorted(
        ((t.encode("utf-8") if isinstance(t, str) else t, tid) for t, tid in fp.terms.items())
    )
    for key, tid in keys:
        s = int(starts[tid])
        n = int(counts[tid])
        if n > inline_max:
            offset = postfile.tell()
            postfile.write(WHOOSH3_HEADER_MAGIC)
            for b in range(s, s + n, BLOCK):
                e = min(b + BLOCK, s + n)
                _write_block(postfile, b, e, e == s + n, doc_list, delta_list, freq_list,
                             values, block_values, lens, nonzero)  # fmt: skip
            length = postfile.tell() - offset
        if compact:
            minlen, maxlen = int(min_len[tid]), int(max_len[tid])
            if n <= inline_max:
                value = encode_inlined(doc_list[s : s + n], freq_list[s : s + n], minlen, maxlen,
                                       frequencies)  # fmt: skip
            else:
                value = encode_extent(n, float(total[tid]), minlen, maxlen,
                                      float(max_weight[tid]), doc_list[s], int(last[tid]),
                                      offset, length)  # fmt: skip
            tindex.add(prefix + key, value)
            continue
        head = pack_info(
            n <= inline_max,
            float(total[tid]),
            n,
            int(min_len[tid]),
            int(max_len[tid]),
            float(max_weight[tid]),
            doc_list[s],
            int(last[tid]),
        )
        if n <= inline_max:
            inline_values = (
                tuple(values[4 * i : 4 * i + 4] for i in range(s, s + n)) if frequencies else ()
            )
            tail = pickled((tuple(doc_list[s : s + n]), tuple(freq_list[s : s + n]), inline_values))
        else:
            tail = pack_long(offset) + pack_int(length)
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
        weights = tuple(block_freqs)
    data = pickled((ids, weights, values[4 * b : 4 * e] if frequencies else None))
    comp = 3 if len(data) >= COMPRESSION_MIN_SIZE else 0
    if comp:
        data = zlib.compress(data, comp)
    low = int(nonzero[b:e].min())
    info = pickled(
        (e - b, doc_list[e - 1], float(top), comp, 0 if low == 256 else low, int(lens[b:e].max()))
    )
    size = len(info) + len(data)
    postfile.write_int(-size if last else size)
    postfile.write(info)
    postfile.write(data)
