"""Photo and video captions in a copied news page, found by their credit and VIRIN lines.

A caption block, as defense.gov prints it:

    A man stands at a podium. Behind him is a backdrop ...      <- image description (alt text)
    Jens Stoltenberg                                           <- title
    NATO Secretary General Jens Stoltenberg discusses ...      <- caption
    Photo By: NATO                                             <- credit
    VIRIN: 211020-O-D0439-006                                  <- visual information record id

Any of the first three may be missing; the credit may read "Photo by", "Video By:", "Credit:",
"Photo:" or sit at the end of the caption in brackets ("(DOD photo by Chad J. McNeeley)").
``extract`` returns the captions and the line numbers they used, so that no caption line
leaks into the body.
"""

from __future__ import annotations

import re

from statements.parsing.dates import VIRIN_ID
from statements.parsing.document import ParsedCaption
from statements.parsing.text import Line

CREDIT = re.compile(
    r"^(?:(?:photo|image|video|graphic|infographic|illustration|photograph|picture)s?\s*"
    r"(?:by|credit|courtesy(?:\s+of)?)|credit|courtesy|photo|image)\s*+:?\s*+(?P<who>\S.{0,150})$",
    re.IGNORECASE,
)
# A copyright line under a photo: "© NATO", "© Bundeswehr/Jana Neumann".
COPYRIGHT = re.compile(r"^(?:©|\(c\))\s*(?P<who>[^\W\d_][^.!?]{0,80})$", re.IGNORECASE)
_CREDIT_NEEDS_COLON = re.compile(r"^(?:credit|courtesy|photo|image)\s*:", re.IGNORECASE)
INLINE_CREDIT = re.compile(
    r"\((?P<all>(?:[^()]{0,60}?\s)?(?:photo|image|video)s?(?:\s+(?:by|courtesy\s+of)|\s*:|"
    r"\s+credit:?)\s*(?P<who>[^()]{2,120}))\)\s*$",
    re.IGNORECASE,
)
VIRIN_LINE = re.compile(rf"^VIRIN\s*+:?\s*+(?P<virin>{VIRIN_ID})", re.I)  # possessive: linear
# Lines a photo carries that say nothing: "Download: Full Size (2.1 MB)", "Photo Details".
_FURNITURE = re.compile(
    r"^(?:download(?::.*)?|full size.*|hi-?res.*|photo details|video details|"
    r"\(?\d+(?:\.\d+)?\s*[km]b\)?)$",
    re.IGNORECASE,
)
_VIRIN_ANYWHERE = re.compile(rf"VIRIN\s*+:?\s*+(?P<virin>{VIRIN_ID})", re.I)
TITLE_MAX = 90
_STORY = re.compile(r"[\"“”]|\b(?:said|says|told|added)\b")
# "... Oct. 20, 2021. Photo by NATO": a credit closing the caption sentence, unbracketed.
# "... Oct. 7, 2014. DoD photo by Navy Petty Officer 2nd Class Sean Hurt" likewise.
TRAILING_CREDIT = re.compile(
    r"(?<=[.!?])\s+(?P<all>(?:[A-Z][\w.]*\s+){0,3}(?i:(?:photo|image|video)s?\s*(?:by|credit|"
    r"courtesy\s+of|:))\s*:?\s*(?P<who>[A-Z][^()]{1,80}?))\.?$"
)
# Buttons a gallery prints after a caption: "(Photo Credit: Sgt. Jane Doe) VIEW ORIGINAL".
_FURNITURE_AFTER = re.compile(
    r"(?<!\s)\s++(?:view original|download|photo details|full size|hi-?res)\s*+$", re.IGNORECASE
)


def credit_of(text: str) -> str | None:
    """The photographer or agency named by a credit line, or None if it is no credit line."""
    owner = COPYRIGHT.match(text)
    if owner and len(text.split()) <= 8 and not re.search(r"(?i)\brights\b", text):
        return owner["who"].strip()
    match = CREDIT.match(text)
    if not match or len(text.split()) > 16:
        return None
    if _CREDIT_NEEDS_COLON.match(text) is None and not re.match(
        r"^\w+s?\s*(?:by|credit|courtesy)", text, re.IGNORECASE
    ):
        return None
    who = _VIRIN_ANYWHERE.sub("", match["who"]).strip(" |;,")
    return who


def _is_marker(line: Line) -> bool:
    return bool(line.text and (credit_of(line.text) is not None or VIRIN_LINE.match(line.text)))


