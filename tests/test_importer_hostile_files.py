"""What the importer refuses to read: links out of a folder, devices and FIFOs, system files,
zip members that climb out of the archive or are links, and zip members that inflate past
the size limit whatever size they declare. Each is reported with its reason and counted."""

import os
import shutil
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from statements.models import Statement
from statements.sources import TooLarge, iter_sources
from tests.test_importer_command import SAMPLES, json_lines, run

pytestmark = pytest.mark.django_db


def test_a_link_to_a_system_file_inside_a_folder_is_refused_not_published(tmp_path):
    shutil.copy(SAMPLES / "dod-article.txt", tmp_path / "article.txt")
    (tmp_path / "passwd.txt").symlink_to("/etc/passwd")
    _out, err, status = run(tmp_path)
    assert (
        f"refused: {tmp_path / 'passwd.txt'}: a symbolic link (to /etc/passwd): not followed"
        in (err)
    )
    assert "Imported 1, updated 0, unchanged 0, skipped 0, refused 1, failed 0." in err + _out
    assert status == 1
    assert list(Statement.objects.values_list("source_file", flat=True)) == ["article.txt"]
    assert not Statement.objects.filter(original_text__contains="root:").exists()


def test_a_linked_folder_inside_a_folder_is_not_walked(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(SAMPLES / "dod-article.txt", outside / "secret.txt")
    imported = tmp_path / "imported"
    imported.mkdir()
    (imported / "more").symlink_to(outside, target_is_directory=True)
    results, _err, status = json_lines(imported)
    assert [(r["file"], r["status"]) for r in results] == [("more", "refused")]
    assert "a symbolic link" in results[0]["error"]
    assert status == 1
    assert Statement.objects.count() == 0


def test_a_fifo_named_like_a_text_file_is_refused_without_waiting_for_it(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it to read would wait for a writer forever
    shutil.copy(SAMPLES / "dod-article.txt", tmp_path / "z-article.txt")
    results, _err, status = json_lines(tmp_path)
    assert [(r["file"], r["status"], r["error"]) for r in results] == [
        ("pipe.txt", "refused", "a FIFO, not a regular file"),
        ("z-article.txt", "imported", None),
    ]
    assert status == 1


def test_a_fifo_or_a_system_file_given_directly_is_an_error(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    _out, err, status = run(tmp_path / "pipe.txt", "/proc/self/environ")
    assert f"error: {tmp_path / 'pipe.txt'}: cannot read it: a FIFO, not a regular file" in err
    assert "error: /proc/self/environ: cannot read it: " in err
    assert "is a system file, not a document" in err
    assert status == 1
    assert Statement.objects.count() == 0


def test_a_link_given_directly_is_followed_to_its_file(tmp_path):
    shutil.copy(SAMPLES / "dod-article.txt", tmp_path / "article.txt")
    (tmp_path / "latest.txt").symlink_to(tmp_path / "article.txt")
    _out, err, status = run(tmp_path / "latest.txt")
    assert status == 0, err
    assert Statement.objects.get().source_file == "latest.txt"


def unsafe_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(SAMPLES / "nato-transcript.txt", "2021/nato.txt")
        zf.writestr("../../evil.txt", "Statement\n\nclimbing out")
        zf.writestr("/etc/evil.txt", "Statement\n\nabsolute")
        link = zipfile.ZipInfo("2021/link.txt")
        link.external_attr = 0o120777 << 16  # a symbolic link, as Info-ZIP stores it
        zf.writestr(link, "/etc/passwd")
    return path


def test_every_unsafe_zip_member_is_refused_with_its_reason_and_counted(tmp_path):
    archive = unsafe_zip(tmp_path / "batch.zip")
    results, err, status = json_lines(archive)
    assert sorted((r["file"], r["status"]) for r in results) == [
        ("../../evil.txt", "refused"),
        ("/etc/evil.txt", "refused"),
        ("2021/link.txt", "refused"),
        ("2021/nato.txt", "imported"),
    ]
    assert f"refused: {archive}:../../evil.txt: its name climbs out of the archive" in err
    assert f"refused: {archive}:/etc/evil.txt: an absolute path in the archive" in err
    assert f"refused: {archive}:2021/link.txt: a symbolic link in the archive" in err
    assert "Imported 1, updated 0, unchanged 0, skipped 0, refused 3, failed 0." in err
    assert status == 1
    assert Statement.objects.count() == 1


def lying_zip(path: Path, real_size: int, declared: int) -> Path:
    """A zip whose one member declares ``declared`` bytes but inflates to ``real_size``."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"Statement\n\n" + b"a" * real_size)
    data = bytearray(path.read_bytes())
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, declared)
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))
    return path


def test_a_zip_member_that_lies_about_its_size_is_read_only_up_to_the_limit(tmp_path):
    archive = lying_zip(tmp_path / "bomb.zip", real_size=200_000_000, declared=1_000)
    (source,) = iter_sources([archive])
    assert source.size == 1_000
    tracemalloc.start()
    try:
        with pytest.raises((TooLarge, zipfile.BadZipFile)):
            source.read(5_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # not the 200 MB it inflates to


def test_a_zip_member_inflating_past_the_limit_is_an_error_for_that_member(tmp_path):
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", b"Statement\n\n" + b"word " * 6_000)
        zf.write(SAMPLES / "nato-transcript.txt", "nato.txt")
    lying = lying_zip(tmp_path / "lying.zip", real_size=50_000, declared=500)
    results, err, status = json_lines("--max-bytes", 20_000, archive, lying)
    assert [(r["file"], r["status"]) for r in results] == [
        ("big.txt", "error"),
        ("nato.txt", "imported"),
        ("bomb.txt", "error"),
    ]
    assert f"error: {archive}:big.txt: the file is 0.0 MB, over the import limit" in err
    assert f"error: {lying}:bomb.txt: " in err
    assert status == 1
