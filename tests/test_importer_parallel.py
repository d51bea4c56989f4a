"""A batch parsed in worker processes imports exactly what one process imports, in the files'
order, with every file's error and time budget kept."""

import shutil
import zipfile

import pytest

from statements.models import Exchange, Statement, Turn
from tests.test_importer_command import SAMPLES, json_lines

pytestmark = pytest.mark.django_db

BRIEFINGS = sorted((SAMPLES / "whitehouse-2021").glob("*.txt"))[:6]


@pytest.fixture
def batch(tmp_path):
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


def summary():
    return sorted(
        (s.source_file, s.title, s.kind, s.turns.count(), s.exchanges.count())
        for s in Statement.objects.all()
    )


def test_parsing_in_workers_gives_the_same_archive_as_one_process(batch, search_index):
    one, err_one, status_one = json_lines("--processes", "1", batch)
    expected = (summary(), Turn.objects.count(), Exchange.objects.count())
    Statement.objects.all().delete()
    workers, err_workers, status_workers = json_lines("--processes", "2", batch)
    assert len(one) == len(BRIEFINGS) + 6 > 2 * 2  # enough files for the workers to be used
    assert [(r["file"], r["status"], r.get("title")) for r in workers] == [
        (r["file"], r["status"], r.get("title")) for r in one
    ]
    assert (summary(), Turn.objects.count(), Exchange.objects.count()) == expected
    assert sorted(err_workers.splitlines()) == sorted(err_one.splitlines())
    assert status_workers == status_one == 1  # the empty and the binary file
    assert {r["file"] for r in workers if r["status"] == "error"} == {"empty.txt", "binary.txt"}


def test_a_file_over_its_time_budget_in_a_worker_fails_alone(batch, settings, search_index):
    settings.IMPORT_SECONDS_MIN, settings.IMPORT_SECONDS_PER_MB = 2, 0.5
    slow = batch / "a-slow.txt"  # 2 MB of one-word questions and answers: seconds to parse
    slow.write_text("\n".join("Q: Why?" if i % 2 == 0 else "A: Because." for i in range(200_000)))
    results, err, status = json_lines("--processes", "2", batch)
    assert {r["file"]: r["status"] for r in results}["a-slow.txt"] == "error"
    assert f"error: {slow}: took longer than" in err
    assert sum(r["status"] == "imported" for r in results) == len(BRIEFINGS) + 2  # zip: copies
    assert status == 1
