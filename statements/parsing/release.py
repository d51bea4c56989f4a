"""Written releases issued in someone's name: statements, press statements, readouts.

    Statement by Secretary of Defense Lloyd J. Austin III on ...   <- the title names who
    Press Statement                                                <- a release label
    Antony J. Blinken, Secretary of State                          <- an author line
    Attributed to Pentagon Press Secretary Maj. Gen. Pat Ryder:    <- an attribution

Such a text is its issuer's own words, not a report that quotes people: its kind is
"statement", and each paragraph that quotes no one is a statement turn by the issuer (by no
one named when a body issued it: "Statement by the North Atlantic Council").
"""

from __future__ import annotations

import re

from statements.parsing import document as d
from statements.parsing.cast import preferred_title
from statements.parsing.people import mentions

_TITLE_BY = re.compile(
    # its subject may come first: "Georgia: Statement by High Representative Kaja Kallas ..."
    r"^(?:[^:]{2,60}:\s+)?(?:(?:joint|press|written)\s+)?(?:statement|remarks|message|readout)\s+"
    r"(?:by|from)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
_STATEMENT = re.compile(r"^(?:(?:joint|press|written)\s+)?statements?\b", re.IGNORECASE)
REPORTED_SHARE = 0.3  # a text more quoted than this is a report about a statement


def issuer(title: str, author: tuple[str, str] | None) -> tuple[str, str] | None:
    """(name, role) of the person a release is issued by: its author line, else its title."""
    if author:
        return author
    match = _TITLE_BY.match(title)
    if not match:
        return None
    found = [m for m in mentions(match["who"]) if m.kind != "pronoun"]
    first = found[0] if found else None
    if (
        first is None
        or first.kind != "name"
        or match["who"][: first.start].strip(" ,").lower() not in ("", "the")
    ):
        return None
    return first.name, preferred_title(first.titles)


def quoted_issuer(doc: d.ParsedDocument) -> tuple[str, str] | None:
    """(name, role) of the one person a release quotes throughout when its title names them
    ("Statement by Minister Blair on ..." over "Bill Blair ... issued the following statement:"
    and his words in quotation marks), else None."""
    speakers = {q.speaker for q in doc.quotes}
    if len(speakers) != 1 or not doc.quotes:
        return None
    name = speakers.pop()
    if not name or name.split()[-1] not in doc.title.split():
        return None
    role = next((t.role for t in doc.turns if t.speaker == name and t.role), "")
    return name, role


def is_statement(doc: d.ParsedDocument, header: list[str], who: tuple[str, str] | None) -> bool:
    """Is the article a release in someone's own words rather than a report?"""
    titled = bool(_STATEMENT.match(doc.title)) or any(_STATEMENT.match(t) for t in header)
    if not (who or titled):
        return False
    if who and doc.quotes and all(q.speaker == who[0] for q in doc.quotes):
        return True  # the issuer's words, set in quotation marks
    body = sum(len(t.text) for t in doc.turns) or 1
    quoted = sum(len(q.text) for q in doc.quotes)
    return quoted / body <= REPORTED_SHARE


def as_statement(doc: d.ParsedDocument, who: tuple[str, str] | None) -> None:
    """Make ``doc`` the issuer's statement: its paragraphs that quote no one are theirs."""
    doc.kind = d.STATEMENT
    name, role = who or ("", "")
    for turn in doc.turns:
        if turn.kind == d.T_NARRATIVE:
            turn.kind, turn.speaker, turn.role = d.T_STATEMENT, name, role
    if name and name not in doc.people_mentioned:
        doc.people_mentioned.insert(0, name)
    if not doc.quotes:
        doc.warnings = [w for w in doc.warnings if "no quotations" not in w]
