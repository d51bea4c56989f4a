"""The query parameters of the API's lists, validated: a bad value is a 400 that names it.

Each filter is a serializer of the query string (drf-spectacular documents its fields as the
list's parameters) with a ``narrow(queryset)`` that applies what was given.
"""

import datetime

from rest_framework import serializers

from statements.models import Statement

YEAR = {"min_value": 1, "max_value": 9999}


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
    start = serializers.DateField(required=False, help_text="From this date (YYYY-MM-DD).")
    end = serializers.DateField(required=False, help_text="Up to this date, included.")
    year = serializers.IntegerField(required=False, help_text="Within this year.", **YEAR)
    topic = serializers.SlugField(required=False, max_length=200, help_text="A topic's slug.")

    def validate(self, data):
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise serializers.ValidationError({"end": ["The end comes before the start."]})
        return data


class StatementFilter(DatedFilter):
    kind = serializers.ChoiceField(required=False, choices=Statement.Kind.choices)
    organisation = serializers.CharField(
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
