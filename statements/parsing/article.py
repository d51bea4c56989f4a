"""News articles: defense.gov / DOD News stories, nato.int news items, ministries' releases.

A story told in the third person with reported speech ("…," Stoltenberg said), often with a
byline, a dateline and photo captions, and no speaker labels. ``parse`` keeps the captions
apart, reads the header (title, byline, date line), makes one turn per paragraph ("quote"
with its speaker when it quotes someone, else "narrative") and lists every quotation with
the person who said it. Its date comes from the page, else from the dateline, else from the
captions and VIRINs of photos taken that day ("today" in the story).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.parsing import captions as cap
from statements.parsing import document as d
from statements.parsing import lexicon as lx
from statements.parsing import newspage as hd
from statements.parsing import release, where
from statements.parsing.cast import Cast
from statements.parsing.dates import (
    date_line,
    find_dates,
    find_datetime,
    is_updated_line,
)
from statements.parsing.people import FRENCH_SPEECH, GERMAN_SPEECH, mentions, sentence_starts
from statements.parsing.plain import shorten
from statements.parsing.quoted_turns import split_mixed
from statements.parsing.quotes import Attributor, Paragraph, find_quotes, mask
from statements.parsing.text import Line, blocks, strip_bullet

_ENDS = re.compile(r"[.!?\"”’)]$")
_SENTENCE_END = re.compile(r"[.:;][\"”’)]?$")
_TRAILER = re.compile(
    r"^(?:#{1,3}|-30-|[-—–]*\s*end\s*[-—–]*|\*{3}|(?:tags|topics|keywords|categories)\s*:.*|"
    # a wire story's sign-off: "Reporting by Sabine Siebold; Editing by Alex Richardson"
    r"(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b.{0,200})$",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^(?P<label>[A-Z][^:]{0,60}?)\s*:(?:\s|$)")
_LABEL_KEYS = re.compile(
    r"^(?:photo|video|image|credit|virin|source|note|notes?\s+to\s+editors?|editor'?s\s+note|"
    r"update[ds]?|last\s+updated|published|posted|from|date|location|tags|topics|related|share|"
    r"contact|media\s+contacts?|press\s+contacts?|e-?mail|phone|tel|website|subject|summary|"
    r"background|correction|watch|listen|read\s+more|download|caption|title|by|author|"
    r"release\s+no|what|when|where|who|why|how|fact\s+sheet|in\s+brief)\b",
    re.IGNORECASE,
)
_QUESTION_LABEL = re.compile(r"^(?:Q|A|QUESTION|Question|ANSWER|Answer)\s*[:.]\s", re.M)
# Reported speech around quotations, each kind apart (one alternation would try every position):
# '," he said', '," said Milley', 'Austin said: "', a quotation then "– Minister X".
_ATTRIBUTED = [
    re.compile(
        r"[,?!—–-][\"”’']\s+(?:(?:he|she)|(?:the\s+)?[A-Za-z.'’ -]{2,60}?)\s+(?:said|says|told|"
        r"added|wrote|noted|explained|stressed|asked)\b"
        r"|[,?!][\"”’']\s+(?:said|says|added|according\s+to)\s+(?:the\s+)?[A-Za-z]"
    ),
    re.compile(r"(?:said|says|added|told\s+\w+)(?:\s*[:,]\s*[\"“]|\s*:\s*$)", re.MULTILINE),
    re.compile(r"[\"”]\s*[–—-]{1,2}\s*(?:the\s+)?[A-Z]"),
    re.compile(rf"[»“”\"]\s*,\s*(?:{FRENCH_SPEECH}|{GERMAN_SPEECH})\b"),  # "« ... », a déclaré"
]
_RELEASE = re.compile(
    r"\b(?:releases?|(?:press|joint)\s+statements?|^statements?$|communiqu[eé]|readouts?|news\s+story|"
    r"pressemitteilung|"
    r"meetings\s+coverage)\b",
    re.IGNORECASE,
)
_READOUT = re.compile(r"^(?:readout|statement|joint statement|communiqu[eé])\b.{10,}$", re.I)
_NEWS_LEDE = re.compile(
    r"\b(?:said|says|announced|told|today|yesterday|tonight|this\s+week|"
    r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    # French: "a annoncé", "aujourd'hui", "le mercredi 12 mars"
    r"a\s+(?:annoncé|déclaré|reçu)|aujourd'hui|hier|le\s+(?:lun|mar|mercre|jeu|vendre|same)di)\b",
    re.IGNORECASE,
)
# What heads a text spoken rather than a report of it: a label saying what was said (a speech,
# a press conference), how the text relates to the delivery.
_SPOKEN = re.compile(
    r"^(?:(?:keynote|opening|closing|welcome|introductory)\s+)?(?:speech|remarks|address)$|"
    r"^(?:(?:joint\s+)?press\s+(?:conference|briefing|point|availability)|doorstep|interview|"
    r"transcript|media\s+availability|on-the-record\s+briefing)$|"
    r"^delivered\s+on\b|\bas\s+(?:prepared\s+for\s+delivery|delivered)\b|"
    r"\bcheck\s+against\s+delivery\b|\(as\s+prepared\)",
    re.IGNORECASE,
)
# A note above the story: "Editor's note: ...", "This story has been updated to ...".
_NOTE = re.compile(
    r"^(?:editor'?s\s+note|update[ds]?|correction|clarification)\b|"
    r"^this\s+(?:story|article|release)\s+(?:has\s+been|was)\s+(?:updated|corrected)",
    re.IGNORECASE,
)
_SAID = re.compile(rf"\b(?:said|says|told|according to|added|announced|{FRENCH_SPEECH}|selon)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")


# --- recognising the family ---------------------------------------------------------------


def speaker_labels(texts: list[str]) -> bool:
    """Does the text carry a transcript's speaker labels ("Q:", "MR. KIRBY:", "Name, Role:")?"""
    labels = []
    for text in texts:
        match = _LABEL.match(text)
        if not match or _LABEL_KEYS.match(match["label"]):
            continue
        label = match["label"]
        name_part = label.split(",")[0].split("(")[0]
        words = name_part.split()
        if len(words) > 7 or any(
            w[:1].islower() and w not in ("of", "the", "and", "for", "de", "von", "van", "der")
            for w in words
        ):
            continue
        labels.append(label.upper())
    questions = len(_QUESTION_LABEL.findall("\n".join(texts)))
    repeated = len(labels) - len(set(labels))
    return (
        questions >= 2
        or (questions >= 1 and len(labels) >= 1)
        or (len(labels) >= 3 and repeated >= 1)
    )


