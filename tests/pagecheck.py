"""What a page's HTML offers a person, read with the standard library's HTML parser.

``Page(html)`` collects headings, landmarks, form fields and their labels, ids and links, so
tests can assert what a reader or an assistive technology would find.
"""

from html.parser import HTMLParser

from django.urls import reverse

from statements.models import Statement

LANDMARK_TAGS = {"header": "banner", "nav": "navigation", "main": "main", "footer": "contentinfo"}
LANDMARK_ROLES = {"banner", "navigation", "main", "contentinfo", "search"}
FIELD_TAGS = {"input", "select", "textarea"}
UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}


class Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.headings: list[tuple[str, str]] = []
        self.landmarks: list[str] = []
        self.fields: list[dict] = []
        self.labels_for: set[str] = set()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.meta: dict[str, str] = {}
        self._heading: list | None = None
        self._depth_in_label = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        role = attrs.get("role") or LANDMARK_TAGS.get(tag)
        if role in LANDMARK_ROLES and role not in self.landmarks:
            self.landmarks.append(role)
        if tag in {"h1", "h2", "h3", "h4"}:
            self._heading = [tag, ""]
        if tag == "label":
            self._depth_in_label += 1
            if attrs.get("for"):
                self.labels_for.add(attrs["for"])
        if tag in FIELD_TAGS and attrs.get("type") not in UNLABELLED_TYPES:
            self.fields.append({**attrs, "_in_label": self._depth_in_label > 0})
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content", "")

    def handle_endtag(self, tag):
        if self._heading and tag == self._heading[0]:
            self.headings.append((self._heading[0], " ".join(self._heading[1].split())))
            self._heading = None
        if tag == "label":
            self._depth_in_label -= 1

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data

    def h1(self) -> list[str]:
        return [text for tag, text in self.headings if tag == "h1"]

    def unlabelled_fields(self) -> list[dict]:
        return [
            field
            for field in self.fields
            if not field["_in_label"]
            and field.get("id") not in self.labels_for
            and not field.get("aria-label")
        ]

    def duplicate_ids(self) -> set[str]:
        return {i for i in self.ids if self.ids.count(i) > 1}


def page(response) -> Page:
    assert response.status_code == 200, response.status_code
    return Page(response.content.decode())


def page_urls(site) -> dict[str, str]:
    """Every browsing page of the ``site`` fixture, by name."""
    statement = Statement.objects.get(pk=site["statement"].pk)
    exchange = statement.exchanges.order_by("position").first()
    return {
        "home": reverse("statements:home"),
        "statement": statement.get_absolute_url(),
        "exchange": reverse("statements:exchange", args=[statement.slug, exchange.position]),
        "original": reverse("statements:original", args=[statement.slug]),
        "journalist": site["journalist"].get_absolute_url(),
        "official": site["speaker"].get_absolute_url(),
        "outlet": site["outlet"].get_absolute_url(),
        "topic": site["topic"].get_absolute_url(),
        "topic-questions": site["topic"].get_absolute_url() + "?show=questions",
        "topics": reverse("statements:topics"),
        "people": reverse("statements:people"),
        "journalists": reverse("statements:people") + "?show=journalists",
        "outlets": reverse("statements:outlets"),
        "archive": reverse("statements:archive"),
        "year": "/archive/2021/",
        "month": "/archive/2021/10/",
        "day": "/archive/2021/10/07/",
        "feed": reverse("statements:feed"),
        "topic-feed": reverse("statements:topic_feed", args=[site["topic"].slug]),
        "person-feed": reverse("statements:person_feed", args=[site["speaker"].slug]),
        "sitemap-statements": "/sitemap-statements.xml",
    }
