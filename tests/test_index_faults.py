"""When the index breaks, nothing is lost and nothing goes down; the documented repair makes
the index hold exactly what the database holds.

Real processes on a real index: imports killed with SIGKILL, a gunicorn server answering an
editor and a reader while the index folder is deleted, truncated, overwritten or read-only,
and the repair commands run as an operator runs them. Agreement is checked by comparing the
ids of every document in the index with the ids the database says it should hold.
"""

import contextlib
import os
import signal
import stat
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from haystack import connections

from bench.corpus import generate
from statements.index_state import compare, expected_documents, held_documents
from statements.models import Statement
from statements.signals import index_updates_deferred
from tests.processes import INDEX, Server, manage, run_manage
from tests.test_admin import statement_form_data

pytestmark = pytest.mark.django_db(transaction=True)

FIRST, CHANGED, NEW = 20, 10, 120


def write_corpus(folder: Path, n: int, seed: int, prefix: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, data in generate(n, seed):
        path = folder / f"{prefix}-{Path(name).name}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def children_of(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(FileNotFoundError):  # a thread that ended meanwhile
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def assert_index_and_database_agree():
    held = held_documents(connections["default"].get_backend())
    expected = expected_documents()
    assert held.keys() - expected.keys() == set(), "stale documents in the index"
    assert expected.keys() - held.keys() == set(), "documents missing from the index"
    assert held == expected
    assert not Statement.objects.awaiting_index().exists()


@pytest.fixture
def corpus(search_index, tmp_path):
    """FIRST generated statements imported and indexed; their files under tmp_path/corpus."""
    paths = write_corpus(tmp_path / "corpus", FIRST, seed=1, prefix="a")
    call_command("import_statements", str(tmp_path / "corpus"), verbosity=0)
    assert_index_and_database_agree()
    return paths


# --- an import killed midway ------------------------------------------------------------------


@pytest.fixture
def killed_import(corpus, tmp_path):
    """An import of CHANGED changed files and NEW new ones, killed with SIGKILL once it has
    written some of the new ones: its indexing process never committed."""
    for path in corpus[:CHANGED]:
        path.write_bytes(path.read_bytes() + b"\n\nA paragraph added later: killedupdate.\n")
    for i in range(NEW):
        (tmp_path / "corpus" / f"b-note-{i:03}.txt").write_text(
            f"Note number {i}\n\n12 Mar. 2024\n\nAllies discussed plan {i}.\n\nAnd more.\n"
        )
    process = manage("import_statements", "--processes", "2", str(tmp_path / "corpus"))
    deadline = time.monotonic() + 300
    while Statement.objects.count() < FIRST + 10:
        assert process.poll() is None, "the import ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    workers = children_of(process.pid)  # two processes parsing its files, one indexing them
    assert len(workers) == 3
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers):  # they die with it
        assert time.monotonic() < deadline, "the import's workers outlived it"
        time.sleep(0.05)
    written = Statement.objects.count()
    assert FIRST + 10 <= written < FIRST + NEW, written
    # What it left: its new statements missing from the index, the changed ones out of date
    # (their old exchanges and passages still indexed), all of them awaiting indexing.
    difference = compare()
    assert len(difference.missing) == written - FIRST
    assert len(difference.out_of_date) == CHANGED
    assert difference.stale_documents > 0
    assert Statement.objects.awaiting_index().count() == written - FIRST + CHANGED
    return tmp_path / "corpus"


def assert_updates_found(client):
    updated = Statement.objects.filter(turns__text__contains="killedupdate").distinct()
    found = client.get("/search/", {"q": "killedupdate", "show": "statements"}).context["count"]
    assert found == updated.count() > 0


def test_the_next_import_finishes_what_a_killed_import_left(client, killed_import):
    done = run_manage("import_statements", str(killed_import))
    assert done.returncode == 0, done.stderr
    assert "that an earlier import or a failed index write had left out" in done.stdout
    assert Statement.objects.count() == FIRST + NEW
    assert_index_and_database_agree()
    assert_updates_found(client)


def test_index_status_reports_and_repairs_what_a_killed_import_left(client, killed_import):
    status = run_manage("index_status")
    assert status.returncode == 1
    missing = Statement.objects.count() - FIRST
    assert f"missing from the index: {missing} (ids " in status.stdout
    assert f"out of date in the index: {CHANGED} (ids " in status.stdout
    assert "index_status --repair" in status.stderr
    done = run_manage("index_status", "--repair")
    assert done.returncode == 0, done.stderr
    assert "The search index and the database agree." in done.stdout
    assert_index_and_database_agree()
    assert_updates_found(client)


def test_update_index_repairs_what_a_killed_import_left(client, killed_import):
    done = run_manage("update_index")
    assert done.returncode == 0, done.stderr
    assert_index_and_database_agree()
    assert_updates_found(client)


def test_update_index_removes_the_documents_of_deleted_statements(corpus):
    ids = list(Statement.objects.order_by("pk").values_list("pk", flat=True)[:3])
    # Deleted without the index hearing of it (as when it could not be written at the time).
    with index_updates_deferred():
        Statement.objects.filter(pk__in=ids).delete()
    assert set(ids) <= set(held_documents(connections["default"].get_backend()).values())
    done = run_manage("update_index")
    assert done.returncode == 0, done.stderr
    assert_index_and_database_agree()


