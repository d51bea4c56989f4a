"""Views of the archive as data: the CSV / JSON Lines downloads and the /data/ page.

- ``/search/export.csv`` and ``.jsonl``: every hit of a search (all the parameters of
  /search/, read by the same form and parser, run by the same query), in the search's order;
- ``/people/<slug>/questions.csv`` / ``.jsonl``: a person's questions (``?year=``, ``?topic=``
  as on their page); ``/outlets/<slug>/questions.csv`` / ``.jsonl``: the questions asked for an
  outlet (``?year=``).

Rows are made by statements.exports, streamed in constant memory. Each client address may
start EXPORT_THROTTLE_RATE downloads (429 beyond).
"""

from itertools import chain

from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from haystack.exceptions import SearchBackendError

from statements import browsing, exports
from statements.api.policies import ExportThrottle
from statements.forms import SearchForm
from statements.models import Exchange, Outlet, Person
from statements.search import REBUILD, build_queryset
from statements.search_syntax import parse

FORMATS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/jsonl; charset=utf-8"}


def throttled(request) -> HttpResponse | None:
    throttle = ExportThrottle()
    if throttle.allow_request(request, None):
        return None
    wait = throttle.wait()
    response = HttpResponse(
        "Too many downloads from your address: try again in a minute.\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    if wait is not None:
        response["Retry-After"] = str(int(wait) + 1)
    return response


def download(rows, columns, fmt: str, name: str) -> StreamingHttpResponse:
    lines = exports.csv_lines(columns, rows) if fmt == "csv" else exports.json_lines(columns, rows)
    response = StreamingHttpResponse(lines, content_type=FORMATS[fmt])
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="natoarchive-{name}-{stamp}.{fmt}"'
    response["X-Robots-Tag"] = "noindex"
    return response


def plain(status: int, message: str) -> HttpResponse:
    return HttpResponse(message + "\n", status=status, content_type="text/plain; charset=utf-8")


def search_export(request, fmt):
    """Every hit of the search that /search/ shows for the same query string."""
    if response := throttled(request):
        return response
    form = SearchForm(request.GET)
    form.is_valid()
    data = form.cleaned_data
    parsed = parse(data.get("q") or "")
    if parsed.empty and not form.filters:
        return plain(400, "Nothing to export: give words to search for (q) or a filter.")
    pages = exports.engine_pages(build_queryset(parsed, data))
    try:
        first = next(pages, None)  # runs the search now: a missing index is a 503, not a cut
    except SearchBackendError:
        return plain(503, f"Search is unavailable; an administrator can run: {REBUILD}")
    hits = chain([first] if first else [], pages)
    rows = exports.guarded(exports.hit_rows(hits, request.build_absolute_uri), "a search")
    return download(rows, exports.SEARCH_COLUMNS, fmt, "search")


def person_export(request, slug, fmt):
    """A person's questions, newest first, narrowed like their page (?year=, ?topic=)."""
    if response := throttled(request):
        return response
    person = get_object_or_404(Person, slug=slug)
    questions = Exchange.objects.by_journalist(person)
    year, topic = browsing.year_filter(request), browsing.topic_filter(request)
    if year:
        questions = questions.filter(statement__date__year=year)
    if topic:
        questions = questions.filter(topics=topic)
    rows = exports.exchange_rows(newest_first(questions), request.build_absolute_uri)
    return download(rows, exports.EXCHANGE_COLUMNS, fmt, f"{person.slug}-questions")


def outlet_export(request, slug, fmt):
    """The questions asked for an outlet, newest first (?year= as on its page)."""
    if response := throttled(request):
        return response
    outlet = get_object_or_404(Outlet, slug=slug)
    questions = Exchange.objects.for_outlet(outlet)
    year = browsing.year_filter(request)
    if year:
        questions = questions.filter(statement__date__year=year)
    rows = exports.exchange_rows(newest_first(questions), request.build_absolute_uri)
    return download(rows, exports.EXCHANGE_COLUMNS, fmt, f"{outlet.slug}-questions")


def newest_first(exchanges):
    return exchanges.order_by("-statement__date", "-statement_id", "position")


def data_page(request):
    """/data/: the API, the downloads and the dataset explained for the archive's users."""
    example = Person.objects.filter(exchanges__isnull=False).only("slug", "name").first()
    return render(
        request,
        "statements/data.html",
        {
            "example_person": example,
            "exchange_columns": exports.EXCHANGE_COLUMNS,
            "search_columns": exports.SEARCH_COLUMNS,
        },
    )
