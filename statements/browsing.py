"""Queries behind the browsing pages, each a fixed number of SQL queries whatever the data size.

Views stay short by asking here for what a page shows: chart series (counts per month, year,
topic), a transcript page grouped into exchanges, a statement's neighbours, the answers to a
page of questions. Nothing here renders HTML.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, ExtractYear, TruncMonth
from django.http import Http404
from django.shortcuts import get_object_or_404

from statements.datearchive import month_url
from statements.models import Exchange, Person, Statement, Topic, Turn

PAGE_SIZE = 25
ORPHANS = 3
# What officials, moderators and people quoted say: every kind of turn but questions.
SPOKEN = [Turn.Kind.STATEMENT, Turn.Kind.ANSWER, Turn.Kind.MODERATION, Turn.Kind.QUOTE]


def count_of(model, field: str, count: str = "pk", **filters):
    """A correlated subquery counting the ``model`` rows whose ``field`` is the outer row
    (distinct values of ``count`` when it is not the key), 0 when there are none. It keeps a
    list with counts to one query without the row multiplication of joined aggregates."""
    rows = (
        model.objects.filter(**{field: OuterRef("pk")}, **filters)
        .order_by()
        .values(field)
        .annotate(n=Count(count, distinct=count != "pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def most_active(model, related, field: str, count: str = "pk", **filters):
    """``model`` rows with ``n``, their count_of ``related`` rows, most first; rows with none
    left out."""
    return (
        model.objects.annotate(n=count_of(related, field, count, **filters))
        .filter(n__gt=0)
        .order_by("-n", "name")
    )


def with_params(request, **changes) -> str:
    """This page's address with query parameters changed (None removes one), back on page 1."""
    params = request.GET.copy()
    params.pop("page", None)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    query = params.urlencode()
    return f"{request.path}?{query}" if query else request.path


def paginate(request, queryset, per_page=PAGE_SIZE, param="page"):
    """The requested page of ``queryset`` (two queries); 404 for a page that does not exist."""
    paginator = Paginator(queryset, per_page, orphans=ORPHANS)
    number = request.GET.get(param, "1")
    try:
        return paginator.page(number)
    except InvalidPage as exc:  # not a number, or past the end
        raise Http404(f"No page {number!r}") from exc


def page_number(request, pages: int) -> int:
    """The ``?page=`` asked for, from 1 to ``pages``; 404 for anything else."""
    value = request.GET.get("page", "1")
    # isdigit() alone takes "²" or "①", which int() refuses; a number of thousands of digits
    # int() refuses too: ASCII digits, a few of them.
    if (
        not (value.isascii() and value.isdigit() and len(value) < 10)
        or not 1 <= int(value) <= pages
    ):
        raise Http404(f"No page {value!r}")
    return int(value)


def tab(request, counts: dict[str, int], default: str | None = None) -> str:
    """Which list of a page with tabs to show: ``?show=``, else the default or the longest."""
    value = request.GET.get("show") or default or max(counts, key=lambda k: counts[k])
    if value not in counts:
        raise Http404(f"No list {value!r}")
    return value


_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,200}")


def topic_filter(request) -> Topic | None:
    """The topic of ``?topic=<slug>``; 404 for one that does not exist."""
    slug = request.GET.get("topic")
    if slug and not _SLUG.fullmatch(slug):  # PostgreSQL refuses a NUL in a query: no slug has one
        raise Http404(f"No topic {slug!r}")
    return get_object_or_404(Topic.objects.only("name", "slug"), slug=slug) if slug else None


def year_filter(request) -> int | None:
    """The ``?year=`` a list is narrowed to; 404 for something that is not a year."""
    value = request.GET.get("year")
    if value is None:
        return None
    if not (value.isascii() and value.isdigit() and len(value) < 5) or not 1 <= int(value) <= 9999:
        raise Http404(f"No year {value!r}")
    return int(value)


# --- Chart series ---------------------------------------------------------------------------


def per_year(queryset, date_field: str, url=None) -> list[tuple]:
    """(year, count, url) for every year from the first to the last one ``queryset`` has,
    zeros included, counting its rows by the year of ``date_field``. One query."""
    counts = dict(
        queryset.filter(**{f"{date_field}__isnull": False})
        .annotate(year=ExtractYear(date_field))
        .order_by()
        .values_list("year")
        .annotate(n=Count("pk"))
    )
    if not counts:
        return []
    years = range(min(counts), max(counts) + 1)
    return [(str(y), counts.get(y, 0), url(y) if url else "") for y in years]


