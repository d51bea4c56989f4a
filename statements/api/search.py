"""/api/search/: the search of /search/ as JSON, with the same parameters and query syntax.

The query string goes through the search page's own form (statements.forms.SearchForm) and
parser (statements.search_syntax.parse), and the haystack query is built by the same function
(statements.search.build_queryset), so a search gives the same hits in the same order here and
on the page. Unlike the page, which drops a bad value with a notice, the API answers 400 naming
the parameter. Facet counts are those the page shows beside each filter.
"""

import datetime
import math
from urllib.parse import urlencode

from django.db.models import IntegerField, Value
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from statements.api.conditional import ConditionalMixin
from statements.api.errors import not_found, responses
from statements.api.filters import DATE_MESSAGE, ArchiveDateField, is_archive_date
from statements.api.pagination import page_size_of
from statements.forms import FIRST_YEAR, LAST_YEAR, SHOW, SORTS, WITHIN, SearchForm
from statements.models import Exchange, Statement, Turn
from statements.search import PARAMS, build_queryset, facet_groups, result_item, unknown_filters
from statements.search_indexes import HIT_EXCHANGE, HIT_STATEMENT, HIT_TURN
from statements.search_syntax import parse

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 100_000


class ApiSearchForm(SearchForm):
    """The search page's form, remembering the values it found invalid (the page drops them
    with a notice; the API refuses them)."""

    def clean(self):
        self.invalid = {name: list(errors) for name, errors in self.errors.items()}
        for name in ("start", "end"):  # the API takes dates only as the schema spells them
            raw = self.data.get(name) or ""
            if raw and name not in self.invalid and not is_archive_date(raw):
                self.invalid[name] = [DATE_MESSAGE]
        return super().clean()


class SearchParameters(serializers.Serializer):
    """The parameters of /search/ (documentation: validation is the form's)."""

    q = serializers.CharField(
        required=False,
        help_text='Words, "phrases", OR, -exclusions, speaker:/journalist:/outlet:/topic:.',
    )
    start = ArchiveDateField(required=False, help_text="From this date (YYYY-MM-DD).")
    end = ArchiveDateField(required=False, help_text="Up to this date, included.")
    year = serializers.IntegerField(
        required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR, help_text="Within this year."
    )
    journalist = serializers.SlugField(required=False, max_length=200)
    outlet = serializers.SlugField(required=False, max_length=200)
    speaker = serializers.SlugField(required=False, max_length=200)
    topic = serializers.SlugField(required=False, max_length=200)
    kind = serializers.ChoiceField(required=False, choices=Statement.Kind.choices)
    within = serializers.ChoiceField(
        required=False, choices=[v for v in WITHIN if v[0]], help_text="Words in questions/answers."
    )
    show = serializers.ChoiceField(required=False, choices=SHOW)
    sort = serializers.ChoiceField(required=False, choices=SORTS)
    page = serializers.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    page_size = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_PAGE_SIZE, help_text=f"Default {PAGE_SIZE}."
    )


class Hit(serializers.Serializer):
    type = serializers.ChoiceField(choices=[HIT_EXCHANGE, HIT_TURN, HIT_STATEMENT])
    id = serializers.CharField(
        help_text="'<statement slug>/q<n>' (exchange), '<slug>/t<n>' (turn) or '<slug>'."
    )
    statement = serializers.CharField(help_text="The statement's slug.")
    title = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    label = serializers.CharField(help_text="Question 3, Statement, Quotation...")
    asked_by = serializers.CharField(help_text="The journalist, for an exchange.")
    asked_for = serializers.CharField(help_text="Their outlet, for an exchange.")
    spoken_by = serializers.CharField(help_text="Who answered or spoke.")
    question = serializers.CharField(help_text="The question's beginning, for an exchange.")
    snippet = serializers.CharField(help_text="HTML: escaped text with <mark> around matches.")
    url = serializers.URLField(allow_null=True, help_text="The exchange or statement in the API.")
    permalink = serializers.URLField(help_text="The hit on the site (with its #anchor).")


