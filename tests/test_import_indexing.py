"""A parallel import indexes its statements in another process while it writes: afterwards the
index holds exactly what the database holds, whatever that process could or could not do.

Each import runs as ``manage.py import_statements`` in a process of its own: the tests' process
may not fork once a browser test's live server thread runs (statements/parallel.py), and would
then quietly parse and index everything itself. The command's ``-v 2`` line says how many
statements were indexed while importing, so each test checks that the path it tests was taken."""

import contextlib
import os
import re
import shutil
import signal
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from haystack import connections

from statements.index_state import compare, expected_documents, held_documents
from statements.models import Statement
from tests.processes import manage, run_manage
from tests.test_importer_command import SAMPLES
from tests.test_index_faults import children_of, write_corpus

pytestmark = pytest.mark.django_db(transaction=True)  # committed rows: another process reads them

BRIEFINGS = sorted((SAMPLES / "whitehouse-2021").glob("*.txt"))[:8]


def import_folders(*folders) -> tuple[str, str]:
    """import_statements --processes 2 -v 2 FOLDERS in a process of its own: (its output, its
    errors), once it has succeeded."""
    done = run_manage("import_statements", "--processes", "2", "-v", "2", *map(str, folders))
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


def indexed_while_importing(output: str) -> tuple[int, int]:
    """(statements the indexing process indexed, statements written), from the -v 2 line of an
    import parsed in 2 workers."""
    found = re.search(
        r"^Parsed in 2 worker processes; indexed while importing: (\d+) of (\d+) statement",
        output,
        re.M,
    )
    assert found, output
    return int(found[1]), int(found[2])


def assert_index_holds_the_database():
    held = held_documents(connections["default"].get_backend())
    assert held == expected_documents()
    assert compare().agree
    assert not Statement.objects.awaiting_index().exists()


@pytest.fixture
def briefings(tmp_path):
    folder = tmp_path / "briefings"
    folder.mkdir()
    for path in BRIEFINGS:
        shutil.copy(path, folder / path.name)
    return folder


def test_a_parallel_import_leaves_the_index_holding_what_the_database_holds(
    briefings, search_index, client
):
    output, _ = import_folders(briefings)
    assert indexed_while_importing(output) == (len(BRIEFINGS), len(BRIEFINGS))
    assert Statement.objects.count() == len(BRIEFINGS)
    assert_index_holds_the_database()
    response = client.get("/search/", {"q": "Psaki"})
    assert response.context["count"] > 0


def test_a_parallel_reimport_replaces_the_old_documents(briefings, search_index, client):
    import_folders(briefings)
    first = briefings / BRIEFINGS[0].name
    first.write_text(first.read_text() + "\n\nQ: And the zanzibarquestion?\n\nMS. PSAKI: No.\n")
    output, _ = import_folders(briefings)
    assert indexed_while_importing(output) == (1, 1)  # the changed file's old documents gone
    assert_index_holds_the_database()
    assert client.get("/search/", {"q": "zanzibarquestion"}).context["count"] == 1


def test_a_file_written_twice_in_one_import_is_indexed_as_it_ends(
    tmp_path, briefings, search_index, client
):
    later = tmp_path / "later"  # the same file names, one of them changed: read after the first
    later.mkdir()
    shutil.copy(briefings / BRIEFINGS[0].name, later / BRIEFINGS[0].name)
    (later / BRIEFINGS[0].name).write_text(
        (briefings / BRIEFINGS[0].name).read_text() + "\n\nQ: What of the walrusquestion?\n"
    )
    output, _ = import_folders(briefings, later)
    # The indexing process reads the file's first version, or its last if it gets both at once;
    # the import's end indexes the last version if the indexing process could not.
    assert indexed_while_importing(output) in {(n, len(BRIEFINGS)) for n in (7, 8)}
    assert Statement.objects.count() == len(BRIEFINGS)
    assert_index_holds_the_database()
    assert client.get("/search/", {"q": "walrusquestion"}).context["count"] == 1


