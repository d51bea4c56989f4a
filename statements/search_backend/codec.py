"""The index's file format: Whoosh's W3 codec with a compact term table and stored fields
compressed in blocks.

``CompactCodec`` writes and reads every segment the project makes (see snapshot.codec); a
segment remembers its codec, so segments written before by W3Codec are still read as they were,
and a merge rewrites them in this form. Two parts of W3 change, the rest (postings blocks, field
lengths, columns, deletions) is Whoosh's own, except that a block of postings leaves out its
values when they only repeat the frequencies (``CompactLeafMatcher`` gives them back):

- the term table (termtable.py): sorted keys front-coded in blocks, small term infos; about 15
  bytes for a term found in one document instead of about 95;
- the stored fields (``BlockStoredColumn``): W3 compresses each document's stored fields alone,
  which does little for a short exchange. Here consecutive documents (the parts of one
  statement, which share its title, URL and words) are compressed together in blocks of about
  BLOCK_BYTES, with a preset dictionary sampled from the segment's first documents; reading one
  document decompresses its block (tens of microseconds; the last blocks read are cached).
"""

from __future__ import annotations

import pickle
import struct
import zlib
from bisect import bisect_right
from collections import OrderedDict

import numpy as np
from whoosh.codec import base
from whoosh.codec.whoosh3 import (
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PerDocReader,
    W3PerDocWriter,
    W3TermsReader,
)
from whoosh.columns import Column
from whoosh.reading import TermNotFound
from whoosh.system import pack_uint, pack_ushort, unpack_ushort

from statements.search_backend.termtable import TermTable, TermTableWriter, decode, encode_w3

STORED = "_stored"


class CompactCodec(W3Codec):
    TERMS_EXT = ".ttb"  # not W3's .trm: another format

    def per_document_writer(self, storage, segment):
        return CompactPerDocWriter(self, storage, segment)

    def per_document_reader(self, storage, segment):
        return CompactPerDocReader(storage, segment)

    def field_writer(self, storage, segment):
        return CompactFieldWriter(self, storage, segment)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        offset, length = terminfo.extent()
        return CompactLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)

    def terms_reader(self, storage, segment):
        name = segment.make_filename(self.TERMS_EXT)
        table = TermTable(storage.open_file(name), storage.file_length(name))
        return CompactTermsReader(self, table, segment.open_file(storage, self.POSTS_EXT))


# --- terms ---


class CompactFieldWriter(W3FieldWriter):
    """W3FieldWriter writing a TermTable. Whoosh's own path (``finish_term``) gives W3 term
    info bytes, converted; postings.py adds rows already in the table's form (``add_row``)."""

    compact = True

    def __init__(self, codec, storage, segment):  # W3FieldWriter's, with a TermTableWriter
        self._codec, self._storage, self._segment = codec, storage, segment
        self._fieldname = self._fieldid = self._btext = self._fieldobj = self._format = None
        self._tindex = TermTableWriter(self._create_file(CompactCodec.TERMS_EXT))
        self._fieldmap = self._tindex.extras["fieldmap"] = {}
        self._postfile = self._create_file(W3Codec.POSTS_EXT)
        self._postwriter = None
        self._infield = False
        self.is_closed = False

    def finish_term(self):
        terminfo = self._postwriter.finish_postings()
        key = pack_ushort(self._fieldid) + self._btext
        self._tindex.add(key, encode_w3(terminfo.to_bytes()))


class CompactTermsReader(W3TermsReader):
    def __init__(self, codec, table: TermTable, postfile):
        self._codec = codec
        self._dbfile = table.dbfile
        self._tindex = table
        self._fieldmap = table.extras["fieldmap"]
        self._postfile = postfile
        self._fieldunmap = [None] * len(self._fieldmap)
        for fieldname, num in self._fieldmap.items():
            self._fieldunmap[num] = fieldname

    def _keydecoder(self, keybytes):
        return self._fieldunmap[unpack_ushort(keybytes[:2])[0]], keybytes[2:]

    def cursor(self, fieldname, fieldobj):
        return CompactFieldCursor(self, fieldname, fieldobj)

    def terms(self):
        return (self._keydecoder(key) for key, _ in self._tindex.items())

    def terms_from(self, fieldname, prefix):
        items = self._tindex.items_from(self._keycoder(fieldname, prefix))
        return (self._keydecoder(key) for key, _ in items)

    def items(self):
        return ((self._keydecoder(k), decode(v)) for k, v in self._tindex.items())

    def items_from(self, fieldname, prefix):
        items = self._tindex.items_from(self._keycoder(fieldname, prefix))
        return ((self._keydecoder(k), decode(v)) for k, v in items)

    def term_info(self, fieldname, tbytes):
        found = self._tindex.get(self._keycoder(fieldname, tbytes))
        if found is None:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}")
        return decode(found)

    def frequency(self, fieldname, tbytes):  # KeyError when missing, as W3's (the reader's 0)
        return decode(self._tindex[self._keycoder(fieldname, tbytes)]).weight()

    def doc_frequency(self, fieldname, tbytes):
        return decode(self._tindex[self._keycoder(fieldname, tbytes)]).doc_frequency()


