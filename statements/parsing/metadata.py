"""What a file says about itself (front matter, an HTML page's head), applied to a parse.

A Markdown file's front matter and a saved page's title, canonical link and date are the
publisher's or the archivist's own word: they override what the parser guesses from the text.
``hints`` only fill what the parser left empty (a page's site name as its organisation).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from statements.parsing import document as d


@dataclass
class Metadata:
    """What the file says about itself; empty fields leave the parser's guess alone."""

    title: str = ""
    subtitle: str = ""
    date: datetime.date | None = None
    time: datetime.time | None = None
    source_url: str = ""
    location: str = ""
    kind: str = ""
    organisation: str = ""
    byline: str = ""
    ignored: list[str] = field(default_factory=list)  # fields that mean nothing here

    def apply(self, doc: d.ParsedDocument, override: bool = True) -> d.ParsedDocument:
        """Set ``doc``'s fields from these (``override``: also those the parser filled)."""
        for name in FIELDS:
            value = getattr(self, name)
            if name == "byline" and not override and doc.kind != d.NEWS_ARTICLE:
                continue  # a page's author is a byline only on a news story
            if value and (override or not getattr(doc, name)):
                setattr(doc, name, value)
        doc.warnings += [f"front matter field {name!r} ignored" for name in self.ignored]
        return doc


FIELDS = [
    "title",
    "subtitle",
    "date",
    "time",
    "source_url",
    "location",
    "kind",
    "organisation",
    "byline",
]
