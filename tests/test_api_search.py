"""/api/search/ gives what /search/ shows for the same query string: the same hits in the same
order, the same count and facet counts; a bad parameter is a 400 naming it."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

QUERIES = [
    {"q": "ukraine"},
    {"q": '"mission in Afghanistan"'},
    {"q": "afghanistan OR sovereignty", "sort": "newest"},
    {"q": "-afghanistan ukraine"},
    {"q": "speaker:stoltenberg ukraine"},
    {"q": "ukraine", "within": "answers"},
    {"q": "ukraine", "show": "statements"},
    {"journalist": "teri-schultz"},
    {"outlet": "associated-press", "year": "2021"},
    {"topic": "ukraine", "kind": "doorstep"},
    {"q": "allies", "start": "2021-01-01", "end": "2023-12-31", "sort": "oldest"},
]


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize(
    "params", QUERIES, ids=lambda p: " ".join(f"{k}={v}" for k, v in p.items())
)
def test_the_api_finds_what_the_search_page_shows(client, archive, params):
    page = client.get("/search/", params).context
    data = api(client, **params)
    assert data["count"] == page["count"]
    assert [h["permalink"] for h in data["results"]] == [
        "http://testserver" + r["url"] for r in page["results"]
    ]
    assert [h["title"] for h in data["results"]] == [r["title"] for r in page["results"]]
    for group in page["facets"]:
        shown = [(i.value, i.count) for i in group.items]
        assert [(v["value"], v["count"]) for v in data["facets"][group.name]["values"]] == shown


def test_a_hit_has_a_stable_key_and_its_record_in_the_api(client, archive):
    hit = api(client, q="sovereignty")["results"][0]
    statement = archive.statements[0]
    assert hit["type"] == "exchange"
    assert hit["id"] == f"{statement.slug}/q2"
    assert hit["url"] == f"http://testserver/api/statements/{statement.slug}/q2/"
    assert hit["asked_by"] == "Lorne Cook"
    assert "<mark>sovereignty</mark>" in hit["snippet"]
    assert client.get(hit["url"]).json()["question"] == "What about Ukraine?"


def test_facet_values_link_to_the_narrowed_search(client, archive):
    data = api(client, q="ukraine")
    teri = next(v for v in data["facets"]["journalist"]["values"] if v["value"] == "teri-schultz")
    assert teri["label"] == "Teri Schultz"
    narrowed = client.get(teri["url"]).json()
    assert narrowed["count"] == teri["count"]
    assert all(h["asked_by"] == "Teri Schultz" for h in narrowed["results"])


def test_pages_split_the_hits_and_link_to_each_other(client, archive):
    first = api(client, q="ukraine OR afghanistan", page_size=3)
    assert first["pages"] == -(-first["count"] // 3) and first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["page"] == 2
    ids = [h["id"] for h in first["results"] + second["results"]]
    assert len(set(ids)) == len(ids)


def test_the_query_syntax_notices_come_with_the_results(client, archive):
    data = api(client, q='"collective defence')
    assert any("quotation mark was not closed" in n for n in data["notices"])
    assert api(client, journalist="nobody-at-all")["notices"] == [
        "No journalist “nobody-at-all” is in the archive, so nothing matches."
    ]


def test_nothing_to_search_for_is_an_empty_answer_that_says_why(client, archive):
    data = api(client)
    assert data["searched"] is False and data["results"] == []
    assert "Give words to search for (q) or a filter." in data["notices"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "x", "start": "07/10/2021"}, "start"),
        ({"q": "x", "year": "12"}, "year"),
        ({"q": "x", "kind": "poem"}, "kind"),
        ({"q": "x", "journalist": "<b>x</b>"}, "journalist"),
        ({"q": "x", "within": "titles"}, "within"),
        ({"q": "x", "page": "0"}, "page"),
        ({"q": "x", "page_size": "1000"}, "page_size"),
    ],
)
def test_a_bad_parameter_is_a_400_that_names_it(client, archive, params, field):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    data = response.json()
    assert data["code"] == "invalid"
    assert list(data["errors"]) == [field]


def test_a_page_past_the_end_is_a_404_naming_the_page(client, archive):
    response = client.get("/api/search/", {"q": "ukraine", "page": 50})
    assert response.status_code == 404
    assert list(response.json()["errors"]) == ["page"]


def test_a_missing_index_is_a_json_503(client, archive):
    shutil.rmtree(Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"]))
    response = client.get("/api/search/", {"q": "ukraine"})
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == "search_unavailable"
    assert client.get("/api/statements/").status_code == 200
