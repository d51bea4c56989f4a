"""When and where a header says a document was given: date lines, time lines, place lines.

"07 Oct. 2021", "Brussels, 18/10/2021", "New York, 18 October 2023", "January 9, 2023 – Ottawa,
Ontario", "2:14 p.m. EST", "Washington, D.C.", "James S. Brady Press Briefing Room", "Aboard
Air Force One": each recogniser says whether a header line is one of these and what it holds.
"""

from __future__ import annotations

import datetime
import re

from statements.parsing.dates import find_dates, find_time
from statements.parsing.kinds import CATEGORY, find_kind
from statements.parsing.roles import HEAD_ROLES, fold, is_role_like, word_set
from statements.parsing.text import collapse_spaces

NUMERIC_DATE = re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)\b")
_DATE_NOISE = re.compile(
    r"\b(?:last updated|updated|posted|published|issued|date|on|at|local time|time|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"[ECMP][SD]T|ET|CES?T|GMT|UTC|EEST|EET|BST)\b|[\W\d_]+",
    re.I,
)
TIME_LINE = re.compile(
    r"^\d{1,2}(?:[:.h]\d\d)\s*(?:[ap]\.?\s?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?|local time)?\.?$", re.I
)
_PLACE_WORDS = word_set(
    """headquarters hq room hall building centre center palace house base airport embassy
    pentagon street square auditorium studio residence castle garden lawn chamber hotel
    pavilion terrace library oval"""
)
_EVENT_WORDS = word_set(
    """summit meeting meetings conference council session forum ceremony dialogue event seminar
    symposium start end opening launch debate round panel committee assembly ministerial
    margins framework context occasion"""
)
_PLACE_AFTER = re.compile(
    r"\b(?:in|at)\s+(?P<place>(?:NATO |the )?[A-Z][\w'’.-]+(?:(?:\s|,\s)(?:[A-Z][\w'’.-]+|D\.C\.))"
    r"{0,3})"
)
# Where a press gaggle is held: "Aboard Air Force One", "En Route Warsaw, Poland".
_ON_BOARD = re.compile(
    r"^(?:aboard|on board|onboard|en route(?: to)?)\s+[A-Z][\w .,'’-]{2,60}$", re.I
)
GREETINGS = word_set(
    """hello hi thanks welcome good okay ok yes well so excellencies excellency ladies gentlemen
    friends colleagues dear everyone everybody"""
)


def numeric_date(text: str) -> datetime.date | None:
    match = NUMERIC_DATE.search(text)
    if not match:
        return None
    day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    try:
        return datetime.date(year, month, day)
    except ValueError:
        try:
            return datetime.date(year, day, month)
        except ValueError:
            return None


def date_line(text: str) -> tuple[datetime.date | None, str]:
    """(date, what else the line says) when the line is essentially a date."""
    found = find_dates(text)
    if found:
        date, start, end = found[0]
        rest = text[:start] + " " + text[end:]
    else:
        date = numeric_date(text)
        if not date:
            return None, ""
        rest = NUMERIC_DATE.sub(" ", text)
    rest = re.sub(r"\b\d{1,2}[:.h]\d\d\s*(?:[ap]\.?\s?m\.?)?", " ", rest, flags=re.I)
    beside = collapse_spaces(rest).strip(" ,;|•–—-")
    if beside and (is_place(beside) or is_place(beside, single_word=True, most=3)):
        return date, beside  # "New York, 18 October 2023", "January 9, 2023 – Ottawa, Ontario"
    leftover = collapse_spaces(_DATE_NOISE.sub(" ", rest))
    if CATEGORY.match(leftover):
        return date, ""  # "RELEASE | Oct. 20, 2021"
    if leftover and not is_place(leftover, single_word=True):
        return None, ""
    return date, leftover


def is_place(text: str, single_word: bool = False, most: int = 1) -> bool:
    """A place line: "Washington, DC", "James S. Brady Press Briefing Room", "Aboard Air Force
    One", and where a date stands beside it ("Brussels, 18/10/2021"), a single word
    ("Brussels") or up to ``most`` words ("New York")."""
    if _ON_BOARD.match(text):
        return True
    words = text.split()
    if not words or len(words) > 8 or text[-1] in ",;:!?" or not text[0].isupper():
        return False
    # "Washington, D.C.": two initials suffice ({2}, not {2,}, which would scan a long run of
    # initials from each of them).
    if text[-1] == "." and not re.search(r"\b(?:[A-Z]\.){2}$", text):
        return False
    folded = [fold(w) for w in words]
    if any(w in HEAD_ROLES for w in folded) or any(w in _EVENT_WORDS for w in folded):
        return False
    if not all(w[0].isupper() or w in ("of", "the", "de") for w in words):
        return False
    if folded[0] in GREETINGS:
        return False
    if any(w in _PLACE_WORDS for w in folded):
        return True
    parts = [p.strip() for p in text.split(",")]
    if len(parts) >= 2 and all(1 <= len(p.split()) <= 3 for p in parts):
        return True
    return single_word and len(words) <= most and find_kind(text)[0] == ""


def title_place(title: str, names: set[str]) -> str:
    """The place a title names ("... in Vilnius", "..., Brussels, Belgium"), or ""."""
    for match in _PLACE_AFTER.finditer(title):
        place = match["place"].strip(" ,")
        words = [fold(w) for w in place.split()]
        if any(w in _EVENT_WORDS for w in words) or place in names or is_role_like(place):
            continue
        return place.removeprefix("the ")
    tail = _tail_place(title)
    if tail and tail not in names and is_place(tail):
        return tail
    return ""


_ONE_WORD = re.compile(r"\s+[A-Z][\w.'’-]+")
_ONE_OR_TWO_WORDS = re.compile(r"\s+(?P<place>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+)?)")


def _tail_place(title: str) -> str:
    """The comma-separated capitalised words that end a title after a comma ("..., Brussels,
    Belgium", "..., New York, USA"), the longest such run, or "". Read from the end, piece by
    piece: a pattern searched from each comma would rescan the rest of a long list each time."""
    pieces = title.split(",")
    first = len(pieces)  # pieces[first:] are each one capitalised word after the comma
    while first > 1 and _ONE_WORD.fullmatch(pieces[first - 1]):
        first -= 1
    start = first
    if first - 1 >= 1 and _ONE_OR_TWO_WORDS.fullmatch(pieces[first - 1]):
        start = first - 1  # the first piece may be two words ("New York")
    if start < 1 or start > len(pieces) - 2:
        return ""  # the place has at least two pieces, after a comma
    return ",".join(pieces[start:]).lstrip()


def time_after_date(text: str) -> datetime.time | None:
    found = find_dates(text)
    rest = text[found[0][2] :] if found else NUMERIC_DATE.sub(" ", text)
    return find_time(rest)
