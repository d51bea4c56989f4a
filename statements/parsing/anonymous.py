"""Speakers a transcript does not name: only what they do is printed.

A background briefing designates the officials it may not name ("SENIOR DEFENSE OFFICIAL",
"Senior State Department Official Two", "Administration Officials"); a transcript may print
"Moderator", "Participant" or "Speaker 1". Such a label is kept on its turns as printed, but
names nobody in the people index.
"""

from __future__ import annotations

import re

from statements.parsing.text import within_edits

# How a background briefing names the people it may not name: "SENIOR DEFENSE OFFICIAL",
# "Senior State Department Official Two", "ADMINISTRATION OFFICIAL". The designation is all
# the document says of who speaks, so it stands for the speaker.
_DESIGNATION = re.compile(
    r"^(?:[A-Z][\w.'’/-]*\s+){1,5}OFFICIALS?(?:\s+(?:ONE|TWO|THREE|FOUR|FIVE|#?\d))?$", re.I
)


def is_designation(text: str) -> bool:
    """An anonymous official's designation ("Senior Defense Official"), not a named post."""
    return bool(_DESIGNATION.match(text)) and all(w[:1].isupper() for w in text.split())


# Speakers a transcript does not name: "Moderator", "Participant", "Speaker 1", "Aide".
_UNNAMED = re.compile(
    r"^(?:the\s)?(?:moderator|host|operator|participant|audience member|speaker|staff(?:er)?|aide|"
    r"interpreter|translator|voice|reporter|journalist|questioner|photojournalist|photographer|"
    r"crowd|audience|unidentified(?:\s\w+)?|"
    r"unknown(?:\s\w+)?)(?:\s(?:#?\d{1,2}|one|two|three|four))?$",
    re.I,
)


def is_anonymous(name: str) -> bool:
    """A speaker named by what they do, not who they are: an official's designation ("Senior
    Administration Official", "Health Officials"), "Moderator", "Speaker 1", or one of these
    words misprinted ("Modertor")."""
    name = name.strip()
    return is_designation(name) or bool(_UNNAMED.match(name)) or bool(misprinted_role(name))


# What an unnamed speaker does, in words long enough that a typing slip in one is no one's name.
_LONG_ROLES = ("moderator", "operator", "participant", "interpreter", "translator", "journalist")


def misprinted_role(label: str) -> str:
    """The unnamed speaker's role a one-word label misprints ("MODERTOR" -> "Moderator"), or
    "" (for the role spelt right too: "MODERATOR" is printed as it is)."""
    word = label.strip().casefold()
    if not 7 <= len(word) <= 12 or not word.isalpha():
        return ""
    found = next((r for r in _LONG_ROLES if within_edits(word, r, 1)), "")
    return found.capitalize() if found != word else ""
