"""A compact term table: the segment's sorted terms, front-coded in blocks, with small term infos.

Whoosh's W3 term table is a hash file: each term costs 36 bytes of table (record lengths, two
hash slots, an ordering index) besides its key, and its term info is a 23-byte struct followed,
for a term with few documents, by a pickle of its postings. In an archive most terms are rare
(a pair of neighbouring words is usually found in one document), so most of the term table was
overhead. This table keeps the same keys (field number + term bytes) and the same information:

    b"NTRM2" | blocks | index | index position (8 bytes) | b"NTRM2"

- a block holds BLOCK_TERMS terms in order, compressed with zlib (a fifth smaller: the second
  words of pairs repeat); each entry is varint(bytes shared with the previous key)
  varint(suffix length) suffix varint(value length) value, the block's first key only in the
  index;
- the index is the pickled extras (Whoosh's field map), then the block offsets and the first key
  of every block, read with NumPy on opening: a lookup bisects the first keys and decodes one
  block (decoded blocks are cached);
- a value (``encode_*``) is a term info in varints: an inlined posting list as its documents and
  frequencies (weights are the frequencies, values their 4-byte form: what Frequency fields
  hold), with everything the W3 struct says derived from them; a longer list as its statistics
  and its place in the postings file. What does not fit that shape is kept as W3's own bytes.

``TermTable.term_info`` gives Whoosh's ``W3TermInfo``, so matchers, merges and the Snapshot read
the postings as before.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from bisect import bisect_left, bisect_right
from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length

MAGIC = b"NTRM2"
BLOCK_TERMS = 32
CACHED_BLOCKS = 512
# A value's first byte: flags, and in its top 3 bits an inlined list's length when below 8.
INLINED, VALUES, INTEGRAL, VERBATIM, SAME_LENGTH = 1, 2, 4, 8, 16
_FOOTER = struct.Struct("<Q")
_FLOATS = struct.Struct("<ff")
_W3 = W3TermInfo._struct
_BYTE = [bytes((n,)) for n in range(256)]
_PACKED = [pack_uint(n) for n in range(256)]  # a Frequency posting's value


def varint(n: int) -> bytes:
    if n < 0x80:
        return _BYTE[n]
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def read_varint(data, pos: int) -> tuple[int, int]:
    b = data[pos]
    if b < 0x80:
        return b, pos + 1
    n, shift = b & 0x7F, 7
    while True:
        pos += 1
        b = data[pos]
        n |= (b & 0x7F) << shift
        if b < 0x80:
            return n, pos + 1
        shift += 7


# --- term infos ---


def encode_inlined(docs, freqs, minlen: int, maxlen: int, values: bool) -> bytes:
    """An inlined posting list: documents ascending, integer frequencies (= weights), the
    shortest and longest field length as length bytes; ``values``: the field keeps each
    posting's frequency as a 4-byte value (Frequency)."""
    flags = INLINED | (VALUES if values else 0)
    out = [b"", *_count(len(docs)), *_lengths(minlen, maxlen)]
    out[0] = _BYTE[flags | (SAME_LENGTH if minlen == maxlen else 0) | _small(len(docs))]
    last = 0
    for doc, freq in zip(docs, freqs, strict=True):
        out.append(varint(doc - last))
        out.append(varint(freq))
        last = doc
    return b"".join(out)


def _small(count: int) -> int:
    return count << 5 if count < 8 else 0


def _count(count: int) -> list[bytes]:
    return [] if count < 8 else [varint(count)]


def _lengths(minlen: int, maxlen: int) -> list[bytes]:
    return [_BYTE[minlen]] if minlen == maxlen else [_BYTE[minlen], _BYTE[maxlen]]


def encode_extent(df, weight, minlen, maxlen, maxweight, minid, maxid, offset, length) -> bytes:
    """A posting list in the postings file: its statistics and where it lies."""
    out = [b"", varint(df), *_lengths(minlen, maxlen)]
    flags = SAME_LENGTH if minlen == maxlen else 0
    if weight == int(weight) and maxweight == int(maxweight) and weight >= 0 <= maxweight:
        out[0] = _BYTE[flags | INTEGRAL]
        out += [varint(int(weight)), varint(int(maxweight))]
    else:
        out[0] = _BYTE[flags]
        out.append(_FLOATS.pack(weight, maxweight))
    out += [varint(minid), varint(maxid - minid), varint(offset), varint(length)]
    return b"".join(out)


