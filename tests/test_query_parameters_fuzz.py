"""Random and hostile query strings on every page that reads one: never a 500.

Hypothesis draws a page (search, its feed, people, outlets, topics, the date archive, a
statement, the feeds) and a query string of known and unknown parameters, repeated or not,
with values of every sort: control characters, surrogates and broken UTF-8 escaped in the
URL, digits of other scripts, huge numbers, dates out of range, very long strings. A fixed
list of hostile values is tried on each page as well. The number of requests made and of
500s found is printed at the end of the module.
"""

import string
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PARAMS = ["q", "start", "end", "year", "journalist", "outlet", "speaker", "topic", "kind"]
PARAMS += ["within", "show", "sort", "page", "format", "id"]

HOSTILE = [
    "",
    "\x00",
    "%00",
    "\x01\x1b[31m",
    "\x7f",
    "\ufffe",
    "\ud800",
    "²",
    "³",
    "¹",
    "①",
    "٣",
    "1²",
    "0",
    "-1",
    "1.5",
    "1e9",
    "9" * 30,
    "9" * 5_000,
    "0001-01-01",
    "0099-12-31",
    "0999-01-01",
    "9999-12-31",
    "2021-02-30",
    "2021-13-01",
    "99999-01-01",
    "x" * 20_000,
    '"',
    "OR",
    "-",
    "(",
    "*:*",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "😀",
    "\u202e",
    "a\nb",
    "questions",
    "statements",
    "journalists",
]
# Raw pieces of a query string, escaped as a browser would not: lone surrogates, bytes that
# are no UTF-8, a bare "%", an overlong NUL.
RAW = ["%ED%A0%80", "%FF%FE", "%", "%C0%80", "%E2%91%A0", "%C2%B2", "%00", "+", "&&", "=="]

values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.text(alphabet=string.digits + "-", max_size=12),
    st.integers().map(str),
    st.dates().map(str),
    st.text(alphabet=st.characters(categories=["Nd", "No", "Cc", "Cf", "Co", "Zs"]), max_size=6),
)
pairs = st.lists(
    st.tuples(st.sampled_from(PARAMS) | st.text(max_size=8), values),
    max_size=5,
)
raws = st.lists(st.sampled_from(RAW), max_size=3)

RESULTS = {"requests": 0, "errors": []}


@pytest.fixture(scope="module", autouse=True)
def report(request):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(
                f"\nquery parameter fuzzing: {RESULTS['requests']} requests, "
                f"{len(RESULTS['errors'])} answered 500"
            )


def pages(archive) -> list[str]:
    statement = archive.statements[0]
    exchange = next(s for s in archive.statements if s.exchanges.exists()).exchanges.first()
    person, outlet, topic = archive.teri, archive.npr, archive.ukraine
    day = statement.date
    return [
        "/",
        "/search/",
        "/search/feed/",
        "/feed/",
        "/people/",
        "/outlets/",
        "/topics/",
        "/archive/",
        f"/archive/{day:%Y}/",
        f"/archive/{day:%Y/%m}/",
        f"/archive/{day:%Y/%m/%d}/",
        statement.get_absolute_url(),
        exchange.get_absolute_url(),
        person.get_absolute_url(),
        person.get_absolute_url() + "feed/",
        outlet.get_absolute_url(),
        topic.get_absolute_url(),
        topic.get_absolute_url() + "feed/",
    ]


def fetch(url: str) -> int:
    client = Client(raise_request_exception=False)
    RESULTS["requests"] += 1
    status = client.get(url).status_code
    if status >= 500:
        RESULTS["errors"].append(url)
    return status


def query_string(pairs_, raw) -> str:
    parts = [f"{quote(k, safe='')}={quote(v, safe='', errors='surrogatepass')}" for k, v in pairs_]
    parts += [f"q={piece}" if i % 2 else f"page={piece}" for i, piece in enumerate(raw)]
    return "&".join(parts)


def test_every_page_answers_each_hostile_value(archive):
    names = ["q", "page", "year", "topic", "show", "start", "end", "journalist", "kind"]
    for page in pages(archive):
        for i, value in enumerate(HOSTILE):  # each value in another parameter, in turn
            fetch(f"{page}?{query_string([(names[i % len(names)], value)], [])}")
        for i, raw in enumerate(RAW):
            fetch(f"{page}?{names[i % len(names)]}={raw}")
    assert RESULTS["errors"] == []


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_query_strings_never_answer_500(archive, data):
    page = data.draw(st.sampled_from(pages(archive)), label="page")
    url = f"{page}?{query_string(data.draw(pairs), data.draw(raws))}"
    assert fetch(url) < 500, url
