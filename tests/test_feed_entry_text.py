"""Feed entries carry the statement's opening text, read here by a real XML parser."""

import html
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.factories import make_person, make_statement, make_turn

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def summaries(response):
    """Each entry's summary as a reader shows it: Atom's summary is type="html", so its text
    is HTML (escaped once) that the reader renders."""
    feed = ET.fromstring(response.content)
    return [html.unescape(entry.find(f"{ATOM}summary").text) for entry in feed.iter(f"{ATOM}entry")]


def test_an_entry_opens_with_the_statements_first_words_after_its_facts(client):
    article = make_statement(
        title="Austin meets allies", kind="news_article", organisation="U.S. Department of Defense"
    )
    make_turn(article, "Secretary Austin met allies in Brussels today.", kind="narrative")
    make_turn(article, '"We stand together," he said.', kind="quote", speaker=make_person())
    (summary,) = summaries(client.get(reverse("statements:feed")))
    assert summary.startswith("News article · U.S. Department of Defense")
    assert 'Secretary Austin met allies in Brussels today. "We stand together," he said.' in summary


def test_a_long_opening_is_cut_to_sixty_words(client):
    statement = make_statement(title="Long")
    make_turn(statement, " ".join(f"word{n}" for n in range(200)))
    (summary,) = summaries(client.get(reverse("statements:feed")))
    assert "word59" in summary and "word60" not in summary
    assert summary.endswith("…")


def test_a_statement_without_turns_keeps_its_facts_line(client):
    make_statement(title="Empty", organisation="NATO")
    assert summaries(client.get(reverse("statements:feed"))) == ["Press conference · NATO"]
