"""The Whoosh-specific part of search, in one package: see backend.py.

Settings point haystack at ``statements.search_backend.FastWhooshEngine``; everything else in the
project talks to haystack's portable API (SearchQuerySet), so switching SEARCH_ENGINE to
Elasticsearch leaves this package unused.
"""

from haystack.backends import BaseEngine
from haystack.backends.whoosh_backend import WhooshSearchQuery

from statements.search_backend.backend import FastWhooshBackend, SearchIndexUnavailable

__all__ = ["FastWhooshEngine", "SearchIndexUnavailable"]


class FastWhooshEngine(BaseEngine):
    backend = FastWhooshBackend
    query = WhooshSearchQuery
