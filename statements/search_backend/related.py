"""haystack's ``more_like_this`` for the fast Whoosh backend: related statements.

Whoosh's own more-like-this needs term vectors, which the index does not store. Instead the
document's stored text (speaker labels left out, its first MAX_WORDS words) gives its key
terms, weighed against the whole index (Whoosh's Bo1 expansion model: words frequent here and
rare elsewhere); the best TERMS of them, each boosted by its weight, are OR-ed into a query
that goes through the backend's ordinary ``search``, filters included. A related-statements
lookup therefore costs one analysis of a few thousand words plus one search.
"""

from __future__ import annotations

import re

import numpy as np
from haystack.constants import ID
from haystack.utils import get_identifier
from whoosh import classify

from statements.search_backend.evaluate import Lifting
from statements.search_backend.highlight import whole_text

MAX_WORDS = 3000  # of the document read for its key terms
TERMS = 12  # key terms in the query
TOP = 20  # documents returned when no end is asked for (haystack's run_mlt asks for none)
_LABEL = re.compile(r"^[^:\n]{1,80}:[ \t]", re.MULTILINE)  # "Jens Stoltenberg: " opening a line
_WORD = re.compile(r"^[a-z0-9]+$")  # a term the query syntax takes as it is


def key_terms(backend, text: str) -> list[tuple[str, float]]:
    """(term, weight) of the ``text``'s most telling words, best first."""
    words = _LABEL.sub("", text).split()[:MAX_WORDS]
    snap = backend.snapshot()
    with snap.lock:
        expander = classify.Expander(snap.reader, backend.content_field_name, classify.Bo1Model)
        expander.add_text(" ".join(words))
        terms = expander.expanded_terms(TERMS * 2, normalize=True)
    return [(t, w) for t, w in terms if _WORD.match(t)][:TERMS]


def stored_text(backend, identifier: str) -> str:
    """The indexed text of the document ``identifier`` ("statements.statement.12"), or ""."""
    snap = backend.snapshot()
    with snap.lock:
        ids, _ = snap.postings(ID, identifier)
        alive = [int(i) for i in ids if snap.alive[i]]
        if not alive:
            return ""
        parts = np.flatnonzero(Lifting.of(snap).owner == alive[0])  # its exchanges and passages
        return whole_text(snap, alive[0], snap.stored(alive[0]), parts, backend.content_field_name)


def more_like_this(
    backend,
    model_instance,
    additional_query_string=None,
    start_offset=0,
    end_offset=None,
    models=None,
    result_class=None,
    **kwargs,
):
    """Documents like ``model_instance`` (itself left out), narrowed by the query's filters."""
    identifier = get_identifier(model_instance)
    terms = key_terms(backend, stored_text(backend, identifier))
    if not terms:
        return {"results": [], "hits": 0}
    query = " OR ".join(f"{term}^{weight:.3f}" for term, weight in terms)
    narrow = {additional_query_string} if additional_query_string not in (None, "", "*") else None
    end_offset = TOP if end_offset is None else end_offset
    end = end_offset + 1  # one more: itself is dropped
    found = backend.search(
        f"({query})",
        start_offset=start_offset,
        end_offset=end,
        narrow_queries=narrow,
        models=models,
        result_class=result_class,
    )
    results = [r for r in found["results"] if f"{r.app_label}.{r.model_name}.{r.pk}" != identifier]
    hits = found["hits"] - (len(found["results"]) - len(results))
    return {"results": results[:end_offset], "hits": hits}