def test_without_an_index_the_import_writes_the_database_and_says_what_awaits(
    briefings, search_index
):
    search_index.delete_index()
    shutil.rmtree(search_index.path)
    output, errors = import_folders(briefings)
    assert indexed_while_importing(output) == (0, len(BRIEFINGS))
    assert Statement.objects.count() == len(BRIEFINGS)
    assert Statement.objects.awaiting_index().count() == len(BRIEFINGS)
    assert "Indexing during the import stopped (no search index at" in errors
    assert "are not in the search index yet" in errors
    call_command("index_status", repair=True, verbosity=0)
    assert_index_holds_the_database()


# --- an indexing process that hangs or dies ---------------------------------------------------
# In an import_statements process of its own: forked processes are only used by a process that
# runs one thread, which the tests' process is not once a live server has started.

MANY = 40


@pytest.fixture
def many(search_index, tmp_path):
    write_corpus(tmp_path / "many", MANY, seed=3, prefix="m")
    return tmp_path / "many"


def index_lock_holder(pid: int) -> int:
    """The child of ``pid`` that holds the search index's write lock: its indexing process."""
    for child in children_of(pid):
        with contextlib.suppress(OSError):  # it ended meanwhile
            for fd in Path(f"/proc/{child}/fd").iterdir():
                if os.readlink(fd).endswith("WRITELOCK"):
                    return child
    return 0


@contextlib.contextmanager
def stopped_indexing(folder: Path, wait_seconds: int):
    """An import of ``folder`` in worker processes, its indexing process stopped (SIGSTOP) once
    it holds the index: (the import, the indexing process's pid). Whatever happens, the import
    is ended, and its processes with it (parent death signal: SIGKILL, which ends a stopped
    process too)."""
    env = {"IMPORT_INDEX_WAIT_SECONDS": str(wait_seconds)}
    process = manage("import_statements", "--processes", "2", "-v", "2", str(folder), env=env)
    indexer = 0
    try:
        deadline = time.monotonic() + 120
        while not indexer:
            assert process.poll() is None, "the import ended before its indexing was stopped"
            assert time.monotonic() < deadline, "no process took the index's write lock"
            time.sleep(0.01)
            indexer = index_lock_holder(process.pid)
        os.kill(indexer, signal.SIGSTOP)  # as if hung on a lock: alive, silent, holding the index
        yield process, indexer
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()


def test_an_indexing_process_that_stops_answering_is_stopped_and_the_import_indexes_itself(
    many,
):
    with stopped_indexing(many, wait_seconds=2) as (process, _indexer):
        out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert "did not finish within IMPORT_INDEX_WAIT_SECONDS (2 s)" in err
    assert indexed_while_importing(out) == (0, MANY)  # the import indexed them all itself
    assert Statement.objects.count() == MANY
    assert_index_holds_the_database()


def test_an_indexing_process_killed_while_the_import_waits_for_it_is_noticed_at_once(many):
    with stopped_indexing(many, wait_seconds=300) as (process, indexer):  # unnoticed: 300 s
        deadline = time.monotonic() + 300
        while Statement.objects.count() < MANY:  # every file written: it waits for the index
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(1)
        os.kill(indexer, signal.SIGKILL)
        out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert indexed_while_importing(out) == (0, MANY)
    assert "the indexing process ended unexpectedly" in err
    assert "did not finish within" not in err
    assert_index_holds_the_database()


def test_the_importer_hands_its_indexing_process_ids_in_pieces_that_never_fill_the_pipe():
    """However far the indexing process falls behind, one message is small enough for the pipe
    (64 KB) to take whole, so handing it over cannot block the import even if it hangs."""
    import multiprocessing
    import pickle

    from statements.background_index import BATCH, IndexingProcess

    theirs, ours = multiprocessing.Pipe(duplex=False)
    handover = IndexingProcess.__new__(IndexingProcess)  # its side only: no process started
    handover.outbox, handover.error, handover.waiting = ours, "", True
    handover.pending = list(range(10**9, 10**9 + 5000))
    handover._send(handover.pending)
    first = theirs.recv()
    assert first == list(range(10**9, 10**9 + BATCH)) and len(pickle.dumps(first)) < 32_000
    assert handover.pending[0] == 10**9 + BATCH and len(handover.pending) == 5000 - BATCH
    handover._send(None)  # the end: nothing more, commit
    assert theirs.recv() is None
