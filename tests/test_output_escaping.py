"""Markup in an imported file stays text: in the Atom feeds as a real feed reader (feedparser)
sees them, and in the search snippets, where the document's own private-use characters must
not pass for the highlight marks."""

import feedparser
import pytest

from statements.models import Statement
from tests.factories import make_statement, make_topic

pytestmark = pytest.mark.django_db

ATTACK = "<img src=x onerror=alert(1)>"


@pytest.fixture
def hostile_statement(db):
    statement = make_statement(
        title=f"Press conference {ATTACK}",
        subtitle=f"Following the meeting {ATTACK} & more",
        location="Brussels <b>bold</b>",
    )
    topic = make_topic(f"Drones {ATTACK}")
    statement.topics.add(topic)
    return statement


def parsed_entry(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    (entry,) = feed.entries
    return entry


@pytest.mark.parametrize("feed", ["/feed/", "topic"])
def test_markup_in_an_imported_text_reaches_a_feed_reader_as_text(client, hostile_statement, feed):
    url = hostile_statement.topics.get().get_absolute_url() + "feed/" if feed == "topic" else feed
    entry = parsed_entry(client, url)
    assert entry.title == f"Press conference {ATTACK}"
    assert entry.title_detail.type == "text/plain"
    # The summary is HTML: the reader must find the markup as text in it, not as elements.
    assert entry.summary_detail.type == "text/html"
    assert "<img" not in entry.summary
    assert "&lt;img src=x onerror=alert(1)&gt;" in entry.summary
    assert "Brussels &lt;b&gt;bold&lt;/b&gt;" in entry.summary
    assert "&amp; more" in entry.summary


def test_a_control_character_in_a_title_or_search_leaves_the_feeds_readable(client, archive):
    Statement.objects.update(title="Press\x0bconference\x01")
    entries = feedparser.parse(client.get("/feed/").content)
    assert not entries.bozo and entries.entries[0].title == "Pressconference"
    for query in ["\x00", "nato\x01\x1b[31m", "\ufffe", "a\x7f"]:
        response = client.get("/search/feed/", {"q": query})
        assert response.status_code == 200, query
        assert not feedparser.parse(response.content).bozo


def test_private_use_characters_in_a_text_never_become_marks(client, archive, reindex):
    turn = archive.statements[0].turns.first()
    turn.text = "\ue001 Afghanistan \ue000 withdrawal \ue000\ue001 <b>x</b> \ue000 end"
    turn.save()
    reindex()
    for show in ["passages", "statements"]:
        html = client.get("/search/", {"q": "withdrawal", "show": show}).content.decode()
        assert html.count("<mark>") == html.count("</mark>") > 0
        assert "<mark></mark>" not in html
        assert "\ue000" not in html and "\ue001" not in html
        assert "<b>x</b>" not in html
