"""Colons inside sentences that look like speaker labels at the start of a wrapped line.

A page wrapped at a fixed width may start a line with "Biden administration: to both ...",
"Secretary Buttigieg: Is ..." or "Dr. Fauci: ..." in the middle of someone's sentence. In a
transcript whose labels open paragraphs, such a line, after one broken off mid-sentence, is prose
unless its label is a strong one printed elsewhere too ("MS. PSAKI:" where the page lost a blank
line). Where every label is printed in capitals, a name in mixed case printed once opens a quotation
or a list's item ("Janet Woodcock: “So, it is true ...”", "North Carolina: Unvaccinated ...").
"""

from __future__ import annotations

import re
from collections import Counter

from statements.parsing import labels
from statements.parsing.roles import key_of
from statements.parsing.text import Line

# A line broken off inside a sentence: it ends on a word, a comma, or an honorific ("... or Dr.").
_BROKEN_OFF = re.compile(r"(?:[\w,]|(?<![\w.])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Sec|St)\.)$")
# Labels open paragraphs when three in four of them follow a blank line.
_OPENING_SHARE = 0.75
# Labels are printed in capitals when nearly all the strong ones are.
_CAPITALS_SHARE = 0.85


def without_prose(
    body: list[Line], candidates: list[tuple[int, labels.Label]]
) -> list[tuple[int, labels.Label]]:
    """``candidates`` (index into ``body``, label) without those printed inside a sentence."""
    if not candidates:
        return candidates
    opening = sum(1 for i, _ in candidates if i == 0 or not body[i - 1].text)
    if opening < _OPENING_SHARE * len(candidates):
        return candidates  # a transcript without blank lines: every label follows speech
    counts = Counter(key_of(label.printed) for _, label in candidates)
    strong = [label for _, label in candidates if label.strength == labels.STRONG]
    capitals = sum(1 for label in strong if _in_capitals(label))
    in_capitals = bool(strong) and capitals >= _CAPITALS_SHARE * len(strong)
    return [
        (i, label)
        for i, label in candidates
        if not (
            counts[key_of(label.printed)] == 1
            and in_capitals
            and label.kind == labels.PERSON
            and not _in_capitals(label)
        )
        and not (
            i
            and _BROKEN_OFF.search(body[i - 1].text)
            and (counts[key_of(label.printed)] == 1 or label.strength < labels.STRONG)
        )
    ]


def _in_capitals(label: labels.Label) -> bool:
    """ "MS. PSAKI", "Q", "JAMES APPATHURAI (NATO Spokesman)": the name printed in capitals."""
    return label.printed.split(maxsplit=1)[0].isupper()
