"""Browsing the archive in a real Chromium against a live server with the sample corpus.

Screenshots of the main pages go to a temporary folder, or to docs/screenshots/ (the README's)
with UPDATE_SCREENSHOTS=1.
"""

import os
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from statements.models import Exchange, Person, Statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
HIGHLIGHT = "rgb(255, 240, 166)"  # --highlight in site.css

# WCAG 2.1 contrast of every visible piece of text against the background it is drawn on.
CONTRAST_FAILURES = """() => {
  const rgba = (c) => { const p = c.match(/[\\d.]+/g).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c.a > 0.5) return c;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  };
  const failures = [], seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || seen.has(el)) continue;
    seen.add(el);
    if (el.closest(".visually-hidden, svg, [aria-hidden=true]")) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === "hidden") continue;
    const fg = luminance(rgba(style.color)), bg = luminance(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) failures.push(`${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return failures;
}"""


def transcript() -> Statement:
    return Statement.objects.filter(exchanges__isnull=False).distinct().first()


def main_pages(live_server):
    statement = transcript()
    journalist = Person.objects.filter(exchanges__isnull=False).first()
    official = Person.objects.get(name="Jens Stoltenberg")
    return {
        "home": live_server.url + reverse("statements:home"),
        "statement": live_server.url + statement.get_absolute_url(),
        "statement-at-q2": live_server.url + statement.get_absolute_url() + "#q2",
        "exchange": live_server.url + statement.exchanges.get(position=2).get_page_url(),
        "journalist": live_server.url + journalist.get_absolute_url(),
        "official": live_server.url + official.get_absolute_url(),
        "outlet": live_server.url + journalist.exchanges.first().outlet.get_absolute_url(),
        "topics": live_server.url + reverse("statements:topics"),
        "archive-month": f"{live_server.url}/archive/2021/10/",
        "article": live_server.url
        + Statement.objects.get(source_file="dod-article.txt").get_absolute_url(),
    }


def test_a_reader_goes_from_the_home_page_to_a_statement_and_a_journalist(
    browser_page, live_server, corpus
):
    page = browser_page
    statement = transcript()
    page.goto(live_server.url)
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    page.get_by_role("region", name="Latest statements").get_by_role(
        "link", name=statement.title
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(statement.title)
    first = statement.exchanges.select_related("journalist").get(position=1)
    page.locator("#q1").get_by_role("link", name=first.journalist.name).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first.journalist.name)
    expect(page.locator(".exchange-item")).to_have_count(
        Exchange.objects.filter(journalist=first.journalist).count()
    )


def test_arriving_on_an_exchange_highlights_it_without_javascript(chromium, live_server, corpus):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 800}
    )
    page = context.new_page()
    statement = transcript()
    page.goto(f"{live_server.url}{statement.get_absolute_url()}#q3")
    exchange = page.locator("#q3")
    expect(exchange).to_have_css("background-color", HIGHLIGHT)
    expect(exchange).to_be_in_viewport()
    expect(page.locator("#q2")).not_to_have_css("background-color", HIGHLIGHT)
    # The permalink of a turn works the same way.
    page.locator("#q3 .turn-answer .permalink").click()
    expect(page.locator("#q3 .turn-answer")).to_have_css("background-color", HIGHLIGHT)
    context.close()


def test_the_contents_and_the_neighbours_are_links_a_keyboard_can_reach(
    browser_page, live_server, corpus
):
    page = browser_page
    page.goto(main_pages(live_server)["statement"])
    link = (
        page.get_by_role("complementary", name="About this statement")
        .get_by_role("link")
        .filter(has_text="Q2")
    )
    link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{main_pages(live_server)['statement']}#q2")
    expect(page.locator("#q2")).to_have_css("background-color", HIGHLIGHT)


def test_the_skip_link_and_every_focused_control_are_visible(browser_page, live_server, corpus):
    page = browser_page
    page.goto(main_pages(live_server)["statement"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    for _ in range(25):
        page.keyboard.press("Tab")
        outline = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
        assert outline[0] != "none" and outline[1] >= 2, page.evaluate(
            "document.activeElement.outerHTML"
        )


@pytest.mark.parametrize("width", [1280, 375])
def test_text_has_enough_contrast_on_the_main_pages(chromium, live_server, corpus, width):
    context = chromium.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for name, url in main_pages(live_server).items():
        page.goto(url)
        assert page.evaluate(CONTRAST_FAILURES) == [], name
    context.close()


def test_the_main_pages_fit_a_phone_screen(chromium, live_server, corpus):
    context = chromium.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    page = context.new_page()
    for name, url in main_pages(live_server).items():
        page.goto(url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, name
    context.close()


def test_a_statement_prints_without_navigation(browser_page, live_server, corpus):
    page = browser_page
    page.goto(main_pages(live_server)["statement"])
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".statement-side")).to_be_hidden()
    expect(page.locator(".transcript")).to_be_visible()


def test_screenshots_of_the_main_pages(chromium, live_server, corpus, tmp_path):
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path
    pages = main_pages(live_server)
    shots = {  # name: (address, viewport width, viewport height, whole page)
        "home": (pages["home"], 1280, 900, True),
        "statement": (pages["statement"], 1280, 1000, False),
        "exchange": (pages["statement"] + "#q2", 1280, 800, False),
        "person": (pages["journalist"], 1280, 800, False),
        "article": (pages["article"], 1280, 1000, False),
        "statement-phone": (pages["statement"], 390, 844, False),
    }
    for name, (url, width, height, full) in shots.items():
        context = chromium.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        page.screenshot(path=folder / f"{name}.png", full_page=full)
        context.close()
        assert (folder / f"{name}.png").stat().st_size > 10_000
