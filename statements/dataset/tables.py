"""The tables of the dataset: each one's columns (Table Schema types, descriptions, keys) and
its rows, read from the database in chunks of CHUNK in primary-key order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.urls import reverse

from statements.models import (
    Exchange,
    ExchangeTopic,
    Outlet,
    Person,
    Statement,
    StatementTopic,
    Topic,
    Turn,
)

CHUNK = 2000


def _string(name, description, **extra):
    return {"name": name, "type": "string", "description": description, **extra}


def _integer(name, description, **extra):
    return {"name": name, "type": "integer", "description": description, **extra}


def _key(name, description):
    return _integer(name, description, constraints={"required": True, "unique": True})


def _ref(field_name, resource):
    return {"fields": field_name, "reference": {"resource": resource, "fields": "id"}}


PERMALINK = _string("permalink", "The page on the site.")


@dataclass
class Table:
    name: str
    description: str
    fields: list[dict]
    rows: Callable[[Callable[[str], str]], Iterator[list]]  # given a link maker
    count: Callable[[], int]
    primary_key: list[str] = field(default_factory=lambda: ["id"])
    foreign_keys: list[dict] = field(default_factory=list)

    def schema(self) -> dict:
        schema = {"fields": self.fields, "primaryKey": self.primary_key}
        if self.foreign_keys:
            schema["foreignKeys"] = self.foreign_keys
        return schema


class Links:
    """Page addresses without a reverse() per row: patterns made once, filled per row."""

    def __init__(self, base_url: str = ""):
        self.base = base_url.rstrip("/")
        self.statement = reverse("statements:statement", kwargs={"slug": "SLUG"})
        self.exchange = reverse("statements:exchange", kwargs={"slug": "SLUG", "position": 9})
        self.names = {
            "person": reverse("statements:person", kwargs={"slug": "SLUG"}),
            "outlet": reverse("statements:outlet", kwargs={"slug": "SLUG"}),
            "topic": reverse("statements:topic", kwargs={"slug": "SLUG"}),
        }

    def of_statement(self, slug: str) -> str:
        return self.base + self.statement.replace("SLUG", slug)

    def of_turn(self, slug: str, position: int) -> str:
        return self.base + Statement(slug=slug).url_at(position, f"t{position}")

    def of_exchange(self, slug: str, position: int) -> str:
        path = self.exchange.replace("SLUG", slug).replace("/q9/", f"/q{position}/")
        return self.base + path

    def of(self, kind: str, slug: str) -> str:
        return self.base + self.names[kind].replace("SLUG", slug)


# --- Rows --------------------------------------------------------------------------------------


def statement_rows(links: Links):
    columns = ["id", "slug", "kind", "title", "subtitle", "date", "time", "location"]
    columns += ["organisation", "source_url", "byline", "delivery_note", "last_updated"]
    columns += ["edited", "content_hash"]
    rows = Statement.objects.order_by("pk").values_list(*columns)
    for row in rows.iterator(chunk_size=CHUNK):
        yield [*row, links.of_statement(row[1])]


def turn_rows(links: Links):
    columns = ["id", "statement_id", "position", "kind", "speaker_id", "speaker_label", "role"]
    columns += ["outlet_id", "outlet_label", "exchange_id", "text", "statement__slug"]
    rows = Turn.objects.order_by("pk").values_list(*columns)
    for *row, slug in rows.iterator(chunk_size=CHUNK):
        yield [*row, links.of_turn(slug, row[2])]


def exchange_rows(links: Links):
    turns = Turn.objects.filter(kind__in=[Turn.Kind.QUESTION, Turn.Kind.ANSWER])
    turns = turns.select_related("speaker").only(
        "exchange_id", "position", "kind", "text", "speaker_label", "speaker__name"
    )
    exchanges = (
        Exchange.objects.order_by("pk")
        .select_related("statement", "question")
        .only(
            "position",
            "journalist",
            "outlet",
            "statement__slug",
            "question__speaker_label",
            "question__outlet_label",
        )
        .prefetch_related(Prefetch("turns", queryset=turns.order_by("position"), to_attr="qa"))
    )
    for e in exchanges.iterator(chunk_size=CHUNK // 4):
        questions = [t.text for t in e.qa if t.kind == Turn.Kind.QUESTION]
        answers = [t for t in e.qa if t.kind == Turn.Kind.ANSWER]
        who = [t.speaker.name if t.speaker_id else t.speaker_label for t in answers]
        yield [
            e.pk,
            e.statement_id,
            e.position,
            e.question_id,
            e.journalist_id,
            e.question.speaker_label,
            e.outlet_id,
            e.question.outlet_label,
            "\n\n".join(questions),
            "; ".join(dict.fromkeys(w for w in who if w)),
            "\n\n".join(t.text for t in answers),
            links.of_exchange(e.statement.slug, e.position),
        ]


def named_rows(model, kind: str):
    def rows(links: Links):
        values = model.objects.order_by("pk").values_list("id", "slug", "name", "aliases")
        for pk, slug, name, aliases in values.iterator(chunk_size=CHUNK):
            alias_list = [a.strip() for a in aliases.splitlines() if a.strip()]
            yield [pk, slug, name, "; ".join(alias_list), links.of(kind, slug)]

    return rows


def topic_rows(links: Links):
    values = Topic.objects.order_by("pk").values_list("id", "slug", "name", "description")
    for pk, slug, name, description in values.iterator(chunk_size=CHUNK):
        yield [pk, slug, name, description, links.of("topic", slug)]


def tag_rows(links: Links):
    on_statements = StatementTopic.objects.order_by("pk").values_list(
        "topic_id", "statement_id", "automatic"
    )
    for topic, statement, automatic in on_statements.iterator(chunk_size=CHUNK):
        yield [topic, "statement", statement, statement, None, automatic]
    on_exchanges = ExchangeTopic.objects.order_by("pk").values_list(
        "topic_id", "exchange_id", "exchange__statement_id", "automatic"
    )
    for topic, exchange, statement, automatic in on_exchanges.iterator(chunk_size=CHUNK):
        yield [topic, "exchange", exchange, statement, exchange, automatic]


def _named_fields(what: str) -> list[dict]:
    return [
        _key("id", f"The {what}'s number in this archive."),
        _string("slug", "Stable key in addresses.", constraints={"required": True, "unique": True}),
        _string("name", "Canonical name."),
        _string("aliases", "Other spellings and abbreviations, separated by '; '."),
        PERMALINK,
    ]


def tables() -> list[Table]:
    kinds = {"enum": [k for k, _ in Statement.Kind.choices]}
    turn_kinds = {"enum": [k for k, _ in Turn.Kind.choices]}
    return [
        Table(
            "statements",
            "One row per document: press conference, speech, briefing, news article...",
            [
                _key("id", "The statement's number in this archive."),
                _string(
                    "slug",
                    "Permalink key (date and title); kept across re-imports.",
                    constraints={"required": True, "unique": True},
                ),
                _string("kind", "Kind of statement.", constraints=kinds),
                _string("title", "Title."),
                _string("subtitle", "The occasion, as printed under the title."),
                {"name": "date", "type": "date", "description": "Date it was given."},
                {"name": "time", "type": "time", "description": "Time, when printed."},
                _string("location", "Where."),
                _string("organisation", "Who issued it."),
                _string("source_url", "The page it was copied from."),
                _string("byline", "A news article's author line."),
                _string("delivery_note", "e.g. As delivered."),
                {"name": "last_updated", "type": "datetime", "description": "The page's stamp."},
                {"name": "edited", "type": "boolean", "description": "Edited by a person."},
                _string("content_hash", "SHA-256 of the imported file."),
                PERMALINK,
            ],
            statement_rows,
            Statement.objects.count,
        ),
        Table(
            "turns",
            "One row per contiguous piece of speech (or article paragraph), in order.",
            [
                _key("id", "The turn's number in this archive."),
                _integer("statement_id", "Its statement.", constraints={"required": True}),
                _integer("position", "Order within the statement, from 1."),
                _string("kind", "What the turn is.", constraints=turn_kinds),
                _integer("speaker_id", "The person the label names, if known."),
                _string("speaker_label", "The speaker exactly as printed."),
                _string("role", "The role as printed."),
                _integer("outlet_id", "A journalist's outlet, if known."),
                _string("outlet_label", "The outlet exactly as printed."),
                _integer("exchange_id", "The exchange (question and answers) it belongs to."),
                _string("text", "What was said."),
                _string("permalink", "The turn in its transcript."),
            ],
            turn_rows,
            Turn.objects.count,
            foreign_keys=[
                _ref("statement_id", "statements"),
                _ref("speaker_id", "people"),
                _ref("outlet_id", "outlets"),
                _ref("exchange_id", "exchanges"),
            ],
        ),
        Table(
            "exchanges",
            "One row per question and the answers to it: a question/answer pair.",
            [
                _key("id", "The exchange's number in this archive."),
                _integer("statement_id", "Its statement.", constraints={"required": True}),
                _integer("position", "Order among the statement's exchanges, from 1."),
                _integer("question_turn_id", "The opening question's turn."),
                _integer("journalist_id", "Who asked, if known."),
                _string("journalist_label", "Who asked, as printed."),
                _integer("outlet_id", "For which outlet, if known."),
                _string("outlet_label", "The outlet, as printed."),
                _string("question", "The question and any follow-ups, separated by blank lines."),
                _string("answered_by", "Who answered, separated by '; '."),
                _string("answer", "The answers, separated by blank lines."),
                _string("permalink", "The exchange's own page."),
            ],
            exchange_rows,
            Exchange.objects.count,
            foreign_keys=[
                _ref("statement_id", "statements"),
                _ref("question_turn_id", "turns"),
                _ref("journalist_id", "people"),
                _ref("outlet_id", "outlets"),
            ],
        ),
        Table(
            "people",
            "Everyone who speaks, is quoted or asks.",
            _named_fields("person"),
            named_rows(Person, "person"),
            Person.objects.count,
        ),
        Table(
            "outlets",
            "News organisations journalists ask for.",
            _named_fields("outlet"),
            named_rows(Outlet, "outlet"),
            Outlet.objects.count,
        ),
        Table(
            "topics",
            "Subjects statements and exchanges are tagged with.",
            [
                _key("id", "The topic's number in this archive."),
                _string("slug", "Stable key.", constraints={"required": True, "unique": True}),
                _string("name", "Name."),
                _string("description", "What it covers."),
                PERMALINK,
            ],
            topic_rows,
            Topic.objects.count,
        ),
        Table(
            "tags",
            "Topics on statements and on exchanges, by keyword rules or by a person.",
            [
                _integer("topic_id", "The topic.", constraints={"required": True}),
                _string(
                    "target", "What is tagged.", constraints={"enum": ["statement", "exchange"]}
                ),
                _integer("target_id", "The statement's or the exchange's id."),
                _integer("statement_id", "The statement (of the exchange, for an exchange)."),
                _integer("exchange_id", "The exchange, for an exchange's tag."),
                {"name": "automatic", "type": "boolean", "description": "Set by keyword rules."},
            ],
            tag_rows,
            lambda: StatementTopic.objects.count() + ExchangeTopic.objects.count(),
            primary_key=["topic_id", "target", "target_id"],
            foreign_keys=[
                _ref("topic_id", "topics"),
                _ref("statement_id", "statements"),
                _ref("exchange_id", "exchanges"),
            ],
        ),
    ]
