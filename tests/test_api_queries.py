"""Every API endpoint issues a fixed number of queries, whatever the page size and the size of
the archive: each is fetched with two page sizes on a small archive and again after it grew."""

import pytest

from tests.test_page_queries import grow

pytestmark = pytest.mark.django_db

# Endpoint -> queries. A list: its rows, then one per prefetch (topics; answers and topics of
# exchanges). A statement: itself with its topics, turns, exchanges, captions. Search: the hits'
# keys, and the names of the speakers, journalists, outlets and topics in its facets (one query);
# with a filter, one more for the filter's own name.
QUERIES = {
    "root": 0,
    "statements": 2,
    "statements-filtered": 2,
    "statement": 5,
    "exchange": 4,
    "exchanges": 3,
    "exchanges-filtered": 3,
    "people": 1,
    "journalists": 1,
    "person": 3,
    "outlets": 1,
    "outlet": 2,
    "topics": 1,
    "topic": 1,
    "search": 2,
    "search-filtered": 3,
}


def api_urls(site) -> dict[str, str]:
    slug = site["statement"].slug
    return {
        "root": "/api/",
        "statements": "/api/statements/",
        "statements-filtered": f"/api/statements/?year=2021&topic={site['topic'].slug}",
        "statement": f"/api/statements/{slug}/",
        "exchange": f"/api/statements/{slug}/q1/",
        "exchanges": "/api/exchanges/",
        "exchanges-filtered": f"/api/exchanges/?speaker={site['speaker'].slug}&year=2021",
        "people": "/api/people/",
        "journalists": "/api/people/?role=journalist",
        "person": f"/api/people/{site['journalist'].slug}/",
        "outlets": "/api/outlets/",
        "outlet": f"/api/outlets/{site['outlet'].slug}/",
        "topics": "/api/topics/",
        "topic": f"/api/topics/{site['topic'].slug}/",
        "search": "/api/search/?q=deterrence",
        "search-filtered": f"/api/search/?q=deterrence&speaker={site['speaker'].slug}",
    }


def fetch(client, url: str, page_size: int):
    joiner = "&" if "?" in url else "?"
    response = client.get(f"{url}{joiner}page_size={page_size}")
    assert response.status_code == 200, response.content
    return response


@pytest.mark.parametrize("name", QUERIES)
def test_an_endpoint_issues_the_same_queries_whatever_the_page_size_and_archive(
    client, site, reindex, name, django_assert_num_queries
):
    reindex()
    url = api_urls(site)[name]
    for page_size in (1, 50):
        with django_assert_num_queries(QUERIES[name]):
            fetch(client, url, page_size)
    grow(site["statement"], site["speaker"], site["topic"], 8)
    reindex()
    for page_size in (1, 50):
        with django_assert_num_queries(QUERIES[name]):
            response = fetch(client, url, page_size)
    results = response.json().get("results")
    if name != "root" and results is not None:
        assert len(results) > 1  # the larger page really held more rows
