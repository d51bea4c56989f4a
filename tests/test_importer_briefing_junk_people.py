"""Importing briefings makes people only of people and outlets only of outlets.

A colon inside a sentence that wraps onto a new line ("... a key priority of the" / "Biden
administration: to both ..."), a quotation or a list item opened by a name or a place in a
transcript whose labels are in capitals ("North Carolina: Unvaccinated ..."), the object of a
post printed before its holder's name ("Senior Director for the Western Hemisphere Juan
Gonzalez"), a post printed alone ("NSC SPOKESPERSON:") or misprinted ("ACTING ADMINSTRATOR"),
a verb after the briefers in a title ("Officials Previewing the Summit"), a body the title names
("with the Regional Reporters Association") and a nickname a journalist gives themself are none
of them a person or an outlet.
"""

import io

import pytest
from django.core.management import call_command

from statements.models import Outlet, Person, Statement
from statements.parsing import parse
from statements.parsing.principals import read
from statements.parsing.roles import split_role_name

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


def briefing(title: str, *paragraphs: str) -> str:
    body = "\n\n".join(
        p.replace("Q ", f"Q{NBSP * 4}", 1) if p[:2] == "Q " else p for p in paragraphs
    )
    return f"{title}\n\nMarch 3, 2023\n\nJames S. Brady Press Briefing Room\n\n{body}\n\nEND\n"


def imported(tmp_path, text: str) -> Statement:
    path = tmp_path / "briefing.txt"
    path.write_text(text, encoding="utf-8")
    call_command("import_statements", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    return Statement.objects.get(source_file="briefing.txt")


def test_words_before_a_colon_inside_a_sentence_or_a_quotation_are_nobody(tmp_path):
    statement = imported(
        tmp_path,
        briefing(
            "Press Briefing by Press Secretary Dana Wells",
            "MS. WELLS: Good afternoon. We have new figures from the states.",
            "North Carolina: Unvaccinated people make up 99 percent of new cases.",
            "Senator Kevin Kramer: “It’s sort of fun to watch.”",
            "Q Thanks, Dana. Is vaccination still the priority?",
            "MS. WELLS: Yeah, obviously a key priority of the\n"
            "Biden administration: to both vaccinate our own country and lead.",
            "Q And the states, you referenced the numbers coming down by\n"
            "Q4: is that still the plan?",
            "MS. WELLS: It is.",
        ),
    )
    assert list(Person.objects.values_list("name", flat=True)) == ["Dana Wells"]
    assert [t.speaker_label for t in statement.turns.order_by("position")] == [
        "MS. WELLS",
        "Q",
        "MS. WELLS",
        "Q",
        "MS. WELLS",
    ]
    second = statement.turns.get(position=3)
    assert "priority of the Biden administration: to both" in " ".join(second.text.split())


def test_the_object_of_a_post_stays_in_the_post_and_out_of_the_name(tmp_path):
    imported(
        tmp_path,
        briefing(
            "Press Briefing by Press Secretary Dana Wells and Senior Director for International"
            " Economics and Competitiveness Peter Harrell",
            "MS. WELLS: Good afternoon. Peter will start.",
            "MR. HARRELL: Thank you, Dana. Supply chains first.",
            "Q Is the order signed?",
            "MR. HARRELL: This afternoon.",
        ),
    )
    harrell = Person.objects.get(name="Peter Harrell")
    assert sorted(Person.objects.values_list("name", flat=True)) == ["Dana Wells", "Peter Harrell"]
    assert harrell.turns.first().role == (
        "Senior Director for International Economics and Competitiveness"
    )
    assert (
        split_role_name(
            "National Security Council Senior Director for the Western Hemisphere Juan Gonzalez"
        )[1]
        == "Juan Gonzalez"
    )


def test_a_post_printed_alone_or_misprinted_names_nobody_new(tmp_path):
    statement = imported(
        tmp_path,
        briefing(
            "Background Press Call by Senior Administration Officials Previewing the Summit",
            "NSC SPOKESPERSON: Thanks for joining. Our briefers are senior officials.",
            "ACTING ADMINSTRATOR SLAVITT: Thank you. Two points today.",
            "Q Is the summit on?",
            "ACTING ADMINISTRATOR SLAVITT: It is.",
        ),
    )
    assert list(Person.objects.values_list("name", flat=True)) == ["Slavitt"]
    spokesperson = statement.turns.get(speaker_label="NSC SPOKESPERSON")
    assert spokesperson.speaker is None and spokesperson.role == "NSC Spokesperson"
    misprinted = statement.turns.get(speaker_label="ACTING ADMINSTRATOR SLAVITT")
    assert misprinted.role == "Acting Administrator"


def test_a_body_the_title_names_is_no_principal():
    cast = read(
        "On-the-Record Press Call with the Regional Reporters Association by White House"
        " Coordinator for Operation Allies Welcome Jack Markell",
        [],
        False,
    )
    assert cast.principals == [
        ("Jack Markell", "White House Coordinator for Operation Allies Welcome")
    ]


def test_a_nickname_a_journalist_gives_themself_is_no_outlet(tmp_path):
    doc = parse(
        briefing(
            "Press Briefing by Press Secretary Dana Wells",
            "MS. WELLS: Good afternoon. Go ahead.",
            "Q Sebastian Smith, Flamingo Guy. There you go. Is the deal done?",
            "MS. WELLS: Not yet.",
        )
    )
    question = next(t for t in doc.turns if t.kind == "question")
    assert (question.speaker, question.outlet) == ("Sebastian Smith", "")
    imported(
        tmp_path,
        briefing(
            "Press Briefing by Press Secretary Dana Wells",
            *[
                "MS. WELLS: Good afternoon. Go ahead.",
                "Q Sebastian Smith, Flamingo Guy. There you go. Is the deal done?",
                "MS. WELLS: Not yet.",
            ],
        ),
    )
    assert not Outlet.objects.exists()
