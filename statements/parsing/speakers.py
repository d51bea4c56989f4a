"""Who each turn of a transcript belongs to, and which side of the table they sit on.

``People`` gathers the names a document prints (header, labels) so that "MR. KIRBY" resolves to
"John F. Kirby", "SECRETARY GENERAL" to the Secretary General the header names and "JENS
STOLTENBERG" to the spelling the page uses elsewhere. ``assign_sides`` then tells journalists
(Q), moderators (M), principals who answer (P) and interpreters (I) apart: by their labels first
("Q:", "Moderator:", an outlet), then by what they do (a moderator introduces questioners and
never answers; a journalist is the one the moderator introduces).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from statements.parsing import introductions, labels
from statements.parsing.anonymous import misprinted_role
from statements.parsing.introductions import Intro
from statements.parsing.roles import (
    fold,
    is_abbreviation,
    is_designation,
    is_name_like,
    is_rank,
    key_of,
    readable,
    surname_key,
    word_set,
)
from statements.parsing.text import is_slip, within_edits

JOURNALIST, MODERATOR, PRINCIPAL, INTERPRETER = "Q", "M", "P", "I"
_CHAIR_ROLE = re.compile(
    r"moderator|host|master of ceremonies|\bmc\b|presenter|anchor|^chair(?:man|woman|person)?$",
    re.I,
)
SPOKES_ROLE = re.compile(r"spokes|press secretary|press officer|moderator|host", re.I)


@dataclass
class Piece:
    """A turn while it is being worked out."""

    label: labels.Label | None
    line: int
    paragraphs: list[list[str]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # the line each paragraph starts on
    speaker: str = ""
    role: str = ""
    outlet: str = ""
    outlet_label: str = ""
    side: str = ""
    kind: str = ""
    intro: Intro | None = None  # the introduction that named this question's journalist
    named_as: str = ""  # a question's journalist as the text names them ("Steve", "Jeff Mason")
    name_source: str = ""  # where that name comes from (questioners.LABEL, FLOOR, ...)
    intros: list[Intro] | None = None  # the introductions a moderator's piece makes
    interpretation: bool = False

    text: str = ""  # the paragraphs joined, once they are complete (``seal``)

    def seal(self) -> Piece:
        self.text = "\n\n".join("\n".join(p) for p in self.paragraphs if p).strip()
        return self

    @property
    def key(self) -> str:
        """Who speaks, as a matching key: the name, else the label as printed."""
        if self.speaker:
            return key_of(self.speaker)
        return "label:" + key_of(self.label.printed) if self.label else ""


# Loose matches one document may make (see People); a surname longer than any real one is
# matched exactly only.
_MOST_COMPARISONS = 20_000
_LONGEST_SURNAME = 40


def _first_last(name: str) -> str:
    """A name without its middle names, initials and suffixes, as a key ("lloyd austin")."""
    words = name.split()
    return f"{key_of(words[0])} {surname_key(name)}" if len(words) >= 2 else ""


def _role_key(role: str) -> str:
    words = [w for w in key_of(role).split() if w not in ("the", "nato", "us", "eu", "un")]
    return " ".join(words)


class People:
    """The people a document names, by key and by surname, with the role printed for each."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # key -> name as first printed readably
        self.roles: dict[str, str] = {}  # key -> role
        self.surnames: dict[str, set[str]] = {}
        self.first_last: dict[str, str] = {}  # "lloyd austin" -> the key of "Lloyd J. Austin III"
        self.aliases: dict[str, str] = {}  # another spelling -> the name first printed
        # Indexes of the same, so that a document of thousands of speakers is read in linear
        # time: first name -> [(surname, key)], role key -> [key], and the comparisons left
        # for the loose matches (a typing slip, a role's start or initials), which a real
        # document needs by the dozen and a hostile one could ask for by the billion.
        self._by_first: dict[str, list[tuple[str, str]]] = {}
        self._by_role: dict[str, list[str]] = {}
        self._comparisons = _MOST_COMPARISONS

    def add(self, name: str, role: str = "") -> str:
        key = key_of(name)
        if not key:
            return ""
        if key not in self.names:
            loose = _first_last(name)
            same = self.first_last.get(loose) if loose else None
            same = same or self._misspelt(loose)
            if same is not None:  # "Lloyd Austin" after "Lloyd J. Austin III": one person
                self.names[key] = self.names[same]
                self.aliases[name] = self.names[same]
                key = same
            else:
                self.names[key] = name
                if loose:
                    self.first_last[loose] = key
                    first, _, surname = loose.partition(" ")
                    self._by_first.setdefault(first, []).append((surname, key))
                    self.surnames.setdefault(surname_key(name), set()).add(key)
        if role and not self.roles.get(key):
            self.roles[key] = role
            self._by_role.setdefault(_role_key(role), []).append(key)
        return self.names[key]

    def _misspelt(self, loose: str) -> str | None:
        """The one known person whose name differs from ``loose`` ("jens stoltenbeg") by a
        typing slip in a long surname, the first name the same."""
        first, _, surname = loose.partition(" ")
        if not 6 <= len(surname) <= _LONGEST_SURNAME:
            return None
        known = self._by_first.get(first, ())
        if not self._spend(len(known)):
            return None
        slips = 1 if len(surname) < 9 else 2
        found = [key for other, key in known if within_edits(other, surname, slips)]
        return found[0] if len(found) == 1 else None

    def _spend(self, comparisons: int) -> bool:
        """Whether ``comparisons`` loose matches may still be made in this document."""
        self._comparisons -= comparisons
        return self._comparisons >= 0

    def find(self, name: str) -> str:
        """The known full name ``name`` means ("Kirby" -> "John F. Kirby", a slip in a long
        surname too: "Walesnky" -> "Rochelle Walensky"), or ""."""
        key, alone = key_of(name), len(name.split()) == 1
        if key in self.names:
            return self.names[key]
        keys = self.surnames.get(surname_key(name), set()) if alone else set()
        if alone and not keys and len(key) >= 6:
            keys = {k for s, ks in self.surnames.items() if is_slip(s, key) for k in ks}
        return self.names[next(iter(keys))] if len(keys) == 1 else ""

    def holders(self, role: str) -> list[str]:
        """The known people who hold ``role``: exactly, else as the start of a longer title
        ("Spokesman" -> "Spokesman for the Secretary-General") or as its initials ("HR/VP")."""
        wanted = _role_key(role)
        if not wanted:
            return []
        exact = self._by_role.get(wanted)
        if exact or not self._spend(len(self.roles)):
            return list(exact or ())
        return [
            k
            for k, r in self.roles.items()
            if _role_key(r).startswith(wanted + " ") or is_abbreviation(role, r)
        ]

    def find_role(self, role: str) -> str:
        """The one known person who holds ``role`` ("Spokesman" -> the header's spokesman)."""
        keys = self.holders(role)
        return self.names[keys[0]] if len(keys) == 1 else ""

    def role_of(self, name: str) -> str:
        return self.roles.get(key_of(name), "")


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


