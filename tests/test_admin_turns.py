"""A long transcript in the admin: a page of turns at a time, turns found by their words, and
the public pages' staff-only "edit" links that open the admin at a turn."""

import pytest
from django.test import Client
from django.urls import reverse

from statements.admin_turns import TurnPage
from statements.models import Turn
from tests.factories import make_person, make_statement, make_turn

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_statement():
    """120 turns: Jens Stoltenberg on odd positions, Oana Lungescu on even ones."""
    statement = make_statement(title="A long press conference")
    sg, moderator = make_person("Jens Stoltenberg"), make_person("Oana Lungescu")
    for n in range(1, 121):
        who = sg if n % 2 else moderator
        make_turn(statement, f"Turn number {n} on deterrence.", speaker=who, position=n)
    return statement


def change_url(statement, **params):
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def listed(response) -> list[int]:
    (turns,) = [f for f in response.context["inline_admin_formsets"] if f.formset.prefix == "turns"]
    return [form.instance.position for form in turns.formset.initial_forms]


def post_data(response, changes=None) -> dict:
    """What the browser posts back: every field as the change page shows it, with ``changes``."""
    data = {}
    form = response.context["adminform"].form
    for name, field in form.fields.items():
        value = form[name].value()
        if value is not None and not field.disabled:
            data[name] = value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{name}"] = value
        for sub in formset.initial_forms:
            for name in sub.fields:
                value = sub[name].value()
                if value is not None:
                    data[sub.add_prefix(name)] = value
    data.update(changes or {})
    return {k: "" if v is None else v for k, v in data.items()}


def test_the_change_page_lists_fifty_turns_at_a_time(admin_client, long_statement):
    assert listed(admin_client.get(change_url(long_statement))) == list(range(1, 51))
    assert listed(admin_client.get(change_url(long_statement, turns=3))) == list(range(101, 121))
    html = admin_client.get(change_url(long_statement)).content.decode()
    assert "1–50 of 120" in html and 'href="?turns=3#turns-group"' in html


def test_at_opens_the_page_holding_that_position(admin_client, long_statement):
    assert listed(admin_client.get(change_url(long_statement, at=77)))[0] == 51


def test_find_lists_the_turns_with_every_word_in_text_label_or_speaker(
    admin_client, long_statement
):
    response = admin_client.get(change_url(long_statement, find="Lungescu number"))
    assert listed(response) == list(range(2, 101, 2))  # 60 of them, fifty a page
    assert listed(admin_client.get(change_url(long_statement, find="77"))) == [77]


def test_a_correction_on_the_third_page_saves_and_continue_stays_there(
    admin_client, long_statement
):
    url = change_url(long_statement, turns=3)
    response = admin_client.get(url)
    index = listed(response).index(110)
    data = post_data(response, {f"turns-{index}-text": "Corrected.", "_continue": "1"})
    saved = admin_client.post(url, data)
    assert saved.status_code == 302, saved.context and saved.context["errors"]
    assert saved["Location"].endswith("?turns=3")  # Django keeps the page's query string
    assert Turn.objects.get(statement=long_statement, position=110).text == "Corrected."
    assert Turn.objects.filter(statement=long_statement).count() == 120


def test_a_position_held_by_a_turn_on_another_page_is_refused_with_a_message(
    admin_client, long_statement
):
    url = change_url(long_statement, turns=2)
    response = admin_client.get(url)
    data = post_data(response, {"turns-0-position": 7})  # turn 51 moved onto turn 7
    refused = admin_client.post(url, data)
    assert refused.status_code == 200
    assert "Position 7 is taken by a row not shown on this page." in refused.content.decode()
    assert Turn.objects.get(statement=long_statement, position=51).text.startswith("Turn number 51")


def test_staff_see_an_edit_link_on_each_turn_and_exchange_and_readers_do_not(
    admin_client, conference
):
    url = conference.get_absolute_url()
    html = admin_client.get(url).content.decode()
    admin = reverse("admin:statements_statement_change", args=[conference.pk])
    question = conference.exchanges.get(position=1).question
    assert f'href="{admin}?at=1#turn-1"' in html
    assert f'href="{admin}?at={question.position}#turn-{question.position}"' in html
    assert (
        html.count('class="edit-link"') == conference.turns.count() + conference.exchanges.count()
    )
    assert 'class="edit-link"' not in Client().get(url).content.decode()  # not logged in
    exchange_page = admin_client.get(conference.exchanges.get(position=1).get_page_url())
    assert "edit this exchange in the admin" in exchange_page.content.decode()


def test_a_page_number_out_of_range_shows_the_last_page():
    class Request:
        GET = {"turns": "99"}

    assert TurnPage(Request(), Turn.objects.none()).page.number == 1
