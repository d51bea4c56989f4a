"""Several writers at once (admin edits in threads, an import, reindexing processes) share one
real Whoosh index: nobody gets a LockError, and no edit is lost."""

import os
import subprocess
import sys
import threading
import traceback
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from statements.models import Statement
from tests.factories import make_person, make_press_conference
from tests.test_admin import statement_form_data

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parent.parent
EDITORS, EDITS, IMPORTED = 3, 4, 12


def count(client, **params):
    return client.get(reverse("statements:search"), params).context["count"]


def run_all(workers):
    errors = []

    def guarded(work):
        try:
            work()
        except BaseException as exc:  # reported below: a thread's failure must fail the test
            traceback.print_exc()
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    return errors


def test_admin_edits_and_an_import_at_the_same_time_lose_nothing(
    search_index, django_user_model, tmp_path
):
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    sg = make_person("Jens Stoltenberg")
    statements = [make_press_conference(f"Briefing {i}", speaker=sg) for i in range(EDITORS)]
    for i in range(IMPORTED):
        (tmp_path / f"file{i}.txt").write_text(f"Note {i}\n\nImported paragraph importword{i}.\n")

    def editor(statement, n):
        def work():
            client = Client()
            client.force_login(user)
            url = reverse("admin:statements_statement_change", args=[statement.pk])
            for edit in range(EDITS):
                statement.refresh_from_db()
                text = f"Edit editor{n}round{edit} done."
                data = statement_form_data(statement, {("turns", 0): {"text": text}})
                response = client.post(url, data)
                assert response.status_code == 302, response.status_code

        return work

    def importer():
        call_command("import_statements", str(tmp_path), verbosity=0)

    errors = run_all([*(editor(s, n) for n, s in enumerate(statements)), importer])
    assert errors == []
    client = Client()
    for n in range(EDITORS):
        assert count(client, q=f"editor{n}round{EDITS - 1}") == 1  # the last edit won
        assert count(client, q=f"editor{n}round0") == 0
    for i in range(IMPORTED):
        assert count(client, q=f"importword{i}") == 1
    # One document per statement: nothing written twice.
    assert count(client, kind="other", show="statements") == IMPORTED
    assert count(client, kind="press_conference", show="statements") == EDITORS


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


REINDEXER = """
import django, sys
django.setup()
from statements.indexing import reindex_statements
ids = [int(a) for a in sys.argv[1:]]
for _ in range(5):
    reindex_statements(ids)
"""


def test_reindexing_processes_and_edits_share_the_index_lock(client, search_index):
    sg = make_person("Jens Stoltenberg")
    statements = [make_press_conference(f"Briefing {i}", speaker=sg) for i in range(6)]
    ids = [str(s.pk) for s in statements]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url(),
        "WHOOSH_PATH": settings.HAYSTACK_CONNECTIONS["default"]["PATH"],
    }
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", REINDEXER, *ids], cwd=ROOT, env=env, stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    for i, statement in enumerate(statements):  # meanwhile, edits in this process
        turn = statement.turns.get(position=1)
        turn.text = f"Meanwhile edit number{i}."
        turn.save()
    failures = [p.stderr.read().decode() for p in processes if p.wait(timeout=300) != 0]
    assert failures == []
    for i in range(len(statements)):
        assert count(client, q=f"number{i}") == 1
    assert count(client, q="briefing", show="statements") == len(statements)
    assert Statement.objects.count() == len(statements)


def test_searches_in_threads_go_on_while_the_index_changes(search_index):
    sg = make_person("Jens Stoltenberg")
    statements = [make_press_conference(f"Briefing {i}", speaker=sg) for i in range(4)]
    stop = threading.Event()
    counts = []

    def searcher():
        client = Client()
        while not stop.is_set():
            response = client.get(
                reverse("statements:search"), {"q": "briefing", "show": "statements"}
            )
            assert response.status_code == 200, response.status_code
            counts.append(response.context["count"])

    def writer():
        try:
            for statement in statements * 3:
                turn = statement.turns.get(position=1)
                turn.text = f"{turn.text} again"
                turn.save()  # a new index generation each time
        finally:
            stop.set()

    errors = run_all([searcher, searcher, writer])
    assert errors == []
    assert counts and set(counts) == {len(statements)}
