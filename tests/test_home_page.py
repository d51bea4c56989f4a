import datetime

import pytest
from django.urls import reverse

from tests.factories import (
    make_outlet,
    make_person,
    make_statement,
    make_topic,
    make_transcript,
    tag,
)
from tests.pagecheck import page

pytestmark = pytest.mark.django_db


def test_an_empty_archive_has_a_home_page_that_says_how_to_fill_it(client):
    response = client.get(reverse("statements:home"))
    assert len(page(response).h1()) == 1
    assert "manage.py import_statements" in response.content.decode()


def test_the_home_page_has_a_search_box_that_sends_to_the_search_page(client):
    checked = page(client.get(reverse("statements:home")))
    assert "home-q" in checked.labels_for
    assert not checked.unlabelled_fields()
    assert "search" in checked.landmarks


def test_the_home_page_shows_the_latest_statements_newest_first(client):
    for day in range(1, 12):
        make_statement(title=f"Statement of day {day:02d}", date=datetime.date(2022, 1, day))
    html = client.get(reverse("statements:home")).content.decode()
    assert html.count('class="statement-item"') == 8
    assert html.index("day 11") < html.index("day 10")
    assert "day 03" not in html


def test_the_home_page_counts_topics_journalists_outlets_and_the_archive(client):
    kolb, somer = make_person("Matthias Kolb"), make_person("Iryna Somer")
    sz = make_outlet("Süddeutsche Zeitung")
    first = make_transcript(date=datetime.date(2021, 1, 5), journalists=[(kolb, sz), (kolb, sz)])
    make_transcript(date=datetime.date(2021, 3, 9), journalists=[(somer, None)])
    tag(first, make_topic("Drone warfare"))
    html = client.get(reverse("statements:home")).content.decode()
    assert 'Drone warfare <span class="count"><span class="visually-hidden">(</span>1<' in html
    assert 'Matthias Kolb</a> <span class="count">2 questions</span>' in html
    assert 'Iryna Somer</a> <span class="count">1 question</span>' in html
    assert html.index("Matthias Kolb</a>") < html.index("Iryna Somer</a>")
    assert 'Süddeutsche Zeitung</a> <span class="count">2 questions</span>' in html
    assert "<dt>Statements</dt><dd>2</dd>" in html
    assert "<dt>Questions</dt><dd>3</dd>" in html


def test_the_home_timeline_counts_statements_per_month_with_empty_months(client):
    make_statement(date=datetime.date(2021, 1, 5))
    make_statement(date=datetime.date(2021, 1, 25))
    make_statement(date=datetime.date(2021, 3, 9))
    html = client.get(reverse("statements:home")).content.decode()
    assert '<td><a href="/archive/2021/01/">January 2021</a></td><td>2</td>' in html
    assert '<td><a href="/archive/2021/02/">February 2021</a></td><td>0</td>' in html
    assert '<td><a href="/archive/2021/03/">March 2021</a></td><td>1</td>' in html
    assert "3 statements, at most 2 in one period" in html
