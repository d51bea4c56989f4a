"""The query parameters of the API's lists, validated: a bad value is a 400 that names it.

Each filter is a serializer of the query string (drf-spectacular documents its fields as the
list's parameters) with a ``narrow(queryset)`` that applies what was given.
"""

import datetime
import re

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from statements.forms import FIRST_YEAR, LAST_YEAR
from statements.models import Statement

YEAR = {"min_value": FIRST_YEAR, "max_value": LAST_YEAR}
# Exactly the days from 1900-01-01 to 2100-12-31 as YYYY-MM-DD: what the API's date
# parameters accept, and what the schema tells clients (and schemathesis) to send.
_YEAR = r"(19[0-9]{2}|20[0-9]{2}|2100)"
_LEAP = r"(19(0[48]|[2468][048]|[13579][26])|20([02468][048]|[13579][26]))"
DATE_PATTERN = (
    rf"^({_YEAR}-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    rf"|{_YEAR}-(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    rf"|{_YEAR}-02-(0[1-9]|1[0-9]|2[0-8])"
    rf"|{_LEAP}-02-29)$"
)
DATE_MESSAGE = f"Give a date as YYYY-MM-DD, from {FIRST_YEAR}-01-01 to {LAST_YEAR}-12-31."


def is_archive_date(value: str) -> bool:
    return re.fullmatch(DATE_PATTERN, value) is not None


@extend_schema_field({"type": "string", "pattern": "^[^\\u0000]*$"})
class TextParameter(serializers.CharField):
    """A free-text parameter. Like every Django text field it refuses the NUL character (a
    400 naming the parameter), which the schema says with its pattern."""


@extend_schema_field({"type": "string", "pattern": DATE_PATTERN, "example": "2021-10-07"})
class ArchiveDateField(serializers.Field):
    """A date parameter: YYYY-MM-DD within the years the archive covers."""

    def to_internal_value(self, data):
        if not isinstance(data, str) or not is_archive_date(data):
            raise serializers.ValidationError(DATE_MESSAGE)
        return datetime.date.fromisoformat(data)

    def to_representation(self, value):
        return value.isoformat()


def date_range(data: dict):
    """(start, end) from start/end/year; a year stands for its whole span unless dates are
    given, as on /search/."""
    start, end, year = data.get("start"), data.get("end"), data.get("year")
    if year and not (start or end):
        start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return start, end


class ListFilter(serializers.Serializer):
    """Unknown parameters are ignored; known ones must be valid."""

    def narrow(self, queryset):
        raise NotImplementedError


class DatedFilter(ListFilter):
    start = ArchiveDateField(required=False, help_text="From this date (YYYY-MM-DD).")
    end = ArchiveDateField(
        required=False, help_text="Up to this date, included (before start, they swap)."
    )
    year = serializers.IntegerField(required=False, help_text="Within this year.", **YEAR)
    topic = serializers.SlugField(required=False, max_length=200, help_text="A topic's slug.")

    def validate(self, data):
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:  # swapped, as /search/ does
            data["start"], data["end"] = end, start
        return data


class StatementFilter(DatedFilter):
    kind = serializers.ChoiceField(required=False, choices=Statement.Kind.choices)
    organisation = TextParameter(
        required=False, max_length=200, help_text="Who issued it, exactly: NATO, ..."
    )
    speaker = serializers.SlugField(
        required=False, max_length=200, help_text="Slug of a person who speaks in it."
    )

    def narrow(self, queryset):
        data = self.validated_data
        queryset = queryset.between(*date_range(data))
        if data.get("kind"):
            queryset = queryset.of_kind(data["kind"])
        if data.get("organisation"):
            queryset = queryset.filter(organisation=data["organisation"])
        if data.get("topic"):
            queryset = queryset.filter(topics__slug=data["topic"])
        if data.get("speaker"):
            queryset = queryset.filter(turns__speaker__slug=data["speaker"]).distinct()
        return queryset


class ExchangeFilter(DatedFilter):
    journalist = serializers.SlugField(
        required=False, max_length=200, help_text="Slug of the journalist who asked."
    )
    outlet = serializers.SlugField(required=False, max_length=200, help_text="An outlet's slug.")
    speaker = serializers.SlugField(
        required=False, max_length=200, help_text="Slug of a person who answered."
    )
    statement = serializers.SlugField(
        required=False, max_length=200, help_text="Slug of the statement."
    )

    def narrow(self, queryset):
        data = self.validated_data
        start, end = date_range(data)
        if start:
            queryset = queryset.filter(statement__date__gte=start)
        if end:
            queryset = queryset.filter(statement__date__lte=end)
        for name, lookup in [
            ("journalist", "journalist__slug"),
            ("outlet", "outlet__slug"),
            ("statement", "statement__slug"),
            ("topic", "topics__slug"),
        ]:
            if data.get(name):
                queryset = queryset.filter(**{lookup: data[name]})
        if data.get("speaker"):
            queryset = queryset.filter(
                turns__kind="answer", turns__speaker__slug=data["speaker"]
            ).distinct()
        return queryset


class PersonFilter(ListFilter):
    role = serializers.ChoiceField(
        required=False,
        choices=[("journalist", "Asked questions"), ("speaker", "Spoke other than to ask")],
        help_text="Only journalists (who asked questions) or speakers (who said anything else).",
    )

    def narrow(self, queryset):
        role = self.validated_data.get("role")
        if role == "journalist":
            queryset = queryset.filter(n_questions__gt=0)
        elif role == "speaker":
            queryset = queryset.filter(n_spoken__gt=0)
        return queryset
