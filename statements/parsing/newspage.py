"""What a news page prints around its story: section labels, the title, a byline, a date line,
a dateline opening the first paragraph, and who published it.

    News Stories                                 <- section label
    Austin, Milley Say Ukraine Aid Will Continue <- title
    Nov. 16, 2022 |                              <- date line
    By Jim Garamone , DOD News                   <- byline (kept as metadata, not body)
    WASHINGTON — The United States will ...      <- dateline, then the story
"""

from __future__ import annotations

import re

from statements.parsing.dates import date_line, find_dates

SECTION = re.compile(
    r"^(?:(?:latest|top|defen[cs]e\s+department|dod|nato|our)\s+)?(?:news(?:\s+(?:stories|story|"
    r"releases?|articles?|items?))?|press\s+releases?|articles?|features?|releases?|readouts?|"
    r"statements?|media\s+notes?|spotlight|stories|story|blog|updates?|immediate\s+release|"
    r"for\s+immediate\s+release|news\s+in\s+brief|announcements?|newsroom)"
    r"(?:\s*\(\d{4}\)\s*\d*)?\s*[|:-]?$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^(?:(?:story|written|article|posted|words|text|report(?:ed)?|photos?\s+and\s+story)\s+)?"
    r"by\s*:?\s+(?P<who>[A-Z][^|]{1,150}?)\s*$",
    re.IGNORECASE,
)
_BYLINE_LOWER_OK = {"and", "of", "the", "for", "de", "van", "von", "der", "da", "at", "la"}
AGENCY = re.compile(
    r"^(?:DOD|DoD) News$|^American Forces Press Service$|^[A-Z][\w.]*(?: [A-Z][\w.]*){0,5} "
    r"(?:News(?: Service)?|Public Affairs|Press Service|Press Office|Media Activity)$"
)
RELEASE_NUMBER = re.compile(
    r"^(?:press\s+release|release\s+no\.?|nr-?)\s*[:(]?\s*\(?\d{2,4}\)?[-\s]?\d*\s*$", re.I
)
_BREADCRUMB_SEPARATORS = re.compile(r"\s*[>»›]\s*|\s+/\s+")
ORGANISATION_LINE = re.compile(
    r"^(?:the\s+)?(?:U\.S\.\s+|UK\s+|Federal\s+|Royal\s+)?(?:Department|Ministry|Ministère|"
    r"Office|Government)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+(?:(?:of|and|the|for)\s+)?"
    r"[A-Z][\w'’]*){0,5}$"
)
_BULLET_JUNK = re.compile(r"^[\W_]*$")
SITE = re.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:gov|mil|int|ca|uk|org|com|eu|de|fr|net)(?:/\S*)?$", re.I
)
# Canada's releases: "October 20, 2021 – Ottawa, Ontario – National Defence / Canadian Armed Forces"
DATE_PLACE_ORG = re.compile(
    r"^(?P<date>[\w.,/ ]{6,30}?)\s+[–—-]{1,2}\s+(?P<place>[A-Z][^–—]{1,60}?)\s+[–—-]{1,2}\s+"
    r"(?P<org>[A-Z][^–—]{1,150})$"
)

# Who published the page, from the strongest sign: (pattern, organisation).
PUBLISHERS = [
    (
        r"\b(?:DOD|DoD) News\b|\bdefense\.gov\b|\bU\.S\. Department of Defense\b|"
        r"^Department of Defense$|American Forces Press Service|Defense Media Activity|"
        r"\bDOD Webmaster\b|\bVIRIN\b|\bPentagon Press Secretary\b.*\breadout\b",
        "U.S. Department of Defense",
    ),
    (
        r"\bnato\.int\b|^NATO(?: Homepage)?$|North Atlantic Treaty Organi[sz]ation|"
        r"NATO Public Diplomacy Division|^NATO Press (?:Office|Release)|\bshape\.nato\.int\b|"
        r"\bSHAPE Public Affairs\b|Allied Command (?:Operations|Transformation) Public Affairs|^Press Release \(\d{4}\) \d+|"
        r"^(?:Statement|Declaration|Communiqu[eé])\b.{0,40}\b(?:North Atlantic Council|by NATO)",
        "NATO",
    ),
    (
        r"\bstate\.gov\b|^Office of the Spokesperson$|U\.S\. Department of State",
        "U.S. Department of State",
    ),
    (r"\bwhitehouse\.gov\b|^The White House$|^Briefing Room$", "The White House"),
    # The services' own news: by their sites and public affairs offices.
    (r"\barmy\.mil\b|\bArmy News Service\b|\bU\.S\. Army\b[^|\n]*\bPublic Affairs\b", "U.S. Army"),
    (
        r"\bnavy\.mil\b|\bNavy Office of Information\b|\bU\.S\. Navy\b[^|\n]*\bPublic Affairs\b",
        "U.S. Navy",
    ),
    (
        r"\baf\.mil\b|\bAir Force Public Affairs\b|\bU\.S\. Air Force\b[^|\n]*\bPublic Affairs\b",
        "U.S. Air Force",
    ),
    (r"\bmarines\.mil\b|\bMarine Corps\b[^|\n]*\bPublic Affairs\b", "U.S. Marine Corps"),
]
_PUBLISHERS = [(re.compile(p, re.IGNORECASE | re.MULTILINE), org) for p, org in PUBLISHERS]
_MINISTRY = re.compile(
    r"(?:Federal\s+|Royal\s+)?(?:Ministry|Ministère|Department)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’]*(?:\s+(?:(?:of|the|for|and(?!\s+(?:The|the|Rt|Hon|Sir|Dr|Mr|Ms|Mrs)\b))\s+)?"
    r"[A-Z][\w'’]*){0,4}"
)
_EMAIL_HEADER = re.compile(r"^(?:fwd?|fw|re|subject|sent|to|cc|date)\s*:", re.IGNORECASE)
_FROM = re.compile(r"^(?:from|issued\s+by|source)\s*:\s*(?P<who>.+)$", re.IGNORECASE)
# NATO's house style for dates in a story: "said on Tuesday (4 March 2025)".
NATO_DATE_STYLE = re.compile(
    r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\)"
)


