"""Finding dates and times in the many ways press pages print them.

"07 Oct. 2021", "7 October 2021", "Oct. 20, 2021", "October 20, 2021", "Sept. 3, 2019",
"2021-10-20", "Wednesday, 20 October 2021", a VIRIN's YYMMDD prefix.
"""

from __future__ import annotations

import datetime
import functools
import re

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_ABBREVIATIONS = {name[:3]: n for name, n in MONTHS.items()} | {"sept": 9}
# NATO's other official language, and German, spelled out ("5 mars 2025", "5. März 2025").
FOREIGN_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
}  # fmt: skip
_MONTH_WORDS = {**MONTHS, **_ABBREVIATIONS, **FOREIGN_MONTHS}
MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
# A year ends at a word boundary, or runs into a time a copied page glued to it
# ("March 5, 20254:12 PM GMT+1").
YEAR = r"(?P<year>(?:19|20)\d\d)(?:\b|(?=[012]?\d:\d\d))"

DAY_MONTH_YEAR = re.compile(rf"\b{DAY}\.?\s+(?:of\s+)?{MONTH}\s*,?\s+{YEAR}", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"\b{MONTH}\s+{DAY}\s*,?\s+{YEAR}", re.IGNORECASE)
# European "20.10.2021"; "20/10/2021" or "10/20/2021" when the day is over 12.
DOTTED = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.]\d)"
)
SLASHED = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
TIME = re.compile(
    r"\b(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)\b(?:\s*(?P<ampm>[ap]\.?m\.?))?", re.I
)
# YYMMDD-service letter-photographer-sequence: "211020-O-D0439-006", "230214-D-TT977-0180M".
VIRIN_ID = r"\d{6}-[A-Z]-[A-Z0-9]{2,8}-[A-Z0-9]{1,8}\b"
VIRIN = re.compile(
    r"\b(?=\d{6}-)(?P<yy>\d\d)(?P<mm>[01]\d)(?P<dd>[0-3]\d)-[A-Z]-[A-Z0-9]{2,8}-[A-Z0-9]{1,8}\b"
)


def _make(year: str, month: str, day: str) -> datetime.date | None:
    m = int(month) if month.isdigit() else _MONTH_WORDS[month.lower().rstrip(".")]
    try:
        return datetime.date(int(year), m, int(day))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[datetime.date, int, int]]:
    """Every date in ``text`` as (date, start, end), in order of appearance."""
    found = []
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, DOTTED):
        for match in pattern.finditer(text):
            date = _make(match["year"], match["month"], match["day"])
            if date:
                found.append((date, match.start(), match.end()))
    for match in SLASHED.finditer(text):
        first, second = int(match["a"]), int(match["b"])
        if first > 12 or second > 12:  # only when the order cannot be mistaken
            day, month = (first, second) if first > 12 else (second, first)
            date = _make(match["year"], str(month), str(day))
            if date:
                found.append((date, match.start(), match.end()))
    found.sort(key=lambda item: item[1])
    # Drop matches that overlap an earlier one ("20 October 2021" inside "Oct 20 October 2021").
    result, last_end = [], -1
    for date, start, end in found:
        if start >= last_end:
            result.append((date, start, end))
            last_end = end
    return result


def find_date(text: str) -> datetime.date | None:
    """The first date printed in ``text``, or None."""
    dates = find_dates(text)
    return dates[0][0] if dates else None


def find_time(text: str) -> datetime.time | None:
    match = TIME.search(text)
    if not match:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return datetime.time(hour, minute)


def find_datetime(text: str) -> datetime.datetime | None:
    """A date and the time printed after it ("07 Oct. 2021 16:36"); midnight if no time."""
    dates = find_dates(text)
    if not dates:
        return None
    date, _, end = dates[0]
    time = find_time(text[end:]) or datetime.time(0, 0)
    return datetime.datetime.combine(date, time)


def virin_date(text: str) -> datetime.date | None:
    """The date a VIRIN (visual information record id, YYMMDD-...) was taken, or None."""
    match = VIRIN.search(text)
    if not match:
        return None
    return _make("20" + match["yy"], match["mm"], match["dd"])


# --- date lines and relative days ---------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words a date line may carry beside its date: "NEWS | Oct. 20, 2021", "Published 2 March 2025".
_DATE_LINE_WORDS = re.compile(
    r"\b(?:published|posted|updated|last|released?|issued|date|dated|on|news|immediate|press|"
    r"release|story|article|feature|transcript|statement|speech|readout|at|the|le|"
    r"gmt|utc|cet|cest|bst|edt|est|pdt|pst|ago|hours?|minutes?|" + "|".join(WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"\b(?:last\s+)?(?:updated|modified|revised)\b", re.IGNORECASE)


def date_line(text: str) -> datetime.date | None:
    """The date of a line that is a date and little else ("Oct. 20, 2021 |", "04 Mar. 2025 -",
    "Published 2 March 2025", "NEWS | Oct. 20, 2021"); None for a sentence with a date in it."""
    if len(text) > 160:
        return None  # a paragraph, not a date line
    return _date_line(text)


@functools.lru_cache(maxsize=4096)
def _date_line(text: str) -> datetime.date | None:
    dates = find_dates(text)
    if not dates:
        return None
    date = dates[0][0]
    rest, done = [], 0
    for _, start, end in dates:  # "February 13, 2025 11:20 AM Updated February 13, 2025"
        rest.append(text[done:start])
        done = end
    rest = re.sub(r"(?<=\d)(?=[A-Z])", " ", " ".join([*rest, text[done:]]))
    rest = TIME.sub(" ", rest)
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    if re.search(r"[^\W\d_]{2,}", rest):
        return None
    return date


def is_updated_line(text: str) -> bool:
    """ "Last updated: 04 Mar. 2025 17:12": the page's edit stamp, not its date."""
    updated = _UPDATED.search(text)
    dates = find_dates(text)
    # "March 5, 2025 4:12 PM Updated 3 hours ago" is the publication date, not the stamp.
    return bool(updated and dates and updated.start() < dates[0][1]) and date_line(text) is not None


# "today", "yesterday": a news text's days relative to the day it was published.
_RELATIVE = re.compile(
    r"\b(?P<word>today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night)\b",
    re.IGNORECASE,
)


def days_before_publication(text: str) -> int | None:
    """How many days before publication the events of ``text`` happened, going by its first
    relative word: 0 for "today", 1 for "yesterday"; None when it says neither."""
    match = _RELATIVE.search(text)
    if not match:
        return None
    word = match["word"].lower()
    return 1 if word.startswith(("yesterday", "last")) else 0
