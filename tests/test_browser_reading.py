"""Reading a statement and searching, in a real Chromium against a live server with samples/:
what orients comes first on a phone, the sidebar stays in view on a wide screen, long lists
are short with a way to expand them (topics, questions, speakers; without JavaScript), a
citation can be copied."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from statements.models import Statement, Turn
from tests.factories import make_outlet, make_person, make_statement, make_transcript, make_turn

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def transcript() -> Statement:
    return Statement.objects.filter(exchanges__isnull=False).distinct().first()


def top(page, selector) -> float:
    return page.locator(selector).first.bounding_box()["y"]


def test_on_a_phone_facts_search_within_and_questions_come_before_the_transcript(
    chromium, live_server, corpus
):
    context = chromium.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + transcript().get_absolute_url())
    order = [
        top(page, "h1"),
        top(page, "#about-h"),
        top(page, "#within-q"),
        top(page, "#contents-h"),
        top(page, "#transcript-h"),
    ]
    assert order == sorted(order)
    # The facts are on the first screen or just below, not after the whole transcript.
    assert top(page, "#about-h") < 1200
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_on_a_phone_topics_are_a_short_list_that_expands(chromium, live_server, corpus):
    context = chromium.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    page = context.new_page()
    statement = transcript()
    page.goto(live_server.url + statement.get_absolute_url())
    chips = page.locator(".statement-head .topic-chips a")
    total = statement.topics.count()
    assert total > 6
    expect(chips.filter(visible=True)).to_have_count(6)
    page.get_by_text(re.compile(rf"^{total - 6} more topics$")).click()
    expect(chips.filter(visible=True)).to_have_count(total)
    context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_a_long_list_of_questions_shows_eight_and_all_of_them_without_javascript(
    chromium, live_server, search_index, width
):
    journalists = [(make_person(f"Journalist {n}"), make_outlet(f"Outlet {n}")) for n in range(23)]
    statement = make_transcript(journalists=journalists)
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": width, "height": 800}, is_mobile=width < 400
    )
    page = context.new_page()
    page.goto(live_server.url + statement.get_absolute_url())
    contents = page.locator("section.contents")
    links = contents.get_by_role("link")
    expect(links.filter(visible=True)).to_have_count(8)
    expect(contents.get_by_text("Q9", exact=True)).to_be_hidden()
    short = contents.bounding_box()["height"]
    summary = contents.locator("summary")
    expect(summary).to_have_text("Show all 23 questions", use_inner_text=True)
    summary.focus()  # a keyboard opens it as well as a click
    page.keyboard.press("Enter")
    expect(links.filter(visible=True)).to_have_count(23)
    expect(contents.get_by_text("Show fewer questions")).to_be_visible()
    assert contents.bounding_box()["height"] > 2 * short
    links.filter(has_text="Q23").click()
    expect(page).to_have_url(re.compile("#q23$"))
    expect(page.locator("#q23")).to_be_in_viewport()
    contents.get_by_text("Show fewer questions").click()
    expect(links.filter(visible=True)).to_have_count(8)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_a_long_list_of_speakers_is_short_and_expands_without_javascript(
    chromium, live_server, search_index, width
):
    article = make_statement(kind=Statement.Kind.NEWS_ARTICLE, title="Allies speak in turn")
    for n in range(12):
        make_turn(article, "We agree.", kind=Turn.Kind.QUOTE, speaker=make_person(f"Minister {n}"))
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": width, "height": 800}, is_mobile=width < 400
    )
    page = context.new_page()
    page.goto(live_server.url + article.get_absolute_url())
    quoted = page.get_by_role("region", name="Quoted")
    expect(quoted.get_by_role("link").filter(visible=True)).to_have_count(8)
    quoted.get_by_text("Show all 12").click()
    expect(quoted.get_by_role("link").filter(visible=True)).to_have_count(12)
    expect(quoted.get_by_role("link", name="Minister 11")).to_be_visible()
    context.close()


def test_on_a_wide_screen_the_sidebar_stays_in_view_beside_a_long_transcript(
    browser_page, live_server, corpus
):
    page = browser_page
    page.goto(live_server.url + transcript().get_absolute_url())
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height > 3 * 900
    for y in (height // 3, 2 * height // 3):
        page.evaluate(f"window.scrollTo(0, {y})")
        box = page.locator(".statement-side").bounding_box()
        assert 0 <= box["y"] <= 100, y
        assert box["y"] + box["height"] <= 900  # its own scroll, not below the window
    expect(page.get_by_role("complementary", name="About this statement")).to_be_in_viewport()


def test_every_facet_value_is_reachable_without_javascript(chromium, live_server, corpus):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(live_server.url + reverse("statements:search") + "?q=nato")
    facets = page.get_by_role("complementary", name="Narrow the results")
    more = facets.locator("details.facet-more").first
    hidden = more.get_by_role("link")
    expect(hidden.first).to_be_hidden()
    more.locator("summary").click()
    last = hidden.last
    expect(last).to_be_visible()
    name = last.inner_text()
    last.click()
    expect(page).to_have_url(re.compile(r"[?&](topic|speaker|journalist|outlet|kind)="))
    expect(page.get_by_role("list", name="Active filters")).to_contain_text(name)
    context.close()


def test_the_search_page_has_one_search_box_on_a_phone_and_its_help_once(
    chromium, live_server, corpus
):
    context = chromium.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + reverse("statements:search"))
    expect(page.get_by_role("search")).to_have_count(1)
    expect(page.get_by_text("How to search")).to_have_count(1)
    page.goto(live_server.url + reverse("statements:search") + "?q=zeppelinish")
    expect(page.get_by_text(re.compile("^Nothing matches"))).to_be_visible()
    expect(page.locator("ol.search-hits")).to_have_count(0)
    context.close()


def test_a_reader_copies_the_citation_and_finds_related_statements(chromium, live_server, corpus):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    statement = transcript()
    page.goto(live_server.url + statement.get_absolute_url())
    page.get_by_text("Cite this statement").click()
    citation = page.locator("#cite-chicago")
    expect(citation).to_contain_text("Stoltenberg, Jens.")
    expect(citation).to_contain_text(statement.get_absolute_url())
    page.get_by_role("button", name="Copy the Chicago citation").click()
    assert page.evaluate("navigator.clipboard.readText()") == citation.inner_text().strip()
    related = page.get_by_role("region", name="Related statements")
    other = Statement.objects.exclude(pk=statement.pk).get()
    related.get_by_role("link", name=other.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(other.title)
    context.close()
