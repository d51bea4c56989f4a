"""Related statements: statements on the same subject, from the search engine (more-like-this)."""

import datetime

import pytest
from haystack.inputs import Exact
from haystack.query import SearchQuerySet

from tests.factories import make_person, make_press_conference

pytestmark = pytest.mark.django_db


def related_titles(client, statement):
    html = client.get(statement.get_absolute_url()).content.decode()
    if 'id="related-h"' not in html:
        return []
    section = html.split('id="related-h"', 1)[1].split("</section>", 1)[0]
    return [title for title in TITLES if title in section]


TITLES = ["Missile defence in Europe", "Missile defence again", "Fishing quotas", "Farm subsidies"]


@pytest.fixture
def subjects(reindex):
    """Two statements on missile defence, two on other subjects."""
    sg = make_person("Jens Stoltenberg")
    texts = {
        TITLES[0]: "Allies agreed on missile defence interceptors and radars in Europe.",
        TITLES[1]: "Missile defence radars and interceptors protect allies in Europe.",
        TITLES[2]: "Fishing quotas for cod and herring in the North Sea were discussed.",
        TITLES[3]: "Farm subsidies for dairy and wheat producers were discussed.",
    }
    made = {
        title: make_press_conference(
            title, date=datetime.date(2021, 1, n + 1), speaker=sg, opening=text
        )
        for n, (title, text) in enumerate(texts.items())
    }
    reindex()
    return made


def test_a_statement_page_lists_statements_on_the_same_subject_first(client, subjects):
    titles = related_titles(client, subjects["Missile defence in Europe"])
    assert titles[0] == "Missile defence again"
    assert "Missile defence in Europe" not in titles  # never itself


def test_related_statements_come_from_haystacks_more_like_this(subjects):
    statement = subjects["Fishing quotas"]
    hits = SearchQuerySet().filter(hit=Exact("statement")).more_like_this(statement)[:3]
    assert [hit.title for hit in hits] and all(hit.pk != str(statement.pk) for hit in hits)


def test_without_a_search_index_the_page_goes_without_related_statements(
    client, settings, tmp_path
):
    from haystack import connections

    statement = make_press_conference("Missile defence in Europe", speaker=make_person())
    backend = connections["default"].get_backend()
    path, backend.path = backend.path, str(tmp_path / "no-index")
    try:
        response = client.get(statement.get_absolute_url())
    finally:
        backend.path = path
    assert response.status_code == 200
    assert 'id="related-h"' not in response.content.decode()
