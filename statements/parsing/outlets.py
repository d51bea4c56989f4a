"""Which outlet each question is for: the fullest name the document gives it.

A label may print an abbreviation ("SDZ") that a moderator's introduction gives in full
("Matthias Kolb from Suddeutsche Zeitung"); ``resolve`` gives every question the fullest name
the document uses for its outlet and returns the abbreviations learned, kept as aliases.
"""

from __future__ import annotations

from statements.parsing import document as d
from statements.parsing.introductions import Intro, fuller
from statements.parsing.roles import key_of, readable_outlet
from statements.parsing.speakers import Piece


def resolve(pieces: list[Piece], intros: list[Intro]) -> dict[str, str]:
    """Give each question its outlet, the fullest name the document uses; return the
    abbreviations learned (alias -> canonical)."""
    by_name: dict[str, str] = {}
    for intro in intros:
        if intro.name and intro.outlet:
            by_name.setdefault(key_of(intro.name), intro.outlet)
    aliases: dict[str, str] = {}
    canonical: list[str] = []
    by_journalist: dict[str, str] = {}
    budget = [_MOST_OUTLET_COMPARISONS]
    for piece in pieces:
        if piece.kind != d.T_QUESTION or (piece.interpretation and piece.outlet):
            continue
        key = key_of(piece.speaker) if piece.speaker else ""
        introduced = by_name.get(key, "") or (piece.intro.outlet if piece.intro else "")
        printed = piece.outlet_label
        if piece.label is not None and piece.label.printed.isupper():
            printed = readable_outlet(printed)  # the label's style, not the outlet's spelling
        outlet, alias = fuller(printed, introduced)
        outlet = _same_as_known(outlet, canonical, aliases, budget)
        if alias and alias != outlet:
            aliases[alias] = outlet
        if key and not outlet:
            outlet = by_journalist.get(key, "")
        if key and outlet:
            by_journalist.setdefault(key, outlet)
        piece.outlet = outlet
    return aliases


# Comparisons of outlets' names one document may make: a real one makes a few hundred, and a
# hostile one naming thousands of outlets would make millions. Past them, an outlet keeps the
# name it is printed with.
_MOST_OUTLET_COMPARISONS = 20_000


def _same_as_known(
    outlet: str, canonical: list[str], aliases: dict[str, str], budget: list[int]
) -> str:
    """One name per outlet within the document: "SDZ" once "Suddeutsche Zeitung" is known."""
    if not outlet:
        return ""
    budget[0] -= len(canonical)
    if budget[0] < 0:
        return outlet
    for known in canonical:
        full, alias = fuller(outlet, known)
        if key_of(full) == key_of(known) and (
            alias or key_of(outlet) == key_of(known) or len(known) > len(outlet)
        ):
            if alias:
                aliases[alias] = known
            return known
        if alias and key_of(full) == key_of(outlet):
            canonical[canonical.index(known)] = outlet
            aliases[alias] = outlet
            return outlet
    canonical.append(outlet)
    return outlet
