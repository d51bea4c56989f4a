"""A missing or damaged index gives a clear page and a log line naming the command that
rebuilds it, never a traceback; rebuild_index and update_index bring search back."""

import logging
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db

INDEX = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])


def assert_unavailable(client, caplog):
    with caplog.at_level(logging.ERROR, logger="statements.search"):
        response = client.get("/search/", {"q": "ukraine"})
    assert response.status_code == 503
    html = response.content.decode()
    assert "Search is unavailable" in html
    assert "python manage.py rebuild_index" in html
    assert "Traceback" not in html
    assert any("python manage.py rebuild_index" in r.getMessage() for r in caplog.records)


def test_a_missing_index_gives_a_clear_page_and_log_line(client, archive, caplog):
    shutil.rmtree(INDEX)
    assert_unavailable(client, caplog)


def test_a_damaged_index_gives_a_clear_page_and_log_line(client, archive, caplog):
    for path in INDEX.iterdir():
        if path.suffix in {".toc", ".seg", ".trm", ".ttb", ".pst"}:
            path.write_bytes(b"\x00garbage" * 10)
    assert_unavailable(client, caplog)


def test_rebuild_index_brings_search_back(client, archive, caplog):
    shutil.rmtree(INDEX)
    assert_unavailable(client, caplog)
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert client.get("/search/", {"q": "ukraine"}).context["count"] > 0


def test_update_index_indexes_every_kind_of_hit(client, archive):
    call_command("clear_index", interactive=False, verbosity=0)
    assert client.get("/search/", {"q": "ukraine"}).context["count"] == 0
    call_command("update_index", verbosity=0)
    assert client.get("/search/", {"q": "sovereignty"}).context["results"][0]["url"].endswith("#q2")
    assert client.get("/search/", {"q": "ukraine", "show": "statements"}).context["count"] == 4
