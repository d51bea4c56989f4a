"""The search page's facets, trend chart and filter chips: the engine's counts and the form's
filters turned into what the page shows, with the names of the people, outlets and topics that
the index knows by slug (read in one query). Engine-neutral, like statements/search.py."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connection

from statements.models import Outlet, Person, Statement, Topic

FACET_SHOWN = 12
# form field -> (index field, model whose slug it holds, facet label)
FILTERS = {
    "speaker": ("speakers", Person, "Speaker"),
    "journalist": ("journalist", Person, "Journalist"),
    "outlet": ("outlet", Outlet, "Outlet"),
    "topic": ("topics", Topic, "Topic"),
    "kind": ("kind", None, "Kind"),
}
FACET_ORDER = ["year", "kind", "speaker", "journalist", "outlet", "topic"]


def single_year(data: dict) -> int | None:
    start, end = data.get("start"), data.get("end")
    if start and end and start.year == end.year:
        return start.year
    return None


@dataclass
class FacetItem:
    value: str
    label: str
    count: int
    url: str
    active: bool = False


@dataclass
class FacetGroup:
    name: str
    label: str
    items: list[FacetItem] = field(default_factory=list)
    more_items: list[FacetItem] = field(default_factory=list)  # behind "and N more"

    @property
    def more(self) -> int:
        return len(self.more_items)


def with_params(params: dict, **changes) -> str:
    """``?query`` of ``params`` with ``changes`` applied (None removes), page dropped."""
    merged = {k: v for k, v in params.items() if k != "page" and v not in ("", None)}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return "?" + urlencode(merged)


def facet_groups(counts: dict, data: dict, params: dict, labels=None) -> list[FacetGroup]:
    """The facets beside the hits; ``labels`` (from labels_of) or one query for the names."""
    fields = counts.get("fields", {}) if counts else {}
    if labels is None:
        labels = labels_of(facet_values(counts, data))
    groups = []
    years = fields.get("year", [])
    chosen_year = single_year(data)
    group = FacetGroup("year", "Year")
    for value, count in sorted(years, key=lambda vc: vc[0], reverse=True):
        if not value:
            continue
        active = chosen_year == int(value)
        url = with_params(params, year=None if active else value, start=None, end=None)
        group.items.append(FacetItem(value, value, count, url, active))
    groups.append(group)
    for name in FACET_ORDER[1:]:
        index_field, _, label = FILTERS[name]
        values = [(v, c) for v, c in fields.get(index_field, []) if v]
        shown = values[:FACET_SHOWN]
        current = data.get(name)
        if current and current not in {v for v, _ in shown}:
            shown += [(v, c) for v, c in values if v == current]
        rest = [(v, c) for v, c in values[FACET_SHOWN:] if v != current]
        names = labels.get(name, {})
        group = FacetGroup(name, label)
        for value, count in shown + rest:
            active = value == current
            url = with_params(params, **{name: None if active else value})
            item = FacetItem(value, names.get(value, value), count, url, active)
            (group.items if len(group.items) < len(shown) else group.more_items).append(item)
        groups.append(group)
    return groups


def facet_values(counts: dict, data: dict) -> dict[str, set[str]]:
    """The values of each named facet (speaker, journalist, ...) and of its active filter."""
    fields = counts.get("fields", {}) if counts else {}
    values = {}
    for name, (index_field, _, _) in FILTERS.items():
        values[name] = {v for v, _ in fields.get(index_field, []) if v}
        if data.get(name):
            values[name].add(data[name])
    return values


def labels_of(values: dict[str, set[str]]) -> dict[str, dict[str, str]]:
    """{filter: {slug: name}} for the slugs of each filter (FILTERS), the names of people,
    outlets and topics read in one query, whatever the number of filters."""
    tables = {}
    for name, slugs in values.items():
        model = FILTERS[name][1]
        if model is not None and slugs:
            tables.setdefault(model, set()).update(slugs)
    found = _names(tables) if tables else {}
    labels = {}
    for name, slugs in values.items():
        model = FILTERS[name][1]
        if model is None:
            labels[name] = dict(Statement.Kind.choices)
        else:
            table = model._meta.model_name
            labels[name] = {s: found[table, s] for s in slugs if (table, s) in found}
    return labels


def _names(tables: dict) -> dict[tuple[str, str], str]:
    """{(model name, slug): name} for the slugs of each model (Person, Outlet, Topic), in one
    UNION ALL. Written in SQL: the ORM took three times longer to build this query (three
    querysets, a union, their compilation) than the database took to answer it."""
    quote = connection.ops.quote_name
    parts, params = [], []
    for model, slugs in tables.items():
        slug, name = (quote(model._meta.get_field(f).column) for f in ("slug", "name"))
        marks = ", ".join(["%s"] * len(slugs))
        parts.append(
            f"SELECT '{model._meta.model_name}', {slug}, {name} "
            f"FROM {quote(model._meta.db_table)} WHERE {slug} IN ({marks})"
        )
        params += sorted(slugs)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return {(table, slug): name for table, slug, name in cursor.fetchall()}


def facet_labels(counts: dict, data: dict, known: dict) -> dict[str, dict[str, str]]:
    """labels_of the facets' values, ``known`` (the active filters' labels) not read again."""
    values = facet_values(counts, data)
    wanted = {name: slugs - set(known.get(name, {})) for name, slugs in values.items()}
    labels = labels_of(wanted)
    for name, names in known.items():
        labels.setdefault(name, {}).update(names)
    return labels


def active_labels(data: dict) -> dict[str, dict[str, str]]:
    """labels_of the active filters' values (at most one query)."""
    return labels_of({name: {data[name]} for name in FILTERS if data.get(name)})


