"""The header of a news article: title, subtitle, byline, the page's date stamps.

Above the story stand labels, dates and bylines and headings: the site's menu, the title,
perhaps a summary. ``read_header`` fills the document's title, subtitle, byline, date, place
and issuer from them and says where the story starts; ``join_split_lines`` first joins a
header label printed on its own line to its value, and a dateline to its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.parsing import document as d
from statements.parsing import lexicon as lx
from statements.parsing import newspage as hd
from statements.parsing import where
from statements.parsing.dates import date_line, find_dates, find_datetime, is_updated_line
from statements.parsing.plain import shorten
from statements.parsing.text import Line, strip_bullet

_SENTENCE_END = re.compile(r"[.:;][\"”’)]?$")
_LABEL_ALONE = re.compile(
    r"^(?:from|published|posted|updated|last\s+updated|issued|date|location|by)\s*:?$", re.I
)
# A dateline printed on a line of its own: "SEYMOUR JOHNSON AIR FORCE BASE, N.C. --".
_DATELINE_ALONE = re.compile(
    r"^[A-Z][A-Z.'’ ]{1,40}[A-Z.](?:,\s+[A-Z][\w.' ]{1,25})?\s*(?:—|–|--|-)$"
)


def join_split_lines(units: list[Line]) -> list[Line]:
    """A header label on its own line joined to its value ("From:" + "Ministry of Defence"),
    a dateline on its own line to the paragraph it opens."""
    out: list[Line] = []
    for unit in units:
        previous = out[-1].text if out else ""
        if len(out) < 40 and _LABEL_ALONE.match(previous):
            out[-1] = Line(out[-1].number, previous.rstrip(":") + ": " + unit.text)
        elif _DATELINE_ALONE.match(previous):
            out[-1] = Line(out[-1].number, previous + " " + unit.text)
        else:
            out.append(unit)
    return out


@dataclass
class _Head:
    start: int  # where the story starts
    texts: list[str]  # the header's lines
    author: tuple[str, str] | None = None  # who issued the text: (name, role)


def read_header(doc: d.ParsedDocument, units: list[Line]) -> _Head:
    """Fill title, subtitle, byline and the page's date stamps from the lines above the story.

    Above the story stand labels, dates and bylines (``newspage.is_meta``) and headings: the
    site's menu, the title, perhaps a summary. The title is the heading that stands where
    titles stand: four words or more (a menu item or a site name is shorter), right above a
    byline or date line, under a section label; not a sentence."""
    head = _Head(len(units), [])
    headings: list[tuple[int, str]] = []  # (index in units, text)
    for i, unit in enumerate(units[:40]):
        text = strip_bullet(unit.text)
        if hd.is_meta(text):
            head.texts.append(text)
            _note_meta(doc, head, text)
            continue
        titled = [n for n, (_, h) in enumerate(headings) if len(h.split()) >= 4]
        crowded = titled and len(headings) - titled[0] >= 2 and not _meta_ahead(units, i)
        if not _is_heading(units, i, text) or crowded:
            head.start = i
            break
        headings.append((i, text))
        head.texts.append(text)
    if headings:
        scores = [_title_score(units, headings, n) for n in range(len(headings))]
        at = scores.index(max(scores))
        doc.title = shorten(headings[at][1], 500)
        after = headings[at + 1] if at + 1 < len(headings) else None
        doc.subtitle = after[1] if after and after[0] == headings[at][0] + 1 else ""
        doc.dropped.extend(h for n, (_, h) in enumerate(headings) if n != at and h != doc.subtitle)
        for n, (i, text) in enumerate(headings):  # "05.12.2024" over "Brussels": the place
            after_date = i > 0 and date_line(strip_bullet(units[i - 1].text))
            if n != at and after_date and not doc.location and _is_place_name(text):
                doc.location = text
    return head


def _is_place_name(text: str) -> bool:
    """A line naming a place and nothing else: "Brussels", "Mons, Belgium"."""
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 4 or re.search(r"[\d:;!?()/]", text) or text.isupper():
        return False
    keys = [w.lower().rstrip(".") for w in words]
    if keys[0] in lx.SENTENCE_WORDS or any(map(lx.is_role_head, keys)):
        return False
    if len(words) > 1 and keys[0] in lx.FIRST_NAMES:
        return False  # a person: "Jim Garamone"
    return all(w[:1].isupper() or w in ("de", "am", "on", "upon", "la") for w in words)


def _meta_ahead(units: list[Line], i: int) -> bool:
    """Is a byline or date line a few lines on (the title may still come)?"""
    return any(_anchors(u.text) for u in units[i : i + 6])


def _anchors(text: str) -> bool:
    """A header line that stands right under a title: a byline, a date, who issued it."""
    pieces = hd.meta_parts(strip_bullet(text)) or []
    return any(
        hd.byline(p) or date_line(p) or hd.place_date(p) or hd.author(p) or hd.FROM.match(p)
        for p in pieces
    )


def _title_score(units: list[Line], headings: list[tuple[int, str]], n: int) -> int:
    i, text = headings[n]
    score = 3 if len(text.split()) >= 4 else 0
    if _SENTENCE_END.search(text):
        score -= 3  # a summary under the title
    following = units[i + 1].text if i + 1 < len(units) else ""
    if _anchors(following):
        score += 2
    elif hd.is_meta(strip_bullet(following)):
        score += 1  # a label
    elif n + 1 < len(headings) and headings[n + 1][0] == i + 1:
        # a longer summary or sentence between the title and its byline
        dek, j = headings[n + 1][1], headings[n + 1][0]
        if len(dek) > len(text) and j + 1 < len(units) and _anchors(units[j + 1].text):
            score += 2
    if i > 0 and hd.is_meta(strip_bullet(units[i - 1].text)):
        score += 1
    return score


def _is_heading(units: list[Line], i: int, text: str) -> bool:
    """A line of the header rather than the story's first paragraph: short and unpunctuated,
    or followed by a byline or date line (a summary printed under the title)."""
    if where.dateline(text):
        return False
    # A summary under the title: a byline or date line follows, perhaps after a label.
    j = i + 1
    while j < min(i + 4, len(units)) and hd.is_meta(units[j].text) and not _anchors(units[j].text):
        j += 1
    follows = j < len(units) and _anchors(units[j].text)
    short = len(text.split()) <= 25 and len(text) <= 200 and i + 1 < len(units)
    # A heading is no sentence, though it may ask a question or end on a quotation.
    return (short and not _SENTENCE_END.search(text)) or (follows and len(text) <= 400)


def _note_meta(doc: d.ParsedDocument, head: _Head, text: str) -> None:
    pieces = hd.meta_parts(text) or hd.parts(text)
    bylined = any(hd.byline(p) for p in pieces)
    for part in pieces:
        who = hd.byline(part)
        beside = hd.is_agency(part) or (bylined and hd.is_unit(part) and not date_line(part))
        if who and not doc.byline:
            doc.byline = who
            dates = find_dates(part)  # "By Sgt. Jane Doe, 1st Armored Division, Oct. 20, 2021"
            doc.date = doc.date or (dates[0][0] if dates else None)
        elif doc.byline and beside and part not in doc.byline:
            doc.byline += ", " + part
        stamped = hd.date_place_publisher(part)
        if stamped:
            doc.date = doc.date or date_line(stamped[0])
            doc.location = doc.location or stamped[1]
        if is_updated_line(part):
            doc.last_updated = doc.last_updated or find_datetime(part)
        elif date_line(part) and doc.date is None:
            doc.date = date_line(part)
        issued = hd.place_date(part)
        if issued:
            doc.location = doc.location or issued[0]
            doc.date = doc.date or issued[1]
        if not who and not head.author:
            head.author = hd.author(part)
