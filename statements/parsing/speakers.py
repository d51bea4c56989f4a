"""Who each turn of a transcript belongs to, and which side of the table they sit on.

``People`` gathers the names a document prints (header, labels) so that "MR. KIRBY" resolves to
"John F. Kirby", "SECRETARY GENERAL" to the Secretary General the header names and "JENS
STOLTENBERG" to the spelling the page uses elsewhere (the text's own names: holders.py).
``assign_sides`` (sides.py) then tells journalists (Q), moderators (M), principals who answer
(P) and interpreters (I) apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from statements.parsing import labels
from statements.parsing.anonymous import misprinted_role
from statements.parsing.holders import full_name_in, name_for_role
from statements.parsing.introductions import Intro
from statements.parsing.roles import (
    is_abbreviation,
    is_designation,
    is_rank,
    key_of,
    readable,
    surname_key,
)
from statements.parsing.sides import (  # noqa: F401 (kept here: speakers.assign_sides, ...)
    INTERPRETER,
    JOURNALIST,
    MODERATOR,
    PRINCIPAL,
    SPOKES_ROLE,
    assign_sides,
)
from statements.parsing.text import is_slip, within_edits


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


_MOST_ROLES_SEARCHED = 20


def resolve(
    pieces: list[Piece], people: People, principals: list[tuple[str, str]], text: str = ""
) -> None:
    """Give every labelled piece its speaker's readable name and role; a role printed alone
    ("SECRETARY GENERAL:") takes the name the header or, failing that, ``text`` gives it."""
    mend_cut(pieces)
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


def mend_cut(pieces: list[Piece]) -> None:
    """ "S. PSAKI:" now and then, where "MS. PSAKI:" is printed again and again: the page lost the
    label's first letters to the line before; it is the same speaker. ``pieces`` are the
    turns being read, each with its ``label``."""
    counts = Counter(p.label.printed for p in pieces if p.label and p.label.kind == labels.PERSON)
    by_printed = {p.label.printed: p.label for p in pieces if p.label}
    for piece in pieces:
        label = piece.label
        if label is None or label.kind != labels.PERSON:
            continue
        whole = next(
            (
                other
                for other, n in counts.most_common()
                if n > 3 * counts[label.printed] and _same_but_cut(label.printed, other)
            ),
            None,
        )
        if whole:
            piece.label = replace(by_printed[whole], printed=label.printed, text=label.text)


def _same_but_cut(cut: str, whole: str) -> bool:
    """ "S. PSAKI", "M. PSAKI", "QMS. PSAKI" for "MS. PSAKI": the same surname after a few
    letters that are not a name."""
    head, _, last = cut.rpartition(" ")
    whole_head, _, whole_last = whole.rpartition(" ")
    if last != whole_last or head == whole_head:
        return False
    return whole.endswith(cut) or (len(head) <= 4 and head.rstrip(".").isalpha() and head.isupper())