def trend_series(counts: dict, data: dict, params: dict) -> tuple[list, str]:
    """(label, count, url) bars: hits per year, or per month when one year is chosen."""
    fields = counts.get("fields", {}) if counts else {}
    year = single_year(data)
    if year:
        found = dict(fields.get("month", []))
        series = []
        for month in range(1, 13):
            key = f"{year}-{month:02d}"
            last = calendar.monthrange(year, month)[1]
            url = with_params(
                params,
                year=None,
                start=f"{key}-01",
                end=datetime.date(year, month, last).isoformat(),
            )
            series.append((calendar.month_abbr[month], found.get(key, 0), url))
        if not any(count for _, count, _ in series):
            return [], ""  # no chart of twelve empty months
        return series, f"Hits per month in {year}"
    found = {int(v): c for v, c in fields.get("year", []) if v}
    if not found:
        return [], ""
    series = [
        (y, found.get(y, 0), with_params(params, year=y, start=None, end=None))
        for y in range(min(found), max(found) + 1)
    ]
    return series, "Hits per year"


def filter_chips(data: dict, params: dict, labels=None) -> list[tuple[str, str]]:
    """(text, url that removes it) for each active filter; ``labels`` as from active_labels."""
    if labels is None:
        labels = active_labels(data)
    chips = []
    if data.get("start") or data.get("end"):
        year = single_year(data)
        whole_year = year and data["start"] == datetime.date(year, 1, 1)
        whole_year = whole_year and data["end"] == datetime.date(year, 12, 31)
        text = (
            str(year) if whole_year else f"{data.get('start') or '…'} to {data.get('end') or '…'}"
        )
        chips.append((text, with_params(params, year=None, start=None, end=None)))
    for name, (_, _, label) in FILTERS.items():
        if data.get(name):
            shown = labels.get(name, {}).get(data[name], data[name])
            chips.append((f"{label}: {shown}", with_params(params, **{name: None})))
    if data.get("within"):
        chips.append((f"{data['within'].capitalize()} only", with_params(params, within=None)))
    return chips


def unknown_filters(data: dict, labels=None) -> list[str]:
    """Notices for filter values that name nothing in the archive; ``labels`` as from
    active_labels."""
    if labels is None:
        labels = active_labels(data)
    notices = []
    for name, (_, model, label) in FILTERS.items():
        value = data.get(name)
        if value and model is not None and value not in labels.get(name, {}):
            notices.append(f"No {label.lower()} “{value}” is in the archive, so nothing matches.")
    return notices
