"""A re-import never overwrites an admin edit, even one committed while the import waits for
the write lock; a reindex that reads a statement while a re-import replaces it does not fail.

The race runs in real processes: a long-lived importer process re-imports each file the moment
an admin save (through the admin's change view, held open for EDIT_SECONDS) has begun, so the
importer reads the statement before the edit commits and writes after it.
"""

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models.signals import post_save
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import reverse

from statements.indexing import documents_for
from statements.models import Statement, Turn
from tests.test_admin import statement_form_data

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parent.parent
ATTEMPTS = 24
EDIT_SECONDS = 0.3

IMPORTER = """
import io, json, sys
import django
django.setup()
from django.core.management import CommandError, call_command
print("ready", flush=True)
for line in sys.stdin:
    out = io.StringIO()
    try:
        call_command("import_statements", line.strip(), as_json=True, stdout=out, stderr=io.StringIO())
    except CommandError:  # the file failed: its JSON line says why
        pass
    print(out.getvalue().strip().splitlines()[-1], flush=True)
"""


def database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def subprocess_env() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url(),
        "WHOOSH_PATH": settings.HAYSTACK_CONNECTIONS["default"]["PATH"],
    }


def write_release(path: Path, n: int, version: int) -> None:
    path.write_text(
        f"Allies agree plan number {n}\n\n"
        "12 Mar. 2024\n\n"
        f"Ministers met today and agreed plan number {n}, version {version}.\n\n"
        f"The plan covers readiness and version{version}word for the Alliance.\n"
    )


@pytest.fixture
def importer_process():
    process = subprocess.Popen(
        [sys.executable, "-c", IMPORTER],
        cwd=ROOT,
        env=subprocess_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.stdin.close()
    process.wait(timeout=60)


def count(client, **params):
    return client.get(reverse("statements:search"), params).context["count"]


def turn_form_data(turn, text):
    data = {k: v for k, v in model_to_dict(turn).items() if v is not None and k != "id"}
    return data | {"text": text}


def test_no_admin_edit_is_lost_to_a_reimport_waiting_for_the_write_lock(
    search_index, django_user_model, tmp_path, importer_process
):
    """Half the edits are made on the statement's page (with its turns inline), half on a
    turn's own page."""
    files = [tmp_path / f"plan{n}.txt" for n in range(ATTEMPTS)]
    for n, path in enumerate(files):
        write_release(path, n, version=1)
    call_command("import_statements", str(tmp_path), verbosity=0)
    for n, path in enumerate(files):
        write_release(path, n, version=2)  # changed since: a re-import updates the statement

    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client = Client()
    client.force_login(user)
    waiting = []

    def hold_the_edit_open(sender, **kwargs):
        # The admin's transaction has written the statement or the turn: start the re-import
        # of its file, then keep the transaction open, as a slow save would.
        if waiting:
            importer_process.stdin.write(f"{waiting.pop()}\n")
            importer_process.stdin.flush()
            time.sleep(EDIT_SECONDS)

    statuses = []
    post_save.connect(hold_the_edit_open, sender=Statement)
    post_save.connect(hold_the_edit_open, sender=Turn)
    try:
        for n, path in enumerate(files):
            statement = Statement.objects.get(source_file=path.name)
            turn = statement.turns.order_by("position").first()
            text = f"Edited by a person: edit{n}mark."
            if n % 2:
                url = reverse("admin:statements_turn_change", args=[turn.pk])
                data = turn_form_data(turn, text)
            else:
                url = reverse("admin:statements_statement_change", args=[statement.pk])
                data = statement_form_data(statement, {("turns", 0): {"text": text}})
            waiting.append(path)
            response = client.post(url, data)
            assert response.status_code == 302, response.status_code
            assert not waiting
            statuses.append(json.loads(importer_process.stdout.readline())["status"])
    finally:
        post_save.disconnect(hold_the_edit_open, sender=Statement)
        post_save.disconnect(hold_the_edit_open, sender=Turn)

    lost = []
    for n, path in enumerate(files):
        statement = Statement.objects.get(source_file=path.name)
        first = statement.turns.order_by("position").first()
        if not (statement.edited and f"edit{n}mark" in first.text):
            lost.append(n)
    print(f"\nlost edits: {len(lost)} of {ATTEMPTS} (re-import statuses: {set(statuses)})")
    assert lost == [], f"{len(lost)} of {ATTEMPTS} edits lost: {lost}"
    assert statuses == ["skipped-edited"] * ATTEMPTS
    for n in range(ATTEMPTS):
        assert count(client, q=f"edit{n}mark") == 1
    assert count(client, q="version2word") == 0


def test_a_reindex_reading_a_statement_while_a_reimport_replaces_it_does_not_fail(
    search_index, tmp_path
):
    transcript = (
        "Press conference by the Secretary General\n\n"
        "Press conference by NATO Secretary General Jens Stoltenberg\n\n"
        "Jens Stoltenberg (NATO Secretary General): Good afternoon. Allies met today.\n\n"
        "Oana Lungescu (NATO Spokesperson): We will take questions. Reuters.\n\n"
        "Q: Will allies send more air defence {word}?\n\n"
        "Jens Stoltenberg (NATO Secretary General): Allies will do more.\n"
    )
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(transcript.format(word="alpha"))
    second.write_text(transcript.format(word="bravo"))
    call_command("import_statements", str(tmp_path), verbosity=0)
    ids = list(Statement.objects.order_by("pk").values_list("pk", flat=True))
    assert Statement.objects.get(pk=ids[1]).exchanges.exists()

    documents = documents_for(ids)
    next(documents)  # the batch is read, the first statement's documents are being made
    second.write_text(transcript.format(word="charlie"))
    call_command("import_statements", str(second), verbosity=0, stdout=io.StringIO())
    made = list(documents)  # the second statement's turns were replaced meanwhile

    texts = " ".join(doc["text"] for doc in made)
    assert "charlie" in texts
    assert "bravo" not in texts
