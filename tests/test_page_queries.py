"""Every page issues a fixed number of queries, however many turns, people and statements.

Each page is fetched on a small archive and again after it has grown (more statements, a long
transcript with many journalists and outlets, more topics); both times it must issue exactly
the number of queries pinned here.
"""

import datetime

import pytest

from tests.factories import (
    add_questions,
    make_caption,
    make_outlet,
    make_person,
    make_topic,
    make_transcript,
    tag,
)
from tests.pagecheck import page_urls

pytestmark = pytest.mark.django_db

# Page -> queries. A paginated list costs two (count and rows), each prefetch one more. The
# statement page: the statement, its two neighbours, the turns of the page and their exchanges'
# topics, the contents, the speakers, the topics and the captions.
QUERIES = {
    "home": 9,
    "statement": 9,
    "exchange": 4,
    "original": 1,
    "journalist": 10,
    "official": 9,
    "outlet": 6,
    "topic": 6,
    "topic-questions": 7,
    "topics": 1,
    "people": 4,
    "journalists": 4,
    "outlets": 2,
    "archive": 1,
    "year": 4,
    "month": 5,
    "day": 2,
    "feed": 2,
    "topic-feed": 3,
    "person-feed": 3,
    "sitemap-statements": 2,
}


def grow(statement, speaker, topic, n):
    """Add ``n`` statements with ``n`` questions each from new journalists and outlets, and ``n``
    more questions to ``statement``."""
    journalists = [
        (make_person(f"Journalist {n}-{i}"), make_outlet(f"Outlet {n}-{i}")) for i in range(n)
    ]
    for i in range(n):
        other = make_transcript(
            speaker=speaker,
            moderator=speaker,
            journalists=journalists,
            date=datetime.date(2021 + i % 3, 1 + i % 12, 1 + i),
        )
        tag(other, topic, make_topic(f"Topic {n}-{i}"))
        for exchange in other.exchanges.all():
            tag(exchange, topic)
        make_caption(other)
    add_questions(statement, speaker, journalists, moderator=speaker)


@pytest.mark.parametrize("name", QUERIES)
def test_a_page_issues_the_same_few_queries_on_a_small_and_a_grown_archive(
    client, site, name, django_assert_num_queries
):
    url = page_urls(site)[name]
    with django_assert_num_queries(QUERIES[name]):
        assert client.get(url).status_code == 200
    grow(site["statement"], site["speaker"], site["topic"], 8)
    url = page_urls(site)[name]
    with django_assert_num_queries(QUERIES[name]):
        assert client.get(url).status_code == 200