class FacetValue(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    active = serializers.BooleanField(help_text="The current search is narrowed to it.")
    url = serializers.URLField(help_text="This search narrowed to it (or widened, if active).")


class Facet(serializers.Serializer):
    label = serializers.CharField()
    values = FacetValue(many=True)
    more = serializers.IntegerField(help_text="Values with fewer hits not listed.")


class SearchResults(serializers.Serializer):
    query = serializers.CharField()
    parsed = serializers.CharField(help_text="The query as it was understood.")
    notices = serializers.ListField(child=serializers.CharField())
    searched = serializers.BooleanField(help_text="False without words or filters.")
    count = serializers.IntegerField()
    page = serializers.IntegerField()
    page_size = serializers.IntegerField()
    pages = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = Hit(many=True)
    facets = serializers.DictField(child=Facet(), help_text="year, kind, speaker, journalist...")


def keys_of(results) -> dict[tuple[str, str], tuple[str, int | None]]:
    """(type, id) -> (statement slug, position) of the hits' records, in one query whatever
    the page holds."""
    wanted: dict[str, list[int]] = {}
    for r in results:
        if str(r.pk).isdigit():
            wanted.setdefault(r.model_name, []).append(int(r.pk))
    none = Value(None, output_field=IntegerField())
    parts = [
        Exchange.objects.filter(pk__in=wanted.get("exchange", []))
        .order_by()
        .values_list(Value(HIT_EXCHANGE), "pk", "statement__slug", "position"),
        Turn.objects.filter(pk__in=wanted.get("turn", []))
        .order_by()
        .values_list(Value(HIT_TURN), "pk", "statement__slug", "position"),
        Statement.objects.filter(pk__in=wanted.get("statement", []))
        .order_by()
        .values_list(Value(HIT_STATEMENT), "pk", "slug", none),
    ]
    rows = parts[0].union(*parts[1:], all=True) if wanted else []
    return {(type_, str(pk)): (slug, position) for type_, pk, slug, position in rows}


class SearchView(ConditionalMixin, APIView):
    @extend_schema(
        summary="Search",
        description="The search of /search/: same parameters, query syntax, hits and facets.",
        parameters=[SearchParameters],
        responses={200: SearchResults, **responses(400, 404, 429, 503)},
    )
    def get(self, request):
        form = ApiSearchForm(request.GET)
        form.is_valid()
        if form.invalid:
            raise ValidationError(form.invalid)
        size = page_size_of(request, PAGE_SIZE, MAX_PAGE_SIZE)
        raw_page = request.query_params.get("page") or "1"
        if not raw_page.isdigit() or not 1 <= int(raw_page) <= MAX_PAGE:
            raise ValidationError({"page": [f"Give a whole number from 1 to {MAX_PAGE}."]})
        number = int(raw_page)
        data = form.cleaned_data
        parsed = parse(data.get("q") or "")
        params = {k: request.GET[k] for k in PARAMS if request.GET.get(k)}
        answer = {
            "query": data.get("q") or "",
            "parsed": str(parsed),
            "notices": [*parsed.notices, *form.notices, *unknown_filters(data)],
            "searched": bool(not parsed.empty or form.filters),
            "count": 0,
            "page": number,
            "page_size": size,
            "pages": 0,
            "next": None,
            "previous": None,
            "results": [],
            "facets": {},
        }
        if not answer["searched"]:
            answer["notices"].append("Give words to search for (q) or a filter.")
            return Response(answer)
        sqs = build_queryset(parsed, data)
        start = (number - 1) * size
        results = list(sqs[start : start + size])  # one run: the page, the count, the facets
        total = sqs.count()
        pages = math.ceil(total / size)
        if number > max(pages, 1):
            raise not_found(f"There is no page {number} of these results.", "page")
        base = request.build_absolute_uri(reverse("api:search"))

        def page_url(n):
            return f"{base}?{_query(params, page=n, page_size=size)}"

        answer.update(
            count=total,
            pages=pages,
            next=page_url(number + 1) if number < pages else None,
            previous=page_url(number - 1) if number > 1 else None,
            results=self.hits(request, results),
            facets={
                group.name: {
                    "label": group.label,
                    "values": [
                        {
                            "value": item.value,
                            "label": item.label,
                            "count": item.count,
                            "active": item.active,
                            "url": base + item.url,
                        }
                        for item in group.items
                    ],
                    "more": group.more,
                }
                for group in facet_groups(sqs.facet_counts(), data, params)
            },
        )
        return Response(answer)

    def hits(self, request, results) -> list[dict]:
        keys = keys_of(results)
        hits = []
        for result in results:
            item = result_item(result)
            type_ = item["hit"]
            slug, position = keys.get((type_, str(result.pk)), ("", None))
            if type_ == HIT_EXCHANGE and slug:
                key = f"{slug}/q{position}"
                api = reverse("api:exchange", kwargs={"slug": slug, "position": position})
            else:
                key = f"{slug}/t{position}" if position is not None else slug
                api = reverse("api:statement", kwargs={"slug": slug}) if slug else None
            hits.append(
                {
                    "type": type_,
                    "id": key,
                    "statement": slug,
                    "title": item["title"],
                    "date": _day(item["date"]),
                    "label": item["label"],
                    "asked_by": item["asked_by"],
                    "asked_for": item["asked_for"],
                    "spoken_by": item["spoken_by"],
                    "question": item["question"],
                    "snippet": str(item["snippet"]),
                    "url": request.build_absolute_uri(api) if api else None,
                    "permalink": request.build_absolute_uri(item["url"]),
                }
            )
        return hits


def _query(params: dict, **changes) -> str:
    return urlencode({**params, **changes})


def _day(value):
    """A hit's date as a date (engines may give a datetime)."""
    return value.date() if isinstance(value, datetime.datetime) else value
