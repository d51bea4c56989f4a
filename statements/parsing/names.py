"""Cleaning printed names and making keys that match the same name however it was typed.

"Radio Free Europe/ Radio Liberty" and "Radio Free Europe/Radio Liberty", "Interfax - Ukraine"
and "Interfax-Ukraine", "Jane’s" and "Jane's", "SÜDDEUTSCHE ZEITUNG" and "Suddeutsche Zeitung"
each share one key. The importer resolves people and outlets by these keys.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'}
)
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def clean_name(name: str) -> str:
    """A printed name tidied for display: one space, no space around / or a joining hyphen."""
    name = re.sub(r"\s+", " ", name).strip(" \t,;:")
    name = _DASHES.sub("-", name) if re.search(r"\w[\u2010-\u2015]\w", name) else name
    name = re.sub(r"\s*/\s*", "/", name)
    name = re.sub(r"(?<=\w) - (?=\w)", "-", name)
    return name


def normalise_key(name: str) -> str:
    """A matching key: no accents, case, punctuation or spacing differences."""
    name = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = _DASHES.sub("-", name).casefold()
    name = name.replace("ß", "ss")
    name = re.sub(r"[^\w\s/&+-]", "", name)  # dots, quotes, commas, brackets go
    name = re.sub(r"\s*([/&+-])\s*", r"\1", name)
    return re.sub(r"\s+", " ", name).strip()


def is_abbreviation(short: str, long: str) -> bool:
    """ "SDZ" abbreviates "Suddeutsche Zeitung", "VG" "Verdens Gang", "HR/VP" "High
    Representative/Vice-President": capitals found in order, the first one first."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    if not 2 <= len(letters) <= 8 or not letters.isupper() or len(short.split()) > 1:
        return False
    target = re.sub(r"[^a-z]", "", normalise_key(long))
    if len(target) <= len(letters) or not target.startswith(letters[0].lower()):
        return False
    position = 0
    for letter in letters.lower():
        position = target.find(letter, position) + 1
        if position == 0:
            return False
    return True
