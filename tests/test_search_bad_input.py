"""Bad input never fails: a friendly message or an empty result, nothing echoed unescaped."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query",
    [
        '"collective defence',
        "OR",
        "ukraine OR",
        "-",
        "- ukraine",
        "colour:blue",
        "speaker:",
        "x" * 10_000,
        "ukraine " * 2_000,
        "nato\x00\x01\x1b[31m",
        "😀😀 🇺🇦",
        "Україна НАТО 北约",
        "'; DROP TABLE statements_statement; --",
        "1=1 OR 'a'='a'",
        "*:* AND NOT",
        "(((ukraine",
        "text:[a TO z] ^2 ~3 {}",
    ],
)
def test_odd_queries_return_a_page(client, archive, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "count" in response.context or response.context["notices"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"collective defence', "quotation mark was not closed"),
        ("ukraine OR", "“OR” needs a word on each side"),
        ("- ukraine", "lone “-”"),
        ("colour:blue", "There is no “colour:” field"),
        ("x" * 10_000, "too long"),
        ("nato\x00", "Control characters"),
    ],
)
def test_odd_queries_are_explained(client, archive, query, message):
    response = client.get("/search/", {"q": query})
    assert message in response.content.decode()


def test_html_in_the_query_is_never_echoed_unescaped(client, archive):
    response = client.get("/search/", {"q": '<script>alert("x")</script> ukraine'})
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_html_in_a_filter_value_is_dropped_with_a_message(client, archive):
    response = client.get("/search/", {"q": "ukraine", "journalist": "<b>x</b>"})
    assert response.status_code == 200
    assert "<b>x</b>" not in response.content.decode()
    assert response.context["notices"]


def test_an_unknown_filter_value_gives_an_empty_result_and_a_message(client, archive):
    response = client.get("/search/", {"q": "ukraine", "journalist": "nobody-at-all"})
    assert response.context["count"] == 0
    assert "No journalist “nobody-at-all” is in the archive" in response.content.decode()


@pytest.mark.parametrize("params", [{"kind": "poem"}, {"sort": "random"}, {"within": "titles"}])
def test_an_unknown_choice_is_ignored_with_a_message(client, archive, params):
    response = client.get("/search/", {"q": "ukraine", **params})
    assert response.status_code == 200
    assert response.context["count"] > 0
    assert response.context["notices"]


@pytest.mark.parametrize("params", [{"start": "yesterday"}, {"end": "2021-02-30"}, {"year": "abc"}])
def test_a_bad_date_is_ignored_with_a_message(client, archive, params):
    response = client.get("/search/", {"q": "ukraine", **params})
    assert response.status_code == 200
    assert response.context["notices"]


def test_a_reversed_date_range_is_swapped(client, archive):
    response = client.get(
        "/search/", {"q": "afghanistan", "start": "2021-12-31", "end": "2021-01-01"}
    )
    assert response.context["count"] == 2
    assert "wrong way round" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "999999", "abc", "1.5", "99999999999999999999"])
def test_a_page_that_does_not_exist_gets_a_friendly_message(client, archive, page):
    response = client.get("/search/", {"q": "ukraine", "page": page})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Go to the first page" in html
    assert 'href="?q=ukraine"' in html


def test_an_empty_query_shows_the_help(client, archive):
    response = client.get("/search/")
    assert response.status_code == 200
    assert b"How to search" in response.content
    assert "count" not in response.context


def test_a_date_outside_the_years_searched_is_ignored_with_a_message(client, archive):
    response = client.get("/search/", {"q": "ukraine", "end": "0338-07-26", "sort": "oldest"})
    assert response.status_code == 200
    assert "“To” was ignored" in response.content.decode()
    assert response.context["count"] > 0


@pytest.mark.parametrize("date", ["0001-01-01", "0099-12-31", "0999-06-15", "9999-12-31"])
@pytest.mark.parametrize("field", ["start", "end"])
def test_a_date_the_engine_cannot_compare_is_ignored_with_a_message(client, archive, field, date):
    for url in ["/search/", "/search/feed/"]:
        response = client.get(url, {"q": "ukraine", field: date})
        assert response.status_code == 200
    response = client.get("/search/", {"q": "ukraine", field: date})
    assert response.context["count"] > 0
    assert any("was ignored" in notice for notice in response.context["notices"])


@pytest.mark.parametrize("page", ["²", "³", "¹", "①", "٣", "1²"])
def test_a_page_number_in_other_digits_gets_a_friendly_message(client, archive, page):
    response = client.get("/search/", {"q": "russia", "page": page})
    assert response.status_code == 200
    assert "Go to the first page" in response.content.decode()


@pytest.mark.parametrize("page", ["²", "①", "9" * 5_000])
def test_a_statement_page_number_in_other_digits_is_not_found(client, archive, page):
    statement = archive.statements[0]
    response = client.get(statement.get_absolute_url(), {"page": page})
    assert response.status_code == 404
