"""An Atom feed per search: the newest statements matching the same words and filters."""

import pytest

pytestmark = pytest.mark.django_db


def entries(response):
    return response.content.decode().count("<entry>")


def test_a_search_can_be_followed_as_a_feed_of_matching_statements(client, archive):
    page = client.get("/search/", {"q": "Afghanistan"})
    assert 'type="application/atom+xml"' in page.content.decode()
    response = client.get("/search/feed/", {"q": "Afghanistan"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = response.content.decode()
    assert "statements matching “Afghanistan”" in feed
    titles = [
        s.title
        for s in archive.statements
        if "Afghanistan" in s.original_text or any("Afghanistan" in t.text for t in s.turns.all())
    ]
    assert entries(response) == len(titles) > 0
    for title in titles:
        assert title in feed


def test_the_feed_keeps_the_searchs_filters(client, archive):
    everything = client.get("/search/feed/", {"q": "Afghanistan"})
    filtered = client.get("/search/feed/", {"q": "Afghanistan", "journalist": "no-such-journalist"})
    assert entries(filtered) == 0 < entries(everything)


def test_a_feed_without_words_or_filters_is_empty_and_bad_input_is_no_error(client, archive):
    assert entries(client.get("/search/feed/")) == 0
    response = client.get(
        "/search/feed/", {"q": '"unbalanced OR -', "start": "2030-01-01", "end": "2001-01-01"}
    )
    assert response.status_code == 200
