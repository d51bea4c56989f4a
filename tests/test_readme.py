"""The README's quick start is two commands, and it says what a newcomer asks next."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def test_the_quick_start_is_exactly_two_commands():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```sh\n(.*?)```", section, re.S)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["./dev serve", "./dev test"]


def test_it_says_how_to_serve_on_another_port_and_see_each_imported_file():
    assert "PORT=8001 ./dev serve" in README
    assert "import_statements -v 2" in README


@pytest.mark.django_db
def test_verbosity_two_prints_one_line_per_imported_file(capsys, search_index):
    samples = [ROOT / "samples" / name for name in ("dod-article.txt", "nato-transcript.txt")]
    call_command("import_statements", *map(str, samples), verbosity=2)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == ["imported", "imported"]
    assert lines[0].startswith("imported: ") and "samples/dod-article.txt" in lines[0]
    assert lines[2].startswith("Imported 2, updated 0")
    assert lines[3] == "Parsed in this process; indexed in this process after the last file."