_MOST_ROLES_SEARCHED = 20


def resolve(
    pieces: list[Piece], people: People, principals: list[tuple[str, str]], text: str = ""
) -> None:
    """Give every labelled piece its speaker's readable name and role; a role printed alone
    ("SECRETARY GENERAL:") takes the name the header or, failing that, ``text`` gives it."""
    labels.mend_cut(pieces)
    for piece in pieces:
        label = piece.label
        if label and label.name and len(label.name.split()) >= 2:
            people.add(label.name, label.role if label.kind != labels.QUESTION else "")
    for piece in pieces:
        label = piece.label
        alone = label and label.kind == labels.QUESTION and label.outlet == label.printed
        if alone and not label.name and label.printed.isupper() and people.find(label.printed):
            # "PSAKI:" where the header names Jen Psaki: the principal, not an outlet's initials
            label.kind, label.name, label.outlet = labels.PERSON, readable(label.printed), ""
    searched: dict[str, str] = {}  # role -> the name ``text`` gives its holder
    in_full: dict[str, str] = {}
    chairs = {
        key_of(p.label.name): p.label
        for p in pieces
        if p.label and p.label.kind == labels.MODERATOR and p.label.name
    }
    for piece in pieces:
        label = piece.label
        if label is None:
            continue
        piece.outlet_label = label.outlet
        if label.kind == labels.QUESTION:
            piece.speaker = people.find(label.name) or label.name if label.name else ""
            continue
        if label.kind == labels.INTERPRETER:
            continue
        if label.kind == labels.ANSWER:
            piece.speaker, piece.role = principals[0] if principals else ("", "")
            continue
        name = people.find(label.name) or label.name if label.name else ""
        if name and " " not in name and text:  # "DR. WALENSKY:" where the text says in full
            # the text is read once for each surname, for a few surnames (linear time)
            if name not in in_full and len(in_full) < _MOST_ROLES_SEARCHED:
                in_full[name] = full_name_in(text, name)
            full = in_full.get(name, "")
            name = people.add(full, label.role) if full else name
        if not name and label.kind == labels.MODERATOR and len(chairs) == 1:
            # "Moderator:" after "Moderator (Professor Joel Hellman, Dean of ...):"
            named = next(iter(chairs.values()))
            piece.speaker, piece.role = people.find(named.name) or named.name, named.role
            continue
        if not name and label.role:
            name = people.find_role(label.role)
            if not name and text and not people.holders(label.role):
                # Each search reads the whole text: once per role, for a few roles.
                if label.role not in searched and len(searched) < _MOST_ROLES_SEARCHED:
                    searched[label.role] = name_for_role(label.role, text)
                name = searched.get(label.role, "")
                if name:
                    people.add(name, label.role)
        if not name and is_designation(label.role):
            name = label.role  # "Senior Defense Official": the name the briefing allows
        piece.speaker = name
        known = people.role_of(name) if name else ""
        # "GEN. RYDER:" is the Pentagon Press Secretary the header names: a rank is no post
        rank = label.role and known and is_rank(label.role) and not is_rank(known)
        piece.role = known if rank or not label.role else label.role
        if not name and not piece.role:  # "MODERTOR:" is printed as it is, and is the moderator
            piece.role = misprinted_role(label.printed)


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
