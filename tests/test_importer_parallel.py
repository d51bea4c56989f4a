"""A batch parsed in worker processes imports exactly what one process imports, in the files'
order, with every file's error and time budget kept.

Each import runs as ``manage.py import_statements`` in a process of its own: the tests' process
may not fork workers once a browser test's live server thread runs (statements/parallel.py), and
would then quietly parse everything itself. The command's ``-v 2`` line says which processes
parsed and indexed, so each test checks that the path it tests was taken."""

import json
import shutil
import zipfile

import pytest

from statements.models import Exchange, Statement, Turn
from tests.processes import run_manage
from tests.test_importer_command import SAMPLES

pytestmark = pytest.mark.django_db(transaction=True)  # committed rows: the import's process

BRIEFINGS = sorted((SAMPLES / "whitehouse-2021").glob("*.txt"))[:6]
IN_THIS_PROCESS = "Parsed in this process; indexed in this process after the last file."


def in_workers(written: int) -> str:
    """The -v 2 line of an import parsed in 2 workers whose indexing process indexed every
    statement it wrote as it wrote them."""
    return f"Parsed in 2 worker processes; indexed while importing: {written} of {written} "


@pytest.fixture
def batch(tmp_path, topic_vocabulary, search_index):
    """Real briefings, the hand samples, a zip, an empty and an undecodable file."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for path in [*BRIEFINGS, SAMPLES / "nato-transcript.txt", SAMPLES / "dod-article.txt"]:
        shutil.copy(path, folder / path.name)
    with zipfile.ZipFile(folder / "zipped.zip", "w") as archive:
        archive.write(SAMPLES / "nato-transcript.txt", "in-zip/nato.txt")
        archive.write(BRIEFINGS[0], "in-zip/briefing.txt")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    return folder


def json_lines(*args, env=None):
    """import_statements --json -v 2 ARGS in a process of its own: (one dict per file, its
    stderr lines, its exit status)."""
    done = run_manage("import_statements", "--json", "-v", "2", *map(str, args), env=env)
    results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return results, done.stderr.splitlines(), done.returncode


def summary():
    return sorted(
        (s.source_file, s.title, s.kind, s.turns.count(), s.exchanges.count(), s.topics.count())
        for s in Statement.objects.all()
    )


def test_parsing_in_workers_gives_the_same_archive_as_one_process(batch):
    one, err_one, status_one = json_lines("--processes", "1", batch)
    expected = (summary(), Turn.objects.count(), Exchange.objects.count())
    assert IN_THIS_PROCESS in err_one
    Statement.objects.all().delete()
    workers, err_workers, status_workers = json_lines("--processes", "2", batch)
    assert in_workers(Statement.objects.count()) + "statement(s) written." in err_workers
    assert len(one) == len(BRIEFINGS) + 6 > 2 * 2  # enough files for the workers to be used
    assert [(r["file"], r["status"], r.get("title"), r["topics"]) for r in workers] == [
        (r["file"], r["status"], r.get("title"), r["topics"]) for r in one
    ]
    assert (summary(), Turn.objects.count(), Exchange.objects.count()) == expected
    assert any(topics for *_, topics in expected[0])  # the workers tagged with the rules
    same = [line for line in err_one if not line.startswith("Parsed in ")]
    assert sorted(line for line in err_workers if not line.startswith("Parsed in ")) == sorted(same)
    assert status_workers == status_one == 1  # the empty and the binary file
    assert {r["file"] for r in workers if r["status"] == "error"} == {"empty.txt", "binary.txt"}


def test_a_file_over_its_time_budget_in_a_worker_fails_alone(batch):
    slow = batch / "a-slow.txt"  # 2 MB of one-word questions and answers: seconds to parse
    slow.write_text("\n".join("Q: Why?" if i % 2 == 0 else "A: Because." for i in range(200_000)))
    budget = {"IMPORT_SECONDS_MIN": "2", "IMPORT_SECONDS_PER_MB": "0.5"}
    results, err, status = json_lines("--processes", "2", batch, env=budget)
    assert {r["file"]: r["status"] for r in results}["a-slow.txt"] == "error"
    assert any(line.startswith(f"error: {slow}: took longer than") for line in err)
    assert sum(r["status"] == "imported" for r in results) == len(BRIEFINGS) + 2  # zip: copies
    assert any(line.startswith(in_workers(Statement.objects.count())) for line in err)
    assert status == 1


def test_a_dry_run_parses_in_workers_and_writes_nothing(batch):
    results, err, status = json_lines("--dry-run", "--processes", "2", batch)
    assert "Parsed in 2 worker processes." in err
    assert sum(r["status"] == "parsed" for r in results) == len(BRIEFINGS) + 4
    assert status == 1  # the empty and the binary file
    assert not Statement.objects.exists()
