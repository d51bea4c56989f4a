"""Downloads: every result of a search, a person's questions and an outlet's, as CSV and JSON
Lines, one row per hit or exchange with its permalink, streamed a page of hits at a time, and
safe to open in a spreadsheet."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings

from statements import exports
from statements.models import Turn
from tests.factories import make_exchange, make_outlet, make_person, make_statement

pytestmark = pytest.mark.django_db


def download(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    assert response.streaming
    body = b"".join(response.streaming_content).decode()
    return response, body


def csv_rows(client, url, **params):
    response, body = download(client, url, **params)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="natoarchive-')
    return list(csv.DictReader(io.StringIO(body)))


def jsonl_rows(client, url, **params):
    response, body = download(client, url, **params)
    assert response["Content-Type"].startswith("application/jsonl")
    return [json.loads(line) for line in body.splitlines()]


def test_a_search_download_has_every_hit_in_the_order_of_the_search(client, archive):
    params = {"q": "ukraine OR afghanistan", "sort": "newest"}
    rows = csv_rows(client, "/search/export.csv", **params)
    api = client.get("/api/search/", {**params, "page_size": 100}).json()
    assert len(rows) == api["count"] == 10
    assert [r["id"] for r in rows] == [h["id"] for h in api["results"]]
    for row in rows:  # an exchange's own page, a passage in its transcript
        slug, _, anchor = row["id"].rpartition("/")
        page = f"/{anchor}/" if row["hit"] == "exchange" else f"/#{anchor}"
        assert row["permalink"] == f"http://testserver/statements/{slug}{page}"


def test_a_search_download_keeps_every_filter(client, archive):
    rows = jsonl_rows(client, "/search/export.jsonl", q="ukraine", journalist="teri-schultz")
    assert [r["journalist"] for r in rows] == ["Teri Schultz"]
    assert rows[0]["question"] == "And Ukraine?"
    assert rows[0]["text"] == "Allies stand with Ukraine against Russian aggression."
    assert rows[0]["speakers"] == ["Jens Stoltenberg"]
    assert rows[0]["hit"] == "exchange"
    assert rows[0]["topics"] == ["Ukraine"]
    only_2021 = jsonl_rows(client, "/search/export.jsonl", topic="ukraine", year="2021")
    assert {r["date"][:4] for r in only_2021} == {"2021"}
    statements = jsonl_rows(client, "/search/export.jsonl", q="ukraine", show="statements")
    assert {r["hit"] for r in statements} == {"statement"} and len(statements) == 4
    assert any("We support Ukraine and its sovereignty." in r["text"] for r in statements)


def test_a_passage_hit_gives_its_speaker_and_text(client, archive):
    rows = jsonl_rows(client, "/search/export.jsonl", q="production")
    assert rows[0]["hit"] == "turn"
    assert rows[0]["text"] == "The secretary met allies to discuss Ukraine and missile production."
    assert rows[0]["permalink"].endswith("#t1")


def test_the_engine_is_read_a_page_at_a_time_with_the_same_result(client, archive, monkeypatch):
    whole = jsonl_rows(client, "/search/export.jsonl", q="ukraine OR allies")
    monkeypatch.setattr(exports, "ENGINE_PAGE", 2)
    paged = jsonl_rows(client, "/search/export.jsonl", q="ukraine OR allies")
    assert paged == whole and len(whole) > 4


def test_a_person_download_lists_their_questions_newest_first(client, archive):
    rows = csv_rows(client, "/people/teri-schultz/questions.csv")
    assert [r["question"] for r in rows] == [
        "Why leave Afghanistan now?",
        "And Ukraine?",
        "Will troops stay in Afghanistan?",
    ]
    assert rows[0]["outlet"] == "National Public Radio"
    assert rows[1]["outlet_slug"] == "associated-press"
    assert rows[0]["answered_by"] == "Jens Stoltenberg"
    assert rows[0]["permalink"].startswith("http://testserver/statements/")
    assert rows[0]["permalink"].endswith("/q1/")
    assert client.get(rows[0]["permalink"]).status_code == 200
    assert len(csv_rows(client, "/people/teri-schultz/questions.csv", year=2019)) == 1
    assert len(csv_rows(client, "/people/teri-schultz/questions.csv", topic="ukraine")) == 1


def test_an_outlet_download_lists_the_questions_asked_for_it(client, archive):
    rows = jsonl_rows(client, "/outlets/associated-press/questions.jsonl")
    assert {r["journalist"] for r in rows} == {"Lorne Cook", "Teri Schultz"}
    assert len(rows) == 3
    assert set(rows[0]) == set(exports.EXCHANGE_COLUMNS)


def test_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(client):
    statement = make_statement(title='=HYPERLINK("http://evil.example")')
    journalist, outlet = make_person("Mallory"), make_outlet("@evil")
    make_exchange(
        statement,
        journalist,
        outlet,
        question="+1 is the answer?",
        answers=[(make_person("Alice"), "-2, then\n=SUM(A1:A9)")],
    )
    row = csv_rows(client, "/people/mallory/questions.csv")[0]
    assert row["title"] == '\'=HYPERLINK("http://evil.example")'
    assert row["question"] == "'+1 is the answer?"
    assert row["outlet"] == "'@evil"
    assert row["answer"] == "'-2, then\n=SUM(A1:A9)"
    assert row["position"] == "1"
    raw = jsonl_rows(client, "/people/mallory/questions.jsonl")[0]
    assert raw["question"] == "+1 is the answer?"


def test_an_unresolved_journalist_keeps_the_printed_name(client):
    statement = make_statement()
    exchange = make_exchange(statement, None, None, question="Q?", answers=[(None, "A.")])
    Turn.objects.filter(pk=exchange.question_id).update(speaker_label="QUESTION (Reuters)")
    outlet = make_outlet("Reuters")
    exchange.outlet = outlet
    exchange.save()
    row = jsonl_rows(client, "/outlets/reuters/questions.jsonl")[0]
    assert row["journalist"] == "QUESTION (Reuters)" and row["journalist_slug"] is None


def test_a_search_without_words_or_filters_has_nothing_to_export(client, archive):
    response = client.get("/search/export.csv")
    assert response.status_code == 400
    assert b"give words" in response.content


def test_a_download_of_a_search_while_the_index_is_missing_is_a_503(client, archive):
    shutil.rmtree(Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"]))
    response = client.get("/search/export.csv", {"q": "ukraine"})
    assert response.status_code == 503
    assert b"rebuild_index" in response.content


def test_unknown_people_and_outlets_are_404s(client, archive):
    assert client.get("/people/nobody/questions.csv").status_code == 404
    assert client.get("/outlets/nothing/questions.jsonl").status_code == 404
    assert client.get("/people/teri-schultz/questions.csv", {"year": "x"}).status_code == 404


def test_the_pages_link_their_downloads(client, archive):
    search = client.get("/search/", {"q": "ukraine", "journalist": "teri-schultz", "page": 1})
    html = search.content.decode()
    assert 'href="/search/export.csv?q=ukraine&amp;journalist=teri-schultz"' in html
    assert 'href="/search/export.jsonl?q=ukraine&amp;journalist=teri-schultz"' in html
    person = client.get("/people/teri-schultz/", {"show": "questions", "year": 2021}).content
    assert b'href="/people/teri-schultz/questions.csv?year=2021"' in person
    outlet = client.get("/outlets/associated-press/").content
    assert b'href="/outlets/associated-press/questions.jsonl"' in outlet
