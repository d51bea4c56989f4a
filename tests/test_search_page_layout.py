"""What the search page says around its hits: no hits, charts, every facet value, its help
and its one search box, and what a hit shows when no word was searched for."""

import re

import pytest

from statements.models import StatementTopic, Turn
from tests.factories import make_exchange, make_outlet, make_person, make_statement, make_topic

pytestmark = pytest.mark.django_db


def test_no_hits_is_a_sentence_not_a_numbered_list_item(client, archive):
    html = client.get("/search/", {"q": "zeppelin"}).content.decode()
    assert "Nothing matches “zeppelin”" in html
    assert 'class="search-hits"' not in html and '<li class="search-empty"' not in html


def test_a_year_without_hits_draws_no_empty_chart(client, archive):
    response = client.get("/search/", {"q": "ukraine", "year": "2020"})
    assert response.context["count"] == 0
    assert response.context["trend"] == ([], "")
    html = response.content.decode()
    assert 'class="chart"' not in html and "at most 1 in one period" not in html


def test_a_year_with_hits_charts_its_months(client, archive):
    response = client.get("/search/", {"q": "ukraine", "year": "2021"})
    series, title = response.context["trend"]
    assert title == "Hits per month in 2021" and len(series) == 12


def test_every_value_of_a_facet_is_a_link_the_longer_ones_behind_and_n_more(
    client, archive, reindex
):
    statement = archive.statements[0]
    extra = [make_topic(f"Extra topic {n:02d}") for n in range(14)]
    for topic in extra:
        StatementTopic.objects.create(statement=statement, topic=topic)
    reindex()
    html = client.get("/search/", {"q": "afghanistan"}).content.decode()
    topics = html.split("<h2>Topic</h2>", 1)[1].split("</section>", 1)[0]
    assert re.search(r"<summary>and \d+ more", topics)
    for topic in [*extra, archive.afghanistan, archive.ukraine]:
        assert f"topic={topic.slug}" in topics, topic.name


def test_the_search_page_has_one_search_box_and_says_how_to_search_once(client, archive):
    html = client.get("/search/").content.decode()
    assert html.count("How to search") == 1
    assert html.count('role="search"') == 1
    assert 'id="site-q"' not in html  # the header's box is left out here
    assert 'id="site-q"' in client.get(archive.statements[0].get_absolute_url()).content.decode()


def test_a_search_by_filters_alone_shows_the_answer_not_the_question_and_its_labels(
    client, reindex
):
    kolb, sg = make_person("Matthias Kolb"), make_person("Jens Stoltenberg")
    statement = make_statement(title="Press conference with the national security advisers")
    exchange = make_exchange(
        statement,
        kolb,
        make_outlet("Süddeutsche Zeitung", aliases="SDZ"),
        question="Secretary General, what about AUKUS?",
        answers=[(sg, "We welcome cooperation with our partners in the Indo-Pacific.")],
    )
    Turn.objects.filter(pk=exchange.question_id).update(
        speaker_label="Matthias Kolb (SDZ)", outlet_label="SDZ"
    )
    reindex()
    response = client.get("/search/", {"journalist": "matthias-kolb"})
    (hit,) = response.context["results"]
    assert str(hit["snippet"]).startswith("We welcome cooperation with our partners")
    html = response.content.decode()
    assert "(SDZ) (SDZ)" not in html and "Matthias Kolb (SDZ):" not in html
