"""Which Person or Outlet a printed name means, at import.

``Resolver`` finds a record by its name or an alias and creates it when new. ``People`` adds
what only a person's name needs: speakers who are not named ("Senior Administration Official",
"Moderator") are nobody; a surname alone ("Walensky") is the one person of that surname in
the archive (of that role, when there are several), and a surname first imported alone becomes
the full name when it arrives, so the index never holds both "Walensky" and "Rochelle
Walensky"; a journalist's first name alone ("Steve") is the one journalist who has it as an
alias, else nobody. Each is loaded once per import run; a failed file's additions are
forgotten with ``rollback``.
"""

from __future__ import annotations

from django.db.models import Q

from statements.models import Person, Turn
from statements.parsing import document as d
from statements.parsing.names import clean_name, normalise_key
from statements.parsing.roles import is_anonymous, surname_key


class Resolver:
    """Finds the Person or Outlet a printed name means, by name or alias key; creates it if new."""

    def __init__(self, model):
        self.model = model
        self.keys: dict[str, int] | None = None
        self.pending: list[str] = []

    def _load(self) -> dict[str, int]:
        if self.keys is None:
            self.keys = {}
            for pk, name, aliases in self.model.objects.values_list("pk", "name", "aliases"):
                for spelling in [name, *aliases.splitlines()]:
                    if spelling.strip():
                        self.keys.setdefault(normalise_key(spelling), pk)
        return self.keys

    def resolve(self, name: str) -> int | None:
        name = clean_name(name)[: self.model._meta.get_field("name").max_length]
        key = normalise_key(name)
        if not key:
            return None
        keys = self._load()
        if key not in keys:
            keys[key] = self.model.objects.create(name=name).pk
            self.pending.append(key)
        return keys[key]

    def learn_alias(self, alias: str, canonical: str) -> None:
        """Record ``alias`` as another spelling of ``canonical`` (creating it if new)."""
        alias = clean_name(alias)
        key = normalise_key(alias)
        pk = self.resolve(canonical)
        if not key or pk is None:
            return
        keys = self._load()
        if keys.get(key) not in (None, pk):
            return  # already means someone else: never move a name silently
        record = self.model.objects.get(pk=pk)
        if record.add_alias(alias):
            record.save(update_fields=["aliases", "modified"])
        if key not in keys:
            keys[key] = pk
            self.pending.append(key)

    def commit(self) -> None:
        self.pending = []

    def rollback(self) -> None:
        if self.keys is not None:
            for key in self.pending:
                self.keys.pop(key, None)
        self.pending = []


class People(Resolver):
    """People: by full name or alias, by surname alone, by a journalist's first name alone."""

    def __init__(self):
        super().__init__(Person)
        self.surnames: dict[str, set[int]] | None = None  # surname -> people named in full
        self.lone: dict[str, int] = {}  # surname -> the person known by it alone
        self.first_names: dict[str, set[int]] = {}  # one-word alias -> people
        self.journalists: set[int] = set()  # people who asked a question

    def _load_more(self) -> dict[str, set[int]]:
        if self.surnames is None:
            self.surnames, self.lone, self.first_names = {}, {}, {}
            for pk, name, aliases in Person.objects.values_list("pk", "name", "aliases"):
                self._remember(pk, name, aliases.splitlines())
            asked = Turn.objects.filter(kind=Turn.Kind.QUESTION, speaker__isnull=False)
            self.journalists = set(asked.order_by().values_list("speaker_id", flat=True).distinct())
        return self.surnames

    def _remember(self, pk: int, name: str, aliases: list[str]) -> None:
        if len(name.split()) >= 2:
            self.surnames.setdefault(surname_key(name), set()).add(pk)
        elif normalise_key(name):
            self.lone[normalise_key(name)] = pk
        for alias in aliases:
            if len(alias.split()) == 1 and normalise_key(alias):
                self.first_names.setdefault(normalise_key(alias), set()).add(pk)

    def of_turn(self, turn: d.ParsedTurn) -> int | None:
        """The person who speaks ``turn``, or None when the text does not say who for sure."""
        if turn.kind == d.T_QUESTION:
            if turn.speaker and not is_anonymous(turn.speaker):
                pk = self.named(turn.speaker)
            elif len(turn.named_as.split()) == 1:
                pk = self.journalist_called(turn.named_as)
            else:
                pk = None
            if pk is not None:
                self.journalists.add(pk)
            return pk
        if not turn.speaker or is_anonymous(turn.speaker):
            return None  # "Senior Administration Official": as printed, nobody in the index
        if len(turn.speaker.split()) == 1:
            return self.by_surname(turn.speaker, turn.role)
        return self.named(turn.speaker)

    def named(self, name: str) -> int | None:
        """A person named in full; a surname first known alone becomes this name."""
        surnames = self._load_more()
        key = normalise_key(clean_name(name))
        keys = self._load()
        if key and key not in keys and len(name.split()) >= 2:
            lone = self.lone.pop(surname_key(name), None)
            if lone is not None:  # "Walensky" alone until now: it was this person
                record = Person.objects.get(pk=lone)
                alone, record.name = record.name, clean_name(name)[:200]
                record.add_alias(alone)
                record.save(update_fields=["name", "aliases", "modified"])
                keys[key] = lone
                self.pending.append(key)
        pk = self.resolve(name)
        if pk is not None and len(name.split()) >= 2:
            surnames.setdefault(surname_key(name), set()).add(pk)
        return pk

    def by_surname(self, surname: str, role: str = "") -> int | None:
        """ "Walensky": the one person of that surname (and role, among several), a surname
        known alone, or a new person known by it alone; None when it stays in doubt."""
        key = normalise_key(clean_name(surname))
        found = self._load_more().get(key, set())
        if len(found) > 1:  # two people of that surname: the one of that role, else no guess
            roles = Turn.objects.filter(Q(speaker_id__in=found) & Q(role__iexact=role))
            found = (
                set(roles.order_by().values_list("speaker_id", flat=True).distinct())
                if role
                else set()
            )
            return next(iter(found)) if len(found) == 1 else None
        if found:
            return next(iter(found))
        if key in self.lone:
            return self.lone[key]
        new = key not in self._load()
        pk = self.resolve(surname)
        if pk is not None and new:
            self.lone[key] = pk
        return pk

    def journalist_called(self, first_name: str) -> int | None:
        """The one journalist of the archive with ``first_name`` as an alias, else None."""
        self._load_more()
        found = self.first_names.get(normalise_key(first_name), set()) & self.journalists
        return next(iter(found)) if len(found) == 1 else None

    def rollback(self) -> None:
        super().rollback()
        self.surnames = None  # reloaded from what the database kept
