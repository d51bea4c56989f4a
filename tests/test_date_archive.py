import datetime

import pytest
from django.urls import reverse

from tests.factories import make_statement
from tests.pagecheck import page

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated():
    make_statement(title="Spring doorstep", date=datetime.date(2021, 3, 7))
    make_statement(title="Autumn conference", date=datetime.date(2021, 10, 7))
    make_statement(title="Autumn speech", date=datetime.date(2021, 10, 7))
    make_statement(title="Next year", date=datetime.date(2023, 1, 2))
    make_statement(title="Undated", date=None)


def test_the_archive_index_lists_the_years_with_counts(client, dated):
    html = client.get(reverse("statements:archive")).content.decode()
    assert (
        '<a href="/archive/2021/"><span class="year">2021</span> <span class="count">3 statements'
        in html
    )
    assert (
        '<a href="/archive/2023/"><span class="year">2023</span> <span class="count">1 statement<'
        in html
    )
    assert (
        '<td><a href="/archive/2022/">2022</a></td><td>0</td>' in html
    )  # an empty year on the chart
    assert 'href="/archive/2022/"><span class="year">' not in html  # but not in the list


def test_a_year_page_lists_its_statements_and_charts_its_months(client, dated):
    response = client.get("/archive/2021/")
    html = response.content.decode()
    assert page(response).h1() == ["Statements of 2021"]
    assert html.count('class="statement-item"') == 3
    assert '<td><a href="/archive/2021/10/">October 2021</a></td><td>2</td>' in html
    assert "<td>November 2021</td><td>0</td>" in html
    assert 'rel="next" href="/archive/2023/"' in html


def test_a_month_page_has_a_calendar_linking_the_days_with_statements(client, dated):
    html = client.get("/archive/2021/10/").content.decode()
    assert html.count('class="statement-item"') == 2
    assert '<a href="/archive/2021/10/07/" title="2 statements">7' in html
    assert '<span class="no-statements">8</span>' in html
    assert 'rel="prev" href="/archive/2021/03/"' in html
    assert 'rel="next" href="/archive/2023/01/"' in html


def test_a_day_page_lists_that_days_statements(client, dated):
    response = client.get("/archive/2021/10/07/")
    assert page(response).h1() == ["Statements of Thursday 7 October 2021"]
    assert response.content.decode().count('class="statement-item"') == 2


@pytest.mark.parametrize(
    "url",
    [
        "/archive/2022/",
        "/archive/2021/11/",
        "/archive/2021/10/08/",
        "/archive/2021/13/",
        "/archive/2021/02/30/",
        "/archive/0000/",
    ],
)
def test_periods_without_statements_and_impossible_dates_are_not_found(client, dated, url):
    assert client.get(url).status_code == 404


def test_a_statement_links_its_date_to_the_archive(client, dated):
    from statements.models import Statement

    statement = Statement.objects.get(title="Spring doorstep")
    html = client.get(statement.get_absolute_url()).content.decode()
    assert 'href="/archive/2021/03/07/"' in html
    assert 'href="/archive/2021/03/">March</a>' in html
