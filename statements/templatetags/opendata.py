"""Template helpers that point from the pages to the same data as JSON and as downloads."""

from urllib.parse import urlencode

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

register = template.Library()

# Page (url name in the statements namespace) -> the API view showing the same thing.
ALTERNATES = {
    "home": "api:root",
    "statement": "api:statement",
    "exchange": "api:exchange",
    "person": "api:person",
    "outlet": "api:outlet",
    "topic": "api:topic",
    "people": "api:people",
    "outlets": "api:outlets",
    "topics": "api:topics",
    "search": "api:search",
}
# What each download keeps of the page's query string.
KEPT = {"search": None, "person": ("year", "topic"), "outlet": ("year",)}


@register.simple_tag(takes_context=True)
def api_alternate(context) -> str:
    """``<link rel="alternate" type="application/json">`` to this page's data in the API, on
    the pages that have it (a search keeps its query string)."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None or match.namespace != "statements" or match.url_name not in ALTERNATES:
        return ""
    try:
        url = reverse(ALTERNATES[match.url_name], kwargs=match.kwargs)
    except NoReverseMatch:
        return ""
    if match.url_name == "search" and request.GET:
        url += "?" + request.GET.urlencode()
    href = request.build_absolute_uri(url)
    return format_html(
        '<link rel="alternate" type="application/json" title="This page as JSON" href="{}">', href
    )


@register.inclusion_tag("includes/_downloads.html", takes_context=True)
def downloads(context, what: str, slug: str = "") -> dict:
    """Links to this list as CSV and JSON Lines: a search with all its parameters, a person's
    or an outlet's questions with the page's year and topic."""
    request = context["request"]
    kept = KEPT[what]
    params = [(k, v) for k, v in request.GET.items() if k != "page" and (kept is None or k in kept)]
    query = "?" + urlencode(params) if params else ""
    kwargs = {"slug": slug} if slug else {}
    links = [
        (label, reverse(f"statements:{what}_export", kwargs={**kwargs, "fmt": fmt}) + query)
        for fmt, label in [("csv", "CSV"), ("jsonl", "JSON Lines")]
    ]
    return {"links": links, "what": what}