def _ends(text: str) -> bool:
    return bool(re.search(r"[.!?\"”’)]$", text))


def _is_title(text: str) -> bool:
    return len(text) <= TITLE_MAX and not _ends(text)


def extract(source: list[Line]) -> tuple[list[ParsedCaption], set[int]]:
    """(the captions, the indices into ``source`` of every line they took)."""
    captions, used = [], set()
    i = 0
    while i < len(source):
        line = source[i]
        inline = _inline_credit(line.text) if line.text else None
        if not (_is_marker(line) or (inline and _is_caption_sentence(line.text))):
            i += 1
            continue
        # The tail: the credit and VIRIN lines (and download furniture), in any order.
        tail_start = i if _is_marker(line) else i + 1
        j = tail_start
        while (
            j < len(source)
            and source[j].text
            and (_is_marker(source[j]) or _FURNITURE.match(source[j].text))
        ):
            j += 1
        head_end = tail_start if _is_marker(line) else i + 1
        block = _block_before(source, head_end, captions_used=used)
        caption = _caption(source, block, range(tail_start, j))
        captions.append(caption)
        used.update(block, range(tail_start, j))
        i = max(j, i + 1)
    return captions, used


def _inline_credit(text: str) -> re.Match | None:
    """A credit at the end of a caption line: "(DOD photo by X)" or ". Photo by X"."""
    text = _FURNITURE_AFTER.sub("", text)
    if text.endswith(")"):
        return INLINE_CREDIT.search(text)
    return TRAILING_CREDIT.search(text) if re.search(r"(?i)\b(?:photo|image|video)", text) else None


def _is_caption_sentence(text: str) -> bool:
    return len(text.split()) >= 4


def _block_before(source: list[Line], end: int, captions_used: set[int]) -> list[int]:
    """The caption's own lines above its credit: up to the blank line, at most four lines; in
    a page with no blank lines, the caption line, a title above it, a description above that."""
    block = []
    k = end - 1
    while k >= 0 and source[k].text and k not in captions_used and len(block) < 6:
        block.insert(0, k)
        k -= 1
    # A line quoting someone or reporting speech is the story, never a photo's description.
    while len(block) > 1 and _STORY.search(source[block[0]].text):
        block.pop(0)
    if len(block) <= 4:
        return block
    # No blank line above: take only what looks like a caption block.
    keep = [block[-1]]
    if len(block) >= 2 and _is_title(source[block[-2]].text):
        keep.insert(0, block[-2])
        if len(block) >= 3 and _describes(source[block[-3]].text, *(source[k].text for k in keep)):
            keep.insert(0, block[-3])
    return keep


def _describes(text: str, title: str, caption: str) -> bool:
    """Is ``text`` the description of the photo whose title and caption follow it: "A man
    stands ...", or a sentence about the one the title names, as the caption is?"""
    if re.match(r"^(?:an?|two|three|four|several|the)\s", text, re.I):
        return True
    if not _ends(text) or _STORY.search(text) or len(text.split()) > 60:
        return False
    return title in text or text.split()[:3] == caption.split()[:3]


def _caption(source: list[Line], block: list[int], tail: range) -> ParsedCaption:
    texts: list[str] = []
    for k in block:  # a caption wrapped over two lines is one caption
        text = source[k].text
        if texts and (texts[-1].endswith((",", ";")) or text[:1].islower()):
            texts[-1] += " " + text
        else:
            texts.append(text)
    caption = ParsedCaption(text="")
    for k in tail:
        text = source[k].text
        virin = _VIRIN_ANYWHERE.search(text)
        if virin:
            caption.virin = caption.virin or virin["virin"]
        credit = credit_of(text)
        if credit and not caption.credit:
            caption.credit = credit
    if texts:
        texts[-1] = _FURNITURE_AFTER.sub("", texts[-1])
        inline = _inline_credit(texts[-1])
        while inline:  # "... 2023. (U.S. Army photo by X) (Photo Credit: X)": both go
            caption.credit = caption.credit or inline["who"].strip()
            texts[-1] = texts[-1][: inline.start()].rstrip()
            inline = _inline_credit(texts[-1])
        if len(texts) == 1 and _is_title(texts[0]) and len(texts[0].split()) <= 6:
            caption.title = texts[0]
        else:
            caption.text = texts.pop()
            if texts and _is_title(texts[-1]):
                caption.title = texts.pop()
            caption.alt_text = " ".join(texts)
    return caption
