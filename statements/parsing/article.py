"""News articles: defense.gov / DOD News stories, nato.int news items, ministries' releases.

A story told in the third person with reported speech ("…," Stoltenberg said), often with a
byline, a dateline and photo captions, and no speaker labels. ``parse`` keeps the captions
apart, reads the header (title, byline, date line: article_header.py), makes the paragraphs
turns, cutting a paragraph that quotes someone at the quotation marks (quoted_turns.py: the
quoted words are a "quote" turn of their speaker, the reporter's words around them "narrative"),
and lists every quotation with the person who said it. Its date comes from the page, else from the dateline,
else from the captions and VIRINs of photos taken that day ("today" in the story).
"""

from __future__ import annotations

import re

from statements.parsing import captions as cap
from statements.parsing import document as d
from statements.parsing import newspage as hd
from statements.parsing import release, where
from statements.parsing.article_header import join_split_lines, read_header
from statements.parsing.cast import Cast
from statements.parsing.dates import (
    date_line,
)
from statements.parsing.people import FRENCH_SPEECH, GERMAN_SPEECH, mentions, sentence_starts
from statements.parsing.plain import shorten
from statements.parsing.quoted_turns import split_mixed
from statements.parsing.quotes import Attributor, Paragraph, find_quotes, mask
from statements.parsing.text import Line, blocks, strip_bullet

_ENDS = re.compile(r"[.!?\"”’)]$")
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
    texts = [line.text for line in join_split_lines(lines)]
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
    units = join_split_lines([line for block in blocks(source, used) for line in block])
    doc = d.ParsedDocument(kind=d.NEWS_ARTICLE, title="", format="news_article")
    doc.captions = captions
    head = read_header(doc, units)
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
