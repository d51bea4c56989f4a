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


def warm_up() -> None:
    """Make a new process's first search cost what any search costs: import the engine (NumPy,
    Whoosh), open the index (its columns are mapped from the segments' sidecar files), and render
    the search page once for one word (URL resolver, templates, translations). Called once per
    process by natoarchive/wsgi.py, before the server hands the process a request; best effort
    (an unavailable index is the search page's to report)."""
    import logging

    from django.conf import settings
    from django.http import HttpRequest, QueryDict
    from haystack import connections

    from statements import views

    try:
        backend = connections["default"].get_backend()
        if hasattr(backend, "snapshot"):
            backend.snapshot()  # an unavailable index: nothing to warm (logged once, below)
            request = HttpRequest()
            request.method = "GET"
            request.GET = QueryDict(f"q={WARM_QUERY}")
            hosts = [h for h in settings.ALLOWED_HOSTS if h and not h.startswith((".", "*"))]
            request.META = {"SERVER_NAME": (hosts or ["localhost"])[0], "SERVER_PORT": "80"}
            views.search(request)
    except Exception as exc:  # a worker starts whatever happens here
        logging.getLogger("statements.search").info("search warm-up: %s", exc)


WARM_QUERY = "nato"
