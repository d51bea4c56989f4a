"""The search page's logic on haystack's portable API: query to SearchQuerySet, results to what
the template shows. Nothing here knows which engine runs underneath (see settings.SEARCH_ENGINE);
the Whoosh-specific part lives in statements/search_backend/.
"""

from __future__ import annotations

import datetime
import logging
import re
import time
import unicodedata

from django.core.paginator import EmptyPage, Paginator
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.timezone import template_localtime
from haystack.exceptions import SearchBackendError
from haystack.inputs import Clean, Exact
from haystack.query import SQ, SearchQuerySet

from statements.forms import SHOW, SORTS, SearchForm
from statements.search_facets import (
    FILTERS,
    active_labels,
    facet_groups,
    facet_labels,
    filter_chips,
    single_year,
    trend_series,
    unknown_filters,
    with_params,
)
from statements.search_indexes import HIT_EXCHANGE, HIT_STATEMENT, HIT_TURN
from statements.search_syntax import Clause, ParsedQuery, parse

log = logging.getLogger("statements.search")

PER_PAGE = 20
ORPHANS = 3
FACET_SIZE = 1000  # every value, so that counts are exact on any engine
SUGGEST_BELOW = 5
# Highlight markers the engine wraps matches in: private-use characters that no text contains,
# turned into <mark> only after everything else was escaped.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
_NO_MARKS = {ord(MARK_OPEN): None, ord(MARK_CLOSE): None}

PREFIX_FIELDS = {
    "speaker": "speaker_names",
    "journalist": "journalist_names",
    "outlet": "outlet_names",
    "topic": "topic_names",
}
WITHIN_FIELDS = {"questions": "question", "answers": "answers"}


def clause_sq(clause: Clause, content: str) -> SQ:
    fieldname = PREFIX_FIELDS[clause.field] if clause.field else content
    value = Exact(" ".join(clause.words)) if clause.phrase else Clean(clause.words[0])
    sq = SQ(**{fieldname: value})
    return ~sq if clause.negated else sq


def query_sq(parsed: ParsedQuery, content: str = "content") -> SQ | None:
    result = None
    for group in parsed.groups:
        either = None
        for clause in group:
            sq = clause_sq(clause, content)
            either = sq if either is None else either | sq
        result = either if result is None else result & either
    return result


def build_queryset(parsed: ParsedQuery, data: dict) -> SearchQuerySet:
    """The SearchQuerySet for a parsed query and the search form's cleaned data."""
    sqs = SearchQuerySet()
    within = data.get("within") or ""
    sq = query_sq(parsed, WITHIN_FIELDS.get(within, "content"))
    sqs = sqs.filter(sq) if sq is not None else sqs.all()
    if within:
        sqs = sqs.filter(hit=Exact(HIT_EXCHANGE))
    elif data.get("show") == "statements":
        sqs = sqs.filter(hit=Exact(HIT_STATEMENT))
    else:
        sqs = sqs.filter(hit__in=[HIT_EXCHANGE, HIT_TURN])
    if data.get("start"):
        sqs = sqs.filter(date__gte=data["start"])
    if data.get("end"):
        sqs = sqs.filter(date__lte=data["end"])
    for name, (index_field, _, _) in FILTERS.items():
        if data.get(name):
            sqs = sqs.filter(**{index_field: Exact(data[name])})
    facets = ["year", *(index_field for index_field, _, _ in FILTERS.values())]
    if single_year(data):
        facets.append("month")
    sqs = sqs.facet(facets[0], size=FACET_SIZE)
    for facet in facets[1:]:  # on this one copy: each .facet() copies the whole query
        sqs.query.add_field_facet(facet, size=FACET_SIZE)
    if data.get("sort") == "newest":
        sqs = sqs.order_by("-date")
    elif data.get("sort") == "oldest":
        sqs = sqs.order_by("date")
    return sqs.highlight(pre_tags=[MARK_OPEN], post_tags=[MARK_CLOSE])


# --- presenting -------------------------------------------------------------------------------


def snippet_html(result) -> str:
    """The result's highlighted snippet, escaped, with <mark> around the matches. Without a
    match to show (a search by filters alone), the opening of its text instead."""
    highlighted = getattr(result, "highlighted", None) or {}
    parts = highlighted.get("text", []) if isinstance(highlighted, dict) else highlighted
    text = " … ".join(parts) if parts else ""
    if MARK_OPEN not in text:  # the stored text: its own private-use characters are no marks
        text = opening_text(result).translate(_NO_MARKS)
    html = escape(text).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
    return mark_safe(html)


_LABEL = re.compile(r"^[^:\n]{1,80}:[ \t]+", re.MULTILINE)  # "Matthias Kolb (SDZ): " opening a turn


def opening_text(result, length: int = 280) -> str:
    """The beginning of a hit's indexed text without what the hit shows apart: speaker labels
    (the hit names who spoke), an exchange's question (shown above), a statement's title."""
    fields = result.get_additional_fields()
    text = getattr(result, "text", "") or ""
    if fields.get("hit") == HIT_EXCHANGE:
        turns = [m.start() for m in _LABEL.finditer(text)]
        text = text[turns[1] :] if len(turns) > 1 else ""  # the answers, after the question
    elif fields.get("hit") == HIT_STATEMENT and text.startswith(fields.get("title") or "\0"):
        text = text[len(fields["title"]) :]
    return Truncator(" ".join(_LABEL.sub("", text).split())).chars(length)


