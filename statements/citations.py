""" "Cite this": a statement or an exchange as a reference to copy, in Chicago style and BibTeX.

``cite_statement`` and ``cite_exchange`` gather what a reference needs from records the page
has already loaded (no queries): who spoke (or wrote, for a news article), the title, what kind
of document it is and who issued it, where and when, the archive's permalink and the day the
reader looked it up. ``chicago`` and ``bibtex`` only format a ``Work``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

ARCHIVE = "natoarchive"
MAX_AUTHORS = 3  # more are "et al."
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SKIP_IN_KEY = {"a", "an", "the", "of", "on", "by", "at", "in", "to", "for", "and", "with"}


@dataclass
class Work:
    """What a reference to one statement or exchange says."""

    title: str
    url: str
    accessed: datetime.date
    authors: list[str] = field(default_factory=list)  # people, as printed: "Jens Stoltenberg"
    corporate: str = ""  # the author when no person is named: "U.S. Department of Defense"
    kind: str = ""  # "Press conference", "News article"
    publisher: str = ""  # who issued it: "NATO"
    place: str = ""
    date: datetime.date | None = None
    container: str = ""  # the statement an exchange is part of


@dataclass
class Citation:
    chicago: str
    bibtex: str


def cite(work: Work) -> Citation:
    return Citation(chicago(work), bibtex(work))


def cite_statement(statement, speakers: list[dict], url: str, accessed: datetime.date) -> Citation:
    """``speakers``: browsing.speakers(statement) (name, and ``n`` turns spoken)."""
    return cite(
        Work(
            title=statement.title,
            url=url,
            accessed=accessed,
            authors=_authors(statement, speakers),
            corporate=statement.organisation,
            kind=statement.get_kind_display(),
            publisher=statement.organisation,
            place=statement.location,
            date=statement.date,
        )
    )


def cite_exchange(exchange, answerers: list, url: str, accessed: datetime.date) -> Citation:
    """``answerers``: browsing.answerers(the answers), people or printed names."""
    statement = exchange.statement
    asked = exchange.journalist.name if exchange.journalist else "an unnamed journalist"
    if exchange.outlet:
        asked += f" ({exchange.outlet.name})"
    return cite(
        Work(
            title=f"Answer to question {exchange.position}, from {asked}",
            url=url,
            accessed=accessed,
            authors=[getattr(who, "name", str(who)) for who in answerers],
            corporate=statement.organisation,
            kind=statement.get_kind_display(),
            publisher=statement.organisation,
            place=statement.location,
            date=statement.date,
            container=statement.title,
        )
    )


def _authors(statement, speakers: list[dict]) -> list[str]:
    """A news article's author from its byline ("By Jim Garamone, DOD News"), else the people
    who speak most (moderators and journalists aside)."""
    if statement.kind == "news_article":
        byline = _BY.sub("", statement.byline).split(",")[0].strip()
        return [byline] if byline else []
    spoken = [s for s in speakers if s.get("n")]
    top = max((s["n"] for s in spoken), default=0)
    # The principals: everyone who speaks at least a third as often as the one who speaks most.
    return [s["name"] for s in sorted(spoken, key=lambda s: -s["n"]) if 3 * s["n"] >= top]


# --- Chicago (notes and bibliography, bibliography entry) --------------------------------------


def inverted(name: str) -> str:
    """ "Jens Stoltenberg" -> "Stoltenberg, Jens"; "Lloyd J. Austin III" -> "Austin, Lloyd J.,
    III"; a single word stays as it is."""
    words = name.split()
    suffix = []
    while len(words) > 2 and words[-1].lower() in _SUFFIX:
        suffix.insert(0, words.pop())
    if len(words) < 2:
        return name
    tail = f", {' '.join(suffix)}" if suffix else ""
    return f"{words[-1]}, {' '.join(words[:-1])}{tail}"


def chicago_authors(work: Work) -> str:
    names = work.authors[:MAX_AUTHORS]
    if not names:
        return work.corporate
    if len(work.authors) > MAX_AUTHORS:
        return f"{inverted(names[0])}, et al"
    if len(names) == 1:
        return inverted(names[0])
    rest = names[1:]
    return ", ".join([inverted(names[0]), *rest[:-1]]) + f", and {rest[-1]}"


def _sentence(text: str) -> str:
    """``text`` ending a sentence: a full stop unless it has one (or ? or !) already."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."


def _quoted(title: str, end: str = ".") -> str:
    """A title in quotation marks with the punctuation after it inside them."""
    title = title.strip()
    return f"“{title}”" if title.endswith(("?", "!")) else f"“{title}{end}”"


def _long_date(day: datetime.date | None) -> str:
    return f"{day:%B} {day.day}, {day.year}" if day else "n.d."


def chicago(work: Work) -> str:
    parts = []
    who = chicago_authors(work)
    if who:
        parts.append(_sentence(who))
    parts.append(_quoted(work.title))
    if work.container:
        parts.append(f"In {_quoted(work.container, ',')}")
    issued = ", ".join(
        p for p in (work.kind, work.publisher, work.place, _long_date(work.date)) if p
    )
    parts.append(_sentence(issued))
    parts.append(f"{ARCHIVE}. Accessed {_long_date(work.accessed)}. {work.url}.")
    return " ".join(parts)


# --- BibTeX -------------------------------------------------------------------------------------


def bibtex_escape(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(c, c) for c in text)


def bibtex_key(work: Work) -> str:
    """ "stoltenberg2021press": the first author's surname, the year, the title's first word."""
    first = work.authors[0].split() if work.authors else work.corporate.split()
    surname = next((w for w in reversed(first) if w.lower() not in _SUFFIX), "anon")
    word = next((w for w in re.findall(r"\w+", work.title) if w.lower() not in _SKIP_IN_KEY), "")
    year = str(work.date.year) if work.date else "nd"
    return "".join(_ascii(part) for part in (surname, year, word)) or "statement"


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _note(work: Work) -> str:
    inside = f"In: {_sentence(work.container)} " if work.container else ""
    return f"{inside}Archived in {ARCHIVE}"


def bibtex(work: Work) -> str:
    authors = " and ".join(inverted(a) for a in work.authors)
    fields = [
        ("author", bibtex_escape(authors) if authors else f"{{{bibtex_escape(work.corporate)}}}"),
        ("title", f"{{{bibtex_escape(work.title)}}}"),
        (
            "howpublished",
            bibtex_escape(", ".join(p for p in (work.kind, work.publisher, work.place) if p)),
        ),
        ("year", str(work.date.year) if work.date else ""),
        ("month", MONTHS[work.date.month - 1] if work.date else ""),
        ("day", str(work.date.day) if work.date else ""),
        ("organization", bibtex_escape(work.publisher)),
        ("note", bibtex_escape(_note(work))),
        ("url", work.url),
        ("urldate", work.accessed.isoformat()),
    ]
    lines = []
    for name, value in fields:
        if not value or value == "{}":
            continue
        braced = value if name == "month" else f"{{{value}}}"
        lines.append(f"  {name:<12} = {braced}")
    return f"@misc{{{bibtex_key(work)},\n" + ",\n".join(lines) + "\n}"