LOOK_LINES = 400


def looks_like(source: list[Line]) -> bool:
    """A report in the third person: page structure (captions, byline, dateline, a release
    label, NATO's dating style) or a news lede, with reported speech; or a written release
    (``_release_signs``), in the first person too; no speaker labels."""
    # What a text is shows in its first few hundred lines; a 3 MB report is not read whole.
    lines = [line for line in source if line.text][:LOOK_LINES]
    texts = [line.text for line in _join_split_lines(lines)]
    if len(texts) < 2 or speaker_labels(texts):
        return False
    head = texts[:15]
    if any(_SPOKEN.search(t) for t in head):
        return False  # a speech's text, headed as one: the transcript family's
    structure = 0
    if any(cap.credit_of(t) is not None or cap.VIRIN_LINE.match(t) for t in texts):
        structure += 3
    if any(hd.byline(p) for t in head for p in hd.parts(t)):
        structure += 2
    if any(where.dateline(t) for t in head):
        structure += 2
    if any(date_line(strip_bullet(t)) for t in head[:12]):
        structure += 2  # the page's date printed on its own line, under the title
    signs = _release_signs(head)
    structure += signs
    if any(_READOUT.match(t) for t in head[:6]):
        structure += 1
    joined = "\n".join(texts)
    if hd.NATO_DATE_STYLE.search(joined):
        structure += 3  # "said on Tuesday (4 March 2025)": only NATO's news items write this
    attributed = _count_apart([m.span() for p in _ATTRIBUTED for m in p.finditer(joined)])
    outside = "\n".join(mask(t, find_quotes(t)) for t in texts)  # the text's own words
    reported = min(attributed, 2) + (1 if _SAID.search(outside) else 0)
    words = len(outside.split()) or 1
    if len(_FIRST_PERSON.findall(outside)) / words > 0.015 and signs < 4:
        return False  # a speech or a letter, not a report or a release
    lede = next((t for t in texts[:6] if len(t.split()) >= 12), "")
    return structure + reported >= 3 and (structure > 0 or bool(_NEWS_LEDE.search(lede)))


def _release_signs(head: list[str]) -> int:
    """How plainly a header says "a written release": a release label, a document number,
    where and when it was issued, who issued it."""
    parts = [p for t in head for p in (hd.meta_parts(strip_bullet(t)) or [])]
    signs = 0
    if any(hd.is_section(p) and _RELEASE.search(p) for p in parts):
        signs += 2
    if any(hd.RELEASE_NUMBER.match(p) for p in parts):
        signs += 2
    if any(hd.place_date(p) or hd.FROM.match(p) for p in parts):
        signs += 2
    if any(hd.author(p) for p in parts) or any(release.issuer(t, None) for t in head[:6]):
        signs += 2
    return signs


def _count_apart(spans: list[tuple[int, int]]) -> int:
    """How many of these (start, end) spans do not overlap an earlier one."""
    count, end = 0, -1
    for start, stop in sorted(spans):
        if start >= end:
            count, end = count + 1, stop
    return count


# --- reading it ---------------------------------------------------------------------------