class CompactFieldCursor(base.FieldCursor):
    """One field's terms in order (Whoosh's spelling automata walk them with ``find``)."""

    def __init__(self, terms: CompactTermsReader, fieldname, fieldobj):
        self._terms = terms
        self._fieldname = fieldname
        self._fieldobj = fieldobj
        self.first()

    def _seek(self, tbytes: bytes):
        self._items = self._terms._tindex.items_from(self._terms._keycoder(self._fieldname, tbytes))
        return self.next()

    def first(self):
        return self._seek(b"")

    def find(self, term):
        if not isinstance(term, bytes):
            term = self._fieldobj.to_bytes(term)
        return self._seek(term)

    def next(self):
        found = next(self._items, None)
        if found is not None:
            fieldname, tbytes = self._terms._keydecoder(found[0])
            if fieldname == self._fieldname:
                self._text, self._value = self._fieldobj.from_bytes(tbytes), found[1]
                return self._text
        self._items = iter(())
        self._text = self._value = None
        return None

    def text(self):
        return self._text

    def term_info(self):
        return None if self._value is None else decode(self._value)

    def is_valid(self):
        return self._text is not None


class CompactLeafMatcher(W3LeafMatcher):
    """W3's block reader, for blocks whose values postings.py left out (None): a Frequency
    field's values are its postings' frequencies, which are their weights."""

    def _read_values(self):
        if self._data is None:
            self._read_data()
        if self._data[2] is not None or not self._fixedsize:
            return super()._read_values()
        if self._weights is None:
            self._read_weights()
        self._values = tuple(pack_uint(int(w)) for w in self._weights)


# --- stored fields ---

BLOCK_BYTES = 8192  # raw bytes of stored fields per compressed block (a few documents)
DICT_SAMPLE = 256 * 1024  # the first documents' bytes, sampled for the preset dictionary
DICT_BYTES = 32 * 1024  # zlib's largest window
CACHED = 64  # decompressed blocks kept per reader
_TAIL = struct.Struct("<QQII")  # index position, dictionary length, documents, blocks
MAGIC = b"NSTB1"


