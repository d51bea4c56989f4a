"""Metadata a page prints as named fields above the document.

gov.uk prints "From:" (the department and the minister), "Published" (the date), "Delivered
on:" (the date and how the text relates to what was said: "(Transcript of the speech, exactly
as it was delivered)") and "Location:", each name on its own line with its value below it or
beside it. Canada.ca and other sites print the same kind of fields. ``read`` tells a field line
apart and splits it into (name, value); the header reader gives the value its meaning.
"""

from __future__ import annotations

import re

FROM, DATE, DELIVERED, LOCATION = "from", "date", "delivered", "location"
# Who takes part, listed above the transcript: "Speakers:" (one a line, or "; " between them)
# and who chairs ("Chair: Mathis Feldhoff").
SPEAKERS, CHAIR = "speakers", "chair"

_NAMES = {
    "from": FROM,
    "published": DATE,
    "first published": DATE,
    "published on": DATE,
    "delivered on": DELIVERED,
    "delivered": DELIVERED,
    "location": LOCATION,
    "place": LOCATION,
    "delivered by": FROM,
    "speakers": SPEAKERS,
    "participants": SPEAKERS,
    "panellists": SPEAKERS,
    "panelists": SPEAKERS,
    "chair": CHAIR,
    "chaired by": CHAIR,
    "moderated by": CHAIR,
}
_PEOPLE_FIELD = re.compile(
    r"^(?P<name>speakers|participants|panell?ists|chair|chaired by|moderated by)\s*:\s*"
    r"(?P<value>.*)$",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"^(?P<name>first published|published on|published|delivered on|delivered by|delivered|"
    r"from|location|place)(?:\s*:\s*|\s*$)(?P<value>.*)$",
    re.IGNORECASE,
)
# "Published 21 June 2022": the date field without its colon.
_DATED = re.compile(r"^(?P<name>first published|published)\s+(?P<value>\d.*)$", re.IGNORECASE)
_AS_DELIVERED = re.compile(r"exactly as (?:it was )?delivered|as delivered|as spoken", re.I)
_AS_PREPARED = re.compile(r"original script|may differ from (?:the )?delivered|as prepared", re.I)


def read(text: str) -> tuple[str, str] | None:
    """(field, value) of a field line ("From:", "Published 21 June 2022"), or None. The value
    is "" when it is printed on the next line."""
    match = _FIELD.match(text) or _DATED.match(text)
    if not match:
        people = _PEOPLE_FIELD.match(text)
        # "Chair: Mathis Feldhoff", never "Chair: Good morning, ladies and gentlemen."
        if people and not re.search(r"[.!?]$", people["value"]):
            match = people
    if not match:
        return None
    return _NAMES[match["name"].casefold()], match["value"].strip()


def delivery_note(value: str) -> str:
    """What the "Delivered on:" field says of the text: "As delivered", "As prepared" or ""."""
    if _AS_DELIVERED.search(value):
        return "As delivered"
    if _AS_PREPARED.search(value):
        return "As prepared"
    return ""


def publisher(value: str) -> str:
    """The body a "From:" field names first, its people left out: "Ministry of Defence and
    The Rt Hon Ben Wallace MP" -> "Ministry of Defence"."""
    first = re.split(
        r"\s+and\s+(?=(?:the\s+)?(?:Rt|Right|Hon|Mr|Mrs|Ms|Dr|Sir|Dame|Lord)\b)|,\s*",
        value,
        maxsplit=1,
        flags=re.I,
    )[0]
    return first.strip()


def announced(lines: list[str]) -> bool:
    """A field block stands among these lines (the page's summary may come before it)."""
    return any(read(line) is not None for line in lines)
