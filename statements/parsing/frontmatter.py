"""Markdown files: the YAML front matter as the statement's metadata, the rest as plain text.

A Markdown file may open with a front matter block between two ``---`` lines (Jekyll, Hugo,
Obsidian and static-site exports write one)::

    ---
    title: Press Briefing by Press Secretary Jen Psaki
    date: 2021-10-07
    source_url: https://www.whitehouse.gov/briefing-room/...
    ---

Its fields (``FIELDS``: title, date, time, source_url or url or source, location, kind,
organisation, byline and their common synonyms) become the statement's metadata and override
what the parser guesses from the text; other fields are ignored with a warning. The block is
not text: it is replaced by as many empty lines, so the line numbers of the text stay those of
the file. The Markdown markup of the body is read as plain text (``markdown.to_plain``).

The block is read with PyYAML's safe loader (quoting, escapes, dates and lists as YAML has
them, in linear time); a block that is not YAML, a date that is not a date or a kind that is
no kind is refused with the line and the field.
"""

from __future__ import annotations

import datetime
import re

import yaml

from statements.parsing import document as d
from statements.parsing.dates import date_line, find_dates, find_time
from statements.parsing.kinds import find_kind
from statements.parsing.metadata import Metadata
from statements.parsing.text import UnreadableText

# Front matter field -> the metadata it sets. ``source`` is the URL when it is one, else the
# organisation that published the document ("source: The White House").
FIELDS = {
    "title": "title",
    "headline": "title",
    "subtitle": "subtitle",
    "occasion": "subtitle",
    "date": "date",
    "published": "date",
    "date_published": "date",
    "pubdate": "date",
    "time": "time",
    "source_url": "source_url",
    "url": "source_url",
    "link": "source_url",
    "canonical_url": "source_url",
    "permalink": "source_url",
    "source": "source",
    "location": "location",
    "place": "location",
    "kind": "kind",
    "type": "kind",
    "organisation": "organisation",
    "organization": "organisation",
    "publisher": "organisation",
    "issuer": "organisation",
    "byline": "byline",
    "author": "byline",
    "authors": "byline",
}
KINDS = {
    d.PRESS_CONFERENCE: "press conference",
    d.JOINT_PRESS_CONFERENCE: "joint press conference",
    d.DOORSTEP: "doorstep",
    d.SPEECH: "speech",
    d.INTERVIEW: "interview",
    d.BRIEFING: "briefing",
    d.STATEMENT: "statement",
    d.NEWS_ARTICLE: "news article",
    d.OTHER: "other",
}
KIND_WORDS = {"article": d.NEWS_ARTICLE, "news": d.NEWS_ARTICLE, "press release": d.STATEMENT}
MAX_LINES = 200  # a block longer than this is not front matter but a document of its own
_FENCE = re.compile(r"(?:---|\.\.\.)[ \t]*")
_URL = re.compile(r"[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)


class BadFrontMatter(UnreadableText):
    """The front matter is not YAML, or one of its fields does not hold what it names."""


def split(text: str) -> tuple[str, str, int]:
    """(the front matter's YAML, the text with the block blanked out, the block's first line);
    ("", text, 0) when the text opens with no front matter."""
    lines = text.split("\n", MAX_LINES + 1)  # the last item holds the rest of the text
    if lines[0].strip("\ufeff \t\r") != "---":
        return "", text, 0
    for end in range(1, len(lines)):
        if _FENCE.fullmatch(lines[end].rstrip("\r")):
            blank = "\n" * (end + 1)
            return "\n".join(lines[1:end]), blank + "\n".join(lines[end + 1 :]), 2
    return "", text, 0  # an opening rule and no closing one: a Markdown rule, not a block


def read(text: str) -> tuple[Metadata, str]:
    """(the front matter's metadata, the text without it). Raises BadFrontMatter."""
    block, body, first = split(text)
    if not block.strip():
        return Metadata(), body
    try:
        nodes = yaml.compose(block, Loader=yaml.SafeLoader)
        values = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"line {mark.line + first}" if mark else "the front matter"
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "mapping values are not allowed" in reason:
            reason += "; put a value holding ': ' in quotes"
        raise BadFrontMatter(f"front matter, {where}: not valid YAML ({reason})") from None
    if not isinstance(values, dict):
        raise BadFrontMatter(
            f"front matter, line {first}: expected 'field: value' lines, not a "
            f"{type(values).__name__}"
        )
    lines = {
        key.value: key.start_mark.line + first for key, _ in getattr(nodes, "value", ())
    }  # each field's line in the file
    meta = Metadata()
    for key, value in values.items():
        name = FIELDS.get(str(key).strip().lower().replace("-", "_").replace(" ", "_"))
        if name is None:
            meta.ignored.append(str(key))
        elif value is not None and value != "":
            _set(meta, name, value, f"front matter, line {lines.get(key, first)}, field {key!r}")
    return meta, body


def _set(meta: Metadata, name: str, value, where: str) -> None:
    if name == "date":
        meta.date, time = _date(value, where)
        meta.time = meta.time or time
        return
    text = _text(value, where)
    if name == "time":
        meta.time = find_time(text)
        if meta.time is None:
            raise BadFrontMatter(f"{where}: {text!r} is not a time (write 14:30 or 2:30 p.m.)")
    elif name == "kind":
        meta.kind = _kind(text, where)
    elif name == "source":
        if _URL.match(text):
            meta.source_url = meta.source_url or text
        else:
            meta.organisation = meta.organisation or text
    elif name in ("source_url", "organisation"):
        setattr(meta, name, getattr(meta, name) or text)
    else:
        setattr(meta, name, text)


def _text(value, where: str) -> str:
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v).strip() for v in value)  # authors: [A, B]
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return " ".join(str(value).split())
    raise BadFrontMatter(f"{where}: expected text, not a {type(value).__name__}")


def _date(value, where: str) -> tuple[datetime.date, datetime.time | None]:
    if isinstance(value, datetime.datetime):
        return value.date(), value.time().replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, datetime.date):
        return value, None
    text = _text(value, where)
    date = date_line(text)
    if date is None:
        raise BadFrontMatter(
            f"{where}: {text!r} is not a date (write 2021-10-07 or 7 October 2021)"
        )
    _, _, end = find_dates(text)[0]
    return date, find_time(text[end:])


def _kind(text: str, where: str) -> str:
    key = text.strip().lower().replace("_", " ").replace("-", " ")
    for kind, label in KINDS.items():
        if key in (label, kind.replace("_", " ")):
            return kind
    if key in KIND_WORDS:
        return KIND_WORDS[key]
    kind, _ = find_kind(key, at_start=True)
    if kind:
        return kind
    raise BadFrontMatter(f"{where}: {text!r} is no kind of statement (one of: {', '.join(KINDS)})")
