"""Automatic topic tags from the topics' keyword rules, shared by the importer and retagging.

Tags a person set in the admin (automatic=False) are never added, removed or changed here.
"""

from __future__ import annotations

from collections.abc import Iterable

from statements.models import ExchangeTopic, StatementTopic, Topic
from statements.parsing.topics import TopicMatcher


class Tagger:
    """Loads the topic rules once; tells which topics texts mention and writes the tags."""

    def __init__(self):
        topics = list(Topic.objects.values_list("pk", "name", "keywords"))
        self.matcher = TopicMatcher({name: keywords.splitlines() for _, name, keywords in topics})
        self.ids = {name: pk for pk, name, _ in topics}

    def topics(self, texts: Iterable[str]) -> list[str]:
        return self.matcher.topics("\n".join(texts))

    def topics_by_part(
        self, groups: list[list[str]], rest: list[str], heading: Iterable[str] = ()
    ) -> tuple[list[str], list[list[str]]]:
        """(the statement's topics, each group's topics) for a statement headed by ``heading``
        (title, subtitle) whose text is the ``groups`` (its exchanges' turns) and the ``rest``
        (turns outside exchanges). Each group gets every topic it mentions; the statement only
        the topics it is about (``TopicMatcher.subjects``)."""
        per_group = [self.topics(group) for group in groups]
        parts = [text for group in groups for text in group] + list(rest)
        return self.matcher.subjects("\n".join(heading), parts), per_group

    def apply(
        self, statement_id: int, wanted: list[str], exchanges: dict[int, list[str]], fresh=False
    ) -> bool:
        """Make the automatic tags of a statement and of its exchanges (exchange id -> topic
        names) exactly ``wanted``, leaving manual tags alone. Returns whether anything changed.
        ``fresh``: the statement was just created, so it has no tags to read first."""
        changed = _sync(
            StatementTopic,
            None if fresh else StatementTopic.objects.filter(statement_id=statement_id),
            "statement_id",
            {(statement_id, self.ids[name]) for name in wanted},
        )
        changed |= _sync(
            ExchangeTopic,
            None if fresh else ExchangeTopic.objects.filter(exchange__statement_id=statement_id),
            "exchange_id",
            {(pk, self.ids[name]) for pk, names in exchanges.items() for name in names},
        )
        return changed


def _sync(model, current_qs, owner: str, wanted: set[tuple[int, int]]) -> bool:
    """Make ``model``'s automatic tags (among ``current_qs``; None: there are none) ``wanted``."""
    rows = (
        [] if current_qs is None else current_qs.values_list("pk", owner, "topic_id", "automatic")
    )
    current = {(owner_id, topic): (pk, auto) for pk, owner_id, topic, auto in rows}
    stale = [pk for key, (pk, auto) in current.items() if auto and key not in wanted]
    new = [key for key in wanted if key not in current]
    if stale:
        model.objects.filter(pk__in=stale).delete()
    if new:
        model.objects.bulk_create(
            [
                model(**{owner: owner_id, "topic_id": topic, "automatic": True})
                for owner_id, topic in sorted(new)
            ]
        )
    return bool(stale or new)
