"""Evaluating a parsed Whoosh query over a Snapshot with whole-array operations.

Every node becomes a dense boolean mask over the snapshot's documents plus, for the analysed
(scored) fields, a float32 array of BM25 scores. Exact fields (filters) are cached masks.
Phrases are looked up in the ``<field>_pairs`` field, which indexes each pair of neighbouring
words as one term, so a two-word phrase costs one posting list instead of a positional match;
longer phrases must contain every neighbouring pair (a document holding "a b" and "b c" apart
also matches "a b c": a known, rare approximation). Query types this module does not know are
evaluated by Whoosh itself, slowly but correctly.

Each text is indexed once: a whole statement's document holds only the text no part of it
holds (title, moderation, captions), and its parts (exchanges, passages) are the documents that
carry the statement's key. A term of a lifted field (the content field and its pairs) is found
in a statement's document when it is in the document or in any of its parts: the parts'
frequencies and lengths are added to the statement's ("lifting"), so whole statements are
searched and ranked as if their text were indexed again, without indexing it again. A phrase
spanning two parts is not found in the statement.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from whoosh import query as Q
from whoosh.fields import DATETIME
from whoosh.searching import Searcher
from whoosh.util.times import long_to_datetime

K1, B = 1.2, 0.75  # Whoosh's BM25F defaults
PAIR_SEPARATOR = "-"
# Lifting: documents whose KIND_FIELD is PARENT_KIND gather the documents with their KEY_FIELD.
KIND_FIELD, PARENT_KIND, KEY_FIELD = "hit", "statement", "statement"
# Below one posting in SPARSE documents, a term's lifted postings are summed over its own
# documents (sorting them) rather than in an array as long as the index (the same sums).
SPARSE = 64


def pairs_field(fieldname: str) -> str:
    return f"{fieldname}_pairs"


@dataclass
class Hits:
    mask: np.ndarray
    scores: np.ndarray | None = None

    def score_array(self, size: int) -> np.ndarray:
        return self.scores if self.scores is not None else np.zeros(size, dtype=np.float32)


class Lifting:
    """Which alive whole-statement document each alive part belongs to (``owner``, -1: none)."""

    def __init__(self, snap):
        self.snap = snap
        self.size = snap.size
        kinds, keys = snap.column(KIND_FIELD), snap.column(KEY_FIELD)
        parent = kinds.index.get(PARENT_KIND)
        if parent is None or kinds.dense is None or keys.dense is None:
            self.owner = np.full(self.size, -1, dtype=np.int64)
            self.parent = np.zeros(self.size, dtype=bool)
            return
        self.parent = (kinds.dense == parent) & snap.alive
        parents = np.flatnonzero(self.parent)
        by_key = np.full(len(keys.values) + 1, -1, dtype=np.int64)  # the last slot: no key
        by_key[keys.dense[parents]] = parents
        self.owner = by_key[keys.dense]
        self.owner[self.parent | ~snap.alive] = -1
        self._lengths: dict[str, tuple[np.ndarray, float]] = {}

    @classmethod
    def of(cls, snap) -> Lifting:
        found = snap.derived.get("lifting")
        if found is None:
            found = snap.derived["lifting"] = cls(snap)
        return found

    def postings(self, ids: np.ndarray, weights: np.ndarray):
        """A term's postings with each part's weight also counted for its statement."""
        owners = self.owner[ids]
        part = owners >= 0
        if not part.any():
            return ids, weights
        if len(ids) * SPARSE < self.size:  # a rare term: sum over its own documents only
            every = np.concatenate([owners[part], ids])
            lifted, slot = np.unique(every, return_inverse=True)
            total = np.bincount(slot, np.concatenate([weights[part], weights]))
            kept = total != 0
            return lifted[kept], total[kept].astype(np.float32)
        total = np.bincount(owners[part], weights[part], minlength=self.size)
        total[ids] += weights
        lifted = np.flatnonzero(total)
        return lifted, total[lifted].astype(np.float32)

    def lengths(self, fieldname: str) -> tuple[np.ndarray, float]:
        if fieldname not in self._lengths:
            lengths, _ = self.snap.lengths(fieldname)
            part = self.owner >= 0
            lifted = lengths + np.bincount(
                self.owner[part], lengths[part], minlength=self.size
            ).astype(np.float32)
            self._lengths[fieldname] = (lifted, float(lifted.sum()) / max(self.size, 1) or 1.0)
        return self._lengths[fieldname]

    def mask(self, mask: np.ndarray) -> np.ndarray:
        owners = self.owner[mask]
        lifted = mask.copy()
        lifted[owners[owners >= 0]] = True
        return lifted


class Evaluator:
    def __init__(self, snapshot, schema, scored_fields: set[str], day_field: str = "day",
                 lifted_fields: frozenset[str] = frozenset(), phrase_via=None):  # fmt: skip
        self.snap = snapshot
        self.schema = schema
        self.scored = scored_fields
        self.lifted = lifted_fields
        self.phrase_via: dict[str, str] = phrase_via or {}  # field -> field holding its pairs
        self.day_field = day_field
        self.size = snapshot.size
        self.terms: set[tuple[str, str]] = set()  # positive scored terms, for highlighting
        self.phrases: list[tuple[str, list[str]]] = []
        self.touched: np.ndarray | None = None  # documents holding a word of a lifted field

    def run(self, query) -> Hits:
        return self._eval(query, positive=True)

    # --- nodes ---

    def _eval(self, q, positive: bool) -> Hits:
        if q is Q.NullQuery or q is None:
            return Hits(np.zeros(self.size, dtype=bool))
        if isinstance(q, Q.Every):
            return Hits(self.snap.alive.copy())
        if isinstance(q, Q.Term):
            return self._term(q.fieldname, q.text, positive, q.boost)
        if isinstance(q, Q.Phrase):
            return self._phrase(q.fieldname, list(q.words), positive, q.boost)
        if isinstance(q, Q.Not):
            inner = self._eval(q.query, not positive)
            return Hits(~inner.mask)
        if isinstance(q, Q.AndNot):
            a = self._eval(q.a, positive)
            b = self._eval(q.b, not positive)
            return Hits(a.mask & ~b.mask, a.scores)
        if isinstance(q, Q.AndMaybe):
            a = self._eval(q.a, positive)
            b = self._eval(q.b, positive)
            return Hits(a.mask, _add(a.scores, b.scores, b.mask))
        if isinstance(q, Q.And | Q.Require):
            parts = q.subqueries if isinstance(q, Q.And) else [q.a, q.b]
            return self._and([self._eval(s, positive) for s in parts])
        if isinstance(q, Q.Or | Q.DisjunctionMax):
            return self._or([self._eval(s, positive) for s in q.subqueries])
        if isinstance(q, Q.NumericRange) and isinstance(self.schema[q.fieldname], DATETIME):
            start = long_to_datetime(q.start) if q.start is not None else None
            end = long_to_datetime(q.end) if q.end is not None else None
            return Hits(self._date_range(start, end))
        return Hits(self._fallback(q))

    def _and(self, parts: list[Hits]) -> Hits:
        if not parts:
            return Hits(np.zeros(self.size, dtype=bool))
        mask = parts[0].mask.copy()
        scores = None
        for part in parts[1:]:
            mask &= part.mask
        for part in parts:
            scores = _add(scores, part.scores)
        return Hits(mask, scores)

    def _or(self, parts: list[Hits]) -> Hits:
        mask = np.zeros(self.size, dtype=bool)
        scores = None
        for part in parts:
            mask |= part.mask
            scores = _add(scores, part.scores, part.mask)
        return Hits(mask, scores)

    # --- leaves ---

    def _term(self, fieldname: str, text: str, positive: bool, boost: float = 1.0) -> Hits:
        if fieldname not in self.scored:
            return Hits(self.snap.term_mask(fieldname, text))
        if positive:
            self.terms.add((fieldname, text))
        ids, weights = self.snap.postings(fieldname, text)
        return self._scored(fieldname, ids, weights, boost)

    def _scored(self, fieldname, ids, weights, boost) -> Hits:
        mask = np.zeros(self.size, dtype=bool)
        scores = np.zeros(self.size, dtype=np.float32)
        lifting = Lifting.of(self.snap) if fieldname in self.lifted else None
        if lifting is not None:
            if self.touched is None:
                self.touched = np.zeros(self.size, dtype=bool)
            self.touched[ids] = True  # parts holding a searched word: a statement's snippet
            ids, weights = lifting.postings(ids, weights)
        if len(ids):
            mask[ids] = True
            if lifting is not None:
                lengths, average = lifting.lengths(fieldname)
            else:
                lengths, average = self.snap.lengths(fieldname)
            df = len(ids)
            idf = np.log(1 + (self.size - df + 0.5) / (df + 0.5))
            norm = K1 * (1 - B + B * lengths[ids] / average)
            scores[ids] = boost * idf * weights * (K1 + 1) / (weights + norm)
        return Hits(mask, scores)

    def _phrase(self, fieldname: str, words: list[str], positive: bool, boost: float) -> Hits:
        words = [w for w in words if w]
        if len(words) == 1:
            return self._term(fieldname, words[0], positive, boost)
        if not words:
            return Hits(np.zeros(self.size, dtype=bool))
        if positive:
            self.phrases.append((fieldname, words))
        field = pairs_field(fieldname)
        via = self.phrase_via.get(fieldname)
        if via is not None:  # a part of the content: the phrase in the content, its words here
            parts = [self._phrase(via, words, False, boost)]
            parts += [self._term(fieldname, w, positive, boost) for w in words]
            return self._and(parts)
        if fieldname not in self.scored or field not in self.schema:
            return Hits(self._fallback(Q.Phrase(fieldname, words)))
        parts = []
        for a, b in itertools.pairwise(words):
            ids, weights = self.snap.postings(field, f"{a}{PAIR_SEPARATOR}{b}")
            parts.append(self._scored(field, ids, weights, boost))
        return self._and(parts)

    def _date_range(self, start, end) -> np.ndarray:
        days = self.snap.single(self.day_field)
        mask = days > 0
        if isinstance(start, datetime):
            mask &= days >= int(f"{start:%Y%m%d}")
        if isinstance(end, datetime):
            mask &= days <= int(f"{end:%Y%m%d}")
        return mask

    def _fallback(self, q) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        searcher = Searcher(self.snap.reader, closereader=False)
        docs = list(q.docs(searcher))
        if docs:
            mask[np.asarray(docs, dtype=np.int64)] = True
        if self.lifted & {getattr(node, "fieldname", None) for node in [q, *q.leaves()]}:
            mask = Lifting.of(self.snap).mask(mask & self.snap.alive)
        return mask


def order_hits(docs, scores, days, sort_by, end):
    """(docnum, score) pairs of the first ``end`` hits in the requested order: by score, then
    newest first (``days``: each hit's yyyymmdd); or by date if ``sort_by`` asks."""
    zero = np.zeros(len(docs), dtype=np.float32)
    if sort_by:
        newest = sort_by[0].startswith("-")
        order = np.lexsort((docs, -days if newest else days))
        scores = zero if scores is None else scores
    elif scores is None or not scores.any():
        scores = zero
        order = np.lexsort((docs, -days))
    else:
        keep = np.arange(len(docs))
        if 0 < end < len(docs):  # only the top ``end`` need sorting; ties kept whole
            threshold = np.partition(scores, len(scores) - end)[len(scores) - end]
            keep = np.flatnonzero(scores >= threshold)
        order = keep[np.lexsort((docs[keep], -days[keep], -scores[keep]))]
    order = order[:end]
    return list(zip(docs[order].tolist(), scores[order].tolist(), strict=True))


def _add(total, scores, where=None):
    """``total + scores`` (either may be None); only at ``where`` if given."""
    if scores is None:
        return total
    if where is not None:
        scores = np.where(where, scores, 0)
    return scores.copy() if total is None else total + scores
