"""Related statements: statements on the same subject, found by the search engine.

haystack's ``more_like_this`` over the statements index (the Whoosh backend's version is in
search_backend/related.py; Elasticsearch has its own). Everything shown comes from the index's
stored fields, so the statement page issues no extra database query; when the index is
missing or damaged the page goes without.
"""

from __future__ import annotations

import logging

from haystack.exceptions import SearchBackendError
from haystack.inputs import Exact
from haystack.query import SearchQuerySet

from statements.search_indexes import HIT_STATEMENT

log = logging.getLogger("statements.related")

SHOWN = 5


def related_statements(statement, limit: int = SHOWN) -> list[dict]:
    """Up to ``limit`` other statements like ``statement``: title, url, date, label."""
    try:
        hits = SearchQuerySet().filter(hit=Exact(HIT_STATEMENT)).more_like_this(statement)
        results = list(hits[:limit])
    except SearchBackendError as exc:
        log.warning("No related statements for %s: %s", statement.pk, exc)
        return []
    except Exception:  # a damaged index fails in many ways; the page goes without, never a 500
        log.exception(
            "No related statements for %s: the search index could not be read", statement.pk
        )
        return []
    found = []
    for result in results:
        get = result.get_additional_fields().get
        found.append(
            {
                "title": get("title", ""),
                "url": get("url", ""),
                "date": get("date"),
                "label": get("label", ""),
            }
        )
    return found
