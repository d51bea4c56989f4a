import datetime

import pytest
from django.urls import reverse

from tests.factories import make_person, make_statement, make_topic, make_transcript, tag
from tests.pagecheck import page

pytestmark = pytest.mark.django_db


@pytest.fixture
def drones():
    topic = make_topic("Drone warfare", description="Unmanned aircraft in combat.")
    asker = make_person("Lorne Cook")
    for year in (2019, 2021, 2021):
        statement = make_transcript(date=datetime.date(year, 3, 1), journalists=[(asker, None)])
        tag(statement, topic)
    tag(statement.exchanges.get(), topic)
    make_statement(title="Untagged statement")
    return topic


def test_a_topic_page_lists_the_statements_tagged_with_it(client, drones):
    response = client.get(drones.get_absolute_url())
    html = response.content.decode()
    assert page(response).h1() == ["Drone warfare"]
    assert "Unmanned aircraft in combat." in html
    assert html.count('class="statement-item"') == 3
    assert "Untagged statement" not in html
    assert "3 statements and 1 question tagged" in html
    assert "Showing only" not in html


def test_a_topic_page_charts_its_statements_per_year_with_empty_years(client, drones):
    html = client.get(drones.get_absolute_url()).content.decode()
    assert '<td><a href="/topics/drone-warfare/?year=2019">2019</a></td><td>1</td>' in html
    assert '<td><a href="/topics/drone-warfare/?year=2020">2020</a></td><td>0</td>' in html
    assert '<td><a href="/topics/drone-warfare/?year=2021">2021</a></td><td>2</td>' in html
    filtered = client.get(drones.get_absolute_url(), {"year": 2021}).content.decode()
    assert filtered.count('class="statement-item"') == 2


def test_a_topic_page_lists_the_questions_tagged_with_it(client, drones):
    html = client.get(drones.get_absolute_url(), {"show": "questions"}).content.decode()
    assert html.count('class="exchange-item"') == 1
    assert "Lorne Cook" in html


def test_a_missing_topic_is_not_found(client):
    assert client.get(reverse("statements:topic", args=["nothing"])).status_code == 404


def test_the_topic_index_counts_statements_and_questions(client, drones):
    html = client.get(reverse("statements:topics")).content.decode()
    assert 'Drone warfare</a></th><td class="num">3</td><td class="num">1</td>' in html
