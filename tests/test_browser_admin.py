"""Correcting a long transcript in the admin, in a real Chromium against a live server.

The statement change page must fit a 1,280 px window: each turn's text in view beside its
speaker fields, a filter over the turns, and the public pages' "edit" links landing on a turn.
"""

import os
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from statements.indexing import reindex_statements
from statements.models import Statement, Turn
from statements.signals import index_updates_deferred
from tests.factories import add_questions, make_outlet, make_person, make_transcript

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PAGE_WIDTH = "document.documentElement.scrollWidth"
# A page of 50 turns with their widgets takes the admin a while to render on a busy machine.
ADMIN_TIMEOUT = 60_000
LONG_TITLE = (
    "Press Conference by NATO Secretary General Jens Stoltenberg following the meeting of the "
    "North Atlantic Council Meeting with the National Security Advisers of the Allies"
)


@pytest.fixture
def long_transcript(search_index):
    """A press conference of 151 turns: an opening, then 50 journalists each introduced by the
    moderator, asking one question and answered at length."""
    # Rows saved one by one would each reindex the growing statement: index it once at the end.
    with index_updates_deferred():
        speaker = make_person("Jens Stoltenberg")
        moderator = make_person("Oana Lungescu")
        statement = make_transcript(speaker=speaker, title=LONG_TITLE)
        journalists = [
            (make_person(f"Journalist Number{n} Withalongname"), make_outlet(f"Outlet {n} Weekly"))
            for n in range(50)
        ]
        words = (
            "Allies discussed deterrence, defence and the long road ahead for the Alliance. " * 6
        )
        add_questions(statement, speaker, journalists, moderator, words=words)
    reindex_statements([statement.pk])
    return statement


@pytest.fixture
def staff_page(browser_page, live_server, django_user_model):
    """The browser tab, logged in to the admin as a superuser through the login form."""
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    page = browser_page
    page.set_default_timeout(ADMIN_TIMEOUT)
    page.goto(live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_attached()
    return page


def change_url(live_server, statement):
    return live_server.url + reverse("admin:statements_statement_change", args=[statement.pk])


def text_box(page, position):
    return page.locator(f".turn-row:has(#turn-{position}) textarea")


def test_the_change_page_of_a_long_transcript_is_no_wider_than_the_window(
    staff_page, live_server, long_transcript
):
    page = staff_page
    assert long_transcript.turns.count() == 151
    page.goto(change_url(live_server, long_transcript))
    assert page.evaluate(PAGE_WIDTH) <= 1280
    box = text_box(page, 2)
    box.scroll_into_view_if_needed()
    expect(box).to_be_in_viewport(ratio=1)
    left, right = box.evaluate(
        "e => [e.getBoundingClientRect().left, e.getBoundingClientRect().right]"
    )
    assert left >= 0 and right <= 1280
    assert right - left >= 450, "the text box is the widest field of a turn"
    # The text wraps inside its box instead of running off to the right.
    assert box.evaluate("e => e.scrollWidth <= e.clientWidth")


def test_the_long_title_does_not_run_under_the_history_and_view_on_site_buttons(
    staff_page, live_server, long_transcript
):
    page = staff_page
    page.goto(change_url(live_server, long_transcript))
    title = page.locator("#content > h2").bounding_box()
    for name in ("History", "View on site"):
        button = page.locator(".object-tools").get_by_role("link", name=name).bounding_box()
        apart = (
            button["y"] >= title["y"] + title["height"]
            or button["x"] >= title["x"] + title["width"]
        )
        assert apart, name


def test_an_edit_link_on_the_public_page_opens_the_admin_at_that_turn(
    staff_page, live_server, long_transcript
):
    page = staff_page
    turn = long_transcript.turns.get(position=140)
    page.goto(live_server.url + turn.get_absolute_url())
    page.locator(f"#{turn.anchor}").get_by_role("link", name="edit").click()
    expect(page).to_have_url(f"{change_url(live_server, long_transcript)}?at=140#turn-140")
    box = text_box(page, 140)
    expect(box).to_have_value(turn.text)
    expect(box).to_be_in_viewport()
    assert page.evaluate(PAGE_WIDTH) <= 1280
    # A question's "edit" link lands on the question that opens the exchange.
    exchange = long_transcript.exchanges.select_related("question").get(position=3)
    page.goto(live_server.url + exchange.get_page_url())
    page.get_by_role("link", name="edit this exchange in the admin").click()
    expect(text_box(page, exchange.question.position)).to_be_in_viewport()


def test_a_long_transcript_is_edited_a_page_of_turns_at_a_time(
    staff_page, live_server, long_transcript
):
    page = staff_page
    page.goto(change_url(live_server, long_transcript))
    rows = page.locator(".turn-row:not(.empty-form)")
    expect(rows).to_have_count(50)
    expect(page.locator("#turns-heading")).to_contain_text("1–50 of 151")
    pages = page.get_by_role("navigation", name="Pages of turns").first
    expect(pages.get_by_role("link")).to_have_count(3)  # pages 2, 3 and 4
    pages.get_by_role("link", name="4").click()
    expect(rows).to_have_count(1)
    expect(page.locator("#turns-heading")).to_contain_text("151–151 of 151")


def test_find_turns_lists_only_the_turns_with_the_words(staff_page, live_server, long_transcript):
    page = staff_page
    page.goto(change_url(live_server, long_transcript))
    page.get_by_label("Find turns").fill("Number7 Withalongname")
    page.get_by_label("Find turns").press("Enter")
    rows = page.locator(".turn-row:not(.empty-form)")
    expect(rows).to_have_count(2)  # the moderator's introduction and the question
    expect(page.locator("#turns-heading")).to_contain_text("1–2 of 2 with “Number7 Withalongname”")
    page.get_by_role("link", name="Show all turns").click()
    expect(rows).to_have_count(50)


def test_without_javascript_a_correction_on_the_second_page_saves_and_stays_there(
    chromium, live_server, long_transcript, django_user_model
):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(ADMIN_TIMEOUT)
    page.goto(live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Log in").click()
    page.goto(change_url(live_server, long_transcript) + "?turns=2")
    assert page.evaluate(PAGE_WIDTH) <= 1280
    text_box(page, 60).fill("Corrected: what about the long road ahead?")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(page.locator("#turns-heading")).to_contain_text("51–100 of 151")
    turn = Turn.objects.get(statement=long_transcript, position=60)
    assert turn.text == "Corrected: what about the long road ahead?"
    assert Turn.objects.filter(statement=long_transcript).count() == 151
    assert Statement.objects.get(pk=long_transcript.pk).edited
    context.close()


def test_screenshot_of_the_statement_change_page(
    staff_page, live_server, long_transcript, tmp_path
):
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path
    page = staff_page
    page.goto(change_url(live_server, long_transcript) + "#turns-group")
    expect(page.get_by_label("Find turns")).to_be_in_viewport()
    expect(text_box(page, 1)).to_be_in_viewport()
    page.screenshot(path=folder / "admin-statement.png")
    assert (folder / "admin-statement.png").stat().st_size > 10_000
