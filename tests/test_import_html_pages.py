"""Saved web pages: the main content is the text, the page's head gives title, date and URL."""

from pathlib import Path

import pytest

from statements.models import Statement
from statements.parsing import read
from tests.test_importer_command import json_lines

DATA = Path(__file__).resolve().parent / "data" / "formats"


def page(name: str):
    return read((DATA / name).read_bytes(), "html")[1]


def test_a_saved_briefing_takes_its_title_date_and_url_from_the_page():
    doc = page("state-briefing.html")
    assert doc.title == "Department Press Briefing – March 15, 2022"
    assert str(doc.date) == "2022-03-15"
    assert doc.source_url == (
        "https://www.state.gov/briefings/department-press-briefing-march-15-2022/"
    )
    assert doc.organisation == "U.S. Department of State"


def test_the_briefer_under_the_title_of_a_saved_page_is_its_speaker():
    doc = page("state-briefing.html")
    assert doc.speakers() == [{"name": "Ned Price", "role": "Department Spokesperson"}]
    assert doc.n_questions() == 3


def test_the_page_chrome_is_not_text():
    doc = page("state-briefing.html")
    text = "\n".join(t.text for t in doc.turns)
    for chrome in ["Skip to content", "Policy Issues", "Share this page", "cookies", "FOIA"]:
        assert chrome not in text
    assert doc.turns[0].text.startswith("Good afternoon, everyone.")


def test_a_saved_news_story_keeps_its_byline_and_quotations():
    doc = page("dod-article.htm")
    assert doc.kind == "news_article"
    assert doc.title == "Austin Meets With NATO Counterparts in Brussels"
    assert (str(doc.date), doc.location) == ("2021-10-21", "Brussels")
    assert doc.byline == "By Jim Garamone, DOD News"
    assert {q.speaker for q in doc.quotes} == {"Lloyd J. Austin III", "Jens Stoltenberg"}
    assert not any("Related Stories" in t.text or "Share:" in t.text for t in doc.turns)


@pytest.mark.django_db
def test_the_page_is_kept_verbatim_as_the_original_text():
    [result], _, status = json_lines(DATA / "dod-article.htm")
    assert (status, result["status"]) == (0, "imported")
    statement = Statement.objects.get()
    assert statement.original_text == (DATA / "dod-article.htm").read_text()
    assert statement.source_url.startswith("https://www.defense.gov/News/News-Stories/")


@pytest.mark.django_db
def test_a_page_without_main_text_is_refused_with_its_reason():
    [result], err, status = json_lines(DATA / "empty-page.html")
    assert status == 1
    assert result["error"] == "an HTML page without main text (only 2 words could be extracted)"
    assert "empty-page.html" in err


STATEMENT_PAGE = """<html><head><title>Statement by the North Atlantic Council on Ukraine - NATO
</title><link rel="canonical" href="https://www.nato.int/cps/en/natohq/news_1.htm"></head>
<body><nav>Home | News | About us</nav><div><p>We, the Allies, condemn in the strongest possible
terms the attack on Ukraine, which is a grave violation of international law.</p>
<p>We call on Russia to stop its military action immediately.</p></div></body></html>"""


def test_a_bare_page_gives_its_title_tag_and_canonical_link():
    doc = read(STATEMENT_PAGE.encode(), "html")[1]
    assert doc.title == "Statement by the North Atlantic Council on Ukraine"
    assert doc.source_url == "https://www.nato.int/cps/en/natohq/news_1.htm"
    assert doc.organisation == "NATO"  # known by its address
    assert doc.turns[0].text.startswith("We, the Allies, condemn")


def test_a_site_known_only_by_an_unknown_address_names_no_organisation():
    page = STATEMENT_PAGE.replace("www.nato.int", "www.example-news.com")
    assert read(page.encode(), "html")[1].organisation == ""