def parse(source: list[Line], chrome: list[str] | tuple = ()) -> d.ParsedDocument:
    """The article in ``source``; ``chrome``, the page lines dropped around it, may name its
    publisher."""
    captions, used = cap.extract(source)
    units = _join_split_lines([line for block in blocks(source, used) for line in block])
    doc = d.ParsedDocument(kind=d.NEWS_ARTICLE, title="", format="news_article")
    doc.captions = captions
    head = _read_header(doc, units)
    header_texts = head.texts
    body = [u for u in units[head.start :] if not _is_symbol(u, doc)]
    while body and _TRAILER.match(body[-1].text):
        doc.dropped.insert(0, body.pop().text)
    _drop_address(doc, body)
    if not doc.title:
        first = body[0].text if body else "Untitled"
        starts = sentence_starts(first)
        doc.title = shorten(first[: starts[1]].strip() if len(starts) > 1 else first)

    cast = Cast()
    paragraphs = [Paragraph.of(unit.text) for unit in body]
    for found in [p.mentions for p in paragraphs] + [mentions(c.text) for c in captions]:
        for m in found:
            cast.learn(m)
    attributor = Attributor(cast)
    for paragraph in paragraphs:
        attributor.read(paragraph)
    for unit, paragraph in zip(body, paragraphs, strict=True):
        turn = d.ParsedTurn(kind=d.T_NARRATIVE, text=unit.text, line=unit.number)
        if paragraph.quotations:
            speaker = paragraph.main_speaker()
            turn.kind = d.T_QUOTE
            turn.speaker = speaker.name if speaker else ""
            turn.role = speaker.role if speaker else ""
        doc.turns.append(turn)
        for q in paragraph.quotations:
            name = q.speaker.name if q.speaker else ""
            doc.quotes.append(d.ParsedQuote(speaker=name, text=q.text, turn=len(doc.turns) - 1))
    doc.people_mentioned = [p.name for p in cast.people]
    doc.person_aliases = dict(cast.aliases)

    # The lede: the first real paragraph (not a subheading or an editor's note), quotations
    # masked; the two after it may say where the news was told.
    ledes = [
        p.masked
        for p in paragraphs[:4]
        if len(p.text.split()) >= 10 and not p.text.endswith(":") and not _NOTE.match(p.text)
    ] or [p.masked for p in paragraphs[:1]]
    lede = ledes[0] if ledes else ""
    where.date_and_place(doc, lede, ledes[1:3])
    credits = [c.credit for c in captions] + ["VIRIN" for c in captions if c.virin]
    footer = [u.text for u in body[-2:] if len(u.text.split()) <= 12]
    footer += [u.text for u in body[:1] if u.text.endswith(":")]  # "... provided this readout:"
    # The page's own lines first, then its chrome; a photo credit names whose photo it is.
    doc.organisation = hd.publisher(
        [*header_texts, doc.byline, *footer], list(chrome), credits, [lede]
    )
    if not doc.organisation and hd.NATO_DATE_STYLE.search(lede) and re.search(r"NATO|OTAN", lede):
        doc.organisation = "NATO"
    doc.organisation = doc.organisation or where.wire_agency(lede)
    if not doc.quotes:
        doc.warnings.append("no quotations found in this news article")
    who = release.issuer(doc.title, head.author) or release.quoted_issuer(doc)
    if release.is_statement(doc, header_texts, who):
        release.as_statement(doc, who)
    split_mixed(doc, paragraphs)
    return doc


# A postal address closing a page: "1600 Pennsylvania Ave NW", "Washington, DC 20500".
_ADDRESS = re.compile(
    r"^\d{1,5}\s+[A-Z][\w .'-]*\b(?:Ave(?:nue)?|St(?:reet)?|R(?:oa)?d|Blvd|Boulevard|Way|Pl(?:ace)?|"
    r"Dr(?:ive)?|Lane|Square|Sq)\b.*$|^[A-Z][\w .'-]+,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?$|"
    r"^(?:B-)?\d{4,5}\s+[A-Z][\w .'-]+$"
)


def _drop_address(doc: d.ParsedDocument, body: list[Line]) -> None:
    """A page footer's address block (and the name above it) is no paragraph."""
    end = len(body)
    while end > 0 and _ADDRESS.match(body[end - 1].text):
        end -= 1
    if end == len(body):
        return
    while end > 0 and len(body[end - 1].text.split()) <= 5 and not _ENDS.search(body[end - 1].text):
        end -= 1  # "The White House" over "1600 Pennsylvania Ave NW"
    doc.dropped.extend(u.text for u in body[end:])
    del body[end:]


def _is_symbol(unit: Line, doc: d.ParsedDocument) -> bool:
    """A release's number standing alone in the story ("IP/24/1321"): dropped, not body."""
    if hd.RELEASE_NUMBER.match(unit.text):
        doc.dropped.append(unit.text)
        return True
    return False


_LABEL_ALONE = re.compile(
    r"^(?:from|published|posted|updated|last\s+updated|issued|date|location|by)\s*:?$", re.I
)
# A dateline printed on a line of its own: "SEYMOUR JOHNSON AIR FORCE BASE, N.C. --".
_DATELINE_ALONE = re.compile(
    r"^[A-Z][A-Z.'’ ]{1,40}[A-Z.](?:,\s+[A-Z][\w.' ]{1,25})?\s*(?:—|–|--|-)$"
)


def _join_split_lines(units: list[Line]) -> list[Line]:
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


def _read_header(doc: d.ParsedDocument, units: list[Line]) -> _Head:
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
