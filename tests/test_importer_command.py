"""import_statements through call_command: statuses, robustness, idempotency, edit protection."""

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from statements.models import Caption, Exchange, Person, Statement, Turn

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# The two hand-checked samples (samples/ also holds a folder of real White House briefings).
SAMPLE_FILES = [SAMPLES / "dod-article.txt", SAMPLES / "nato-transcript.txt"]
TRANSCRIPT = """Press Conference

by the Minister of Defence following the meeting

07 Oct. 2021

Good afternoon. We discussed Russia and Ukraine.
"""


def run(*args):
    """Run the command; return (stdout, stderr, exit status)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_statements", *map(str, args), stdout=out, stderr=err)
        status = 0
    except CommandError as exc:
        err.write(str(exc))
        status = exc.returncode
    return out.getvalue(), err.getvalue(), status


def json_lines(*args):
    out, err, status = run("--json", *args)
    return [json.loads(line) for line in out.splitlines() if line.strip()], err, status


def row_counts():
    return [m.objects.count() for m in (Statement, Turn, Exchange, Caption, Person)]


def test_it_imports_a_folder_and_reports_each_file(tmp_path):
    (tmp_path / "corpus").mkdir()
    for sample in SAMPLE_FILES:
        shutil.copy(sample, tmp_path / "corpus")
    results, err, status = json_lines(tmp_path / "corpus")
    assert status == 0
    assert [(r["file"], r["status"]) for r in results] == [
        ("dod-article.txt", "imported"),
        ("nato-transcript.txt", "imported"),
    ]
    assert "Imported 2, updated 0, unchanged 0, skipped 0, failed 0." in err
    assert Statement.objects.count() == 2
    statement = Statement.objects.get(source_file="nato-transcript.txt")
    assert statement.original_text == (SAMPLES / "nato-transcript.txt").read_text()


def test_the_json_lines_carry_the_documented_keys(tmp_path):
    results, _, _ = json_lines("--dry-run", SAMPLES / "nato-transcript.txt")
    (result,) = results
    for key in [
        "file", "status", "error", "kind", "organisation", "title", "date", "location",
        "speakers", "questioners", "n_questions", "turns", "exchanges", "topics", "captions",
    ]:  # fmt: skip
        assert key in result
    assert result["status"] == "parsed"
    assert result["date"] == "2021-10-07"
    assert {"Russia", "Afghanistan", "AUKUS", "Strategic Concept"} <= set(result["topics"])
    assert Statement.objects.count() == 0  # a dry run writes nothing


def test_importing_the_same_files_twice_changes_nothing(tmp_path):
    run(*SAMPLE_FILES)
    before = list(Statement.objects.values_list("pk", "slug", "modified"))
    results, _err, status = json_lines(*SAMPLE_FILES)
    assert status == 0
    assert {r["status"] for r in results} == {"unchanged"}
    assert list(Statement.objects.values_list("pk", "slug", "modified")) == before


def test_a_changed_file_updates_its_statement_in_place(tmp_path):
    path = tmp_path / "pc.txt"
    path.write_text(TRANSCRIPT)
    run(path)
    statement = Statement.objects.get()
    path.write_text(TRANSCRIPT + "\nWe also discussed Afghanistan.\n")
    results, _, _ = json_lines(path)
    assert results[0]["status"] == "updated"
    updated = Statement.objects.get()
    assert (updated.pk, updated.slug) == (statement.pk, statement.slug)
    assert "Afghanistan" in updated.original_text
    assert Turn.objects.filter(text__contains="Afghanistan").exists()


def test_a_statement_edited_in_the_admin_is_not_overwritten_without_force(tmp_path):
    path = tmp_path / "pc.txt"
    path.write_text(TRANSCRIPT)
    run(path)
    Statement.objects.update(title="Corrected by hand", edited=True)
    path.write_text(TRANSCRIPT + "\nA new paragraph.\n")
    results, err, status = json_lines(path)
    assert results[0]["status"] == "skipped-edited"
    assert "use --force" in err
    assert status == 0
    assert Statement.objects.get().title == "Corrected by hand"
    results, _, _ = json_lines("--force", path)
    assert results[0]["status"] == "updated"
    statement = Statement.objects.get()
    assert statement.title != "Corrected by hand"
    assert not statement.edited


def test_a_renamed_copy_of_an_imported_file_is_recognised(tmp_path):
    run(SAMPLES / "dod-article.txt")
    copy = tmp_path / "same-article.txt"
    shutil.copy(SAMPLES / "dod-article.txt", copy)
    results, _, _ = json_lines(copy)
    assert results[0]["status"] == "unchanged"
    assert Statement.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\t\n", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ],
)
def test_bad_files_get_a_one_line_error_and_the_rest_go_on(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    shutil.copy(SAMPLES / "dod-article.txt", tmp_path / "z-good.txt")
    _out, err, status = run(tmp_path)
    assert status == 1
    assert f"error: {tmp_path / name}: {reason}" in err
    assert "1 of 2 file(s) failed" in err
    assert Statement.objects.count() == 1


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Statement\n\n" + "word " * 400)
    _, err, status = run("--max-bytes", 1000, path)
    assert status == 1
    assert f"error: {path}: the file is 0.0 MB, over the import limit" in err
    assert Statement.objects.count() == 0


def test_an_unreadable_file_is_reported(tmp_path):
    locked = tmp_path / "locked.txt"
    if os.geteuid() == 0:  # root reads any file: use one the kernel refuses to read
        locked.symlink_to("/proc/self/mem")
    else:
        locked.write_text("Secret")
        locked.chmod(0)
    _, err, status = run(locked, tmp_path / "missing.txt")
    assert status == 1
    assert f"error: {locked}: cannot read it: " in err
    assert f"error: {tmp_path / 'missing.txt'}: no such file or folder" in err


def test_a_zip_is_read_member_by_member_and_a_broken_zip_is_reported(tmp_path):
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SAMPLES / "nato-transcript.txt", "2021/nato.txt")
        zf.writestr("2021/notes.md", "not imported")
        zf.writestr("__MACOSX/2021/._nato.txt", "resource fork")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    results, err, status = json_lines(archive, broken)
    assert [(r["file"], r["status"]) for r in results[:1]] == [("2021/nato.txt", "imported")]
    assert f"error: {broken}: not a readable zip archive" in err
    assert status == 1


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("cp1252", b"")],
)
def test_texts_in_common_encodings_import_with_their_characters(tmp_path, encoding, bom):
    text = (
        "Doorstep\r\n\r\nby the Secretary General\r\n\r\n“We’re ready,” he said – in Brussels.\r\n"
    )
    path = tmp_path / "doc.txt"
    path.write_bytes(bom + text.encode(encoding))
    _, err, status = run(path)
    assert status == 0, err
    statement = Statement.objects.get()
    assert statement.original_text == text
    assert any("“We’re ready,” he said – in Brussels." in t.text for t in statement.turns.all())


def test_a_database_failure_midway_leaves_no_rows_of_that_file(tmp_path):
    """A real database trigger refuses one turn, after the statement row was written."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                "IF NEW.text LIKE '%REFUSE-ME%' THEN RAISE EXCEPTION 'turn refused'; END IF; "
                "RETURN NEW; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON statements_turn "
                "FOR EACH ROW EXECUTE FUNCTION refuse()"
            )
        else:
            cursor.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON statements_turn "
                "WHEN NEW.text LIKE '%REFUSE-ME%' BEGIN SELECT RAISE(ABORT, 'turn refused'); END"
            )
    bad = tmp_path / "bad.txt"
    bad.write_text(
        (SAMPLES / "nato-transcript.txt").read_text().replace("Thank you very much.", "REFUSE-ME")
    )
    before = row_counts()
    _, err, status = run(bad)
    assert status == 1
    assert f"error: {bad}: the database refused it:" in err
    assert "turn refused" in err
    assert row_counts() == before  # no statement, turn, exchange or person of that file
    _, err, status = run(SAMPLES / "nato-transcript.txt")  # the next file imports cleanly
    assert status == 0, err
    assert Statement.objects.count() == 1


def test_an_unmigrated_database_gets_a_clear_error(tmp_path):
    import subprocess
    import sys

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    env["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    result = subprocess.run(
        [sys.executable, "manage.py", "import_statements", "--dry-run", *map(str, SAMPLE_FILES)],
        cwd=SAMPLES.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "run 'python manage.py migrate' first" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_long_import_with_debug_on_does_not_keep_every_query_it_made(tmp_path, settings):
    """DEBUG keeps each query's SQL (a statement's whole text) in memory; an import is not a
    request that ends, so without clearing, a long import would hold thousands of them."""
    settings.DEBUG = True
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "t.txt").write_text(TRANSCRIPT)
    connection.queries_log.clear()
    run(tmp_path / "one")
    one_file = len(connection.queries)
    (tmp_path / "six").mkdir()
    for i in range(6):
        (tmp_path / "six" / f"t{i}.txt").write_text(TRANSCRIPT.replace("Russia", f"Russia{i}"))
    connection.queries_log.clear()
    _, _, status = run(tmp_path / "six")
    assert status == 0 and Statement.objects.count() == 7
    assert 0 < len(connection.queries) < 2 * one_file  # the last file's, not all six files'