def per_month(queryset, date_field: str = "date") -> list[tuple]:
    """(label, count, month page, axis tick) for every month from the first to the last, zeros
    included. Ticks: each month over a year or less, else the years (every 2nd or 5th year on
    a long archive). One query."""
    counts = dict(
        queryset.filter(**{f"{date_field}__isnull": False})
        .annotate(month=TruncMonth(date_field))
        .order_by()
        .values_list("month")
        .annotate(n=Count("pk"))
    )
    if not counts:
        return []
    first, last = min(counts), max(counts)
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(datetime.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    span_years = len(months) / 12
    step = 1 if span_years <= 12 else 2 if span_years <= 24 else 5
    series = []
    for i, day in enumerate(months):
        if len(months) <= 12:
            tick = f"{day:%b}" if i else f"{day:%b %Y}"
        else:
            tick = str(day.year) if day.month == 1 and day.year % step == 0 else ""
        series.append((f"{day:%B %Y}", counts.get(day, 0), month_url(day), tick))
    return series


def topic_counts(through_queryset, owner: str) -> list[dict]:
    """Topics with the number of distinct ``owner`` rows (statement or exchange) tagged, from a
    queryset of StatementTopic or ExchangeTopic rows; most frequent first. One query."""
    return list(
        through_queryset.order_by()
        .values("topic__name", "topic__slug")
        .annotate(n=Count(owner, distinct=True))
        .order_by("-n", "topic__name")
    )


# --- Statement pages --------------------------------------------------------------------------


@dataclass
class Block:
    """A run of consecutive turns on a transcript page: one exchange's, or turns outside any."""

    exchange: Exchange | None
    turns: list[Turn] = field(default_factory=list)
    anchored: bool = False  # carries the exchange's #q anchor (its first run on the page)


def transcript_page(statement: Statement, page: int) -> list[Block]:
    """The turns on ``page`` of ``statement``'s transcript, grouped by exchange. Two queries.

    Pages are windows of Statement.TURNS_PER_PAGE positions, so that a turn's page follows
    from its position alone and permalinks can name it without a query.
    """
    size = Statement.TURNS_PER_PAGE
    turns = (
        statement.turns.filter(position__gt=(page - 1) * size, position__lte=page * size)
        .select_related("speaker", "outlet", "exchange")
        .prefetch_related(Prefetch("exchange__topics", queryset=Topic.objects.only("name", "slug")))
    )
    blocks: list[Block] = []
    anchored = set()
    for turn in turns:
        if not blocks or blocks[-1].exchange != turn.exchange:
            first_run = turn.exchange_id is not None and turn.exchange_id not in anchored
            anchored.add(turn.exchange_id)
            blocks.append(Block(exchange=turn.exchange, anchored=first_run))
        blocks[-1].turns.append(turn)
    return blocks


def contents(statement: Statement) -> list[Exchange]:
    """The statement's exchanges with who asked, for the table of contents. One query."""
    return list(
        statement.exchanges.select_related("journalist", "outlet", "question").only(
            "position",
            "statement_id",
            "question__position",
            "journalist__name",
            "journalist__slug",
            "outlet__name",
            "outlet__slug",
        )
    )


def speakers(statement: Statement) -> list[dict]:
    """Who speaks in the statement other than to ask a question, in order of first appearance,
    with the role printed the first time and ``n``, their turns other than moderation. One
    query."""
    people: dict[str, dict] = {}
    rows = (
        statement.turns.filter(kind__in=SPOKEN, speaker__isnull=False)
        .order_by("position")
        .values("speaker__name", "speaker__slug", "role", "kind")
    )
    for row in rows:
        person = people.setdefault(
            row["speaker__slug"],
            {
                "name": row["speaker__name"],
                "slug": row["speaker__slug"],
                "role": row["role"],
                "n": 0,
            },
        )
        person["n"] += row["kind"] != Turn.Kind.MODERATION
    return list(people.values())


def roles_of(person: Person) -> list[str]:
    """The roles printed beside ``person``'s name, most frequent first, each once: a role that
    another one spells out ("Secretary General" in "NATO Secretary General") is left out. One
    query."""
    roles = list(
        Turn.objects.by(person)
        .exclude(role="")
        .order_by()
        .values_list("role", flat=True)
        .annotate(n=Count("pk"))
        .order_by("-n", "role")[:20]
    )
    return distinct_roles(roles)[:4]


def distinct_roles(roles: list[str]) -> list[str]:
    """``roles`` without those another one contains as whole words, in their order."""
    keys = {role: f" {' '.join(role.casefold().split())} " for role in roles}
    kept = []
    for role in roles:
        key = keys[role]
        if any(key in other and key != other for other in keys.values()):
            continue
        if key not in (keys[k] for k in kept):
            kept.append(role)
    return kept


def neighbours(statement: Statement) -> tuple[Statement | None, Statement | None]:
    """The statements just before and after ``statement`` in date order (ties by id). Two
    queries; none for a statement without a date."""
    if statement.date is None:
        return None, None
    fields = ("slug", "title", "date", "kind")
    dated = Statement.objects.filter(date__isnull=False).only(*fields)
    earlier = (
        dated.filter(Q(date__lt=statement.date) | Q(date=statement.date, pk__lt=statement.pk))
        .order_by("-date", "-pk")
        .first()
    )
    later = (
        dated.filter(Q(date__gt=statement.date) | Q(date=statement.date, pk__gt=statement.pk))
        .order_by("date", "pk")
        .first()
    )
    return earlier, later


# --- Lists of questions and remarks ------------------------------------------------------------


def exchanges_with_answers(queryset):
    """Exchanges ready for a list, newest first: their statement, journalist, outlet and
    question in the same query, and their answers (with speakers) in one more per page."""
    answers = Turn.objects.answers().select_related("speaker").order_by("position")
    return (
        queryset.select_related("statement", "journalist", "outlet", "question")
        .prefetch_related(Prefetch("turns", queryset=answers, to_attr="answers"))
        .order_by("-statement__date", "-statement_id", "position")
    )


def remarks_of(person):
    """What ``person`` said other than questions, newest first, with what each answered."""
    return (
        Turn.objects.by(person)
        .exclude(kind=Turn.Kind.QUESTION)
        .select_related("statement", "exchange__journalist", "exchange__outlet")
        .order_by("-statement__date", "-statement_id", "position")
    )


def answerers(turns) -> list:
    """The distinct people (or printed names) who spoke ``turns``, in order of speaking."""
    seen, people = set(), []
    for turn in turns:
        key = turn.speaker_id or turn.speaker_label
        if key and key not in seen:
            seen.add(key)
            people.append(turn.speaker or turn.speaker_label)
    return people
