"""An article's quoting paragraphs cut at their quotation marks into turns.

Only the words inside quotation marks that the text attributes to someone are that person's
quotation. A paragraph quoting someone becomes, in document order, a narrative turn for each
run of the article's own words (the reporter's clauses, "he said") and a quote turn for each
quotation, holding the quoted words alone::

    Stoltenberg said on Tuesday: “We are ready,” he said, “to act.” The ministers agreed.
    -> narrative "Stoltenberg said on Tuesday:"
       quote     "We are ready to act."      (one quotation split by its attribution)
       narrative "he said"
       narrative "The ministers agreed."

A quotation attributed to no one named ('the statement said') and a scare quote stay in the
narrative; a paragraph quoted whole (under "X said:", above a signature) stays one quote turn.
A quotation left open at a paragraph's end runs to that end, and the next paragraph's opening
mark continues it (``quotes.Attributor`` gives both one speaker). Nothing is lost: the
statement's original text is kept verbatim beside its turns.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass, field

from statements.parsing import document as d
from statements.parsing.cast import Person
from statements.parsing.quotes import Paragraph, Quotation

# An attribution interrupting one quotation ('," said NATO Secretary General Jens Stoltenberg,
# "') has at most this many words; a longer stretch of narration is the reporter's own.
JOIN_WORDS = 12
_LEFT_BY_A_MARK = " \t\n,;:"  # what a closing mark leaves before the narration: '”, he said'
_AROUND_AN_ATTRIBUTION = " \t\n,;:—–-"


@dataclass
class Piece:
    """A quote turn's words and their speaker, or (speaker None) a run of the narrative."""

    text: str
    speaker: Person | None = None
    quotations: list[Quotation] = field(default_factory=list)  # those it holds, in order


def pieces(paragraph: Paragraph) -> list[Piece]:
    """``paragraph`` cut at its attributed quotations, in document order (see the module)."""
    quotations = paragraph.quotations
    if quotations and any(q.span is None for q in quotations):  # quoted whole
        return [Piece(paragraph.text, paragraph.main_speaker(), list(quotations))]
    text = paragraph.text
    groups: list[list[Quotation]] = []
    for q in quotations:
        if q.speaker is None:
            continue  # no one named: it stays in the narrative
        if groups and _continues(text, groups[-1][-1], q):
            groups[-1].append(q)
        else:
            groups.append([q])
    out: list[tuple[int, Piece]] = []  # (where its narration starts, or -1), the piece
    done = 0
    for group in groups:
        out.append((done, _narrative(text[done : group[0].span.start], _LEFT_BY_A_MARK, " \t\n")))
        words = " ".join(q.text for q in group)
        out.append((-1, Piece(words, group[0].speaker, group)))
        for a, b in itertools.pairwise(group):  # the attribution inside, after the quotation
            between = text[a.span.end : b.span.start]
            out.append((a.span.end, _narrative(between, _AROUND_AN_ATTRIBUTION)))
        done = group[-1].span.end
    out.append((done, _narrative(text[done:], _LEFT_BY_A_MARK, " \t\n")))
    _place_unattributed(quotations, out)
    return [p for _, p in out if p.speaker or p.quotations or _has_words(p.text)]


def _continues(text: str, before: Quotation, quotation: Quotation) -> bool:
    """Is ``quotation`` the rest of ``before``, split by an attribution ('“We are ready,” he
    said, “to act.”')? The same speaker, the first part not a whole sentence, and between them
    a few words that end on a comma or a dash."""
    if quotation.speaker is not before.speaker or not before.span.closed:
        return False
    if before.span.text.rstrip()[-1:] in (".", "!", "?", "…"):
        return False
    between = text[before.span.end : quotation.span.start]
    if len(between.split(maxsplit=JOIN_WORDS)) > JOIN_WORDS:
        return False
    return not between.strip() or between.rstrip().endswith((",", "—", "–", "-"))


def _narrative(words: str, lead: str, tail: str = "") -> Piece:
    return Piece(words.lstrip(lead).rstrip(tail or _AROUND_AN_ATTRIBUTION))


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _place_unattributed(quotations: list[Quotation], out: list[tuple[int, Piece]]) -> None:
    """Each quotation attributed to no one is listed with the narration it stands in: the last
    run of narration starting at or before it (both lists are in document order)."""
    runs = [(start, i) for i, (start, _) in enumerate(out) if start >= 0]  # in order
    at = 0
    for q in quotations:
        if q.speaker is not None:
            continue
        while at + 1 < len(runs) and runs[at + 1][0] <= q.span.start:
            at += 1
        out[runs[at][1]][1].quotations.append(q)


def split_mixed(doc: d.ParsedDocument, paragraphs: list[Paragraph]) -> None:
    """Cut each quoting turn of ``doc`` (one per paragraph of ``paragraphs``) into its pieces
    (``pieces``): quote turns of their speakers, narrative turns between them (also in a
    release made its issuer's statement, whose own words are the paragraphs quoting no one).
    The quotations are renumbered to the turns they are in."""
    turns: list[d.ParsedTurn] = []
    quotes: list[d.ParsedQuote] = []
    by_turn: dict[int, list[d.ParsedQuote]] = {}
    for quote in doc.quotes:
        by_turn.setdefault(quote.turn, []).append(quote)
    for i, (turn, paragraph) in enumerate(zip(doc.turns, paragraphs, strict=True)):
        if turn.kind != d.T_QUOTE:
            quotes += [dataclasses.replace(q, turn=len(turns)) for q in by_turn.get(i, [])]
            turns.append(turn)
            continue
        where: dict[int, int] = {}  # id(quotation) -> its turn
        for piece in pieces(paragraph):
            kind = d.T_QUOTE if piece.speaker else d.T_NARRATIVE
            name, role = (piece.speaker.name, piece.speaker.role) if piece.speaker else ("", "")
            turns.append(
                dataclasses.replace(turn, kind=kind, text=piece.text, speaker=name, role=role)
            )
            where.update((id(q), len(turns) - 1) for q in piece.quotations)
        for q in paragraph.quotations:
            name = q.speaker.name if q.speaker else ""
            quotes.append(d.ParsedQuote(speaker=name, text=q.text, turn=where[id(q)]))
    doc.turns, doc.quotes = turns, quotes


__all__ = ["JOIN_WORDS", "Piece", "pieces", "split_mixed"]
