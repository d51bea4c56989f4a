import datetime

import pytest
from django.db import IntegrityError, transaction

from statements.models import Person, Statement, Turn
from tests.factories import make_exchange, make_outlet, make_person, make_statement, make_turn

pytestmark = pytest.mark.django_db


def test_a_statement_slug_is_its_date_and_title():
    statement = make_statement(title="Press Conference by the Secretary General")
    assert statement.slug == "2021-10-07-press-conference-by-the-secretary-general"
    assert statement.get_absolute_url() == f"/statements/{statement.slug}/"


def test_two_statements_with_the_same_date_and_title_get_distinct_slugs():
    first = make_statement(title="Doorstep")
    second = make_statement(title="Doorstep")
    assert first.slug != second.slug
    assert second.slug == first.slug + "-2"


def test_a_duplicate_slug_is_refused_by_the_database():
    first = make_statement()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_statement(slug=first.slug)


def test_a_duplicate_turn_position_is_refused():
    statement = make_statement()
    make_turn(statement, position=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_turn(statement, position=1)


def test_the_same_source_file_cannot_be_two_statements():
    make_statement(source_file="a.txt")
    make_statement(source_file="")  # hand-made statements have no file and do not clash
    make_statement(source_file="")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_statement(source_file="a.txt")


def test_statements_are_listed_newest_first():
    old = make_statement(date=datetime.date(2019, 1, 1))
    new = make_statement(date=datetime.date(2022, 1, 1))
    assert list(Statement.objects.all()) == [new, old]


def test_turns_come_back_in_document_order_whatever_the_insertion_order():
    statement = make_statement()
    make_turn(statement, "third", position=3)
    make_turn(statement, "first", position=1)
    make_turn(statement, "second", position=2)
    assert [t.text for t in statement.turns.all()] == ["first", "second", "third"]


def test_between_filters_by_inclusive_date_range():
    inside = make_statement(date=datetime.date(2021, 5, 1))
    make_statement(date=datetime.date(2020, 5, 1))
    found = Statement.objects.between(datetime.date(2021, 1, 1), datetime.date(2021, 5, 1))
    assert list(found) == [inside]


def test_turn_queryset_separates_questions_from_answers():
    statement = make_statement()
    minister = make_person("Minister")
    exchange = make_exchange(statement, make_person("Reporter"), answers=[(minister, "Yes.")])
    assert list(Turn.objects.questions()) == [exchange.question]
    assert [t.text for t in Turn.objects.answers()] == ["Yes."]


def test_strings_and_urls_name_what_a_reader_sees():
    statement = make_statement(title="Doorstep statement")
    person = make_person("Jens Stoltenberg")
    outlet = make_outlet("Verdens Gang")
    turn = make_turn(statement, "Good morning.", speaker=person)
    exchange = make_exchange(statement, make_person("Alf Bjarne Johnsen"), outlet)
    assert str(statement) == "2021-10-07 Doorstep statement"
    assert str(person) == "Jens Stoltenberg"
    assert person.get_absolute_url() == "/people/jens-stoltenberg/"
    assert outlet.get_absolute_url() == "/outlets/verdens-gang/"
    assert str(turn) == "Jens Stoltenberg: Good morning."
    assert turn.get_absolute_url().endswith("#t1")
    assert exchange.get_absolute_url().endswith("#q1")
    assert "Alf Bjarne Johnsen" in str(exchange)


def test_an_alias_is_added_once_whatever_its_case():
    person = Person(name="Oana Lungescu")
    assert person.add_alias("O. Lungescu")
    assert not person.add_alias("o. lungescu")
    assert not person.add_alias("OANA LUNGESCU")
    assert person.alias_list == ["O. Lungescu"]
