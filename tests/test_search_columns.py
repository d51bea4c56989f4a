"""Facet counts kept per segment (statements/search_backend/columns.py) equal a plain count of
each document's values, whichever way a segment counts (one value per document, a bitmap per
value, the matched documents' own values, or every pair), and over several segments."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from statements.search_backend.columns import BITMAP_VALUES, Column, SegmentColumn


@st.composite
def segments(draw):
    size = draw(st.integers(0, 300))
    values = [f"v{i}" for i in range(draw(st.integers(0, BITMAP_VALUES + 6)))]
    pairs = set()
    if size and values:
        pair = st.tuples(st.integers(0, size - 1), st.integers(0, len(values) - 1))
        pairs = draw(st.sets(pair, max_size=3 * size))
    docs = np.array([d for d, _ in sorted(pairs)] or [], dtype=np.int64)
    vals = np.array([v for _, v in sorted(pairs)] or [], dtype=np.int32)
    order = np.random.default_rng(len(pairs)).permutation(len(pairs))  # any order in
    mask = np.array(draw(st.lists(st.booleans(), min_size=size, max_size=size)), dtype=bool)
    column = SegmentColumn.from_pairs(values, docs[order], vals[order], size)
    return column, sorted(pairs), mask


def plain_count(values, pairs, mask):
    counts = {}
    for doc, val in pairs:
        if mask[doc]:
            counts[values[val]] = counts.get(values[val], 0) + 1
    return counts


@settings(max_examples=200, deadline=None)
@given(segments())
def test_a_segment_counts_what_its_documents_carry(segment):
    column, pairs, mask = segment
    expected = plain_count(column.values, pairs, mask)
    for matched in (None, np.flatnonzero(mask)):
        counts = column.count(mask, matched)
        got = {column.values[i]: int(n) for i, n in enumerate(counts) if n}
        assert got == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(segments(), min_size=1, max_size=4))
def test_a_generation_counts_and_filters_across_its_segments(parts):
    start, placed, all_pairs, masks = 0, [], [], []
    for k, (column, pairs, mask) in enumerate(parts):
        placed.append((start, f"seg{k}", column))
        all_pairs += [(start + d, column.values[v]) for d, v in pairs]
        masks.append(mask)
        start += column.size
    mask = np.concatenate(masks) if masks else np.zeros(0, dtype=bool)
    generation = Column(placed, start)
    expected = {}
    for doc, value in all_pairs:
        if mask[doc]:
            expected[value] = expected.get(value, 0) + 1
    assert dict(generation.counts(mask)) == expected
    assert dict(generation.counts(mask, np.flatnonzero(mask))) == expected
    for value in {"v0", "v3", f"v{BITMAP_VALUES + 1}"}:
        holders = sorted({doc for doc, v in all_pairs if v == value})
        assert np.flatnonzero(generation.mask(value)).tolist() == holders
    # the next generation: the first segment kept (its numbering carried over), a new one
    first, size = parts[0][0], parts[0][0].size
    again = Column([(0, "seg0", first), (size, "new", first)], 2 * size, generation.numbering())
    assert again.remaps["seg0"] is generation.remaps["seg0"]
    alone = dict(Column([(0, "seg0", first)], size).counts(masks[0]))
    twice = np.concatenate([masks[0], masks[0]])
    assert dict(again.counts(twice)) == {value: 2 * n for value, n in alone.items()}
