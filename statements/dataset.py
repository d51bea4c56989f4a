"""The archive as a Frictionless Data Package: ``datapackage.json`` and one CSV per table.

Tables: statements, turns, exchanges (question/answer pairs), people, outlets, topics and tags.
``datapackage.json`` describes each one's columns with their types, primary key and foreign
keys, and gives each file's size (``bytes``) and SHA-256 (``hash``) so that a copy can be
checked. Rows are read from the database in chunks and written as they come: memory stays the
same whatever the size of the archive. Files are written under temporary names and renamed
when complete, datapackage.json last.

Values are kept exactly as stored (no apostrophes before a leading ``=``, unlike the CSV
downloads): this is data for data tools.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

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
NO_LICENSE = "notspecified"
RIGHTS = (
    "The texts are those of their publishers (NATO, governments' press offices and the other "
    "organisations named in each statement's `organisation` and `source_url`), reproduced "
    "verbatim; their terms of use apply to them. The structure added by the archive (who spoke, "
    "who asked for which outlet, which answer replies to which question, topics) is offered "
    "under the licence below."
)


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


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


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


# --- Writing -----------------------------------------------------------------------------------


class _Line:
    def write(self, value: str) -> str:
        return value


def write_table(folder: Path, table: Table, links: Links, progress=None) -> dict:
    """Write ``table`` as ``<name>.csv``; return its resource (with bytes and hash)."""
    path = folder / f"{table.name}.csv"
    partial = path.with_suffix(".csv.part")
    digest, size = hashlib.sha256(), 0
    writer = csv.writer(_Line(), lineterminator="\n")
    with open(partial, "wb") as out:
        for values in [[f["name"] for f in table.fields]]:
            data = writer.writerow(values).encode()
            digest.update(data)
            size += out.write(data)
        for row in table.rows(links):
            data = writer.writerow([cell(v) for v in row]).encode()
            digest.update(data)
            size += out.write(data)
            if progress is not None:
                progress.update(1)
    os.replace(partial, path)
    return {
        "name": table.name,
        "path": path.name,
        "profile": "tabular-data-resource",
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": size,
        "hash": f"sha256:{digest.hexdigest()}",
        "schema": table.schema(),
    }


def license_of(name: str, url: str = "") -> dict:
    if name == NO_LICENSE:
        title = "No licence granted by the archive; the texts belong to their publishers"
    else:
        title = name
    entry = {"name": name, "title": title}
    if url:
        entry["path"] = url
    return entry


def package(resources: list[dict], license: dict, base_url: str = "") -> dict:
    organisations = (
        Statement.objects.exclude(organisation="")
        .order_by("organisation")
        .values_list("organisation", flat=True)
        .distinct()
    )
    descriptor = {
        "profile": "tabular-data-package",
        "name": "natoarchive",
        "title": "natoarchive: press statements, questions and answers",
        "description": "Press conferences, briefings, speeches and news articles as structured "
        "records: who spoke, in which role, which journalist asked what for which outlet, and "
        "what the answer was. " + RIGHTS,
        "created": timezone.now().replace(microsecond=0).isoformat(),
        "licenses": [license],
        "sources": [{"title": name} for name in organisations],
        "resources": resources,
    }
    if base_url:
        descriptor["homepage"] = base_url
    return descriptor


def write_package(folder: Path, *, license: dict, base_url: str = "", progress=None) -> dict:
    """Write every table and then datapackage.json into ``folder``; return the descriptor.
    ``progress(table)`` returns a progress bar (with ``update`` and ``close``) or None."""
    folder.mkdir(parents=True, exist_ok=True)
    links = Links(base_url)
    resources = []
    for table in tables():
        bar = progress(table) if progress else None
        try:
            resources.append(write_table(folder, table, links, bar))
        finally:
            if bar is not None:
                bar.close()
    descriptor = package(resources, license, base_url)
    partial = folder / "datapackage.json.part"
    partial.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")
    os.replace(partial, folder / "datapackage.json")
    return descriptor


def default_license() -> dict:
    return license_of(settings.DATASET_LICENSE, settings.DATASET_LICENSE_URL)
