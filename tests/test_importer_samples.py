"""The two sample documents, through the import command, against the parse expected of each
(tests/data/expected/*.json, copied from the shared corpus), and into the database."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from statements.models import Exchange, Outlet, Person, Statement, Turn

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = Path(__file__).resolve().parent / "data" / "expected"


def dry_run(name):
    out = io.StringIO()
    call_command(
        "import_statements",
        "--dry-run",
        "--json",
        str(SAMPLES / name),
        stdout=out,
        stderr=io.StringIO(),
    )
    return json.loads(out.getvalue()), json.loads(
        (EXPECTED / name.replace(".txt", ".json")).read_text()
    )


def test_the_transcript_gives_the_expected_parse():
    got, expected = dry_run("nato-transcript.txt")
    for key in ["file", "kind", "organisation", "title", "date", "delivery_note", "n_questions"]:
        assert got[key] == expected[key], key
    assert got["last_updated"] == expected["last_updated"]
    assert got["speakers"] == expected["speakers"]
    assert [(q["name"], q["outlet"]) for q in got["questioners"]] == [
        (q["name"], q["outlet"]) for q in expected["questioners"]
    ]
    assert got["questioners"][0]["outlet_as_printed"] == "SDZ"
    assert got["outlet_aliases"]["VG"] == "Verdens Gang"
    assert len(got["turns"]) == len(expected["turns"])
    for turn, want in zip(got["turns"], expected["turns"], strict=True):
        assert (turn["speaker"], turn["kind"]) == (want["speaker"], want["kind"])
        assert turn["text"].startswith(want["starts"])
        assert turn["text"].endswith(want.get("ends", ""))
        assert turn["outlet"] == want.get("outlet", "")
    assert len(got["exchanges"]) == expected["exchanges"]
    assert all(e["answered_by"] == ["Jens Stoltenberg"] for e in got["exchanges"])
    assert set(expected["topics_at_least"]) <= set(got["topics"])


def test_the_article_gives_the_expected_parse():
    got, expected = dry_run("dod-article.txt")
    for key in ["file", "kind", "organisation", "title", "date", "location", "speakers", "questioners", "n_questions"]:  # fmt: skip
        assert got[key] == expected[key], key
    assert set(expected["people_mentioned_at_least"]) <= set(got["people_mentioned"])
    assert len(got["quotes"]) >= 9
    assert {q["speaker"] for q in got["quotes"]} == {"Jens Stoltenberg"}
    assert [(c["photo_by"], c["virin"]) for c in got["captions"]] == [
        (c["photo_by"], c["virin"]) for c in expected["photo_captions"]
    ]
    for caption, want in zip(got["captions"], expected["photo_captions"], strict=True):
        assert (caption["alt_text"] + caption["text"]).startswith(want["starts"])
    body = [t["text"] for t in got["turns"]]
    assert body[0].startswith(expected["body_starts"])
    assert body[-1].endswith(expected["body_ends"])
    assert not any("VIRIN" in text or "Photo By" in text for text in body)
    assert set(expected["boilerplate_dropped"]) <= {
        line[: len(b)] for line in got["dropped"] for b in expected["boilerplate_dropped"]
    }
    assert set(expected["topics_at_least"]) <= set(got["topics"])


def test_importing_both_samples_links_people_and_outlets_across_them():
    files = [str(SAMPLES / name) for name in ("dod-article.txt", "nato-transcript.txt")]
    call_command("import_statements", *files, stdout=io.StringIO())
    stoltenberg = Person.objects.get(name="Jens Stoltenberg")
    assert Statement.objects.filter(turns__speaker=stoltenberg).distinct().count() == 2
    transcript = Statement.objects.get(source_file="nato-transcript.txt")
    assert transcript.exchanges.count() == 5
    kolb = Exchange.objects.get(journalist__name="Matthias Kolb")
    assert kolb.outlet.name == "Suddeutsche Zeitung"
    assert kolb.question.outlet_label == "SDZ"
    assert [t.kind for t in kolb.turns.order_by("position")] == ["question", "answer"]
    assert Outlet.objects.get(name="Verdens Gang").alias_list == ["VG"]
    assert Turn.objects.filter(statement=transcript, kind="moderation").count() == 6


def test_an_articles_byline_is_kept_apart_and_shown(client, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(
        "Austin Visits Troops in Poland\n\nMarch 18, 2022 |\n\nBy Jim Garamone, DOD News\n\n"
        'Secretary of Defense Lloyd J. Austin III met troops in Rzeszow, Poland, today. "Your work '
        'sends a clear message," Austin said.\n'
    )
    call_command("import_statements", str(article), stdout=io.StringIO())
    statement = Statement.objects.get()
    assert statement.byline == "By Jim Garamone, DOD News"
    assert not statement.turns.filter(text__contains="Garamone").exists()
    assert "By Jim Garamone, DOD News" in client.get(statement.get_absolute_url()).content.decode()
