"""What assistive technology and keyboard users rely on, checked on every browsing page.

Colour contrast, focus and keyboard use are checked in a real browser
(tests/test_browser_pages.py); this is what the HTML alone must already get right.
"""

import itertools

import pytest

from tests.pagecheck import page, page_urls

pytestmark = pytest.mark.django_db

HTML_PAGES = [
    "home",
    "statement",
    "exchange",
    "original",
    "journalist",
    "official",
    "outlet",
    "topic",
    "topic-questions",
    "topics",
    "people",
    "journalists",
    "outlets",
    "archive",
    "year",
    "month",
    "day",
]


@pytest.fixture
def pages(client, site):
    return {name: client.get(url) for name, url in page_urls(site).items() if name in HTML_PAGES}


@pytest.mark.parametrize("name", HTML_PAGES)
def test_every_page_has_exactly_one_main_heading(pages, name):
    assert len(page(pages[name]).h1()) == 1


@pytest.mark.parametrize("name", HTML_PAGES)
def test_every_page_has_the_landmarks_and_a_skip_link(pages, name):
    checked = page(pages[name])
    assert {"banner", "navigation", "main", "contentinfo", "search"} <= set(checked.landmarks)
    assert checked.links[0] == "#main"
    assert "main" in checked.ids


@pytest.mark.parametrize("name", HTML_PAGES)
def test_every_form_field_has_a_label(pages, name):
    assert page(pages[name]).unlabelled_fields() == []


@pytest.mark.parametrize("name", HTML_PAGES)
def test_no_two_elements_share_an_id(pages, name):
    assert page(pages[name]).duplicate_ids() == set()


@pytest.mark.parametrize("name", HTML_PAGES)
def test_headings_do_not_skip_a_level(pages, name):
    levels = [int(tag[1]) for tag, _ in page(pages[name]).headings]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))


def test_the_page_language_is_declared(pages):
    assert pages["home"].content.decode().startswith('<!doctype html>\n<html lang="en">')