# --- the page ---------------------------------------------------------------------------------

PARAMS = ["q", "start", "end", "year", "journalist", "outlet", "speaker", "topic", "kind"]
PARAMS += ["within", "show", "sort"]
REBUILD = "python manage.py rebuild_index"


def corrected_query(query: str, words: str, suggestion: str) -> str:
    """``query`` with each word the suggestion changed replaced, the rest (phrases, prefixes,
    exclusions) kept."""
    changes = {
        old: new
        for old, new in zip(words.split(), suggestion.split(), strict=False)
        if old.casefold() != new.casefold()
    }
    if not changes:
        return query
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in changes) + r")\b")
    return pattern.sub(lambda m: changes[m.group(0)], query)


def spelling_probe(sqs: SearchQuerySet) -> SearchQuerySet:
    """The same search run again only for its spelling suggestion: no hits, facets, snippets."""
    probe = sqs.all()
    probe.query.set_limits(0, 0)
    probe.query.facets = {}
    probe.query.highlight = False
    return probe


def result_item(result) -> dict:
    get = result.get_additional_fields().get
    return shown(
        {
            "hit": get("hit") or result.model_name,
            "title": get("title", ""),
            "url": get("url", ""),
            "date": get("date"),
            "label": get("label", ""),
            "asked_by": get("asked_by", ""),
            "asked_for": get("asked_for", ""),
            "spoken_by": get("spoken_by", ""),
            "question": get("question_text", ""),
            "snippet": snippet_html(result),
        }
    )


QUESTION_SHOWN = 240  # characters of an exchange's question above its snippet


def shown(item: dict) -> dict:
    """``item`` with what the hit template shows formatted: ``day`` (yyyy-mm-dd) and
    ``day_text`` (7 October 2021) of its date, ``question_shown`` (its question cut as
    truncatechars cuts it). Done here, as the date and truncatechars filters would, in a third
    of their time (a fifth of a page's rendering went to them)."""
    when = template_localtime(item["date"])
    day = when.date() if isinstance(when, datetime.datetime) else when
    item["day"] = day.isoformat() if day else ""
    item["day_text"] = date_format(when, "j F Y") if when else ""
    question = item["question"] or ""
    if len(question) > QUESTION_SHOWN or not unicodedata.is_normalized("NFC", question):
        question = Truncator(question).chars(QUESTION_SHOWN)  # else it is returned unchanged
    item["question_shown"] = question
    return item


def search_page(request) -> tuple[dict, int]:
    """The search page's context and HTTP status for ``request``'s query string."""
    form = SearchForm(request.GET)
    form.is_valid()
    data = form.cleaned_data
    parsed = parse(data.get("q") or "")
    params = {k: request.GET[k] for k in PARAMS if request.GET.get(k)}
    if "year" in params and "year" not in data:
        params.pop("year")
    active = active_labels(data)
    context = {
        "form": form,
        "query": data.get("q") or "",
        "parsed": str(parsed),
        "notices": [*parsed.notices, *form.notices, *unknown_filters(data, active)],
        "chips": filter_chips(data, params, active),
        "searched": bool(not parsed.empty or form.filters),
        "sorts": [(v, label, with_params(params, sort=v), v == data["sort"]) for v, label in SORTS],
        "shows": [(v, label, with_params(params, show=v), v == data["show"]) for v, label in SHOW],
    }
    if not context["searched"]:
        return context, 200
    raw_page = request.GET.get("page", "1")
    # isdigit() alone takes "²" or "①", which int() refuses: ASCII digits only.
    number = int(raw_page) if raw_page.isascii() and raw_page.isdigit() and len(raw_page) < 7 else 0
    if number < 1:
        context["page_error"] = "There is no such page of results."
        context["first_page"] = with_params(params)
        return context, 200  # a bad page is bad input like any other: a message, not an error
    sqs = build_queryset(parsed, data)
    started = time.perf_counter()
    try:
        start = (number - 1) * PER_PAGE
        list(sqs[start : start + PER_PAGE + ORPHANS])  # one run: the page, the count, the facets
        paginator = Paginator(sqs, PER_PAGE, orphans=ORPHANS)
        try:
            page = paginator.page(number)
        except EmptyPage:
            context["page_error"] = f"There is no page {number} of these results."
            context["first_page"] = with_params(params)
            return context, 200
        counts = sqs.facet_counts()
        suggestion = None
        if paginator.count < SUGGEST_BELOW and parsed.words:
            suggestion = spelling_probe(sqs).spelling_suggestion(parsed.words)
    except SearchBackendError as exc:
        log.error("Search is unavailable (%s). Rebuild the index with: %s", exc, REBUILD)
        context["unavailable"] = REBUILD
        return context, 503
    context.update(
        {
            "page": page,
            "results": [result_item(r) for r in page.object_list],
            "count": paginator.count,
            "elapsed_ms": (time.perf_counter() - started) * 1000,
            "facets": facet_groups(counts, data, params, facet_labels(counts, data, active)),
            "trend": trend_series(counts, data, params),
            "suggestion": None,
            "extra_query": with_params(params)[1:],
        }
    )
    if suggestion and suggestion != parsed.words:
        corrected = corrected_query(data.get("q") or "", parsed.words, suggestion)
        context["suggestion"] = corrected
        context["suggestion_url"] = with_params(params, q=corrected)
    return context, 200