def date_place_publisher(text: str) -> tuple[str, str, str] | None:
    """ "October 20, 2021 – Ottawa, Ontario – National Defence": (date, place, publisher)."""
    match = DATE_PLACE_ORG.match(text)
    if not match or not date_line(match["date"]):
        return None
    return match["date"], match["place"], match["org"].split(" / ")[0].strip()


def is_section(text: str) -> bool:
    return bool(SECTION.match(text) or RELEASE_NUMBER.match(text))


def is_breadcrumb(text: str) -> bool:
    parts = [p for p in _BREADCRUMB_SEPARATORS.split(text) if p]
    if len(parts) < 2 or len(text) > 150:
        return False
    return all(len(p.split()) <= 6 and not re.search(r"[.!?]$", p) for p in parts)


def byline(text: str) -> str | None:
    """ "By Jim Garamone, DOD News" for a byline (spaces tidied), else None."""
    match = BYLINE.match(text)
    if not match:
        return None
    who = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", match["who"])).strip(" ,")
    if not who[:1].isupper():
        return None
    words = who.replace(",", " ").split()
    if (
        len(words) > 16
        or any(w[:1].islower() and w not in _BYLINE_LOWER_OK for w in words)
        or (re.search(r"[.!?]$", who) and not re.search(r"\b[A-Z][a-z]{0,3}\.$", who))
    ):
        return None
    return "By " + who


def is_agency(text: str) -> bool:
    return bool(AGENCY.match(text))


def is_organisation_line(text: str) -> bool:
    return bool(ORGANISATION_LINE.match(text)) or any(
        org == text or (pattern.fullmatch(text) and len(text.split()) <= 5)
        for pattern, org in _PUBLISHERS
    )


def is_junk(text: str) -> bool:
    return bool(_BULLET_JUNK.match(text))


def parts(text: str) -> list[str]:
    """A header line split at its bars: "Oct. 20, 2021 | By Jim Garamone" has two parts."""
    return [p.strip() for p in text.split("|") if p.strip()] or [text]


META_MAX = 250  # no label, date line or byline is longer


def is_meta(text: str) -> bool:
    """A header line that is not the title or the story: label, date, byline, crumbs."""
    return len(text) <= META_MAX and all(
        is_section(p)
        or date_line(p)
        or byline(p)
        or is_agency(p)
        or is_breadcrumb(p)
        or is_organisation_line(p)
        or is_junk(p)
        or _FROM.match(p)
        or _EMAIL_HEADER.match(p)
        or SITE.match(p)
        or date_place_publisher(p)
        for p in parts(text)
    )


def publisher(texts: list[str]) -> str:
    """The organisation that published a page, from its header, byline, credits and footer."""
    joined = "\n".join(texts)
    for pattern, organisation in _PUBLISHERS:
        if pattern.search(joined):
            return organisation
    for text in texts:
        match = _FROM.match(text)
        if match:
            ministry = _MINISTRY.search(match["who"])
            return ministry.group() if ministry else match["who"].split(" and ")[0].strip()
    for text in texts:
        stamped = date_place_publisher(text)
        if stamped:
            return stamped[2]
    for text in texts:
        if ORGANISATION_LINE.match(text):
            return text
    return ""


# --- the dateline and the place -----------------------------------------------------------

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s+(?!"
    + _MONTH
    + r")[A-Z][A-Za-z.'’\- ]{1,25}?)?)"
    r"(?:,\s+(?P<date>[^—–]{4,30}?))?\s*(?:\([A-Za-z .]{1,30}\)\s*)?(?:—|–|--|-)\s+\S"
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
    rf"\b(?:in|at)\s+{_PLACE}(?:,\s+[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*{_WHEN}"
)
EVENT_IN_PLACE = re.compile(
    r"\b(?i:conference|meeting|summit|visit|speech|ceremony|event|briefing|talks|remarks|"
    r"address|forum|headquarters|ministerial|hearing|session|gathering|exercise)\b"
    rf"[^.;]{{0,45}}?\bin\s+{_PLACE}"
)
_NOT_PLACES = {
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


def _title_case(place: str) -> str:
    city, _, region = place.partition(",")
    city = re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), city.lower())
    return city.strip() + ("," + region if region else "")


# DOD News' own shorthand: "at the Pentagon today" (its captions say "in Washington").
AT_THE_PENTAGON = re.compile(rf"\bat the Pentagon\s*(?=,?\s*{_WHEN})")


def place_in(text: str, *patterns: re.Pattern) -> str:
    """The first place a sentence says something happened in ("in Brussels today")."""
    for pattern in patterns:
        if pattern is AT_THE_PENTAGON:
            if pattern.search(text):
                return "Washington"
            continue
        for match in pattern.finditer(text):
            place = match["place"].rstrip(".'’")
            if place.split()[0].lower() not in _NOT_PLACES and not place.isupper():
                return re.sub(r"['’]s$", "", place)
    return ""


CAPTION_PLACE = re.compile(
    rf"\b(?:in|at)\s+{_PLACE},\s+(?=(?:[A-Z][a-z]*\.?\s+\d|\d{{1,2}}\s+[A-Z]))"
)
