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


def make_press_conference(
    title="Press conference",
    date=None,
    speaker=None,
    opening="Good afternoon.",
    exchanges=(),
    **fields,
):
    """A statement with an opening turn by ``speaker`` and one exchange per
    (journalist, outlet, question, answer) in ``exchanges``, answered by ``speaker``."""
    statement = make_statement(title=title, date=date or datetime.date(2021, 10, 7), **fields)
    make_turn(statement, opening, kind=Turn.Kind.STATEMENT, speaker=speaker)
    for journalist, outlet, question, answer in exchanges:
        make_exchange(statement, journalist, outlet, question, answers=[(speaker, answer)])
    return statement


def make_search_archive():
    """A small archive for search tests: three years, two journalists and outlets, two
    speakers, two topics, press conferences and a news article. Returns the records by name."""
    from types import SimpleNamespace

    from statements.models import ExchangeTopic, StatementTopic

    sg = make_person("Jens Stoltenberg")
    deputy = make_person("Mircea Geoana")
    teri = make_person("Teri Schultz")
    lorne = make_person("Lorne Cook")
    npr = make_outlet("National Public Radio", aliases="NPR")
    ap = make_outlet("Associated Press", aliases="AP")
    afghanistan = Topic.objects.get_or_create(name="Afghanistan")[0]  # in the topic vocabulary
    ukraine = Topic.objects.get_or_create(name="Ukraine")[0]
    a = make_press_conference(
        "Defence ministers meet",
        date=datetime.date(2019, 2, 13),
        speaker=sg,
        opening="Allies discussed missile defence and the mission in Afghanistan.",
        exchanges=[
            (teri, npr, "Will troops stay in Afghanistan?", "The mission in Afghanistan goes on."),
            (lorne, ap, "What about Ukraine?", "We support Ukraine and its sovereignty."),
        ],
    )
    b = make_press_conference(
        "Foreign ministers meet",
        date=datetime.date(2021, 4, 14),
        speaker=sg,
        opening="Today we decided to end the mission in Afghanistan together.",
        exchanges=[
            (teri, npr, "Why leave Afghanistan now?", "We went in together and leave together."),
            (teri, ap, "And Ukraine?", "Allies stand with Ukraine against Russian aggression."),
        ],
    )
    c = make_press_conference(
        "Doorstep at the summit",
        date=datetime.date(2021, 6, 14),
        speaker=deputy,
        kind=Statement.Kind.DOORSTEP,
        opening="Support for Ukraine is a priority of this summit.",
        exchanges=[(lorne, ap, "Is Ukraine joining?", "Ukraine will join when allies agree.")],
    )
    d = make_statement(
        title="Austin meets allies",
        kind=Statement.Kind.NEWS_ARTICLE,
        date=datetime.date(2023, 3, 1),
        organisation="U.S. Department of Defense",
    )
    make_turn(
        d,
        "The secretary met allies to discuss Ukraine and missile production.",
        kind=Turn.Kind.NARRATIVE,
    )
    make_turn(d, '"We will stand with Ukraine," he said.', kind=Turn.Kind.QUOTE)
    for statement, topic in [
        (a, afghanistan),
        (a, ukraine),
        (b, afghanistan),
        (b, ukraine),
        (c, ukraine),
        (d, ukraine),
    ]:
        StatementTopic.objects.create(statement=statement, topic=topic)
    for exchange in [*a.exchanges.all(), *b.exchanges.all(), *c.exchanges.all()]:
        text = exchange.question.text
        topic = afghanistan if "Afghanistan" in text else ukraine
        ExchangeTopic.objects.create(exchange=exchange, topic=topic)
    return SimpleNamespace(
        sg=sg, deputy=deputy, teri=teri, lorne=lorne, npr=npr, ap=ap,
        afghanistan=afghanistan, ukraine=ukraine, statements=[a, b, c, d],
    )  # fmt: skip
