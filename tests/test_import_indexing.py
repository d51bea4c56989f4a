"""A parallel import indexes its statements in another process while it writes: afterwards the
index holds exactly what the database holds, whatever that process could or could not do."""

import logging
import shutil

import pytest
from django.core.management import call_command
from haystack import connections

from statements.index_state import compare, expected_documents, held_documents
from statements.models import Statement
from tests.test_importer_command import SAMPLES

pytestmark = pytest.mark.django_db(transaction=True)  # committed rows: another process reads them

BRIEFINGS = sorted((SAMPLES / "whitehouse-2021").glob("*.txt"))[:8]


def import_folders(*folders, processes=2):
    call_command("import_statements", *map(str, folders), processes=processes, verbosity=0)


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
    import_folders(briefings)
    assert Statement.objects.count() == len(BRIEFINGS)
    assert_index_holds_the_database()
    response = client.get("/search/", {"q": "Psaki"})
    assert response.context["count"] > 0


def test_a_parallel_reimport_replaces_the_old_documents(briefings, search_index, client):
    import_folders(briefings)
    first = briefings / BRIEFINGS[0].name
    first.write_text(first.read_text() + "\n\nQ: And the zanzibarquestion?\n\nMS. PSAKI: No.\n")
    import_folders(briefings)
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
    import_folders(briefings, later)
    assert Statement.objects.count() == len(BRIEFINGS)
    assert_index_holds_the_database()
    assert client.get("/search/", {"q": "walrusquestion"}).context["count"] == 1


def test_without_an_index_the_import_writes_the_database_and_says_what_awaits(
    briefings, search_index, caplog
):
    search_index.delete_index()
    shutil.rmtree(search_index.path)
    with caplog.at_level(logging.ERROR, logger="statements.search"):
        import_folders(briefings)
    assert Statement.objects.count() == len(BRIEFINGS)
    assert Statement.objects.awaiting_index().count() == len(BRIEFINGS)
    assert "no search index" in caplog.text
    call_command("index_status", repair=True, verbosity=0)
    assert_index_holds_the_database()
