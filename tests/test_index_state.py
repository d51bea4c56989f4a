"""The database knows which statements the search index holds in their latest version: every
kind of change leaves its statements awaiting indexing until the index has committed them, so
nothing is forgotten when the index cannot be written."""

import io
import shutil

import pytest
from django.core.management import call_command
from django.db import transaction

from statements.merging import merge
from statements.models import Caption, Person, Statement, StatementTopic, Topic
from tests.factories import make_outlet, make_person, make_press_conference
from tests.processes import INDEX

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def statement(search_index):
    statement = make_press_conference(
        "Defence ministers meet",
        speaker=make_person("Jens Stoltenberg"),
        opening="Allies discussed readiness.",
        exchanges=[(make_person("Teri Schultz"), make_outlet("NPR"), "Iceland?", "An ally.")],
    )
    assert not Statement.objects.awaiting_index().exists()
    return statement


def edit_a_turn(statement):
    turn = statement.turns.get(position=1)
    turn.text = "Allies discussed resilience."
    turn.save()


def add_a_caption(statement):
    Caption.objects.create(statement=statement, position=1, text="A photo.")


def delete_a_turn(statement):
    statement.turns.get(position=1).delete()


def tag_it(statement):
    StatementTopic.objects.create(statement=statement, topic=Topic.objects.create(name="Drones"))


def rename_the_speaker(statement):
    person = Person.objects.get(name="Jens Stoltenberg")
    person.name = "Jens S. Stoltenberg"
    person.save()


def merge_the_journalist(statement):
    duplicate = make_person("T. Schultz")
    merge(duplicate, [Person.objects.get(name="Teri Schultz")])


def retag_with_a_new_rule(statement):
    Topic.objects.create(name="Iceland", keywords="iceland")
    call_command("retag_statements", stdout=io.StringIO())


@pytest.mark.parametrize(
    "change",
    [
        edit_a_turn,
        add_a_caption,
        delete_a_turn,
        tag_it,
        rename_the_speaker,
        merge_the_journalist,
        retag_with_a_new_rule,
    ],
)
def test_a_change_the_index_could_not_take_stays_awaiting_until_repaired(statement, change):
    shutil.rmtree(INDEX)
    change(statement)  # saved; the index write after the commit fails and is logged
    assert list(Statement.objects.awaiting_index()) == [statement]
    assert not INDEX.exists()
    call_command("index_status", repair=True, stdout=io.StringIO())
    assert not Statement.objects.awaiting_index().exists()


def test_a_change_rolled_back_marks_nothing_and_the_next_one_is_marked(statement):
    shutil.rmtree(INDEX)
    with pytest.raises(RuntimeError), transaction.atomic():
        edit_a_turn(statement)
        raise RuntimeError("the save fails")
    assert not Statement.objects.awaiting_index().exists()
    with transaction.atomic():
        edit_a_turn(statement)
    assert list(Statement.objects.awaiting_index()) == [statement]


def test_an_import_indexes_what_a_failed_index_write_left(statement, tmp_path, caplog):
    shutil.rmtree(INDEX)
    edit_a_turn(statement)
    call_command("clear_index", interactive=False, verbosity=0)  # the operator recreates it
    (tmp_path / "note.txt").write_text("A note\n\nAbout interoperability.\n")
    out = io.StringIO()
    call_command("import_statements", str(tmp_path), stdout=out)
    assert "Indexed 1 statement(s) that an earlier import or a failed index write" in (
        out.getvalue()
    )
    assert not Statement.objects.awaiting_index().exists()