# --- a broken index under a running site -------------------------------------------------------


@pytest.fixture
def site(corpus, django_user_model, tmp_path):
    """gunicorn serving the corpus, with an editor logged in."""
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    server = Server(tmp_path / "gunicorn.log")
    server.log_in("editor", "pw")
    yield server
    server.stop()
    for path in [INDEX, *INDEX.rglob("*")] if INDEX.exists() else []:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def edit(site, statement, word) -> int:
    """Save ``statement`` with ``word`` in its first turn through the admin; the status."""
    data = statement_form_data(statement, {("turns", 0): {"text": f"Corrected: {word}."}})
    when = data.pop("last_updated", None)
    if when:  # the admin shows a date and a time field
        when = timezone.localtime(when)
        data |= {"last_updated_0": f"{when:%Y-%m-%d}", "last_updated_1": f"{when:%H:%M:%S}"}
    return site.post_form(f"/admin/statements/statement/{statement.pk}/change/", data)


def assert_pages_answer(site, search_status):
    statement = Statement.objects.first()
    assert site.get("/")[0] == 200
    assert site.get(statement.get_absolute_url())[0] == 200
    status, html = site.get("/search/", q="missile")
    assert status == search_status
    if status == 503:
        assert "python manage.py rebuild_index" in html


def found(client, word) -> int:
    return client.get("/search/", {"q": word, "show": "statements"}).context["count"]


def test_a_deleted_index_is_not_recreated_behind_the_operators_back(site, client, tmp_path):
    import shutil

    shutil.rmtree(INDEX)
    assert_pages_answer(site, 503)
    statement = Statement.objects.order_by("pk").first()
    assert edit(site, statement, "deletedindexedit") == 302
    (tmp_path / "late").mkdir()
    (tmp_path / "late" / "note.txt").write_text("Late note\n\nIt mentions latenoteword.\n")
    imported = run_manage("import_statements", str(tmp_path / "late"))
    assert imported.returncode == 0, imported.stderr
    assert "index_status --repair" in imported.stderr
    assert not INDEX.exists()  # neither the save nor the import made a partial index
    assert_pages_answer(site, 503)
    awaiting = set(Statement.objects.awaiting_index().values_list("pk", flat=True))
    assert statement.pk in awaiting and len(awaiting) == 2
    change_page = f"/admin/statements/statement/{statement.pk}/change/"
    assert "Awaiting indexing" in site.get(change_page)[1]  # the editor can see it
    assert site.workers_lost() == 0

    status = run_manage("index_status")
    assert status.returncode == 1 and "cannot be read" in status.stdout
    assert run_manage("index_status", "--repair").returncode == 0
    assert_index_and_database_agree()
    assert_pages_answer(site, 200)
    assert found(client, "deletedindexedit") == found(client, "latenoteword") == 1
    assert "Up to date" in site.get(change_page)[1]


def truncate(path: Path):
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def overwrite(path: Path):
    path.write_bytes(b"\x00garbage" * (path.stat().st_size // 8))


@pytest.mark.parametrize("damage", [truncate, overwrite], ids=["truncated", "overwritten"])
def test_a_damaged_segment_answers_503_and_is_repaired(site, client, damage):
    assert site.get("/search/", q="allies")[0] == 200  # the worker has the index open
    segment = max(INDEX.glob("*.seg"), key=lambda p: p.stat().st_size)
    damage(segment)
    assert_pages_answer(site, 503)  # not a worker killed by SIGBUS
    statement = Statement.objects.order_by("pk").first()
    assert edit(site, statement, "damagedindexedit") == 302  # saved, not a 500
    assert Statement.objects.get(pk=statement.pk).edited
    assert_pages_answer(site, 503)
    assert site.workers_lost() == 0, site.output()

    assert run_manage("index_status").returncode == 1
    assert run_manage("index_status", "--repair").returncode == 0
    assert_index_and_database_agree()
    assert_pages_answer(site, 200)
    assert found(client, "damagedindexedit") == 1


def test_a_read_only_index_keeps_answering_and_catches_up_once_writable(site, client, tmp_path):
    for path in [*INDEX.rglob("*"), INDEX]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    statement = Statement.objects.order_by("pk").first()
    assert edit(site, statement, "readonlyedit") == 302  # saved, not a 500
    (tmp_path / "late").mkdir()
    (tmp_path / "late" / "note.txt").write_text("Late note\n\nIt mentions latenoteword.\n")
    imported = run_manage("import_statements", str(tmp_path / "late"))
    assert imported.returncode == 0, imported.stderr
    assert_pages_answer(site, 200)  # searching needs no writing
    assert found(client, "readonlyedit") == 0

    status = run_manage("index_status")
    assert status.returncode == 1
    assert "missing from the index: 1" in status.stdout
    assert "out of date in the index: 1" in status.stdout
    failed = run_manage("index_status", "--repair")
    assert failed.returncode == 1 and "not writable" in failed.stderr

    for path in [INDEX, *INDEX.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)
    assert run_manage("index_status", "--repair").returncode == 0
    assert_index_and_database_agree()
    assert found(client, "readonlyedit") == found(client, "latenoteword") == 1
