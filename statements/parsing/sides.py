"""Which side of the table each speaker of a transcript sits on.

``assign_sides`` tells journalists (Q), moderators (M), principals who answer (P) and
interpreters (I) apart: by their labels first ("Q:", "Moderator:", an outlet), then by what
they do (a moderator introduces questioners and never answers; a journalist is the one the
moderator introduces).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from statements.parsing import introductions, labels
from statements.parsing.introductions import Intro
from statements.parsing.roles import key_of

if TYPE_CHECKING:
    from statements.parsing.speakers import Piece

JOURNALIST, MODERATOR, PRINCIPAL, INTERPRETER = "Q", "M", "P", "I"
_CHAIR_ROLE = re.compile(
    r"moderator|host|master of ceremonies|\bmc\b|presenter|anchor|^chair(?:man|woman|person)?$",
    re.I,
)
SPOKES_ROLE = re.compile(r"spokes|press secretary|press officer|moderator|host", re.I)


def _sides_from_labels(pieces: list[Piece], principal_keys: set[str]) -> None:
    for piece in pieces:
        kind = piece.label.kind if piece.label else ""
        if kind == labels.QUESTION:
            piece.side = JOURNALIST
        elif kind == labels.MODERATOR:
            piece.side = MODERATOR
        elif kind == labels.INTERPRETER:
            piece.side = INTERPRETER
        elif kind == labels.PERSON and piece.outlet_label:
            if piece.key in principal_keys:  # "Jens Stoltenberg (NATO)": an affiliation
                piece.role, piece.outlet_label = piece.role or piece.label.outlet, ""
            else:
                piece.side = JOURNALIST
    responders = _responders(pieces)  # "Kaja Kallas (Estonia)" answers: Estonia is no outlet
    for piece in pieces:
        if piece.key in responders:
            piece.side, piece.outlet_label = "", ""
            if piece.label is not None and piece.label.outlet:
                piece.role = piece.role or piece.label.outlet


def _responders(pieces: list[Piece]) -> set[str]:
    """Speakers whose label reads like a journalist's ("Name (X)") but who mostly speak right
    after someone else's question: they answer, so X was their affiliation."""
    after_question: dict[str, list[bool]] = {}
    previous = None
    for piece in pieces:
        if piece.side == INTERPRETER:
            continue
        if piece.side == JOURNALIST and piece.label and piece.label.kind == labels.PERSON:
            follows = previous is not None and previous.side == JOURNALIST
            follows = follows and previous.key != piece.key
            after_question.setdefault(piece.key, []).append(follows)
        previous = piece
    return {k for k, turns in after_question.items() if sum(turns) * 2 > len(turns)}


def _answerers(pieces: list[Piece]) -> set[str]:
    """Keys of the speakers who answer: they speak, at some length, right after a question,
    or at length between questions (handed the question by another principal)."""
    answered, previous = set(), None
    asked = [i for i, p in enumerate(pieces) if p.side == JOURNALIST]
    for i, piece in enumerate(pieces):
        if piece.side == INTERPRETER:
            continue
        if (
            previous is not None
            and previous.side == JOURNALIST
            and not piece.side
            and not introductions.is_floor_giving(piece.text)
        ) or (not piece.side and len(piece.text) > 400 and asked and asked[0] < i < asked[-1]):
            answered.add(piece.key)
        previous = piece
    return answered


def _chairs(pieces: list[Piece], answered: set[str], principal_keys: set[str]) -> set[str]:
    """Speakers who chair: a moderator's role, or they give the floor and never answer."""
    by_speaker: dict[str, list[Piece]] = {}
    for piece in pieces:
        if not piece.side and piece.key:
            by_speaker.setdefault(piece.key, []).append(piece)
    chairs = set()
    for key, turns in by_speaker.items():
        if key in answered:
            continue
        role = turns[0].role
        gives_floor = any(
            introductions.FLOOR.search(t.text) or introductions.find(t.text) for t in turns
        )
        # Where nobody answers, a principal may hand over to another: only short turns chair.
        brief = answered or all(len(t.text) < 600 for t in turns)
        chairs_by_role = bool(_CHAIR_ROLE.search(role))
        chairs_by_deed = key not in principal_keys and (
            (gives_floor and brief and (answered or len(by_speaker) > 1))
            or (answered and SPOKES_ROLE.search(role))
        )
        if chairs_by_role or chairs_by_deed:
            chairs.add(key)
    return chairs


def _journalists(
    pieces: list[Piece], intros: list[Intro], answered: set[str], principal_keys: set[str]
) -> set[str]:
    """Speakers labelled by name only who ask: the moderator introduced them, or they speak
    right after the moderator, ask a question and never answer one."""
    introduced = {key_of(i.name) for i in intros if i.name}
    found, previous = set(), None
    for piece in pieces:
        unknown = not piece.side and piece.key and piece.key not in principal_keys
        if unknown and (
            (piece.key in introduced and piece.key not in answered)
            or (
                piece.key not in answered
                and "?" in piece.text
                and previous is not None
                and previous.side == MODERATOR
            )
        ):
            found.add(piece.key)
        if piece.side != INTERPRETER:
            previous = piece
    return found


def _interviewers(pieces: list[Piece], principal_keys: set[str]) -> set[str]:
    """In an interview without "Q:" labels, whoever mostly asks ("Host:", "Christiane
    Amanpour:") is the journalist."""
    asked: dict[str, list[bool]] = {}
    for piece in pieces:
        if piece.key and piece.key not in principal_keys and piece.side in ("", MODERATOR):
            asked.setdefault(piece.key, []).append("?" in piece.text)
    return {key for key, turns in asked.items() if sum(turns) * 2 >= len(turns)}


def assign_sides(
    pieces: list[Piece], principal_keys: set[str], interview: tuple[str, str] | None = None
) -> list[Intro]:
    """Set ``Piece.side`` for every piece; return the introductions moderators made.
    ``interview`` is the (journalist, outlet) of an interview, when the document is one."""
    _sides_from_labels(pieces, principal_keys)
    if interview is not None and not any(p.side == JOURNALIST for p in pieces):
        interviewers = _interviewers(pieces, principal_keys) | {key_of(interview[0])}
        for piece in pieces:
            if piece.key in interviewers:
                piece.side = JOURNALIST
    answered = _answerers(pieces)
    chairs = _chairs(pieces, answered, principal_keys)
    intros: list[Intro] = []
    for piece in pieces:
        if piece.side == MODERATOR or (not piece.side and piece.key in chairs):
            piece.side = MODERATOR
            piece.intros = introductions.find(piece.text)
            intros.extend(piece.intros)
    journalists = _journalists(pieces, intros, answered, principal_keys)
    for piece in pieces:
        if not piece.side:
            piece.side = JOURNALIST if piece.key in journalists else PRINCIPAL
    return intros
