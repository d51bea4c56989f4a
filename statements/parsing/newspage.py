"""What a news page prints around its story: section labels, the title, a byline, a date line,
a dateline opening the first paragraph, and who published it.

    News Stories                                 <- section label
    Austin, Milley Say Ukraine Aid Will Continue <- title
    Nov. 16, 2022 |                              <- date line
    By Jim Garamone , DOD News                   <- byline (kept as metadata, not body)
    WASHINGTON — The United States will ...      <- dateline, then the story
"""

from __future__ import annotations

import datetime
import functools
import re

from statements.parsing import lexicon as lx
from statements.parsing.cast import preferred_title
from statements.parsing.dates import date_line
from statements.parsing.people import mentions
from statements.parsing.where import NOT_PLACES

SECTION = re.compile(
    r"^(?:(?:latest|top|defen[cs]e\s+department|dod|nato|our)\s+)?(?:news(?:\s+(?:stories|story|"
    r"releases?|articles?|items?))?|(?:press|media)\s+releases?|photo\s+essays?|articles?|features?|releases?|readouts?|"
    r"statements?|media\s+notes?|spotlight|stories|story|blog|updates?|immediate\s+release|"
    r"for\s+immediate\s+release|news\s+in\s+brief|announcements?|newsroom|press\s+statements?|"
    r"news\s+story|meetings\s+coverage(?:\s+and\s+press\s+releases)?|media\s+advisory|"
    r"communiqu[eé](?:\s+de\s+presse)?|pressemitteilung|statements\s+and\s+releases|"
    # a body's session: "9568th Meeting (AM)"
    r"\d+(?:st|nd|rd|th)\s+meeting(?:\s+\((?:am|pm|night)\))?)"
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
    r"^(?:(?:press\s+release|release\s+no\.?|nr-?)\s*[:(]?\s*\(?\d{2,4}\)?[-\s]?\d*|"
    # a document symbol: the UN's "SC/15000", "SG/SM/22000", the EU's "IP/24/1321"
    r"[A-Z]{2,6}(?:/[A-Z]{2,6})?/\d{2,6}(?:/\d{1,6})?)\s*$",
    re.I,
)
# Spaces from where their run begins, taken whole: linear.
_BREADCRUMB_SEPARATORS = re.compile(r"(?:(?<!\s)\s++)?[>»›]\s*+|(?<!\s)\s++/\s+")
ORGANISATION_LINE = re.compile(
    r"^(?:the\s+)?(?:U\.S\.\s+|UK\s+|Federal\s+|Royal\s+)?(?:Department|Ministry|Ministère|"
    r"Office|Government|Bundesministerium|Ministerium)\s+(?:of|for|des|de\s+la|de\s+l'|du|de|der|"
    r"für)\s*(?:the\s+)?[A-Z][\w'’]*"
    r"(?:\s+(?:(?:of|and|the|for)\s+)?"
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

# Who published the page, from the strongest sign: (pattern, organisation). A site's own name
# or address, its news service or its document symbols say it; a page's banner may not
# (".mil website belongs to an official U.S. Department of Defense organization").
PUBLISHERS = [
    (
        r"\b(?:DOD|DoD) News\b|\bdefense\.gov\b|^(?:U\.S\. )?Department of Defense$|"
        r"American Forces Press Service|\bDOD Webmaster\b|"
        r"\bPentagon Press Secretary\b.*\breadout\b",
        "U.S. Department of Defense",
    ),
    (
        r"\bnato\.int\b|^NATO(?: Homepage| Update)?$|North Atlantic Treaty Organi[sz]ation|"
        r"NATO Public Diplomacy Division|^NATO Press (?:Office|Release)|\bshape\.nato\.int\b|"
        r"\bSHAPE Public Affairs\b|Allied Command (?:Operations|Transformation) Public Affairs|"
        r"^Allied Command (?:Operations|Transformation)$|\bACT Public Affairs\b|"
        r"^Supreme Headquarters Allied Powers Europe$|"
        r"^Press Release \(\d{4}\) \d+|"
        r"^(?:Statement|Declaration|Communiqu[eé])\b.{0,40}\b(?:North Atlantic Council|by NATO)",
        "NATO",
    ),
    (
        r"\bstate\.gov\b|^Office of the Spokesperson$|U\.S\. Department of State",
        "U.S. Department of State",
    ),
    (r"\bwhitehouse\.gov\b|^The White House$|^Briefing Room$", "The White House"),
    (r"^Royal Navy$|\broyalnavy\.mod\.uk\b", "Royal Navy"),
    (r"^British Army$|\barmy\.mod\.uk\b", "British Army"),
    (r"^Australian Government Defence$|\bdefence\.gov\.au\b", "Australian Department of Defence"),
    (
        r"^European External Action Service$|^EEAS$|\beeas\.europa\.eu\b",
        "European External Action Service",
    ),
    (r"^NATO Parliamentary Assembly$|\bnato-pa\.int\b", "NATO Parliamentary Assembly"),
    # The services' own news: by their sites, names and public affairs offices.
    (
        r"\barmy\.mil\b|\bArmy News Service\b|\bU\.S\. Army\b[^|\n]*\bPublic Affairs\b|"
        r"^(?:U\.S\.|United States) Army$",
        "U.S. Army",
    ),
    (
        r"\bnavy\.mil\b|\bNavy Office of Information\b|\bU\.S\. Navy\b[^|\n]*\bPublic Affairs\b|"
        r"^(?:U\.S\.|United States) Navy$",
        "U.S. Navy",
    ),
    (
        r"\baf\.mil\b|\bAir Force Public Affairs\b|\bU\.S\. Air Force\b[^|\n]*\bPublic Affairs\b|"
        r"^(?:(?:U\.S\.|United States) )?Air Force$",
        "U.S. Air Force",
    ),
    (r"\bmarines\.mil\b|\bMarine Corps\b[^|\n]*\bPublic Affairs\b", "U.S. Marine Corps"),
    (
        r"^European Commission\b|\bec\.europa\.eu\b|^(?:IP|MEMO|STATEMENT|SPEECH|QANDA)/\d\d/\d+$",
        "European Commission",
    ),
    (
        r"^United Nations$|\bpress\.un\.org\b|^Meetings Coverage and Press Releases$|"
        r"^(?:SC|GA|SG/SM|ECOSOC|HR|DC|GA/EF|GA/SHC|GA/L)/\d+$",
        "United Nations",
    ),
]
# Signs shared by many publishers' sites, read only when nothing stronger names one.
WEAK_PUBLISHERS = [
    (r"\bVIRIN\b|Defense Media Activity", "U.S. Department of Defense"),
    # A release announcing in the department's name; a .gov page whose lede is about the
    # Secretary of Defense or the Pentagon (the lede is the last group ``publisher`` reads).
    (
        r"^(?:Today, )?the (?:U\.S\. )?Department of Defense (?:announced|announces|identified)\b",
        "U.S. Department of Defense",
    ),
    (
        r"^An official website of the United States Government\b[\s\S]*"
        r"\b(?:Secretary of Defense|at the Pentagon)\b",
        "U.S. Department of Defense",
    ),
    (r"^GOV\.UK$", "UK Government"),
]
_PUBLISHERS = [(re.compile(p, re.IGNORECASE | re.MULTILINE), org) for p, org in PUBLISHERS]
_WEAK = [(re.compile(p, re.IGNORECASE | re.MULTILINE), org) for p, org in WEAK_PUBLISHERS]
_MINISTRY = re.compile(
    r"(?:Federal\s+|Royal\s+)?(?:Ministry|Ministère|Department)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’]*(?:\s+(?:(?:of|the|for|and(?!\s+(?:The|the|Rt|Hon|Sir|Dr|Mr|Ms|Mrs)\b|"
    # "Ministry of Defence and British Army" names two bodies
    r"\s+(?:[A-Z][\w'’]*\s+){1,2}(?:Army|Navy|Air\s+Force|Agency|Office|Command|Corps)\b))\s+)?"
    r"[A-Z][\w'’]*){0,4}"
)
_EMAIL_HEADER = re.compile(r"^(?:fwd?|fw|re|subject|sent|to|cc|date)\s*:", re.IGNORECASE)
FROM = re.compile(r"^(?:from|issued\s+by|source)\s*:\s*(?P<who>.+)$", re.IGNORECASE)
# NATO's house style for dates in a story: "said on Tuesday (4 March 2025)".
# In French: "le mercredi 12 mars 2025".
NATO_DATE_STYLE = re.compile(
    r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\)|"
    r"\ble\s+(?:lun|mar|mercre|jeu|vendre|same|diman)(?:di|che)\s+\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}"
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


def parts(text: str, separators: re.Pattern | None = None) -> list[str]:
    """A header line split at its bars: "Oct. 20, 2021 | By Jim Garamone" has two parts."""
    pieces = (separators or _BARS).split(text)
    return [p.strip() for p in pieces if p.strip()] or [text]


_BARS = re.compile(r"\|")
# Some pages part their header with spaced slashes: "By Airman Jane Doe, 4th Fighter Wing
# Public Affairs / Published March 10, 2023".
_BARS_AND_SLASHES = re.compile(r"\||(?<!\s)\s++/\s+")  # linear: see _BREADCRUMB_SEPARATORS
_DASH_PARTS = re.compile(r"(?<!\s)\s++[-–—]\s+")  # linear: see _BREADCRUMB_SEPARATORS
# "Brussels, 5 March 2024", "Paris, le 5 mars 2025": where and when a release was issued.
# Words taken whole (possessive): a long hyphenated run is not cut into words every way.
_PLACE_NAME = re.compile(r"[A-Z][\w'’.-]++(?:[ -](?:de |del |la )?[A-Z][\w'’.-]++){0,3}")


def place_date(text: str) -> tuple[str, datetime.date] | None:
    """(place, date) of a line that says where and when a text was issued, else None."""
    if len(text) > 80 or date_line(text):
        return None
    pieces = text.split(", ")
    for k in (1, 2):
        place, rest = ", ".join(pieces[:k]), ", ".join(pieces[k:])
        date = date_line(rest) if rest else None
        named = all(_PLACE_NAME.fullmatch(p) for p in pieces[:k])
        if date and named and place.split()[0].lower() not in NOT_PLACES | _DATE_WORDS:
            return place, date
    return None


_DATE_WORDS = {"published", "posted", "updated", "issued", "released", "date", "dated", "news"}
_AUTHOR_INTRO = re.compile(
    r"^(?:attributed\s+to|(?:the\s+(?:following|below)\s+(?:is|are)\s+)?attributable\s+to|"
    r"statement\s+by|remarks\s+by|readout\s+by)\s+(?P<who>.+?)\s*:?$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def author(text: str) -> tuple[str, str] | None:
    """(name, role) of a line naming who issued a text and nothing else: "Antony J. Blinken,
    Secretary of State", "Attributed to Pentagon Press Secretary Maj. Gen. Pat Ryder:"."""
    intro = _AUTHOR_INTRO.match(text)
    who = intro["who"] if intro else text
    if len(who) > 120 or not who[:1].isupper() or re.search(r"[.!?]$", who.rstrip(".")[-3:]):
        return None
    if not intro and "," not in who:
        return None  # "Name, Role" or "Attributed to ..."
    found = [m for m in mentions(who) if m.kind != "pronoun"]
    if not found or found[0].kind != "name" or found[0].start != 0:
        return None
    person = found[0]
    rest = who[person.end :]
    apposed = re.fullmatch(r",\s*(?P<role>[^,]{2,90})", rest)
    if rest.strip() and not (apposed and lx.role_words(apposed["role"]) & lx.ROLE_HEADS):
        return None
    if not (intro or apposed):
        return None  # a name alone is a photo's title or a heading, not who issued the text
    return person.name, preferred_title(person.titles)


META_MAX = 250  # no label, date line or byline is longer
META_WORDS = 40


def is_meta(text: str) -> bool:
    """A header line that is not the title or the story: label, date, byline, crumbs."""
    return meta_parts(text) is not None


@functools.lru_cache(maxsize=4096)
def meta_parts(text: str) -> tuple[str, ...] | None:
    """The parts of a header line that is label, date, byline or crumbs; None for another."""
    if len(text) > META_MAX or len(text.split()) > META_WORDS:
        return None
    pieces = _DASH_PARTS.split(text)  # "European Commission - Press release"
    if len(pieces) > 1 and all(is_section(p) or is_organisation_line(p) for p in pieces):
        return tuple(pieces)
    for separators in (_BARS, _BARS_AND_SLASHES):
        pieces = parts(text, separators)
        if all(_is_meta_part(p) for p in pieces):
            return tuple(pieces)
        # "By Lance Cpl. Jane Doe | II Marine Expeditionary Force | March 2, 2024"
        if any(byline(p) for p in pieces) and all(_is_meta_part(p) or is_unit(p) for p in pieces):
            return tuple(pieces)
    return None


_UNIT = re.compile(r"^[A-Z0-9][\w.'’&-]*(?:\s+(?:of|the|and|for|[A-Z0-9(][\w.'’&()-]*)){0,8}$")


def is_unit(text: str) -> bool:
    """A unit or office named beside a byline: "II Marine Expeditionary Force"."""
    return bool(_UNIT.match(text)) and not text.isdigit()


def _is_meta_part(p: str) -> bool:
    return bool(
        is_section(p)
        or date_line(p)
        or byline(p)
        or is_agency(p)
        or is_breadcrumb(p)
        or is_organisation_line(p)
        or is_junk(p)
        or FROM.match(p)
        or _EMAIL_HEADER.match(p)
        or SITE.match(p)
        or date_place_publisher(p)
        or place_date(p)
        or author(p)
    )


def publisher(*groups: list[str]) -> str:
    """The organisation that published a page, from its header, byline, credits and footer
    (the first group), then from its chrome; a sign many sites share comes last."""
    for texts in groups:
        found = _named_publisher(texts)
        if found:
            return found
    joined = "\n".join(t for texts in groups for t in texts)
    for pattern, organisation in _WEAK:
        if pattern.search(joined):
            return organisation
    return ""


def _named_publisher(texts: list[str]) -> str:
    joined = "\n".join(texts)
    for pattern, organisation in _PUBLISHERS:
        if pattern.search(joined):
            return organisation
    for text in texts:
        match = FROM.match(text)
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
