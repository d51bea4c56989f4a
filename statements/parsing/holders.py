"""The names a transcript's text gives: the holder of a post, a surname in full.

A label may print a post alone ("SECRETARY GENERAL:", "THE PRESIDENT:") or a surname alone
("DR. WALENSKY:"); the text around the speech often names the person in full ("Secretary
General Jens Stoltenberg", "CDC Director Dr. Rochelle Walensky"). Each search reads the text
once.
"""

from __future__ import annotations

import re
from collections import Counter

from statements.parsing.roles import fold, is_name_like, surname_key, word_set

_POSSESSIVE = re.compile(r"['’]s\b")
# A name begins where its word begins, and each word is taken whole: searched through a whole
# document, the pattern would otherwise rescan a long word from each of its capitals.
_NAME_RUN = (
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]++(?:\s+(?:(?:van|von|der|de|la|le|du|di|da)\s+)?"
    r"[A-Z][\w'’.-]++){1,2})"
)
_NAME_OR_SURNAME = _NAME_RUN.replace("{1,2})", "{0,2})")


# Words that make a post another one: "Vice President", "Deputy Secretary", "former President".
_OTHER_POST = word_set("vice deputy assistant associate under former ex lieutenant")


def _another_post(text: str, start: int) -> bool:
    """Whether the post named at ``start`` is part of another post ("Vice President")."""
    if text[start - 1 : start] == "-":  # "Vice-President", "ex-President"
        return True
    before = text[max(0, start - 12) : start].split()
    return bool(before) and fold(before[-1]) in _OTHER_POST


def name_for_role(role: str, text: str) -> str:
    """The name the text gives the holder of ``role``: "Secretary General Jens Stoltenberg",
    "Jens Stoltenberg, the NATO Secretary General", a surname it gives again and again ("THE
    PRESIDENT:" where the text says "President Biden"), or "" when it gives none, or names
    several holders with none most of the time (a President's visitors are Presidents too)."""
    words = [re.escape(w) for w in role.split() if w.lower() != "the"]
    if not words:
        return ""
    role_re = r"(?i:" + r"\s+".join(words) + r")"
    held: Counter[str] = Counter()  # surname key -> how often the text gives it the post
    names: dict[str, str] = {}  # surname key -> the first full name given, else the surname
    for match in re.finditer(rf"\b{role_re}\s+{_NAME_OR_SURNAME}", text):
        if not _another_post(text, match.start()):  # "Vice President Kamala Harris"
            _tally(match["name"], held, names)
    for match in re.finditer(rf"{_NAME_RUN},\s+(?:the\s+)?(?:NATO\s+|U\.S\.\s+)?{role_re}\b", text):
        _tally(match["name"], held, names)
    if not held:
        return ""
    surname, n = held.most_common(1)[0]
    name = names[surname]
    if n * 5 < 3 * held.total() or (" " not in name and n < 2):
        return ""  # several holders, none most of the time; or a surname given only once
    return name


def _tally(run: str, held: Counter[str], names: dict[str, str]) -> None:
    """Count the holder a run of capitalised words after a post names ("Joe Biden", "Biden’s
    Build Back": Biden); the first full name given for a surname is the name."""
    words = run.split()
    for i, word in enumerate(words):
        if _POSSESSIVE.search(word):
            words = [*words[:i], _POSSESSIVE.sub("", word)]
            break
    words[-1] = words[-1].rstrip(".,")
    name = " ".join(words)
    if len(words) < 2 or not is_name_like(name):
        name = words[0]
        if not (name[1:2].islower() and is_name_like(name, min_words=1)):
            return
    key = surname_key(name)
    if " " in name or key not in names:
        names[key] = name if " " not in names.get(key, "") else names[key]
    held[key] += 1


def full_name_in(text: str, surname: str) -> str:
    """The one full name ``text`` gives a surname printed alone ("Walensky" -> "Rochelle
    Walensky" in "CDC Director Dr. Rochelle Walensky"), else ""."""
    found = {
        f"{m[1]} {surname}"
        for m in re.finditer(
            rf"(?<![\w'’-])([A-Z][\w'’-]++(?: [A-Z]\.)?) {re.escape(surname)}\b", text
        )
        if is_name_like(f"{m[1]} {surname}")
    }
    return found.pop() if len(found) == 1 else ""
