"""People and outlets made by importing real briefings are people and outlets.

Anonymous speakers stay as printed but are nobody in the people index; a surname printed alone
is the person the document or the archive names in full, never a second person; a journalist's
first name alone links to a Person only without doubt; where the name came from is kept on the
turn and shown, discreetly, on the statement and exchange pages.
"""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from statements.models import Exchange, Outlet, Person, Statement, Turn
from tests.factories import make_person, make_statement, make_turn

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


def briefing(title: str, date: str, *paragraphs: str) -> str:
    body = "\n\n".join(
        p.replace("Q ", f"Q{NBSP * 4}", 1) if p[:2] == "Q " else p for p in paragraphs
    )
    return f"{title}\n\n{date}\n\nJames S. Brady Press Briefing Room\n\n{body}\n\nEND\n"


def imported(tmp_path, name: str, text: str) -> Statement:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    call_command("import_statements", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    return Statement.objects.get(source_file=name)


def names() -> list[str]:
    return sorted(Person.objects.values_list("name", flat=True))


def test_anonymous_speakers_are_kept_as_printed_but_are_nobody_in_the_index(client, tmp_path):
    statement = imported(
        tmp_path,
        "call.txt",
        briefing(
            "Background Press Call by Senior Administration Officials on Trade",
            "March 3, 2023",
            "MODERATOR: Thanks, everyone. Our speakers are senior administration officials.",
            "SENIOR ADMINISTRATION OFFICIAL: Thank you. Two points on trade today.",
            "MODERATOR: Let's go to Ann Lee at Reuters.",
            "Q Thanks. Is the deal done?",
            "SENIOR ADMINISTRATION OFFICIAL: Not yet.",
        ),
    )
    assert names() == ["Ann Lee"]
    labels = statement.turns.values_list("speaker_label", flat=True)
    assert "SENIOR ADMINISTRATION OFFICIAL" in labels and "MODERATOR" in labels
    official = statement.turns.filter(speaker_label="SENIOR ADMINISTRATION OFFICIAL").first()
    assert official.speaker is None and official.role == "Senior Administration Official"
    for tab in ("officials", "journalists"):
        page = client.get(reverse("statements:people"), {"show": tab}).content.decode()
        assert "Senior Administration Official" not in page and "Moderator" not in page
    assert "Ann Lee" in page


def test_the_people_index_never_lists_a_plural_group_from_the_title(tmp_path):
    imported(
        tmp_path,
        "covid.txt",
        briefing(
            "Press Briefing by White House COVID-19 Response Team and Public Health Officials",
            "March 3, 2023",
            "MR. ZIENTS: Good afternoon. Let's open it up for questions.",
            "MODERATOR: First, Ann Lee at Reuters.",
            "Q Is the booster coming?",
            "MR. ZIENTS: Yes.",
        ),
    )
    assert "Health Officials" not in names() and "Public Health Officials" not in names()


def test_a_role_word_stays_out_of_a_name_given_by_the_title(tmp_path):
    imported(
        tmp_path,
        "cea.txt",
        briefing(
            "Press Briefing by Press Secretary Dana Wells and Council of Economic Advisers "
            "Member Jared Bernstein",
            "March 3, 2023",
            "MS. WELLS: Good afternoon. Jared, go ahead.",
            "MR. BERNSTEIN: Thanks, Dana. The jobs report is strong.",
            "Q Is inflation coming down?",
            "MR. BERNSTEIN: It is.",
        ),
    )
    assert names() == ["Dana Wells", "Jared Bernstein"]


def test_a_surname_label_is_the_full_name_the_document_gives(tmp_path):
    statement = imported(
        tmp_path,
        "cdc.txt",
        briefing(
            "Press Briefing by White House COVID-19 Response Team and Public Health Officials",
            "March 3, 2023",
            "MR. ZIENTS: Good afternoon. Today we are joined by CDC Director Dr. Rochelle "
            "Walensky. Dr. Walensky.",
            "DR. WALENSKY: Thank you, Jeff. Cases are falling across the country.",
            "MODERATOR: First, Ann Lee at Reuters.",
            "Q Dr. Walensky, is the guidance changing?",
            "DR. WALENSKY: Not this week.",
        ),
    )
    walensky = statement.turns.filter(speaker_label="DR. WALENSKY")
    assert {t.speaker.name for t in walensky} == {"Rochelle Walensky"}
    assert "Walensky" not in names()


def test_a_surname_alone_and_the_full_name_later_are_one_person(tmp_path):
    speech = (
        "MR. LANDRY: Good afternoon. We'll take questions.",
        "MODERATOR: First, Ann Lee at Reuters.",
        "Q Is the deal done?",
        "MR. LANDRY: Not yet.",
    )
    first = imported(
        tmp_path, "a.txt", briefing("Press Briefing on Trade", "March 3, 2023", *speech)
    )
    assert "Landry" in names()
    second = imported(
        tmp_path,
        "b.txt",
        briefing("Press Briefing by Trade Envoy Paul Landry", "March 4, 2023", *speech),
    )
    assert names() == ["Ann Lee", "Paul Landry"]
    person = Person.objects.get(name="Paul Landry")
    assert person.alias_list == ["Landry"]
    assert {t.speaker_id for t in first.turns.filter(speaker_label="MR. LANDRY")} == {person.pk}
    assert {t.speaker_id for t in second.turns.filter(speaker_label="MR. LANDRY")} == {person.pk}
    # and once known in full, a surname alone is that person
    third = imported(
        tmp_path, "c.txt", briefing("Press Briefing on Tariffs", "March 5, 2023", *speech)
    )
    assert {t.speaker_id for t in third.turns.filter(speaker_label="MR. LANDRY")} == {person.pk}
    assert Person.objects.count() == 2


def test_a_surname_two_people_share_is_the_one_of_that_role_or_nobody():
    from statements.resolvers import People

    statement = make_statement()
    anna = make_person("Anna Brooks")
    make_person("Tom Brooks")
    make_turn(statement, speaker=anna, role="Press Secretary", position=1)
    people = People()
    assert people.by_surname("Brooks", "Press Secretary") == anna.pk
    assert people.by_surname("Brooks", "Ambassador") is None
    assert people.by_surname("Brooks") is None
    assert Person.objects.count() == 2


def test_a_first_name_alone_links_only_to_the_one_journalist_with_that_alias(tmp_path):
    steve = make_person("Steve Holland", aliases="Steve")
    statement = make_statement()
    make_turn(statement, speaker=steve, kind=Turn.Kind.QUESTION, position=1)
    imported_statement = imported(
        tmp_path,
        "floor.txt",
        briefing(
            "Press Briefing by Press Secretary Dana Wells",
            "March 3, 2023",
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet. Go ahead, Nadia.",
            "Q On Iran?",
            "MS. WELLS: Nothing new.",
        ),
    )
    first, second = imported_statement.turns.filter(kind=Turn.Kind.QUESTION)
    assert (first.named_as, first.name_source, first.speaker) == ("Steve", "floor", steve)
    assert (second.named_as, second.name_source, second.speaker) == ("Nadia", "floor", None)
    assert Exchange.objects.get(question=first).journalist == steve
    assert "Nadia" not in names()


def test_a_first_name_two_journalists_have_as_alias_links_to_nobody(tmp_path):
    statement = make_statement()
    for i, name in enumerate(["Steve Holland", "Steve Portnoy"], 1):
        make_turn(
            statement,
            speaker=make_person(name, aliases="Steve"),
            kind=Turn.Kind.QUESTION,
            position=i,
        )
    imported_statement = imported(
        tmp_path,
        "floor.txt",
        briefing(
            "Press Briefing by Press Secretary Dana Wells",
            "March 3, 2023",
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet.",
        ),
    )
    question = imported_statement.turns.get(kind=Turn.Kind.QUESTION)
    assert (question.named_as, question.speaker) == ("Steve", None)


def test_the_statement_and_exchange_pages_say_discreetly_who_named_the_journalist(client, tmp_path):
    statement = imported(
        tmp_path,
        "named.txt",
        briefing(
            "Press Briefing by Press Secretary Dana Wells",
            "March 3, 2023",
            "MS. WELLS: Good afternoon. Go ahead, Nadia.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet. Go ahead.",
            "Q Hi, I'm Maria Lopez with Univision. On the border?",
            "MS. WELLS: It is open.",
        ),
    )
    page = client.get(statement.get_absolute_url()).content.decode()
    assert (
        '<span class="speaker-name">Nadia</span><span class="name-source">(named by the briefer)'
        in page
    )
    assert 'Maria Lopez</a><span class="name-source">(introduced themself)</span>' in page
    assert Outlet.objects.filter(name="Univision").exists()
    exchange = statement.exchanges.get(position=1)
    page = client.get(exchange.get_page_url()).content.decode()
    assert "(named by the briefer)" in page
    data = client.get(reverse("api:statement", kwargs={"slug": statement.slug})).json()
    first = next(t for t in data["turns"] if t["kind"] == "question")
    assert (first["named_as"], first["name_source"], first["speaker"]) == ("Nadia", "floor", None)
