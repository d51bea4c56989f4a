"""A UN noon briefing's section headings are printed in Markdown's bold, often unclosed
("**Ukraine"): the speech shows them without the stars, the original text keeps them, and
other publishers' lines that begin with stars are left as they are."""

import io

import pytest
from django.core.management import call_command

from statements.models import Statement
from statements.parsing import parse

NOON = """Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

3 March 2023

The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, \
Spokesman for the Secretary-General.

Good afternoon.

**Secretary-General’s Travels

The Secretary-General is in Doha today.

**Ukraine**

A convoy of ten trucks reached Chasiv Yar yesterday.

**Questions and Answers

Spokesman: Edie?

Question: Thank you, Steph. Any comment on the grain deal?

Spokesman: We welcome its extension.
"""


def test_the_noon_briefings_headings_lose_their_stars_in_the_speech():
    doc = parse(NOON)
    first = doc.turns[0]
    assert first.speaker == "Stéphane Dujarric"
    assert first.text == (
        "Good afternoon.\n\nSecretary-General’s Travels\n\nThe Secretary-General is in Doha"
        " today.\n\nUkraine\n\nA convoy of ten trucks reached Chasiv Yar yesterday."
    )
    assert all("**" not in t.text for t in doc.turns)
    assert doc.n_questions() == 1


def test_stars_of_other_publishers_stay_as_printed():
    doc = parse(
        "Press Briefing by Press Secretary Dana Wells\n\nMarch 3, 2023\n\n"
        "MS. WELLS: Good afternoon.\n\n**Ukraine\n\nA convoy arrived.\n\n"
        "Q: Any comment?\n\nMS. WELLS: None.\n"
    )
    assert doc.turns[0].text.startswith("Good afternoon.\n\n**Ukraine")


@pytest.mark.django_db
def test_the_imported_original_keeps_the_stars(tmp_path):
    path = tmp_path / "noon.txt"
    path.write_text(NOON, encoding="utf-8")
    call_command("import_statements", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    statement = Statement.objects.get()
    assert statement.original_text == NOON
    assert "**Ukraine**" in statement.original_text
    assert not statement.turns.filter(text__contains="**").exists()
