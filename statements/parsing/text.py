"""Bytes to text, and text to clean lines: the first step of every parser.

``decode`` guesses the encoding the way a careful person would (byte-order marks, then strict
UTF-8, then Windows-1252, then Latin-1) and refuses what is not text. ``normalise`` gives the
parsers one line ending and plain spaces; the original text is kept apart, unchanged.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from dataclasses import dataclass

from statements.parsing.dates import date_line


class UnreadableText(ValueError):
    """The bytes are not a text document (empty, binary, or in no encoding we can read)."""


BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# C0 controls other than tab, line feed, form feed and carriage return, and the C1 controls
# (which no text in Windows-1252 or Latin-1 contains: they are bytes of something else).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SAMPLE = 20000  # characters (or bytes) looked at to tell text from binary


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of a text file, or raise UnreadableText."""
    if not data:
        raise UnreadableText("the file is empty")
    if not data.strip():
        raise UnreadableText("the file is empty (only white space)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableText(
                    f"not valid {encoding} after its byte-order mark: {exc}"
                ) from None
            return _checked(text), encoding + " with BOM"
    if b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data)
        if encoding:
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                pass
        raise UnreadableText("binary file (it contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _checked(text, single_byte=True), encoding
    raise UnreadableText("no known text encoding fits")  # pragma: no cover: latin-1 decodes all


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when NUL bytes fill one half of each pair, as in English
    text saved as UTF-16 without a byte-order mark; else None."""
    sample = data[: 4096 - 4096 % 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2 or 1
    if odd / half > 0.3 and even / half < 0.05:
        return "utf-16-le"
    if even / half > 0.3 and odd / half < 0.05:
        return "utf-16-be"
    return None


def _checked(text: str, single_byte: bool = False) -> str:
    if not text.strip():
        raise UnreadableText("the file is empty (only white space)")
    if "\x00" in text:
        raise UnreadableText("binary file (it contains NUL characters), not text")
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise UnreadableText("binary file (too many control characters), not text")
    # Bytes that are not UTF-8 read as Windows-1252 or Latin-1: real text in those is mostly
    # ASCII (English, French, German...); random bytes are not.
    if single_byte and sum(1 for c in sample if ord(c) > 127) > 0.3 * len(sample):
        raise UnreadableText("binary file (not text in UTF-8, Windows-1252 or Latin-1)")
    return text


# Spaces of every width become a plain space; invisible characters go.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def normalise(text: str) -> str:
    """One line ending (\\n), plain spaces, no invisible characters, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


@dataclass
class Line:
    number: int  # 1-based line number in the source
    text: str  # stripped


def lines(text: str) -> list[Line]:
    """The normalised text as numbered, stripped lines (blank lines included, as '')."""
    return [Line(i, line.strip()) for i, line in enumerate(normalise(text).split("\n"), 1)]


BULLET = re.compile(r"^[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u00b7•*\-–]\s+")


def strip_bullet(line: str) -> str:
    return BULLET.sub("", line).strip()


def collapse_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- paragraphs ---------------------------------------------------------------------------

_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]]$")
_STARTS_LOWER = re.compile(r"^[a-z(\[\"“‘'0-9]")


def _hard_wrapped(source: list[Line]) -> int:
    """The wrap width of a text typed or mailed with hard line breaks, or 0 if it is not."""
    pairs = [
        (a.text, b.text)
        for a, b in itertools.pairwise(source)
        if a.text and b.text and not BULLET.match(b.text)
    ]
    if len(pairs) < 4:
        return 0
    width = max(len(line.text) for line in source)
    if width > 100 or width < 40:
        return 0
    long = sum(1 for a, _ in pairs if len(a) >= 0.6 * width)
    mid_sentence = sum(1 for a, b in pairs if _STARTS_LOWER.match(b))
    wrapped = long >= 0.7 * len(pairs) and mid_sentence >= 0.3 * len(pairs)
    return width if wrapped else 0


def wrap_width(source: list[Line]) -> int:
    """The width a text was hard-wrapped at, or 0 (for readers that build their own blocks)."""
    return _hard_wrapped(source)


def continues(previous: str, line: str, width: int) -> bool:
    """``line`` carries on the sentence ``previous`` broke off only by wrapping."""
    return _continues(previous, line, width)


def blocks(source: list[Line], skip: frozenset[int] | set[int] = frozenset()) -> list[list[Line]]:
    """The text's blank-line separated blocks, each as its logical lines: a line broken only
    because the text was wrapped is joined to the next ("... Austin III is" + "attending ...").
    Lines whose index is in ``skip`` count as blank. Each line keeps its first line number."""
    width = _hard_wrapped([line for i, line in enumerate(source) if i not in skip])
    result: list[list[Line]] = []
    current: list[Line] = []
    last = ""  # the previous physical line
    for i, line in enumerate(source):
        if not line.text or i in skip:
            if current:
                result.append(current)
                current = []
            continue
        previous = current[-1] if current else None
        joins = previous is not None and _continues(last, line.text, width)
        last = line.text
        if previous and joins:
            joiner = "" if previous.text.endswith("-") and line.text[:1].islower() else " "
            current[-1] = Line(previous.number, previous.text + joiner + line.text)
        else:
            current.append(Line(line.number, line.text))
    if current:
        result.append(current)
    return result


# A byline on its own line under a title: "By Jim Garamone, DOD News".
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}(?:\s*,.{0,60})?$")


def _continues(previous: str, line: str, width: int) -> bool:
    if BULLET.match(line) or _BYLINE.match(line):
        return False
    if width and len(previous) >= 0.6 * width:
        return True
    if line[:1].isdigit() and (date_line(line) or not re.search(r"(?:\b[a-z]+|,)$", previous)):
        return False  # a line of its own ("SC/15000" + "7 March 2024", "Security Council" + ...)
    return not _ENDS_SENTENCE.search(previous) and bool(_STARTS_LOWER.match(line))


def within_edits(a: str, b: str, limit: int) -> bool:
    """``a`` becomes ``b`` with at most ``limit`` insertions, deletions or substitutions."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def is_slip(known: str, printed: str) -> bool:
    """``printed`` is ``known`` with a typing slip: a letter more, less or wrong, two letters
    swapped ("Walesnky"), or two slips in a long name."""
    swapped = sorted(known) == sorted(printed) and within_edits(known, printed, 2)
    return swapped or within_edits(known, printed, 1 if len(known) < 9 else 2)


def one_slip(word: str, known: str) -> bool:
    """``word`` is ``known`` with one letter more, less or wrong; compared in full only when
    the first letters agree or the slip is in the first letter (a word costs a few steps)."""
    if known[0] != word[0] and known[1:] not in (word[1:], word) and word[1:] != known:
        return False
    return within_edits(word, known, 1)
