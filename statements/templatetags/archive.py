"""Template helpers shared by the archive's pages."""

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from statements import browsing

register = template.Library()

CHART_WIDTH = 720
CHART_HEIGHT = 160
LABEL_BAND = 22
HEADROOM = 14
BASELINE = CHART_HEIGHT - LABEL_BAND
MAX_BAR = 64  # a few bars stay bars, centred in their slots, not blocks


@dataclass
class Bar:
    label: str
    count: int
    url: str
    x: float
    y: float
    width: float
    height: float
    tick: str

    @property
    def left(self) -> float:
        """Where the bar starts, in percent of the chart's width (for the HTML axis labels)."""
        return round(100 * self.x / CHART_WIDTH, 3)


@register.inclusion_tag("includes/_bar_chart.html")
def bar_chart(series, title, unit="statement"):
    """A bar chart as inline SVG, drawn on the server: no JavaScript, no chart library.

    ``series`` is a list of (label, count), (label, count, url) or (label, count, url, tick)
    tuples in display order. ``tick`` is the text under the bar on the axis ("" for none);
    without it about twelve evenly spaced labels are shown. The axis labels are HTML, so the
    SVG can stretch to any width without distorting text; the figures follow as a table (with
    the links, for keyboard and screen-reader users) inside a disclosure.
    """
    rows = [(*item, "", None)[:4] for item in series]
    explicit_ticks = any(len(item) > 3 for item in series)
    highest = max((count for _, count, _, _ in rows), default=0)
    peak = highest or 1  # the scale of the bars
    slot = CHART_WIDTH / max(len(rows), 1)
    gap = min(4.0, slot * 0.2)
    width = min(max(slot - gap, 1), MAX_BAR)
    label_every = max(1, round(len(rows) / 12))  # at most ~12 axis labels
    bars = []
    for i, (label, count, url, tick) in enumerate(rows):
        height = (BASELINE - HEADROOM) * count / peak
        if not explicit_ticks:
            tick = str(label) if i % label_every == 0 else ""
        bars.append(
            Bar(
                label=str(label),
                count=count,
                url=url or "",
                x=round(i * slot + (slot - width) / 2, 2),
                y=round(BASELINE - height, 2),
                width=round(width, 2),
                height=round(height, 2),
                tick=tick or "",
            )
        )
    return {
        "bars": bars,
        **_bar_markup(bars),
        "title": title,
        "unit": unit,
        "width": CHART_WIDTH,
        "height": BASELINE,
        "total": sum(count for _, count, _, _ in rows),
        "peak": highest,
    }


def _bar_markup(bars: list[Bar]) -> dict[str, str]:
    """The chart's repeated markup (bars, axis labels, table rows), written here rather than in
    template loops: a chart of many bars is drawn on every search page and the home page, and
    each bar cost about fifty template lookups. The geometry is written as SVG and CSS numbers
    (never localised: "12,5" is no SVG coordinate), the counts as the template wrote them."""
    rects, ticks, rows = [], [], []
    for bar in bars:  # f-strings, each text escaped (format_html: twice the time of the rest)
        label = conditional_escape(bar.label)
        rect = (
            f'<rect class="chart-bar" x="{bar.x}" y="{bar.y}" width="{bar.width}" '
            f'height="{bar.height}"><title>{label}: {_grouped(bar.count)}</title></rect>'
        )
        if bar.url:
            url = conditional_escape(bar.url)
            rect = f'<a href="{url}" tabindex="-1">{rect}</a>'
            label = f'<a href="{url}">{label}</a>'
        rects.append(rect + "\n      ")
        if bar.tick:
            ticks.append(f'<li style="left: {bar.left}%">{conditional_escape(bar.tick)}</li>')
        rows.append(f"<tr><td>{label}</td><td>{bar.count}</td></tr>")
    return {
        "rects": mark_safe("".join(rects)),
        "ticks": mark_safe("".join(ticks)),
        "rows": mark_safe("".join(rows)),
    }


def _grouped(count: int) -> str:
    """``count|intcomma``: below 1,000 there is nothing to group (and no formats to look up)."""
    return str(count) if 0 <= count < 1000 else intcomma(count)


@register.simple_tag(takes_context=True)
def page_url(context, number, param="page"):
    """This page's address on page ``number``, keeping the other query parameters."""
    request = context["request"]
    params = request.GET.copy()
    if str(number) == "1":
        params.pop(param, None)
    else:
        params[param] = number
    query = params.urlencode()
    return f"?{query}" if query else request.path


@register.inclusion_tag("includes/_pagination.html", takes_context=True)
def pagination(context, page, label="Pages"):
    """Previous / numbered / next links for a Paginator page, with gaps on long runs."""
    pages = page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    return {"request": context["request"], "page": page, "pages": pages, "label": label}


@register.filter
def answerers(turns):
    """The people (or printed names) who spoke ``turns`` (answers), in order of speaking."""
    return browsing.answerers(turns)


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """``path`` as a full address on this site (for feeds, Open Graph and canonical links)."""
    return context["request"].build_absolute_uri(path)


# Query parameters that choose what a page shows (a page of a list, a tab, a year or topic it
# is narrowed to); the canonical address keeps them and drops any other (tracking, sorting).
CANONICAL_PARAMS = ("show", "year", "topic", "page")


@register.simple_tag(takes_context=True)
def canonical_url(context, keep=CANONICAL_PARAMS):
    """This page's full canonical address: its path and the parameters of ``keep`` it has."""
    request = context["request"]
    params = [(k, request.GET[k]) for k in keep if request.GET.get(k)]
    params = [(k, v) for k, v in params if (k, v) != ("page", "1")]
    query = "?" + urlencode(params) if params else ""
    return request.build_absolute_uri(request.path) + query


@register.simple_tag
def position_url(statement, position, anchor):
    """The transcript page of ``statement`` that shows ``position``, scrolled to ``anchor``."""
    return statement.url_at(position, anchor)


@register.filter
def host(url):
    """The host name of ``url`` without "www.", to name a source link."""
    name = urlsplit(url).hostname or url
    return name.removeprefix("www.")
