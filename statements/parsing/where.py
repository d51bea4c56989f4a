"""Where and when a news story happened: its dateline ("BRUSSELS, Oct. 20, 2021 —"), the place
its lede names ("in Brussels today"), the wire agency a dateline credits, and the date chosen
from the page, the dateline, the lede or the photos.
"""

from __future__ import annotations

import re

from statements.parsing import document as d
from statements.parsing.dates import days_before_publication, find_dates, virin_date

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s+(?!"
    + _MONTH
    + r")[A-Z][A-Za-z.'’\- ]{1,25}?)?)"
    r"(?:,\s+(?P<date>[^—–(]{4,30}?))?\s*(?:\((?P<agency>[A-Za-z .]{1,30})\)\s*)?(?:—|–|--|-)\s+\S"
)
# Mixed case is a dateline only when a date follows: "Brussels, 20 October 2021 –".
DATELINE_WITH_DATE = re.compile(
    r"^(?P<place>[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3}),\s+(?P<date>[^—–]{6,30}?)\s*"
    r"(?:—|–|--|-)\s+\S"
)
_PLACE = r"(?P<place>[A-Z][\w'’.-]+(?:[ -](?:de |del |la |of )?[A-Z][\w'’.-]+){0,3})"
_WHEN = (
    r"(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+week|"
    r"earlier\s+this\s+week|on\s+[A-Z][a-z]+day|[A-Z][a-z]+day|\(|,?\s+(?:on\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|,?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
)
IN_PLACE_WHEN = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?{_PLACE}(?:,\s+[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*{_WHEN}"
)
EVENT_IN_PLACE = re.compile(
    r"\b(?i:conference|meeting|summit|visit|speech|ceremony|event|briefing|talks|remarks|"
    r"address|forum|headquarters|ministerial|hearing|session|gathering|exercise)\b"
    rf"[^.;]{{0,70}}?\bin\s+{_PLACE}"
)
NOT_PLACES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "congress", "parliament", "nato", "the", "a", "an",
    "english", "french", "addition", "particular", "order", "fact", "response", "support",
}  # fmt: skip


def dateline(text: str) -> tuple[str, str] | None:
    """(place, the printed date or "") when a paragraph opens with a dateline."""
    match = DATELINE.match(text)
    if match and not re.search(r"[a-z]", match["place"].split(",")[0]):
        return _title_case(match["place"]), match["date"] or ""
    match = DATELINE_WITH_DATE.match(text)
    if match and find_dates(match["date"]):
        return match["place"], match["date"]
    return None


def wire_agency(text: str) -> str:
    """The news agency a dateline names: "BERLIN, March 5 (Reuters) -" -> "Reuters"."""
    match = DATELINE.match(text)
    agency = match["agency"].strip() if match and match["agency"] else ""
    return _AGENCIES.get(agency.upper(), agency)


# Agencies that datelines name by their initials.
_AGENCIES = {
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
    "DPA": "Deutsche Presse-Agentur",
    "UPI": "United Press International",
    "PAP": "Polish Press Agency",
    "ANSA": "ANSA",
}


def _title_case(place: str) -> str:
    city, _, region = place.partition(",")
    city = re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), city.lower())
    return city.strip() + ("," + region if region else "")


# DOD News' own shorthand: "at the Pentagon today" (its captions say "in Washington").
_DAY = r"(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|(?:on\s+)?[A-Z][a-z]+day)"
AT_THE_PENTAGON = re.compile(rf"\bat the Pentagon\s*(?=,?\s*{_WHEN})|\b{_DAY}\s+at the Pentagon\b")
# "visited Skopje on Monday", "arrived in Tokyo".
VISITED_PLACE = re.compile(rf"\b(?:visited|arrived\s+in|travell?ed\s+to)\s+{_PLACE}")
# "said Tuesday in Warsaw", "said today at NATO Headquarters".
WHEN_IN_PLACE = re.compile(rf"\b{_DAY}\s+(?:in|at)\s+{_PLACE}")


def place_in(text: str, *patterns: re.Pattern) -> str:
    """The first place a sentence says something happened in ("in Brussels today")."""
    for pattern in patterns:
        if pattern is AT_THE_PENTAGON:
            if pattern.search(text):
                return "Washington"
            continue
        for match in pattern.finditer(text):
            place = match["place"].rstrip(".'’")
            if place.split()[0].lower() not in NOT_PLACES and not place.isupper():
                return re.sub(r"['’]s$", "", place)
    return ""


CAPTION_PLACE = re.compile(
    rf"\b(?:in|at)\s+{_PLACE},\s+(?=(?:[A-Z][a-z]*\.?\s+\d|\d{{1,2}}\s+[A-Z]))"
)


def date_and_place(doc: d.ParsedDocument, lede: str) -> None:
    """The date: the page's, else the dateline's, else one the lede announces, else the day
    the photos were taken (moved on a day when the lede says "yesterday"). The place: the
    page's stamp, the dateline, the lede ("in Brussels today"), else a caption's."""
    opening = dateline(lede)
    photo_dates = [date for c in doc.captions for date, _, _ in find_dates(c.text)]
    virins = [virin_date(c.virin) for c in doc.captions if c.virin]
    if doc.date is None and opening and find_dates(opening[1]):
        doc.date = find_dates(opening[1])[0][0]
    if doc.date is None:
        stated = [date for date, start, _ in find_dates(lede) if _announces(lede, start)]
        doc.date = stated[0] if stated else None
    if doc.date is None:
        taken = max(photo_dates or [v for v in virins if v] or [None], key=_sort_key)
        if taken is not None:
            doc.date = taken
            shift = days_before_publication(lede)
            if shift:
                doc.date = taken.fromordinal(taken.toordinal() + shift)
    if doc.date is None and doc.last_updated:
        doc.date = doc.last_updated.date()  # the page's edit stamp, the last resort
    doc.location = (
        doc.location
        or (opening[0] if opening else "")
        or place_in(
            lede,
            AT_THE_PENTAGON,
            VISITED_PLACE,
            IN_PLACE_WHEN,
            WHEN_IN_PLACE,
            EVENT_IN_PLACE,
        )
    )
    if not doc.location:
        same_day = [
            c.text for c in doc.captions if doc.date in [x for x, _, _ in find_dates(c.text)]
        ]
        for text in same_day + [c.text for c in doc.captions]:
            doc.location = place_in(text, CAPTION_PLACE)
            if doc.location:
                break


def _announces(text: str, start: int) -> bool:
    """A date the lede gives as the day of the news: "on Tuesday (4 March 2025)", "on 4 March"."""
    return bool(
        re.search(r"(?:\bon\s+(?:\w+day,?\s+)?|\(|\btoday,?\s+)$", text[max(0, start - 20) : start])
    )


def _sort_key(date):
    return date.toordinal() if date else 0
