"""Who asks a question, where the text says so, and how we know it.

A question's journalist may be named in these ways, kept on the turn as its ``name_source``:

- LABEL: printed in the question's label ("Q (Lorne Cook, AP):", "Lorne Cook (AP):");
- MODERATOR: introduced by a moderator ("We'll go to Zeke Miller at AP."; introductions.py);
- FLOOR: named by the briefer giving the floor, in a short line that ends the turn before the
  question ("Go ahead, Steve.", "Yes, Jeff Mason.", "Nadia?", "Andrea, go ahead.");
- INTRODUCTION: introduced by the journalist at the opening of the question ("Hi, I'm Maria
  Lopez with Univision.", "Mark Stone, Sky News.");
- FOLLOW_UP: a later question of the journalist so named, who keeps the floor until it is given
  again or someone else plainly speaks (``_carry_the_floor``).

An interview's journalist named by the header is HEADER. A first name alone ("Steve") is kept
as the text gives it (``named_as``) and names nobody unless the same document names exactly one
journalist of that first name in full (``resolve_first_names``). The words that give the floor
and a journalist's own introduction are read in journalist_names.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from statements.parsing import introductions
from statements.parsing.introductions import Intro
from statements.parsing.journalist_names import (  # noqa: F401 (kept here: questioners.LABEL, ...)
    FLOOR,
    FOLLOW_UP,
    HEADER,
    INTRODUCTION,
    LABEL,
    MODERATOR,
    SENTENCE_BREAK,
    floor_given,
    is_place,
    names_a_person,
    self_introduction,
)
from statements.parsing.labels import QUESTION
from statements.parsing.lexicon import FIRST_NAMES, NOT_NAMES
from statements.parsing.roles import (
    fold,
    has_outlet_word,
    is_name_like,
    key_of,
)

if TYPE_CHECKING:
    from statements.parsing.speakers import Piece

# A question turn that is only a bracketed remark: "(Cross-talk.)", "(Inaudible.)".
_NOBODYS = re.compile(r"^[(\[][^)\]]{1,40}[)\]]\.?$")
_LEADING_PREPOSITION = re.compile(r"^(?:for|from|with|at|of)\s+", re.I)


def tagged(intros: list[Intro], source: str, common: set[str]) -> list[Intro]:
    """``intros`` marked with who made them (a moderator, or a briefer giving the floor),
    without the names that are words of the document ("Federal Reserve", "Is Sheryl"), the
    places ("Texas") and, named alone, outlets that are only capitals ("the CDC")."""
    kept = []
    for intro in intros:
        outlet = _LEADING_PREPOSITION.sub("", intro.outlet)  # "For Reuters."
        words = outlet.split()
        if (
            not intro.name
            and len(words) == 3
            and words[2].isupper()
            and is_name_like(" ".join(words[:2]))
            and not {fold(w) for w in words[:2]} & NOT_NAMES
        ):
            intro = Intro(" ".join(words[:2]), " ".join(words[2:]))  # "Shannon Pettypiece NBC."
        else:
            intro = Intro(intro.name, outlet)
        if intro.name and not names_a_person(intro.name.split(), common):
            intro = Intro("", intro.outlet)
        if is_place(intro.outlet) or (not intro.name and not has_outlet_word(intro.outlet)):
            intro = Intro(intro.name, "")
        if intro.name or intro.outlet:
            kept.append(replace(intro, source=intro.source or source))
    return kept


def preferred(given: Intro | None, own: Intro | None) -> Intro | None:
    """Whom a question is by: the journalist's own words over what was said before it, unless
    they give only a first name the introduction gave in full ("I'm Nandita with Reuters")."""
    if own is None or not own.name:
        if own and given and not given.outlet:  # "Reuters." in the question, named before it
            return replace(given, outlet=own.outlet)
        return given or own
    own = replace(own, source=INTRODUCTION)
    words = given.name.split() if given else []
    if len(words) > 1 and len(own.name.split()) == 1 and key_of(words[0]) == key_of(own.name):
        return replace(given, outlet=given.outlet or own.outlet)
    return own


def name(piece: Piece, intro: Intro) -> None:
    """Give a question the journalist ``intro`` names: in full as its speaker, a first name
    alone only as the name the text gives."""
    piece.intro = intro
    if not intro.name or _NOBODYS.match(piece.text) or _yields(piece.text):
        return  # "(Cross-talk.)", "Go ahead, Kaitlan.": not the named journalist's question
    piece.named_as, piece.name_source = intro.name, intro.source or MODERATOR
    if len(intro.name.split()) >= 2:
        piece.speaker = intro.name


def _yields(question: str) -> bool:
    """A "question" that gives the floor to another journalist: "Go ahead, Kaitlan."."""
    if len(question) > 60 or "?" in question:
        return False
    intro, said = floor_given(question)
    return intro is not None and said


def name_the_rest(
    pieces: list[Piece], exchanges: list, principals: set[str], common: set[str]
) -> None:
    """After the exchanges are read: questions named in their label, questions the briefer
    gave the floor for in the turn before (and that exchange's follow-ups), and first names the
    document gives in full elsewhere. A name given without a word that gives the floor ("Matt."
    alone) counts when it is a known first name or the document gives it the floor in words."""
    for piece in pieces:
        if piece.label is not None and piece.label.name and piece.speaker and not piece.named_as:
            piece.named_as, piece.name_source = piece.label.name, LABEL
    for exchange in exchanges:  # a follow-up of a question named in its label
        first = pieces[exchange.question]
        for index in exchange.turns:
            piece = pieces[index]
            if piece.kind == "question" and piece.speaker == first.speaker and not piece.named_as:
                piece.named_as = first.named_as
                piece.name_source = FOLLOW_UP if first.named_as else ""
    given = []
    for exchange in exchanges:
        first = pieces[exchange.question]
        before = _before(pieces, exchange.question)
        if first.named_as or first.speaker or first.outlet_label or before is None:
            continue
        intro, cued = floor_given(before.text, principals, common)
        if intro is not None:
            source = FLOOR
            if before.side == "M" or (before.label and before.label.kind == "moderator"):
                source = MODERATOR
            given.append((exchange, replace(intro, source=source), cued))
    full = [p.speaker for p in pieces if p.kind == "question" and p.speaker]
    known = {key_of(intro.name) for _, intro, cued in given if cued and intro.name}
    known |= {key_of(name.split()[0]) for name in full}
    for exchange, intro, cued in given:
        first_name = intro.name.split()[0] if intro.name else ""
        if first_name and not cued and key_of(first_name) not in known | FIRST_NAMES:
            continue  # "Timely." alone
        for index in exchange.turns:
            piece = pieces[index]
            if piece.kind == "question" and not (piece.named_as or piece.speaker):
                name(
                    piece, intro if index == exchange.question else replace(intro, source=FOLLOW_UP)
                )
    _carry_the_floor(pieces, principals, common)
    full = [p.speaker for p in pieces if p.kind == "question" and p.speaker]
    alone = [p.named_as for p in pieces if p.named_as and not p.speaker]
    resolved = resolve_first_names(alone, full)
    for piece in pieces:
        if piece.named_as in resolved and not piece.speaker:
            piece.speaker = resolved[piece.named_as]


def _carry_the_floor(pieces: list[Piece], principals: set[str], common: set[str]) -> None:
    """A journalist named as they ask keeps the floor: each later question that names nobody
    is theirs (FOLLOW_UP) until the floor is given again (a moderator's turn, a briefer's turn
    that ends by giving it: "Go ahead.", "Tom?", "Let's take one from the back.", "Rob, make it
    a good one."), another journalist is named or plainly speaks ("Hi, ...", cross-talk). The
    follow-ups named with their exchange's question are checked the same way."""
    holder: Piece | None = None
    for piece in pieces:
        if piece.side == "I":
            continue
        if piece.kind != "question":
            if holder is not None and (
                piece.kind == "moderation"
                or _CROSS_TALK.search(piece.text)
                or _gives_the_floor(piece, holder, principals, common)
            ):
                holder = None
            continue
        copied = piece.name_source == FOLLOW_UP  # named with the question before, in passing
        if not copied and (piece.named_as or piece.speaker or piece.outlet_label):
            holder = piece if piece.named_as and not _CROSS_TALK.search(piece.text) else None
            continue
        if holder is not None and (
            _opens_a_turn(piece.text)
            or _CROSS_TALK.search(piece.text)
            or _mentions(piece.text, holder.named_as.split()[0])
        ):
            holder = None  # "Hi, thanks for doing this.", "On Karen's question": someone else
        if holder is None or _NOBODYS.match(piece.text) or _yields(piece.text):
            if copied:
                piece.named_as, piece.speaker, piece.intro, piece.name_source = "", "", None, ""
            continue
        piece.named_as, piece.speaker, piece.intro = holder.named_as, holder.speaker, holder.intro
        piece.name_source = FOLLOW_UP


# Where the next journalist sits, or words that call on them: "in the back", "all the way",
# "the last one", "people I haven't called on".
_CALLS_ON = re.compile(
    r"\b(?:in|from|to) the (?:back|front|middle|aisle)\b|\ball the way\b|"
    r"\b(?:let['’]s|let me|we['’]ll|I['’]ll) (?:take|go to|get to|come to)\b|"
    r"\b(?:last|final) one\b|\bcall(?:ed|ing)? on\b",
    re.I,
)
# A sentence that opens by calling someone by name: "Rob, make it a good one.", "Kaitlan."
_VOCATIVE = re.compile(r"^(?P<name>[A-Z][a-z'’-]+)(?:,\s|[.?!]$)")
# How a journalist opens their own turn at the floor, then asks: a greeting, thanks for the
# call or addressed to the briefer ("Hi, thanks for doing this.", "Thanks, Karine. I know ...").
_OPENING = re.compile(
    r"^(?:(?:okay|ok|yes|yeah)[,.]?\s+)?(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\b|"
    r"(?:thank you|thanks)(?: (?:so|very) much)?(?:,\s*(?-i:[A-Z])|\s+for\b))",
    re.I,
)
_CROSS_TALK = re.compile(r"\bcross-?talk\b", re.I)
_HELLO = re.compile(r"^(?:hi|hello|hey|good (?:morning|afternoon|evening))\b", re.I)
# "Thank you. First, on the jobs report: ...", "Thanks. Two questions.": a turn at the floor begins
_THANKS = re.compile(r"^(?:thank you|thanks)\b", re.I)
_FIRST_OF_SEVERAL = re.compile(
    r"^(?:first|firstly|two (?:quick )?questions|a couple (?:of )?(?:quick )?questions|"
    r"I have (?:two|a couple|a few))\b",
    re.I,
)


def _mentions(question: str, first_name: str) -> bool:
    """The question names ``first_name`` ("to follow up on Karen's question"): a journalist
    does not name themself, so someone else asks it."""
    return re.search(rf"(?<![\w'’-]){re.escape(first_name)}(?![\w-])", question[:600]) is not None


def _opens_a_turn(question: str) -> bool:
    """A question that opens as a journalist opens their turn: a greeting ("Hi, switching
    topics."), or thanks and then a question ("Thanks, Jen." alone is a remark of the one who
    has the floor)."""
    if _HELLO.match(question):
        return True
    first = SENTENCE_BREAK.split(question.strip(), maxsplit=1)
    if len(first) < 2 or len(first[1]) <= 20:
        return False
    return bool(_OPENING.match(question)) or (
        _THANKS.match(first[0]) is not None and _FIRST_OF_SEVERAL.match(first[1]) is not None
    )


def _gives_the_floor(piece: Piece, holder: Piece, principals: set[str], common: set[str]) -> bool:
    """A briefer's turn ends by giving the floor: its last paragraph does only that ("Go
    ahead.", "Yes."), a sentence of its last few gives it ("... Let me go all the way to the
    back."), or its last sentence calls on someone else by name ("John, what do you have?")."""
    last = " ".join(piece.paragraphs[-1]) if piece.paragraphs else piece.text
    if introductions.is_floor_giving(last) or floor_given(piece.text, principals, common)[0]:
        return True
    sentences = [s for s in SENTENCE_BREAK.split(last.strip()) if s][-3:]
    for sentence in sentences:
        if len(sentence) < 80 and (
            introductions.FLOOR.search(sentence) or _CALLS_ON.search(sentence)
        ):
            return True
    first_name = key_of(holder.named_as.split()[0])
    for sentence in sentences:
        called = _VOCATIVE.match(sentence) if len(sentence) < 80 else None
        if (
            called
            and names_a_person([called["name"]], common)
            and key_of(called["name"]) != first_name
        ):
            return True
    return False


def _before(pieces: list[Piece], index: int) -> Piece | None:
    """The last piece before ``index`` that is not an interpreter's, if it is not a question."""
    for i in range(index - 1, -1, -1):  # by index: a slice would copy the document each time
        if pieces[i].side != "I":
            return None if pieces[i].kind == "question" else pieces[i]
    return None


def resolve_first_names(named: list[str], full_names: list[str]) -> dict[str, str]:
    """First names given alone ("Steve") -> the one full name of the document's journalists
    with that first name ("Steve Holland"); a first name shared by two is left alone."""
    by_first: dict[str, set[str]] = {}
    for full in full_names:
        words = full.split()
        if len(words) >= 2:
            by_first.setdefault(key_of(words[0]), set()).add(full)
    resolved = {}
    for name in named:
        found = by_first.get(key_of(name), set()) if len(name.split()) == 1 else set()
        if len(found) == 1:
            resolved[name] = next(iter(found))
    return resolved


# Words that go on where someone was cut off: "— make sure that ...", "... and then".
_RESUMED = re.compile(r"^(?:[—–]|-{1,2}(?!\d)|\.{3}|…)")


def resume_interrupted(pieces: list[Piece]) -> list[Piece]:
    """ "MS. PSAKI: We're going to —" / "Q — in '24 —" / "— make sure ...": an answer cut off
    by a short question goes on after it, as a new turn of the same speaker."""
    result: list[Piece] = []
    for piece in pieces:
        result.append(piece)
        before = result[-2] if len(result) > 1 else None
        label = piece.label
        if (
            before is None
            or before.label is None
            or before.label.kind == QUESTION
            or label is None
            or label.kind != QUESTION
            or len(piece.paragraphs) < 2
            or len(" ".join(piece.paragraphs[0])) > 160
            or not _RESUMED.match(piece.paragraphs[1][0])
        ):
            continue
        line = piece.starts[1] if len(piece.starts) > 1 else piece.line
        resumed = replace(
            piece,
            label=before.label,
            line=line,
            paragraphs=piece.paragraphs[1:],
            starts=piece.starts[1:],
        )
        piece.paragraphs, piece.starts = piece.paragraphs[:1], piece.starts[:1]
        result.append(resumed.seal())
        piece.seal()
    return result
