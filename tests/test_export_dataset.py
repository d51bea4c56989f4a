"""manage.py export_dataset DIR writes the archive as a Frictionless Data Package that the
frictionless library validates: typed tables with their keys, a licence, each file's size and
SHA-256."""

import csv
import hashlib
import json

import pytest
from django.core.management import CommandError, call_command
from frictionless import Package, validate

from tests.factories import make_search_archive

pytestmark = pytest.mark.django_db

TABLES = ["statements", "turns", "exchanges", "people", "outlets", "topics", "tags"]


@pytest.fixture
def written(tmp_path):
    make_search_archive()
    folder = tmp_path / "data"
    call_command(
        "export_dataset", str(folder), "--base-url", "https://archive.example.org", verbosity=0
    )
    return folder


def rows(folder, table):
    with open(folder / f"{table}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_frictionless_validates_what_it_writes(written):
    report = validate(str(written / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [task.name for task in report.tasks] == TABLES


def test_each_file_has_its_size_and_checksum(written):
    descriptor = json.loads((written / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        data = (written / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    assert not list(written.glob("*.part"))


def test_a_changed_file_no_longer_validates(written):
    path = written / "exchanges.csv"
    path.write_text(path.read_text().replace("Afghanistan", "Afghanistam"))
    report = validate(str(written / "datapackage.json"))
    assert not report.valid
    assert ["hash-count"] in report.flatten(["type"])


def test_the_tables_are_described_with_types_and_keys(written):
    package = Package(str(written / "datapackage.json"))
    turns = package.get_resource("turns").schema
    assert turns.primary_key == ["id"]
    assert {fk["fields"][0] for fk in turns.to_descriptor()["foreignKeys"]} == {
        "statement_id",
        "speaker_id",
        "outlet_id",
        "exchange_id",
    }
    statements = package.get_resource("statements").schema
    assert statements.get_field("date").type == "date"
    assert statements.get_field("edited").type == "boolean"
    assert package.get_resource("tags").schema.primary_key == ["topic_id", "target", "target_id"]


def test_exchanges_are_question_and_answer_pairs_joined_to_people_and_outlets(written):
    people = {r["id"]: r["name"] for r in rows(written, "people")}
    outlets = {r["id"]: r["name"] for r in rows(written, "outlets")}
    pairs = [
        (people[r["journalist_id"]], outlets[r["outlet_id"]], r["question"], r["answer"])
        for r in rows(written, "exchanges")
    ]
    assert ("Lorne Cook", "Associated Press", "What about Ukraine?", "We support Ukraine and its sovereignty.") in pairs  # fmt: skip
    exchange = rows(written, "exchanges")[0]
    assert exchange["answered_by"] == "Jens Stoltenberg"
    assert exchange["permalink"].startswith("https://archive.example.org/statements/")
    assert exchange["permalink"].endswith("/q1/")


def test_tags_say_what_they_tag_and_how(written):
    tags = rows(written, "tags")
    assert {t["target"] for t in tags} == {"statement", "exchange"}
    on_exchange = next(t for t in tags if t["target"] == "exchange")
    assert on_exchange["exchange_id"] == on_exchange["target_id"] and on_exchange["statement_id"]
    assert {t["automatic"] for t in tags} == {"false"}  # set by hand in the factories


def test_the_licence_claims_nothing_by_default_and_can_be_chosen(written, tmp_path):
    descriptor = json.loads((written / "datapackage.json").read_text())
    assert descriptor["licenses"][0]["name"] == "notspecified"
    assert "publishers" in descriptor["licenses"][0]["title"]
    assert "publishers" in descriptor["description"]
    assert {s["title"] for s in descriptor["sources"]} == {"NATO", "U.S. Department of Defense"}
    other = tmp_path / "cc"
    call_command(
        "export_dataset",
        str(other),
        "--license",
        "CC-BY-4.0",
        "--license-url",
        "https://creativecommons.org/licenses/by/4.0/",
        verbosity=0,
    )
    licence = json.loads((other / "datapackage.json").read_text())["licenses"][0]
    assert licence == {
        "name": "CC-BY-4.0",
        "title": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
    }


def test_it_reports_each_file_and_is_silent_at_verbosity_0(tmp_path, capsys):
    make_search_archive()
    call_command("export_dataset", str(tmp_path / "a"), verbosity=1)
    out, err = capsys.readouterr()
    assert "exchanges.csv" in out and "sha256:" in out
    assert "rows" in err  # the progress bars
    call_command("export_dataset", str(tmp_path / "b"), verbosity=0)
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--license", "CC BY; rm -rf"], "--license"),
        (["--base-url", "archive.example.org"], "--base-url"),
    ],
)
def test_bad_options_are_refused_with_a_reason(tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("export_dataset", str(tmp_path), *args, verbosity=0)


def test_a_file_in_the_way_is_refused(tmp_path):
    target = tmp_path / "data"
    target.write_text("not a folder")
    with pytest.raises(CommandError, match="not a folder"):
        call_command("export_dataset", str(target), verbosity=0)