def encode_w3(raw: bytes) -> bytes:
    """W3TermInfo.to_bytes()'s bytes (what Whoosh's own writers make) in this table's form."""
    flags, weight, df, minlen, maxlen, maxweight, minid, maxid = _W3.unpack(raw[: _W3.size])
    if not flags:
        offset, length = struct.unpack("!qi", raw[_W3.size : _W3.size + 12])
        if minid != 0xFFFFFFFF and maxid >= minid:
            return encode_extent(df, weight, minlen, maxlen, maxweight, minid, maxid, offset,
                                 length)  # fmt: skip
        return _BYTE[VERBATIM] + raw
    ids, weights, values = pickle.loads(raw[_W3.size :])
    freqs = [int(w) for w in weights]
    compact = (
        ids
        and list(ids) == sorted(set(ids))
        and all(f == w and f > 0 for f, w in zip(freqs, weights, strict=True))
        and (not values or list(values) == [pack_uint(f) for f in freqs])
        and (df, ids[0], ids[-1]) == (len(ids), minid, maxid)
        and (maxweight, weight) == (max(freqs), sum(freqs))
    )
    if not compact:
        return _BYTE[VERBATIM] + raw
    return encode_inlined(list(ids), freqs, minlen, maxlen, bool(values))


def decode(value: bytes) -> W3TermInfo:
    flags = value[0]
    if flags & VERBATIM:
        return W3TermInfo.from_bytes(value[1:])
    info = W3TermInfo()
    df, pos = flags >> 5, 1
    if not df:
        df, pos = read_varint(value, 1)
    info._df = df
    info._minlength = byte_to_length(value[pos])
    if flags & SAME_LENGTH:
        info._maxlength = info._minlength
        pos += 1
    else:
        info._maxlength = byte_to_length(value[pos + 1])
        pos += 2
    if flags & INLINED:
        ids, freqs = [], []
        doc = 0
        for _ in range(df):
            delta = value[pos]
            if delta < 0x80:
                pos += 1
            else:
                delta, pos = read_varint(value, pos)
            freq = value[pos]
            if freq < 0x80:
                pos += 1
            else:
                freq, pos = read_varint(value, pos)
            doc += delta
            ids.append(doc)
            freqs.append(freq)
        info._weight = float(sum(freqs))
        info._maxweight = float(max(freqs))
        info._minid, info._maxid = ids[0], ids[-1]
        values = (
            tuple([_PACKED[f] if f < 256 else pack_uint(f) for f in freqs])
            if flags & VALUES
            else ()
        )
        info._inlined = (tuple(ids), tuple(freqs), values)
        return info
    if flags & INTEGRAL:
        weight, pos = read_varint(value, pos)
        maxweight, pos = read_varint(value, pos)
        info._weight, info._maxweight = float(weight), float(maxweight)
    else:
        info._weight, info._maxweight = _FLOATS.unpack(value[pos : pos + 8])
        pos += 8
    minid, pos = read_varint(value, pos)
    span, pos = read_varint(value, pos)
    info._minid, info._maxid = minid, minid + span
    info._offset, pos = read_varint(value, pos)
    info._length, pos = read_varint(value, pos)
    return info


# --- the table ---


class TermTableWriter:
    """Written like Whoosh's OrderedHashWriter: ``add(key, value)`` in key order, ``extras``,
    ``close()``."""

    def __init__(self, dbfile):
        self.dbfile = dbfile
        self.extras: dict = {}
        dbfile.write(MAGIC)
        self.block: list[bytes] = []
        self.count = 0
        self.first_keys: list[bytes] = []
        self.offsets: list[int] = []
        self.last = b""

    def add(self, key: bytes, value: bytes) -> None:
        if key <= self.last and self.first_keys:
            raise ValueError(f"Keys must increase: {self.last!r}..{key!r}")
        if self.count == 0:
            self.first_keys.append(key)
            self.block.append(varint(len(value)))
        else:
            last = self.last
            shared = 0
            limit = min(len(key), len(last))
            while shared < limit and key[shared] == last[shared]:
                shared += 1
            suffix = key[shared:]
            self.block += [varint(shared), varint(len(suffix)), suffix, varint(len(value))]
        self.block.append(value)
        self.last = key
        self.count += 1
        if self.count == BLOCK_TERMS:
            self._flush()

    def _flush(self):
        if self.count:
            self.offsets.append(self.dbfile.tell())
            self.dbfile.write(zlib.compress(b"".join(self.block), 6))
            self.block, self.count = [], 0

    def close(self):
        self._flush()
        f = self.dbfile
        index_at = f.tell()
        extras = pickle.dumps(self.extras, 4)
        keys = b"".join(self.first_keys)
        key_ends = np.cumsum([len(k) for k in self.first_keys], dtype=np.uint32)
        offsets = np.asarray([*self.offsets, index_at], dtype="<u8")
        f.write(struct.pack("<III", len(extras), len(self.first_keys), len(keys)))
        f.write(extras)
        f.write(offsets.tobytes())
        f.write(key_ends.astype("<u4").tobytes())
        f.write(keys)
        f.write(_FOOTER.pack(index_at) + MAGIC)
        f.close()


