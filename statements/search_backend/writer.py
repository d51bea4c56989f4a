"""Writing index segments fast, in Whoosh's own file format.

Whoosh's ``SegmentWriter`` analyses each field through a chain of Python generators, puts every
posting in a sorting pool as a tuple, spills the pool to disk in pickled runs when it is full
(gigabytes of temporary files for a big import) and merges the runs back one posting at a time.
``FastSegmentWriter`` writes the same files another way:

- an analysed text field and its ``<field>_pairs`` twin are analysed in one pass (a field
  without a twin, ``plain``, the same way): a regular
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
contents) is in the files of the segment's codec (codec.py: W3 with a compact term table and
block-compressed stored fields), so Whoosh's own readers, merges and the Snapshot read it.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from itertools import pairwise

import numpy as np
from whoosh.analysis import STOP_WORDS, CommaSeparatedTokenizer, IDTokenizer
from whoosh.fields import ID, KEYWORD
from whoosh.formats import Existence, Frequency
from whoosh.lang.porter import stem
from whoosh.writing import SegmentWriter

from statements.search_backend import sidecar
from statements.search_backend.postings import length_bytes, write_postings

PAIR_SEPARATOR = "-"
# Whoosh's default tokenizer pattern, without its capturing group (findall returns whole words).
TOKEN = re.compile(r"[\w\*]+(?:\.?[\w\*]+)*")
STOP = frozenset(STOP_WORDS)
COMMA_ITEM = re.compile(r"[^,]+")  # KEYWORD(commas=True)'s tokenizer, before its StripFilter
MIN_SIZE = 2  # StemmingAnalyzer's minsize
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


def exact_kind(field) -> str | None:
    """ "id" for an ID field (its value is its one term), "keyword" for a comma-separated
    KEYWORD field (each stripped item a term): the exact fields whose terms need no analyser."""
    if type(field) is ID and isinstance(field.analyzer, IDTokenizer):
        return "id"
    if type(field) is KEYWORD and repr(field.analyzer) == repr(CommaSeparatedTokenizer()):
        return "keyword"
    return None


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

    def __init__(self, ix, *, pairs: dict[str, str], plain=(), sidecar_fields=((), ()),
                 unindexed=(), memory_mb: int = 128, **kwargs):  # fmt: skip
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
        self.plain = set(plain)  # analysed like the text, without pairs (questions, answers)
        self.exact = {
            name: None if name in self.unindexed else exact_kind(field)
            for name, field in self.schema.items()
        }
        self.pool = ArrayPool({*self.pairs, *self.pair_fields, *self.plain}, spelling)

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
                elif fieldname in self.plain:
                    counts = Counter(analyse(value))
                    if counts:
                        pool.field(fieldname).add_counts(counts, docnum)
                        length = sum(counts.values())
                elif self.exact[fieldname] and isinstance(value, str):
                    target = pool.field(fieldname)
                    if self.exact[fieldname] == "id":
                        target.add(value.encode("utf-8"), docnum, 1)
                    else:
                        items = Counter(item.strip() for item in COMMA_ITEM.findall(value))
                        for item, freq in items.items():
                            target.add(item.encode("utf-8"), docnum, freq)
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
        lengths = {name: length_bytes(perdoc, name, self.docnum) for name in sorted(scored)}
        return columns, lengths

    def _finalize_segment(self):
        segment = super()._finalize_segment()
        if self._sidecar is not None:
            sidecar.write(self.storage, segment, *self._sidecar)
            self._sidecar = None
        return segment
