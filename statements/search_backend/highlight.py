"""Snippets with the matched words marked, for the few hits a page shows, and spelling hints.

Highlighting is done apart from searching and faceting, on the stored text of the shown hits
only. A regular expression finds the words that could stem to a query term (C speed over the
whole text); only those are stemmed and checked, so a long statement costs little.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.lang.porter import stem

SNIPPET_CHARS = 280
MAX_SPANS = 300  # windows considered in a very long text
WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=50_000)
def stem_word(word: str) -> str:
    return stem(word.lower())


@lru_cache(maxsize=256)
def _candidates_pattern(stems: frozenset[str]) -> re.Pattern | None:
    # A Porter stem is a prefix of its word except for its last letter (policy -> polici).
    prefixes = sorted({s[:-1] if len(s) > 3 else s for s in stems if s}, key=len, reverse=True)
    if not prefixes:
        return None
    alternatives = "|".join(re.escape(p) for p in prefixes)
    # No \b before the prefixes: it is checked on each candidate instead (matches), which lets
    # the regular expression engine skip ahead to a lone prefix (three times faster).
    return re.compile(rf"(?:{alternatives})\w*", re.IGNORECASE | re.UNICODE)


def matches(text: str, stems: set[str]) -> list[tuple[int, int]]:
    """(start, end) character spans of the words of ``text`` that stem to one of ``stems``."""
    pattern = _candidates_pattern(frozenset(stems))
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        start = m.start()
        if (start > 0 and _word_char(text[start - 1])) == _word_char(text[start]):
            continue  # no \b: inside a word, whose rest is consumed (no match lost)
        word = m.group(0)
        if word.lower() in stems or stem_word(word) in stems:
            found.append(m.span())
    return found


def _word_char(char: str) -> bool:
    """Whether ``char`` is a word character for regular expressions (a letter, digit or "_")."""
    return char.isalnum() or char == "_"


def snippet(text: str, stems: set[str], tags=("<mark>", "</mark>"), size=SNIPPET_CHARS) -> str:
    """The stretch of ``text`` of about ``size`` characters with the most distinct matched
    words, the matches wrapped in ``tags``; the beginning when nothing matches. Like
    Elasticsearch's highlighter, it does not escape: the page escapes it, then turns its own
    tags into HTML. The tags' private-use characters are taken out of the text first, so that
    the document's own cannot pass for marks."""
    text, marks = text or "", _private_marks(tags)
    if any(chr(mark) in text for mark in marks):  # rare: a search of the text beats translate
        text = text.translate(marks)
    spans = matches(text, stems)
    if not spans:
        return _cut(text, 0, size)
    best_start, best_score = spans[0][0], -1
    considered = spans[:MAX_SPANS]
    j = 0
    for i, (start, _) in enumerate(considered):
        while j < len(considered) and considered[j][1] <= start + size:
            j += 1
        window = considered[i:j]
        score = len({text[a:b].lower() for a, b in window}) * 1000 + len(window)
        if score > best_score:
            best_start, best_score = start, score
    begin = max(0, best_start - size // 4)
    begin = _word_boundary(text, begin)
    end = min(len(text), begin + size)
    space = text.find(" ", end)
    if 0 <= space < end + 30:  # end on a word boundary
        end = space
    out, pos = [], begin
    for a, b in spans:
        if a < begin or b > end:
            continue
        out.append(text[pos:a])
        out.append(tags[0] + text[a:b] + tags[1])
        pos = b
    out.append(text[pos:end])
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(out).strip() + suffix


@lru_cache(maxsize=8)
def _private_marks(tags: tuple[str, str]) -> dict[int, None]:
    """The private-use characters (U+E000-U+F8FF) of ``tags``, to delete from a text."""
    return {ord(c): None for c in "".join(tags) if "\ue000" <= c <= "\uf8ff"}


def whole_text(snap, docnum: int, stored: dict, touched, fieldname: str) -> str:
    """A document's stored text; a whole statement's with that of its parts among ``touched``
    (the documents holding a searched word), for its snippet (see evaluate.Lifting)."""
    from statements.search_backend.evaluate import KIND_FIELD, PARENT_KIND, Lifting

    text = stored.get(fieldname) or ""
    if stored.get(KIND_FIELD) != PARENT_KIND or touched is None:
        return text
    parts = touched[Lifting.of(snap).owner[touched] == docnum]
    return "\n".join([text, *(snap.stored(int(p)).get(fieldname) or "" for p in parts)])


def _word_boundary(text: str, pos: int) -> int:
    if pos <= 0:
        return 0
    space = text.find(" ", pos)
    return space + 1 if 0 <= space < pos + 30 else pos


def _cut(text: str, begin: int, size: int) -> str:
    if len(text) <= size:
        return text
    return text[begin : begin + size].rsplit(" ", 1)[0] + " …"
