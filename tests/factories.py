"""Small builders for test records: each takes keyword overrides and saves."""

import datetime
import itertools

from statements.models import Caption, Exchange, Outlet, Person, Statement, Topic, Turn

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


def make_caption(statement, text="A caption.", **fields) -> Caption:
    fields.setdefault("position", statement.captions.count() + 1)
    return Caption.objects.create(statement=statement, text=text, **fields)


def tag(obj, *topics) -> None:
    """Tag a statement or an exchange with ``topics`` (by hand, not automatic)."""
    obj.topics.add(*topics)


def make_transcript(
    speaker=None,
    moderator=None,
    journalists=(),
    questions_each=1,
    words="Allies discussed deterrence and defence.",
    **fields,
) -> Statement:
    """A transcript as the importer writes one: an opening statement by ``speaker``, then the
    questions of ``journalists`` (see add_questions)."""
    statement = make_statement(**fields)
    speaker = speaker or make_person("Jens Stoltenberg")
    make_turn(statement, f"Good afternoon. {words}", speaker=speaker, role="Secretary General")
    add_questions(statement, speaker, journalists, moderator, questions_each, words)
    return statement


def add_questions(statement, speaker, journalists, moderator=None, times=1, words="Indeed."):
    """Append, for each (journalist, outlet) in ``journalists`` (``times`` over), a moderator's
    turn when there is a moderator, the question and ``speaker``'s answer: one exchange each."""
    for journalist, outlet in journalists:
        for _ in range(times):
            if moderator:
                make_turn(
                    statement,
                    f"We go to {journalist.name}.",
                    kind=Turn.Kind.MODERATION,
                    speaker=moderator,
                    role="NATO Spokesperson",
                )
            make_exchange(
                statement,
                journalist,
                outlet,
                question=f"Secretary General, what about {words.lower()}",
                answers=[(speaker, f"Well, {words.lower()}")],
            )
