"""The fallback: any readable text becomes a statement with a title and its paragraphs.

The title is the first meaningful line near the top: not a date line, a bullet, page chrome,
a section label or a rule of punctuation, and of a sensible length (a long first paragraph
gives its first sentence). The date is the first one printed near the top. Every paragraph
becomes a narrative turn, its line breaks kept (a list stays a list). It never raises.
"""

from __future__ import annotations

import re

from statements.parsing import document as d
from statements.parsing.chrome import is_chrome
from statements.parsing.dates import date_line, find_date
from statements.parsing.newspage import FROM, publisher
from statements.parsing.text import BULLET, Line, blocks

TITLE_MAX = 200
HEAD_LINES = 30  # how far down the title and the date are looked for
_JUNK = re.compile(r"^[\W_]*$")  # lines of punctuation, bullets or rules only
_LETTERS = re.compile(r"[^\W\d_]{2}")
_SECTION = re.compile(
    r"^(?:news|press releases?|news releases?|articles?|statements?|transcripts?|speech(?:es)?|"
    r"news story|press statement|(?:oral|written) statement to parliament|policy paper|guidance|"
    r"home|menu|contents|table of contents|page \d+(?: of \d+)?)$",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^(?:subject|title|re|fwd?|fw)\s*:\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[^\s.]{3}[.!?])\s+(?=[\"“(]?[A-Z])")


def paragraphs(source: list[Line]) -> list[tuple[int, str]]:
    """Blank-line separated blocks as (first line number, text with its line breaks), lines
    broken only by wrapping joined again."""
    return [(block[0].number, "\n".join(line.text for line in block)) for block in blocks(source)]


def _is_title_like(text: str) -> bool:
    return bool(
        text
        and not BULLET.match(text)
        and not _JUNK.match(text)
        and _LETTERS.search(text)
        and not date_line(text)
        and not is_chrome(text)
        and not _SECTION.match(text)
    )


def title_line(source: list[Line]) -> Line | None:
    """The line that names the document, as (line number, title); None if there is none."""
    head = [line for line in source if line.text][:HEAD_LINES]
    long = None
    for line in head:
        text = _SUBJECT.sub("", line.text).strip()
        if not _is_title_like(text):
            continue
        if len(text) <= TITLE_MAX:
            return Line(line.number, text)
        long = long or Line(line.number, text)
    return long


def _is_title_alone(block: str, title: str) -> bool:
    return len(title) <= TITLE_MAX and _SUBJECT.sub("", block).strip() == title


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def title_text(text: str) -> str:
    """A title line as it is; a long paragraph standing in for one, its first sentence."""
    return text if len(text) <= TITLE_MAX else shorten(first_sentence(text))


def shorten(text: str, limit: int = TITLE_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:") + "…"


def looks_like(source: list[Line]) -> bool:
    return any(line.text for line in source)


_MAIL_HEADER = re.compile(
    r"^(?P<key>from|sent|to|cc|bcc|date|subject|reply-to|importance)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_FORWARDED = re.compile(r"^(?:(?:re|fwd?|fw|tr|wg|aw)\s*:\s*)+", re.IGNORECASE)


def mail_header(source: list[Line]) -> tuple[list[Line], dict[str, str]]:
    """An e-mail's header block at the top ("From: / Sent: / To: / Subject:"): the lines
    after it, and its fields; the text unchanged and {} when it has none."""
    start = next((i for i, line in enumerate(source) if line.text), len(source))
    fields, end = {}, start
    while end < len(source) and (match := _MAIL_HEADER.match(source[end].text)):
        fields[match["key"].lower()] = match["value"].strip()
        end += 1
    if len(fields) < 2 or not ({"from", "subject"} & fields.keys()):
        return source, {}
    return source[end:], fields


def _issued_by(head: list[str]) -> str:
    """The organisation a "From:" line names, its value on the line or the next ("From:" /
    "Ministry of Defence and The Rt Hon Ben Wallace MP")."""
    for i, text in enumerate(head):
        if text.rstrip(": ").lower() in ("from", "issued by") and i + 1 < len(head):
            text = f"From: {head[i + 1]}"
        if FROM.match(text):
            return publisher([text])
    return ""


def parse(source: list[Line]) -> d.ParsedDocument:
    source, mail = mail_header(source)
    title = title_line(source)
    head = [line.text for line in source if line.text][:HEAD_LINES]
    dated = next((date_line(t) for t in head if date_line(t)), None)
    doc = d.ParsedDocument(
        kind=d.OTHER,
        title=title_text(title.text) if title else "Untitled",
        format="plain",
        date=dated or find_date("\n".join(head)),
    )
    subject = _FORWARDED.sub("", mail.get("subject", "")).strip()
    if subject:
        doc.title, title = title_text(subject), None
        doc.dropped.extend(f"{key.capitalize()}: {value}" for key, value in mail.items())
    sent = find_date(mail.get("sent", "") or mail.get("date", ""))
    doc.date = sent or doc.date
    doc.organisation = _issued_by(head)
    for number, block in paragraphs(source):
        if title and number == title.number and _is_title_alone(block, title.text):
            continue  # the title line on its own is not body text
        if dated and not doc.turns and date_line(block) == dated:
            doc.dropped.append(block)  # the date line under the title is no paragraph
            continue
        doc.turns.append(d.ParsedTurn(kind=d.T_NARRATIVE, text=block, line=number))
    if not doc.turns and title is None:
        doc.warnings.append("no readable paragraphs")
    return doc
