"""'Did you mean': replace the words of a query that the index hardly knows by near spellings.

Whoosh keeps the unstemmed words of the content field in a spelling field; its corrector finds
the most frequent word within two edits. Only called when a search found few hits.
"""

from __future__ import annotations

import re

from statements.search_backend.highlight import stem_word

KNOWN_AT = 1  # a word any document has is not misspelt
OPERATORS = {"AND", "OR", "NOT", "TO"}
WORD = re.compile(r"[^\W\d_]{3,}")


def suggest(snapshot, fieldname: str, text: str) -> str | None:
    """``text`` with its misspelt words replaced, or None when nothing was replaced."""
    reader = snapshot.reader
    corrector = reader.corrector(fieldname)
    changed = False

    def replace(match):
        nonlocal changed
        word = match.group(0)
        if word in OPERATORS or match.string[match.end() : match.end() + 1] == ":":
            return word
        lower = word.lower()
        if reader.doc_frequency(fieldname, stem_word(lower)) >= KNOWN_AT:
            return word
        found = corrector.suggest(lower, limit=1, maxdist=2)
        if found and found[0] != lower:
            changed = True
            return found[0]
        return word

    corrected = WORD.sub(replace, text[:1000])
    return corrected if changed else None
