"""Small builders for test records: each takes keyword overrides and saves."""

import datetime
import itertools

from statements.models import Exchange, Outlet, Person, Statement, Topic, Turn

_counter = itertools.count(1)


def make_statement(**fields) -> Statement:
    n = next(_counter)
    defaults = {
        "title": f"Press conference number {n}",
        "kind": Statement.Kind.PRESS_CONFERENCE,
        "date": datetime.date(2021, 10, 7),
        "organisation": "NATO",
        "original_text": "Original text.",
    }
    return Statement.objects.create(**(defaults | fields))


def make_person(name=None, **fields) -> Person:
    return Person.objects.create(name=name or f"Person {next(_counter)}", **fields)


def make_outlet(name=None, **fields) -> Outlet:
    return Outlet.objects.create(name=name or f"Outlet {next(_counter)}", **fields)


def make_topic(name=None, **fields) -> Topic:
    return Topic.objects.create(name=name or f"Topic {next(_counter)}", **fields)


def make_turn(statement, text="Some words.", **fields) -> Turn:
    if "position" not in fields:
        fields["position"] = statement.turns.count() + 1
    speaker = fields.get("speaker")
    fields.setdefault("speaker_label", speaker.name if speaker else "")
    return Turn.objects.create(statement=statement, text=text, **fields)


def make_exchange(statement, journalist=None, outlet=None, question="A question?", answers=()):
    """A question turn by ``journalist`` and one answer turn per (speaker, text) in ``answers``."""
    q = make_turn(statement, question, kind=Turn.Kind.QUESTION, speaker=journalist, outlet=outlet)
    exchange = Exchange.objects.create(
        statement=statement,
        position=statement.exchanges.count() + 1,
        question=q,
        journalist=journalist,
        outlet=outlet,
    )
    q.exchange = exchange
    q.save(update_fields=["exchange"])
    for speaker, text in answers:
        make_turn(statement, text, kind=Turn.Kind.ANSWER, speaker=speaker, exchange=exchange)
    return exchange


def make_press_conference(
    title="Press conference", date=None, speaker=None, opening="Good afternoon.", exchanges=(), **fields
):
    """A statement with an opening turn by ``speaker`` and one exchange per
    (journalist, outlet, question, answer) in ``exchanges``, answered by ``speaker``."""
    statement = make_statement(title=title, date=date or datetime.date(2021, 10, 7), **fields)
    make_turn(statement, opening, kind=Turn.Kind.STATEMENT, speaker=speaker)
    for journalist, outlet, question, answer in exchanges:
        make_exchange(statement, journalist, outlet, question, answers=[(speaker, answer)])
    return statement
