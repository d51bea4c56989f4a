"""Forms of the public pages: the search form validates the query string of /search/."""

from __future__ import annotations

import datetime

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator

from statements.models import Statement

SORTS = [("relevance", "Relevance"), ("newest", "Newest first"), ("oldest", "Oldest first")]
SHOW = [("passages", "Exchanges and passages"), ("statements", "Whole statements")]
WITHIN = [("", "Anywhere"), ("questions", "Questions only"), ("answers", "Answers only")]
EARLIEST, LATEST = datetime.date(1000, 1, 1), datetime.date(9998, 12, 31)


class SearchForm(forms.Form):
    """Every field optional; a bad value is dropped and explained, never a failure.

    ``year`` is a shortcut for start/end covering that year; a reversed range is swapped.
    """

    q = forms.CharField(required=False, strip=True, label="Search")
    # Dates the search engines can compare (Whoosh fails on years before 1000).
    start = forms.DateField(
        required=False,
        label="From",
        input_formats=["%Y-%m-%d"],
        validators=[MinValueValidator(EARLIEST), MaxValueValidator(LATEST)],
    )
    end = forms.DateField(
        required=False,
        label="To",
        input_formats=["%Y-%m-%d"],
        validators=[MinValueValidator(EARLIEST), MaxValueValidator(LATEST)],
    )
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    journalist = forms.SlugField(required=False, max_length=200)
    outlet = forms.SlugField(required=False, max_length=200)
    speaker = forms.SlugField(required=False, max_length=200)
    topic = forms.SlugField(required=False, max_length=200)
    kind = forms.ChoiceField(required=False, choices=[("", "Any kind"), *Statement.Kind.choices])
    within = forms.ChoiceField(required=False, choices=WITHIN, label="Match in")
    show = forms.ChoiceField(required=False, choices=SHOW)
    sort = forms.ChoiceField(required=False, choices=SORTS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notices: list[str] = []
        self.fields["q"].validators = []  # control characters are the parser's to explain

    def clean(self):
        data = super().clean()
        for name, errors in list(self.errors.items()):
            label = self.fields[name].label or name
            self.notices.append(f"“{label}” was ignored: {' '.join(errors)}")
        # Bad values are explained and dropped: the search goes on with the rest.
        self._errors = {}
        year = data.get("year")
        if year and not (data.get("start") or data.get("end")):
            data["start"] = datetime.date(year, 1, 1)
            data["end"] = datetime.date(year, 12, 31)
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            data["start"], data["end"] = end, start
            self.notices.append("The dates were the wrong way round, so they were swapped.")
        data["show"] = data.get("show") or "passages"
        data["sort"] = data.get("sort") or "relevance"
        if data.get("within"):
            data["show"] = "passages"  # only exchanges have questions and answers
        return data

    @property
    def filters(self) -> dict:
        """The active filters (cleaned), for the chips above the results."""
        data = self.cleaned_data
        names = ["start", "end", "journalist", "outlet", "speaker", "topic", "kind", "within"]
        return {name: data[name] for name in names if data.get(name)}
