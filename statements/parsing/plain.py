"""The fallback: any readable text becomes a statement with a title and its paragraphs."""

from __future__ import annotations

import re

from statements.parsing import document as d
from statements.parsing.dates import find_date
from statements.parsing.text import Line, strip_bullet

TITLE_MAX = 200
_JUNK = re.compile(r"^[\W_]*$")  # lines of punctuation, bullets or rules only


def paragraphs(source: list[Line]) -> list[tuple[int, str]]:
    """Blank-line separated blocks as (first line number, text with its line breaks)."""
    blocks, current, start = [], [], 0
    for line in [*source, Line(0, "")]:
        if line.text:
            if not current:
                start = line.number
            current.append(line.text)
        elif current:
            blocks.append((start, "\n".join(current)))
            current = []
    return blocks


def first_meaningful_line(source: list[Line]) -> Line | None:
    for line in source:
        text = strip_bullet(line.text)
        if text and not _JUNK.match(text) and re.search(r"[^\W\d_]{2}", text):
            return Line(line.number, text)
    return None


def shorten(text: str, limit: int = TITLE_MAX) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def looks_like(source: list[Line]) -> bool:
    return any(line.text for line in source)


def parse(source: list[Line]) -> d.ParsedDocument:
    title_line = first_meaningful_line(source)
    title = shorten(title_line.text) if title_line else "Untitled"
    head = "\n".join(line.text for line in source[:30])
    doc = d.ParsedDocument(kind=d.OTHER, title=title, format="plain", date=find_date(head))
    for number, block in paragraphs(source):
        if title_line and number == title_line.number and block == title_line.text:
            continue  # the title line on its own is not body text
        doc.turns.append(d.ParsedTurn(kind=d.T_NARRATIVE, text=block, line=number))
    return doc
