"""Edits, additions and deletions reach search at once: admin saves (signal processor), imports
and merges (statements_changed), each written by one index writer after the commit."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from statements.models import Person, Statement, Turn
from statements.signals import index_updates_deferred
from tests.factories import make_outlet, make_person, make_press_conference
from tests.test_admin import statement_form_data

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def conference(search_index):
    sg = make_person("Jens Stoltenberg")
    return make_press_conference(
        "Defence ministers meet",
        speaker=sg,
        opening="Allies discussed readiness.",
        exchanges=[
            (make_person("Teri Schultz"), make_outlet("NPR"), "And Iceland?", "Iceland is an ally.")
        ],
    )


def count(client, **params):
    return client.get(reverse("statements:search"), params).context["count"]


def test_a_new_statement_is_searchable_at_once(client, conference):
    assert count(client, q="readiness") == 1
    assert count(client, q="iceland") == 1


def test_an_admin_edit_of_a_turn_shows_in_search_at_once(admin_client, conference):
    url = reverse("admin:statements_statement_change", args=[conference.pk])
    data = statement_form_data(conference, {("turns", 0): {"text": "Allies discussed resilience."}})
    assert admin_client.post(url, data).status_code == 302
    assert count(admin_client, q="resilience") == 1
    assert count(admin_client, q="readiness") == 0


def test_a_turn_added_in_the_admin_is_found(admin_client, conference):
    url = reverse("admin:statements_turn_add")
    data = {
        "statement": conference.pk,
        "position": 9,
        "kind": "statement",
        "text": "Greenland too.",
    }
    assert admin_client.post(url, data).status_code == 302
    assert count(admin_client, q="greenland") == 1


def test_a_statement_deleted_in_the_admin_leaves_search(admin_client, conference):
    url = reverse("admin:statements_statement_delete", args=[conference.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert count(admin_client, q="readiness") == 0
    assert count(admin_client, q="iceland", show="statements") == 0


def test_renaming_a_person_in_the_admin_updates_their_hits(admin_client, conference):
    person = Person.objects.get(name="Jens Stoltenberg")
    url = reverse("admin:statements_person_change", args=[person.pk])
    data = {
        "name": "Jens S. Stoltenberg",
        "slug": "jens-stoltenberg",
        "aliases": "Mr Secretary General",
    }
    assert admin_client.post(url, data).status_code == 302
    assert count(admin_client, q="speaker:secretary") == 2  # the opening and the answer


def test_an_import_is_indexed_when_it_finishes(client, search_index, tmp_path):
    (tmp_path / "note.txt").write_text("Allied leaders\n\nThe summit discussed interoperability.\n")
    call_command("import_statements", str(tmp_path), verbosity=0)
    assert count(client, q="interoperability") == 1


def test_writes_inside_deferred_updates_do_not_touch_the_index(client, conference):
    with index_updates_deferred():
        Turn.objects.filter(statement=conference, position=1).update(text="Unseen")
        turn = conference.turns.get(position=1)
        turn.text = "Svalbard"
        turn.save()
    assert count(client, q="svalbard") == 0


def test_merging_people_reindexes_their_statements(admin_client, conference):
    teri = Person.objects.get(name="Teri Schultz")
    other = make_person("T. Schultz")
    second = make_press_conference("Later", exchanges=[(other, None, "Iceland again?", "Yes.")])
    assert count(admin_client, journalist=teri.slug) == 1
    url = reverse("admin:statements_person_changelist")
    data = {"action": "merge_selected", "_selected_action": [teri.pk, other.pk]}
    assert admin_client.post(url, data).status_code == 302
    kept = Person.objects.get(pk__in=[teri.pk, other.pk])
    assert count(admin_client, journalist=kept.slug) == 2
    assert Statement.objects.filter(pk=second.pk).exists()
