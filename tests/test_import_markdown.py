"""Markdown files: the YAML front matter is the statement's metadata, the markup reads as text."""

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from statements.models import Statement
from statements.parsing import read
from statements.parsing.markdown import to_plain
from tests.test_importer_command import json_lines

DATA = Path(__file__).resolve().parent / "data" / "formats"


def markdown(text: str):
    return read(text.encode(), "markdown")[1]


@pytest.mark.django_db
def test_the_front_matter_becomes_the_statements_metadata():
    [result], _, status = json_lines(DATA / "wh-briefing.md")
    assert status == 0
    statement = Statement.objects.get()
    assert statement.title == "Press Briefing by Press Secretary Jen Psaki, October 7, 2021"
    assert str(statement.date) == "2021-10-07"
    assert statement.source_url.startswith("https://www.whitehouse.gov/briefing-room/")
    assert statement.location == "James S. Brady Press Briefing Room"
    assert statement.organisation == "The White House"
    assert statement.kind == Statement.Kind.BRIEFING
    assert result["warnings"] == ["front matter field 'tags' ignored"]


@pytest.mark.django_db
def test_the_front_matter_is_not_text_and_the_file_is_kept_verbatim():
    json_lines(DATA / "wh-briefing.md")
    statement = Statement.objects.get()
    spoken = " ".join(statement.turns.values_list("text", flat=True))
    assert "source_url" not in spoken and "---" not in spoken
    assert statement.original_text == (DATA / "wh-briefing.md").read_text()


@pytest.mark.django_db
def test_markdown_labels_read_as_speakers_and_questions():
    [result], _, _ = json_lines(DATA / "wh-briefing.md")
    assert result["speakers"] == [{"name": "Jen Psaki", "role": "Press Secretary"}]
    assert result["n_questions"] == 2
    first = result["turns"][0]
    assert first["speaker_label"] == "MS. PSAKI"
    assert "highlight the importance of vaccination requirements." in first["text"]
    assert "**" not in json.dumps(result["turns"]) and "](" not in json.dumps(result["turns"])


def test_the_front_matter_overrides_what_the_text_says():
    doc = markdown(
        "---\ntitle: The real title\ndate: 8 October 2021\n---\n# A heading\n\n7 Oct. 2021\n\nWords.\n"
    )
    assert (doc.title, str(doc.date)) == ("The real title", "2021-10-08")


def test_a_markdown_file_without_front_matter_takes_its_title_from_its_heading():
    doc = markdown("# NATO Allies meet in Brussels\n\n7 October 2021\n\nAllies met **today**.\n")
    assert doc.title == "NATO Allies meet in Brussels"
    assert str(doc.date) == "2021-10-07"


def test_source_is_a_url_or_the_publisher():
    doc = markdown("---\nsource: https://www.nato.int/x.htm\n---\nWords.\n")
    assert (doc.source_url, doc.organisation) == ("https://www.nato.int/x.htm", "")
    doc = markdown("---\nsource: U.S. Department of Defense\n---\nWords.\n")
    assert doc.organisation == "U.S. Department of Defense"


def test_a_date_with_a_time_sets_both():
    doc = markdown("---\ndate: 2021-10-07T14:30:00\n---\nWords.\n")
    assert (str(doc.date), str(doc.time)) == ("2021-10-07", "14:30:00")


def test_a_rule_over_text_is_not_front_matter():
    doc = markdown("---\nAllies met today.\n\n---\n\nMore words.\n")
    assert "Allies met today." in [doc.title, *(t.text for t in doc.turns)]
    assert doc.turns[-1].text == "More words."


def test_turns_keep_the_line_numbers_of_the_file():
    doc = markdown("---\ntitle: T\n---\n\nMODERATOR: Welcome.\n\nQ: A question?\n")
    assert [t.line for t in doc.turns] == [5, 7]


@pytest.mark.parametrize(
    "front, reason",
    [
        ("title: [unclosed\n", "front matter, line 2: not valid YAML"),
        ("title: Briefing: Jen Psaki\n", "line 2: not valid YAML (mapping values are not allowed"),
        (
            "title: A briefing\ndate: next Tuesday\n",
            "line 3, field 'date': 'next Tuesday' is not a date",
        ),
        ("kind: poem\n", "line 2, field 'kind': 'poem' is no kind of statement"),
        ("time: late\n", "line 2, field 'time': 'late' is not a time"),
        ("title:\n  nested: value\n", "line 2, field 'title': expected text, not a dict"),
        ("title: A briefing\n- a stray item\n", "line 3: not valid YAML"),
    ],
)
@pytest.mark.django_db
def test_bad_front_matter_is_refused_naming_the_file_the_line_and_the_field(
    tmp_path, front, reason
):
    (tmp_path / "a-bad.md").write_text(f"---\n{front}---\n\nWords.\n")
    (tmp_path / "b-good.md").write_text("# A good one\n\nWords.\n")
    results, err, status = json_lines(tmp_path)
    assert status == 1
    assert [r["status"] for r in results] == ["error", "imported"]
    assert reason in results[0]["error"]
    assert f"error: {tmp_path / 'a-bad.md'}: {results[0]['error']}" in err


def test_markdown_markup_reads_as_plain_text():
    text = (
        "## Remarks ##\n"
        "> **Q:** On [NATO](https://nato.int) and _Ukraine_?\n"
        "* a bullet with 2 * 3\n"
        "![A photo](photo.jpg)\n"
        "[1]: https://example.org\n"
        "\\*not emphasis\\* and snake_case_name\n"
        "***\n"
    )
    assert to_plain(text).split("\n") == [
        "Remarks",
        "Q: On NATO and Ukraine?",
        "- a bullet with 2 * 3",
        "A photo",
        "",
        "*not emphasis* and snake_case_name",
        "",
        "",
    ]


@pytest.mark.django_db
def test_folders_and_zips_read_markdown_and_saved_pages(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(DATA / "wh-briefing.md", folder)
    shutil.copy(DATA / "state-briefing.html", folder / "state.htm")
    (folder / "notes.docx").write_bytes(b"PK")
    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as archive:
        archive.write(DATA / "state-briefing.html", "pages/state.html")
        archive.write(DATA / "wh-briefing.md", "pages/wh.markdown")
    results, _, status = json_lines(folder, tmp_path / "pages.zip")
    assert status == 0
    assert [(r["file"], r["status"]) for r in results] == [
        ("state.htm", "imported"),
        ("wh-briefing.md", "imported"),
        ("pages/state.html", "unchanged"),
        ("pages/wh.markdown", "unchanged"),
    ]
