"""The archive's data model.

A Statement is one published document (a transcript or a news article). Its text is split
into ordered Turns (one contiguous piece of speech or narrative each); questions and the
answers to them are grouped into Exchanges. People and Outlets are shared across documents.
What the source printed (a speaker label, an outlet abbreviation) is always kept beside the
record it was resolved to.

One module per concern: people.py (people and outlets), documents.py (statements, their turns
and captions), exchanges.py (questions and their answers), topics.py (topics and their tags),
slugs.py (permalink slugs). Import the models from here: ``from statements.models import Turn``.
"""

from statements.models.documents import (
    Caption,
    Statement,
    StatementQuerySet,
    Turn,
    TurnQuerySet,
    new_revision,
)
from statements.models.exchanges import Exchange, ExchangeQuerySet
from statements.models.people import NamedEntity, Outlet, Person
from statements.models.slugs import SLUG_MAX, unique_slug
from statements.models.topics import ExchangeTopic, StatementTopic, Topic, TopicTag

__all__ = [
    "SLUG_MAX",
    "Caption",
    "Exchange",
    "ExchangeQuerySet",
    "ExchangeTopic",
    "NamedEntity",
    "Outlet",
    "Person",
    "Statement",
    "StatementQuerySet",
    "StatementTopic",
    "Topic",
    "TopicTag",
    "Turn",
    "TurnQuerySet",
    "new_revision",
    "unique_slug",
]
