"""Schemathesis generates requests from the API's OpenAPI schema (every endpoint, parameter
values in and out of their documented ranges) and sends them to the real app, over a small
indexed archive: every one must be answered without a server error, with a documented status,
content type and body. The number of requests made is printed at the end."""

import base64
from collections import Counter

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

MAX_EXAMPLES = 60  # per endpoint and phase; the whole run stays well under 90 s
REQUESTS: Counter = Counter()


# The records of tests/factories.make_search_archive, by their slugs.
KNOWN = {
    "slug": st.sampled_from(
        ["2019-02-13-defence-ministers-meet", "teri-schultz", "associated-press", "ukraine"]
    ),
    "position": st.sampled_from([1, 2]),
}

# The schema as the app serves it, run against the app itself (WSGI, no server).
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@schema.hook
def flatmap_path_parameters(context, path_parameters):
    """Half the time, path parameters name real records, so that their bodies are checked
    too, not only the 404s."""
    if not path_parameters:
        return st.just(path_parameters)
    known = st.fixed_dictionaries({k: KNOWN[k] for k in path_parameters if k in KNOWN})
    return st.one_of(st.just(path_parameters), known.map(lambda v: path_parameters | v))


# Cursors are opaque tokens copied from `next`/`previous` links, not values to make up: a
# generated one is replaced by one the API could have given (offset, position, direction).
CURSORS = [base64.urlsafe_b64encode(c.encode()).decode() for c in ("p=1", "o=1&p=2", "r=1&p=3")]


@schema.hook
def map_query(context, query):
    if query and "cursor" in query:
        query["cursor"] = CURSORS[len(str(query["cursor"])) % len(CURSORS)]
    return query


@pytest.fixture
def app_keeps_the_test_connection():
    """The app is called as a server would call it, and closes the database connection after
    each request; the test's connection (in its transaction) must stay open."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(scope="module", autouse=True)
def report_the_count(request):
    yield
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is not None and capture is not None and REQUESTS:
        with capture.global_and_fixture_disabled():
            reporter.write_line(
                f"\nschemathesis: {sum(REQUESTS.values())} requests over {len(REQUESTS)} endpoints"
            )


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
def test_every_generated_request_is_answered_as_the_schema_says(
    case, archive, app_keeps_the_test_connection
):
    REQUESTS[case.operation.label] += 1
    case.call_and_validate()
