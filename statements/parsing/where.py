"""Where and when a news story happened: its dateline ("BRUSSELS, Oct. 20, 2021 —"), the place
its lede names ("in Brussels today"), the wire agency a dateline credits, and the date chosen
from the page, the dateline, the lede or the photos.
"""

from __future__ import annotations

import re

from statements.parsing import document as d
from statements.parsing import lexicon as lx
from statements.parsing.dates import MONTHS, days_before_publication, find_dates, virin_date
from statements.parsing.name_runs import UPPER

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
DATELINE = re.compile(
    rf"^(?P<place>[{UPPER}][{UPPER}.'’\- ]{{1,40}}[{UPPER}.](?:,\s+(?!"
    + _MONTH
    + r")[A-Z][A-Za-z.'’\- ]{1,25}?)?)"
    r"(?:,\s+(?P<date>[^—–(]{4,30}?))?\s*(?:\((?P<agency>[A-Za-z .]{1,30})\)\s*)?(?:—|–|--|-)\s+\S"
)
# Mixed case is a dateline when a date follows: "Brussels, 20 October 2021 –"; or when a
# region does and a dash sets it off: "Norfolk, Virginia – Allied Command Transformation ...".
DATELINE_WITH_DATE = re.compile(
    r"^(?P<place>[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3}),\s+(?P<date>[^—–]{6,30}?)\s*"
    r"(?:—|–|--|-)\s+\S"
)
DATELINE_WITH_REGION = re.compile(
    r"^(?P<place>[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2},\s+[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+)?)"
    r"\s+(?:—|–|--)\s+[A-Z]"
)
# Each word taken whole (possessive): a hyphen both joins words and separates them, and a
# long hyphenated run could otherwise be cut into words in a great many ways.
_PLACE = r"(?P<place>[A-Z][\w'’.-]++(?:[ -](?:de |del |la |of )?[A-Z][\w'’.-]++){0,3})"
# The state or country after a place: "Fort Wainwright, Alaska", "Vilnius, Lithuania".
_REGION = r"(?:,\s+(?P<region>[A-Z][a-z][\w.'’-]*(?:\s[A-Z][\w.'’-]+)?))?"
_WHEN = (
    r"(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+week|"
    r"earlier\s+this\s+week|on\s+[A-Z][a-z]+day|[A-Z][a-z]+day|\(|,?\s+(?:on\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|,?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
)
IN_PLACE_WHEN = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?{_PLACE}{_REGION},?\s*{_WHEN}")
EVENT_IN_PLACE = re.compile(
    r"\b(?i:conference|meeting|summit|visit|speech|ceremony|event|briefing|talks|remarks|"
    r"address|forum|headquarters|ministerial|hearing|session|gathering|exercise)\b"
    rf"[^.;]{{0,70}}?\bin\s+{_PLACE}{_REGION}"
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
    match = DATELINE_WITH_REGION.match(text)
    if match and match["place"].split()[0].lower() not in NOT_PLACES | lx.SENTENCE_WORDS:
        return match["place"], ""
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
_DAY = (
    r"(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|"
    r"(?:on\s+)?[A-Z][a-z]+day)"
)
AT_THE_PENTAGON = re.compile(
    rf"\bat the Pentagon\s*(?=,?\s*{_WHEN})|\b{_DAY}\s+at the Pentagon\b|"
    r"\b(?:briefing|news\s+conference|press\s+conference|meeting|ceremony)\s+at the Pentagon\b"
)
# "visited Skopje on Monday", "arrived in Tokyo", "sailed from Portsmouth".
VISITED_PLACE = re.compile(
    rf"\b(?:visited|arrived\s+in|travell?ed\s+to|(?:sailed|departed)\s+from)\s+{_PLACE}{_REGION}"
)
# "said Tuesday in Warsaw", "said today at NATO Headquarters", "spent this week at Vandenberg".
WHEN_IN_PLACE = re.compile(rf"\b{_DAY}\s+(?:in|at)\s+{_PLACE}{_REGION}")
# "told reporters in Brussels", "said during a briefing at NATO Headquarters".
SPOKE_IN_PLACE = re.compile(
    r"\b(?:told\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?|(?:said|spoke)\s+(?:during|at|in)\s+(?:a|an|the)\s+"
    rf"[\w -]{{1,40}}?)\s+(?:in|at)\s+(?:the\s+)?{_PLACE}{_REGION}"
)


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
                place = re.sub(r"['’]s$", "", place)
                region = _region(match.groupdict().get("region") or "")
                return f"{place}, {region}" if region else place
    return ""


def _region(text: str) -> str:
    """The state or country named after a place, its sentence's full stop left out; "" when
    the words after the comma are a date or a person ("in Warsaw, Mr Rutte said")."""
    words = text.split()
    if not words:
        return ""
    first = words[0].rstrip(".").lower()
    if first[:3] in _MONTHS or first in lx.SENTENCE_WORDS or lx.is_role_head(first):
        return ""
    if len(words) > 1 and first in lx.FIRST_NAMES:
        return ""
    if text.endswith(".") and text.lower() not in lx.STATE_ABBREVIATIONS:
        text = text[:-1]
    return text


_MONTHS = {m[:3] for m in MONTHS}
CAPTION_PLACE = re.compile(
    rf"\b(?:in|at|near)\s+{_PLACE}{_REGION},\s+(?=(?:[A-Z][a-z]*\.?\s+\d|\d{{1,2}}\s+[A-Z]))"
)


def date_and_place(doc: d.ParsedDocument, lede: str, more: list[str] = ()) -> None:
    """The date: the page's, else the dateline's, else one the lede announces, else the day
    the photos were taken (moved on a day when the lede says "yesterday"). The place: the
    page's stamp, the dateline, the lede ("in Brussels today"), the paragraphs ``more`` after
    it ("told reporters at the Pentagon"), else a caption's."""
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
            SPOKE_IN_PLACE,
        )
    )
    for text in more:
        doc.location = doc.location or place_in(
            text, AT_THE_PENTAGON, IN_PLACE_WHEN, WHEN_IN_PLACE, SPOKE_IN_PLACE
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
