"""The date archive's queries: counts per month and per day, calendars, the periods around one.

Each helper is one query at most. Month and day pages are addressed with two-digit numbers
(/archive/2021/03/07/); a date that does not exist is a 404, not an error.
"""

from __future__ import annotations

import calendar
import datetime

from django.db.models import Count
from django.db.models.functions import ExtractDay, ExtractMonth, ExtractYear
from django.http import Http404
from django.urls import reverse

from statements.models import Statement


def year_url(year: int) -> str:
    return reverse("statements:archive_year", args=[f"{year:04d}"])


def month_url(day: datetime.date) -> str:
    return reverse("statements:archive_month", args=[f"{day.year:04d}", f"{day.month:02d}"])


def day_url(day: datetime.date) -> str:
    return reverse(
        "statements:archive_day", args=[f"{day.year:04d}", f"{day.month:02d}", f"{day.day:02d}"]
    )


def valid_date(year, month, day=1) -> datetime.date:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError as exc:
        raise Http404("No such date") from exc


def months_of_year(statements, year: int) -> list[tuple]:
    """(month name, count, month page, tick) for the twelve months of ``year``. One query."""
    counts = dict(
        statements.annotate(m=ExtractMonth("date"))
        .order_by()
        .values_list("m")
        .annotate(n=Count("pk"))
    )
    series = []
    for month in range(1, 13):
        first = datetime.date(year, month, 1)
        n = counts.get(month, 0)
        series.append((f"{first:%B %Y}", n, month_url(first) if n else "", f"{first:%b}"))
    return series


def calendar_of(statements, first: datetime.date) -> list[list[dict | None]]:
    """The weeks of ``first``'s month (Monday first), each day with its statement count and,
    when it has any, its page; None outside the month. One query."""
    counts = dict(
        statements.annotate(d=ExtractDay("date"))
        .order_by()
        .values_list("d")
        .annotate(n=Count("pk"))
    )
    weeks = []
    for week in calendar.Calendar().monthdatescalendar(first.year, first.month):
        row = []
        for day in week:
            if day.month != first.month:
                row.append(None)
                continue
            n = counts.get(day.day, 0)
            row.append({"date": day, "n": n, "url": day_url(day) if n else ""})
        weeks.append(row)
    return weeks


def adjacent_years(year: int) -> dict:
    """The nearest earlier and later years that have statements. One query."""
    years = set(
        Statement.objects.filter(date__isnull=False)
        .annotate(y=ExtractYear("date"))
        .order_by()
        .values_list("y", flat=True)
        .distinct()
    )
    earlier = max((y for y in years if y < year), default=None)
    later = min((y for y in years if y > year), default=None)
    return {"earlier": earlier, "later": later}


def adjacent_months(first: datetime.date) -> dict:
    """The first days of the nearest earlier and later months that have statements. Two
    queries."""
    dated = Statement.objects.filter(date__isnull=False).order_by()
    before = dated.filter(date__lt=first).order_by("-date").values_list("date", flat=True).first()
    after_start = (first + datetime.timedelta(days=32)).replace(day=1)
    after = (
        dated.filter(date__gte=after_start).order_by("date").values_list("date", flat=True).first()
    )
    return {
        "earlier": before.replace(day=1) if before else None,
        "later": after.replace(day=1) if after else None,
    }
