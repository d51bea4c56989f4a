"""A journalist the briefer names as they give the floor keeps it: their later questions are
theirs too, said to be follow-ups of the named questioner, until the floor is given again or
someone else plainly speaks."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from statements.models import Statement, Turn
from statements.parsing import document as d
from statements.parsing import parse
from tests.test_parsing_questioners import briefing


def named(text: str) -> list[tuple[str, str]]:
    """(named_as, name_source) of each question."""
    return [(t.named_as, t.name_source) for t in parse(text).turns if t.kind == d.T_QUESTION]


def test_the_named_journalist_asks_every_question_until_the_floor_is_given_again():
    assert named(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet.",
            "Q When will it be?",
            "MS. WELLS: Within the month, we hope.",
            "Q Another topic: is the President traveling to Ohio?",
            "MS. WELLS: On Friday.",
            "Go ahead.",
            "Q On trade, any news?",
            "MS. WELLS: None.",
        )
    ) == [
        ("Steve", "floor"),
        ("Steve", "follow_up"),
        ("Steve", "follow_up"),
        ("", ""),  # "Go ahead.": someone else has the floor
    ]


def test_calling_on_someone_else_ends_the_named_journalists_turn():
    for call in (
        "Rob, make it a good one.",
        "Let's take one from the back.",
        "Kaitlan is going to be the last one.",
        "Let me go all the way to the back.",
        "I'm trying to call on people I haven't called on.",
    ):
        questions = named(
            briefing(
                "MS. WELLS: Good afternoon. Go ahead, Steve.",
                "Q Is the deal done?",
                f"MS. WELLS: Not yet. {call}",
                "Q What about the border?",
                "MS. WELLS: We are working on it.",
            )
        )
        assert questions == [("Steve", "floor"), ("", "")], call


def test_a_journalist_who_opens_their_own_turn_is_not_the_one_named_before():
    assert named(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet.",
            "Q Thanks, Dana. I wanted to ask about the border: is it open?",
            "MS. WELLS: It is.",
            "Q Thanks.",
            "MS. WELLS: Sure.",
        )
    ) == [("Steve", "floor"), ("", ""), ("", "")]
    assert named(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet.",
            "Q Thank you. First, on the jobs report: is it good news?",
            "MS. WELLS: Very.",
        )
    ) == [("Steve", "floor"), ("", "")]
    assert named(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet.",
            "Q Hi, switching topics.",
            "MS. WELLS: Sure.",
            "Q On Karen's question, is the border open?",
            "MS. WELLS: It is.",
        )
    ) == [("Steve", "floor"), ("", ""), ("", "")]
    assert named(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Karen.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet.",
            "Q To follow up on Karen's question, when will it be?",
            "MS. WELLS: Soon.",
        )
    ) == [("Karen", "floor"), ("", "")]


def test_cross_talk_leaves_the_next_question_unnamed():
    assert named(
        briefing(
            "MS. WELLS: Go ahead, Patsy.",
            "Q Just following up — (Cross-talk.)",
            "MS. WELLS: Let Patsy — I just answered —",
            "Q You keep saying that the cases were found there. Is that not false?",
            "MS. WELLS: I answered that.",
        )
    ) == [("Patsy", "floor"), ("", "")]


def test_a_thanks_alone_stays_with_the_journalist_who_has_the_floor():
    assert named(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet.",
            "Q Thank you.",
            "MS. WELLS: Sure.",
        )
    ) == [("Steve", "floor"), ("Steve", "follow_up")]


@pytest.mark.django_db
def test_the_page_says_a_turn_is_a_follow_up_of_the_named_questioner(client, tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Thanks. Steve Holland, Reuters. Is the deal done?",
            "MS. WELLS: Not yet.",
            "Q Another topic: is the President traveling to Ohio?",
            "MS. WELLS: On Friday.",
        ),
        encoding="utf-8",
    )
    call_command("import_statements", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    statement = Statement.objects.get()
    first, second = statement.turns.filter(kind=Turn.Kind.QUESTION).order_by("position")
    assert (first.name_source, second.name_source) == ("introduction", "follow_up")
    assert second.speaker is not None and second.speaker.name == "Steve Holland"
    page = client.get(statement.get_absolute_url()).content.decode()
    assert "(follow-up of the named questioner)" in page
    api = client.get(reverse("api:statement", args=[statement.slug])).json()
    sources = [t["name_source"] for t in api["turns"] if t["kind"] == "question"]
    assert sources == ["introduction", "follow_up"]
