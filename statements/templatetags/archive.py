"""Template helpers shared by the archive's pages."""

from dataclasses import dataclass

from django import template

register = template.Library()

CHART_WIDTH = 720
CHART_HEIGHT = 160
LABEL_BAND = 22


@dataclass
class Bar:
    label: str
    count: int
    url: str
    x: float
    y: float
    width: float
    height: float
    show_label: bool


@register.inclusion_tag("includes/_bar_chart.html")
def bar_chart(series, title, unit="statement"):
    """A bar chart as inline SVG, drawn on the server: no JavaScript, no chart library.

    ``series`` is a list of (label, count) or (label, count, url) tuples in display order.
    A table of the same figures follows for screen readers and for copying.
    """
    rows = [(item[0], item[1], item[2] if len(item) > 2 else "") for item in series]
    peak = max((count for _, count, _ in rows), default=0) or 1
    slot = CHART_WIDTH / max(len(rows), 1)
    gap = min(4.0, slot * 0.2)
    label_every = max(1, round(len(rows) / 12))  # at most ~12 axis labels
    bars = []
    for i, (label, count, url) in enumerate(rows):
        height = (CHART_HEIGHT - LABEL_BAND - 14) * count / peak
        bars.append(
            Bar(
                label=str(label),
                count=count,
                url=url,
                x=round(i * slot + gap / 2, 2),
                y=round(CHART_HEIGHT - LABEL_BAND - height, 2),
                width=round(max(slot - gap, 1), 2),
                height=round(height, 2),
                show_label=i % label_every == 0,
            )
        )
    return {
        "bars": bars,
        "title": title,
        "unit": unit,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "baseline": CHART_HEIGHT - LABEL_BAND,
        "label_y": CHART_HEIGHT - 6,
        "total": sum(count for _, count, _ in rows),
        "peak": peak if rows else 0,
    }