class _Keys:
    """The blocks' first keys as a sequence for ``bisect``, sliced from one bytes object."""

    def __init__(self, keys: bytes, ends: np.ndarray):
        self.keys = keys
        self.starts = [0, *ends[:-1].tolist()]
        self.ends = ends.tolist()

    def __len__(self):
        return len(self.ends)

    def __getitem__(self, i):
        return self.keys[self.starts[i] : self.ends[i]]


class TermTable:
    """Reads a TermTableWriter's file: lookups, ordered iteration, ``extras``."""

    def __init__(self, dbfile, length: int):
        self.dbfile = dbfile
        tail = dbfile.get(length - 8 - len(MAGIC), 8 + len(MAGIC))
        if dbfile.get(0, len(MAGIC)) != MAGIC or tail[8:] != MAGIC:
            raise ValueError("not a term table (bad magic)")
        (index_at,) = _FOOTER.unpack(tail[:8])
        index = dbfile.get(index_at, length - 8 - len(MAGIC) - index_at)
        extras_len, nblocks, keys_len = struct.unpack("<III", index[:12])
        pos = 12
        self.extras = pickle.loads(index[pos : pos + extras_len])
        pos += extras_len
        self.offsets = np.frombuffer(index, dtype="<u8", count=nblocks + 1, offset=pos).tolist()
        pos += 8 * (nblocks + 1)
        ends = np.frombuffer(index, dtype="<u4", count=nblocks, offset=pos)
        pos += 4 * nblocks
        self.first_keys = _Keys(bytes(index[pos : pos + keys_len]), ends)
        if pos + keys_len != len(index) or (nblocks and self.offsets[-1] != index_at):
            raise ValueError("damaged term table index")
        self._cache: OrderedDict[int, tuple[list[bytes], list[bytes]]] = OrderedDict()

    def close(self):
        self.dbfile.close()

    def _decode(self, i: int) -> tuple[list[bytes], list[bytes]]:
        data = zlib.decompress(
            self.dbfile.get(self.offsets[i], self.offsets[i + 1] - self.offsets[i])
        )
        key = self.first_keys[i]
        keys, values = [], []
        vlen, pos = read_varint(data, 0)
        end = len(data)
        while True:
            keys.append(key)
            values.append(data[pos : pos + vlen])
            pos += vlen
            if pos >= end:
                return keys, values
            shared, slen = data[pos], data[pos + 1]  # one byte each, nearly always
            if shared < 0x80 and slen < 0x80:
                pos += 2
            else:
                shared, pos = read_varint(data, pos)
                slen, pos = read_varint(data, pos)
            key = key[:shared] + data[pos : pos + slen]
            pos += slen
            vlen = data[pos]
            if vlen < 0x80:
                pos += 1
            else:
                vlen, pos = read_varint(data, pos)

    def _block(self, i: int) -> tuple[list[bytes], list[bytes]]:
        found = self._cache.get(i)
        if found is None:
            found = self._cache[i] = self._decode(i)
            if len(self._cache) > CACHED_BLOCKS:
                self._cache.popitem(last=False)
        return found

    def get(self, key: bytes) -> bytes | None:
        i = bisect_right(self.first_keys, key) - 1
        if i < 0:
            return None
        keys, values = self._block(i)
        j = bisect_left(keys, key)
        return values[j] if j < len(keys) and keys[j] == key else None

    def __getitem__(self, key: bytes) -> bytes:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: bytes) -> bool:
        return self.get(key) is not None

    def items_from(self, key: bytes = b""):
        """(key, value) pairs from the first key at or after ``key``, in order."""
        i = max(bisect_right(self.first_keys, key) - 1, 0)
        for b in range(i, len(self.first_keys)):
            keys, values = self._block(b) if b == i else self._decode(b)
            start = bisect_left(keys, key) if b == i else 0
            yield from zip(keys[start:], values[start:], strict=True)

    def items(self):
        return self.items_from(b"")
