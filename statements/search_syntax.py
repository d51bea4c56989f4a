"""The search box's syntax, parsed into plain clauses (pure: no Django, no search engine).

    nato summit            both words (every clause must match)
    "collective defence"   the exact phrase
    russia OR ukraine      either word (OR joins the clauses on each side of it)
    -exercise              without this word (or "-phrase", or -speaker:name)
    speaker:stoltenberg    field prefixes: speaker:, journalist:, outlet:, topic:

Anything else is read as words: bad input never fails, it is explained in ``notices``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 30
PREFIXES = ("speaker", "journalist", "outlet", "topic")
WORD = re.compile(r"[^\W_]+", re.UNICODE)
TOKEN = re.compile(
    r"""(?P<neg>-)?(?:(?P<prefix>[^\W\d_]+):)?(?:"(?P<phrase>[^"]*)("|$)|(?P<word>[^\s"]+))|(?P<stray>\S)""",
    re.UNICODE,
)


@dataclass
class Clause:
    """One word or phrase (``words`` of several words is a phrase), maybe in a field."""

    words: list[str]
    field: str = ""  # "" (the text) or one of PREFIXES
    negated: bool = False

    @property
    def phrase(self) -> bool:
        return len(self.words) > 1

    def __str__(self):
        text = " ".join(self.words)
        text = f'"{text}"' if self.phrase else text
        text = f"{self.field}:{text}" if self.field else text
        return f"-{text}" if self.negated else text


@dataclass
class ParsedQuery:
    groups: list[list[Clause]] = field(default_factory=list)  # AND of ORs of clauses
    notices: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def words(self) -> str:
        """The query's plain words, for spelling suggestions."""
        return " ".join(
            w for g in self.groups for c in g if not c.negated and not c.field for w in c.words
        )

    def __str__(self):
        return " ".join(" OR ".join(str(c) for c in group) for group in self.groups)


def clean_text(text: str) -> tuple[str, list[str]]:
    """The query without control characters, cut to MAX_QUERY_CHARS; notices if changed."""
    notices = []
    text = unicodedata.normalize("NFC", text or "")
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    if cleaned != text:
        notices.append("Control characters in the query were ignored.")
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > MAX_QUERY_CHARS:
        cleaned = cleaned[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        notices.append(
            f"The query was too long; only its first {MAX_QUERY_CHARS} characters were used."
        )
    return cleaned, notices


def parse(text: str) -> ParsedQuery:
    text, notices = clean_text(text)
    result = ParsedQuery(notices=notices)
    pending_or = False
    if text.count('"') % 2:
        notices.append("A quotation mark was not closed; the phrase runs to the end of the query.")
    for m in TOKEN.finditer(text):
        if m.group("stray") is not None:
            if m.group("stray") == "-":
                notices.append("A lone “-” was ignored: put it right before a word to exclude it.")
            continue
        prefix = (m.group("prefix") or "").lower()
        raw = m.group("phrase") if m.group("phrase") is not None else m.group("word")
        if prefix and prefix not in PREFIXES:
            notices.append(
                f"There is no “{prefix}:” field (use {', '.join(p + ':' for p in PREFIXES)}); "
                "it was searched as words."
            )
            raw = f"{prefix} {raw}"
            prefix = ""
        if m.group("word") == "OR" and not m.group("neg") and not prefix:
            if not result.groups or pending_or:
                notices.append("“OR” needs a word on each side; it was ignored.")
            pending_or = True
            continue
        words = WORD.findall(raw or "")
        if not words:
            if (raw or "").strip("-") == "" and m.group("phrase") is None:
                notices.append("A lone “-” was ignored: put it right before a word to exclude it.")
            elif m.group("phrase") is not None or m.group("neg"):
                notices.append("An empty phrase or exclusion was ignored.")
            continue
        clause = Clause(words=words, field=prefix, negated=bool(m.group("neg")))
        if pending_or and result.groups:
            result.groups[-1].append(clause)
        else:
            result.groups.append([clause])
        pending_or = False
    if pending_or:
        notices.append("“OR” needs a word on each side; it was ignored.")
    if sum(len(g) for g in result.groups) > MAX_CLAUSES:
        kept, count = [], 0
        for group in result.groups:
            if count + len(group) > MAX_CLAUSES:
                break
            kept.append(group)
            count += len(group)
        result.groups = kept
        notices.append(f"Only the first {MAX_CLAUSES} words and phrases were used.")
    if text and not result.groups:
        notices.append("The query has no words to search for (letters or digits).")
    if result.groups and all(c.negated for g in result.groups for c in g):
        notices.append("The query only excludes words, so it matches everything else.")
    return result
