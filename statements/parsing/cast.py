"""The people of one news text, and who was talked about last.

``Cast`` collects the people a text names in full ("NATO Secretary General Jens Stoltenberg"),
with the titles printed beside them, and resolves a later reference (a ``people.Mention``) to
the person meant: a surname ("Stoltenberg"), an honorific ("Mr Rutte"), a title ("the
secretary", which is not the deputy press secretary) or a pronoun ("she": the woman last
named as subject or speaker, never a man the text already called "he").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from statements.parsing import lexicon as lx
from statements.parsing.name_runs import SUFFIXES, bare
from statements.parsing.people import Mention


@dataclass
class Person:
    """Someone a text names: "Lloyd J. Austin III", "Defense Secretary"."""

    name: str
    role: str = ""  # from the first mention that gives one, as printed
    gender: str = ""  # "m", "f" or "" when the text does not tell
    role_words: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return _surname(self.name.split())

    def learn(self, titles: list[str], gender: str = "") -> None:
        for title in titles:
            self.role_words |= lx.role_words(title)
        role = preferred_title(titles)
        if role and not self.role:
            self.role = role
        self.gender = self.gender or gender


def preferred_title(titles: list[str]) -> str:
    """The title that says what a person does ("chairman of the Joint Chiefs of Staff") rather
    than a rank or an honorific ("Army Gen.", "Mr")."""
    plain = [t for t in titles if lx.role_words(t) - _RANK_WORDS - lx.HONORIFICS]
    if plain:
        return plain[0]
    ranks = [t for t in titles if lx.role_words(t) - lx.HONORIFICS]
    return ranks[0] if ranks else ""


_SERVICES = {"army", "navy", "air", "force", "marine", "corps", "space", "coast", "guard", "u.s"}
# Words of a rank besides its head: "Rear Adm.", "Staff Sgt.", "Petty Officer 2nd Class"; a
# title made of them alone is a rank, not what the person does.
_RANK_WORDS = lx.RANKS | _SERVICES | {
    "rear", "vice", "staff", "master", "warrant", "first", "1st", "2nd", "3rd", "class", "senior",
    "mass", "communication", "technical", "retired", "ret", "(ret",
}  # fmt: skip


class Cast:
    """The people of one document and who was talked about last."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.recent: list[Person] = []  # subjects and speakers, latest last
        self.aliases: dict[str, str] = {}  # a shorter spelling -> the fullest one printed

    def find(self, name: str) -> Person | None:
        key = name.casefold()
        for person in self.people:
            if person.name.casefold() == key:
                return person
        parts = name.split()
        for person in self.people:  # "Lloyd Austin" is "Lloyd J. Austin III"
            theirs = person.name.split()
            if len(parts) > 1 and parts[0] == theirs[0] and _surname(parts) == person.surname:
                return person
        return None

    def add(self, name: str, titles: list[str], gender: str = "") -> Person:
        person = self.find(name)
        if person is None:
            person = Person(name)
            self.people.append(person)
        elif person.name.casefold() != name.casefold():
            short, full = sorted([person.name, name], key=len)
            person.name = full
            self.aliases[short] = full
            for alias, canonical in self.aliases.items():
                if canonical == short:
                    self.aliases[alias] = full
        person.learn(titles, gender)
        return person

    def learn(self, m: Mention) -> None:
        """First reading: note the people a mention certainly names, and their titles."""
        if m.kind == "name" and m.evidence:
            self.add(m.name, m.titles, m.gender)

    def by_surname(self, surname: str) -> Person | None:
        key = surname.casefold()
        matches = [p for p in self.people if p.surname.casefold() == key] or [
            p for p in self.people if key in p.name.casefold().split()
        ]
        return self._latest(matches)

    def by_title(self, title: str) -> Person | None:
        wanted = lx.role_words(title)
        if not wanted & lx.ROLE_HEADS:
            return None
        scored = [
            (len((p.role_words & (lx.QUALIFIERS | lx.ROLE_HEADS)) - wanted), p)
            for p in self.people
            if wanted <= p.role_words
        ]
        if not scored:
            return None
        best = min(score for score, _ in scored)
        return self._latest([p for score, p in scored if score == best])

    def _latest(self, people: list[Person]) -> Person | None:
        for person in reversed(self.recent):
            if person in people:
                return person
        return people[0] if people else None

    def pronoun(self, gender: str) -> Person | None:
        for person in reversed(self.recent):
            if person.gender in ("", gender):
                return person
        return None

    def resolve(self, m: Mention) -> Person | None:
        """The person a mention means; remembers subjects and speakers for later pronouns."""
        person = None
        if m.kind == "pronoun":
            person = self.pronoun(m.gender)
            if person and not person.gender:
                person.gender = m.gender
        elif m.kind == "role":
            person = self.by_title(m.titles[0])
        elif m.kind == "surname":
            person = self.by_surname(m.name)
            if person is None and m.evidence and not m.name.isupper():
                person = self.add(m.name, m.titles, m.gender)
            elif person:
                person.learn(m.titles, m.gender)
        elif self.find(m.name) or m.evidence:
            person = self.add(m.name, m.titles, m.gender)
        m.person = person
        if person and (m.subject or m.speech):
            self.recent.append(person)
        return person


def _surname(parts: list[str]) -> str:
    kept = [p for p in parts if bare(p) not in SUFFIXES]
    return kept[-1] if kept else (parts[-1] if parts else "")