class BlockStoredColumn(Column):
    """Each document's stored fields (a pickled dict), consecutive documents compressed
    together:

        MAGIC | dictionary | blocks | first document of each block (u4), block offsets (u8),
        each document's end in its block's bytes (u4) | tail (_TAIL) | MAGIC
    """

    def writer(self, dbfile):
        return self.Writer(dbfile)

    def reader(self, dbfile, basepos, length, doccount):
        return self.Reader(dbfile, basepos, length, doccount)

    class Writer:
        def __init__(self, dbfile):
            self.dbfile = dbfile
            dbfile.write(MAGIC)
            self.zdict: bytes | None = None
            self.pending: list[bytes] = []  # documents not yet in a block
            self.pending_bytes = 0
            self.first_docs: list[int] = []
            self.offsets: list[int] = []
            self.ends: list[int] = []

        def add(self, docnum: int, value) -> None:
            self.fill(docnum)
            data = pickle.dumps(value, 5)
            self.pending.append(data)
            self.pending_bytes += len(data)
            if self.zdict is None:
                if self.pending_bytes >= DICT_SAMPLE:
                    self._start(True)
            elif self.pending_bytes >= BLOCK_BYTES:
                self._block()

        def fill(self, docnum: int) -> None:
            while len(self.ends) + len(self.pending) < docnum:
                self.pending.append(b"")

        def _start(self, use_dict: bool):
            """The preset dictionary (documents spread over the first ones, up to 32 KB; none
            for a small segment), then the documents held so far in blocks."""
            docs = [d for d in self.pending if d]
            step = max(1, len(docs) // 64)
            self.zdict = b"".join(docs[::step])[-DICT_BYTES:] if use_dict else b""
            self.dbfile.write(self.zdict)
            held, self.pending, self.pending_bytes = self.pending, [], 0
            for data in held:
                self.pending.append(data)
                self.pending_bytes += len(data)
                if self.pending_bytes >= BLOCK_BYTES:
                    self._block()

        def _block(self):
            if not self.pending:
                return
            self.first_docs.append(len(self.ends))
            self.offsets.append(self.dbfile.tell())
            end = 0
            for data in self.pending:
                end += len(data)
                self.ends.append(end)
            raw = b"".join(self.pending)
            if self.zdict:
                compressor = zlib.compressobj(6, zdict=self.zdict)
                self.dbfile.write(compressor.compress(raw) + compressor.flush())
            else:
                self.dbfile.write(zlib.compress(raw, 6))
            self.pending, self.pending_bytes = [], 0

        def finish(self, doccount: int) -> None:
            self.fill(doccount)
            if self.zdict is None:
                self._start(self.pending_bytes >= DICT_SAMPLE // 4)
            self._block()
            f = self.dbfile
            index_at = f.tell()
            f.write(np.asarray(self.first_docs, dtype="<u4").tobytes())
            f.write(np.asarray([*self.offsets, index_at], dtype="<u8").tobytes())
            f.write(np.asarray(self.ends, dtype="<u4").tobytes())
            tail = (index_at, len(self.zdict), len(self.ends), len(self.first_docs))
            f.write(_TAIL.pack(*tail) + MAGIC)

    class Reader:
        def __init__(self, dbfile, basepos, length, doccount):
            self.dbfile, self.basepos = dbfile, basepos
            tail = dbfile.get(basepos + length - _TAIL.size - len(MAGIC), _TAIL.size + len(MAGIC))
            if tail[_TAIL.size :] != MAGIC or dbfile.get(basepos, len(MAGIC)) != MAGIC:
                raise ValueError("not a block stored-fields column (bad magic)")
            index_at, dict_len, docs, blocks = _TAIL.unpack(tail[: _TAIL.size])
            if docs != doccount:
                raise ValueError(f"stored fields for {docs} documents, not {doccount}")
            self.zdict = dbfile.get(basepos + len(MAGIC), dict_len)
            index = dbfile.get(basepos + index_at, 4 * blocks + 8 * (blocks + 1) + 4 * docs)
            self.first_docs = np.frombuffer(index, "<u4", blocks).tolist()
            self.offsets = np.frombuffer(index, "<u8", blocks + 1, 4 * blocks).tolist()
            self.ends = np.frombuffer(index, "<u4", docs, 4 * blocks + 8 * (blocks + 1))
            self.doccount = docs
            self._cache: OrderedDict[int, bytes] = OrderedDict()

        def __len__(self):
            return self.doccount

        def _raw(self, block: int) -> bytes:
            found = self._cache.get(block)
            if found is None:
                start, end = self.offsets[block], self.offsets[block + 1]
                data = self.dbfile.get(self.basepos + start, end - start)
                if self.zdict:
                    decompressor = zlib.decompressobj(zdict=self.zdict)
                    found = decompressor.decompress(data) + decompressor.flush()
                else:
                    found = zlib.decompress(data)
                self._cache[block] = found
                if len(self._cache) > CACHED:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(block)
            return found

        def __getitem__(self, docnum: int):
            if not 0 <= docnum < self.doccount:
                raise IndexError(f"no document {docnum} of {self.doccount}")
            block = bisect_right(self.first_docs, docnum) - 1
            first = self.first_docs[block]
            start = int(self.ends[docnum - 1]) if docnum > first else 0
            end = int(self.ends[docnum])
            return pickle.loads(self._raw(block)[start:end]) if end > start else None

        def __iter__(self):
            for docnum in range(self.doccount):
                yield self[docnum]


BLOCK_STORED = BlockStoredColumn()


class CompactPerDocWriter(W3PerDocWriter):
    def _create_column(self, fieldname, column):
        super()._create_column(fieldname, BLOCK_STORED if fieldname == STORED else column)


class CompactPerDocReader(W3PerDocReader):
    def column_reader(self, fieldname, column):
        return super().column_reader(fieldname, BLOCK_STORED if fieldname == STORED else column)
