"""The JSON API's records: statements with their turns, exchanges, people with counts per role,
outlets and topics, each with a stable key, its API url and an absolute permalink."""

import datetime

import pytest

from statements.models import Statement, Turn
from tests.factories import make_outlet, make_person, make_press_conference, make_search_archive

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def every(client, url, **params):
    """All records of a list, following its cursors."""
    page = get(client, url, **params)
    records = page["results"]
    while page["next"]:
        page = client.get(page["next"]).json()
        records += page["results"]
    return records


@pytest.fixture
def records():
    return make_search_archive()


def test_a_statement_lists_its_turns_in_order_with_speakers_and_exchanges(client, conference):
    data = get(client, f"/api/statements/{conference.slug}/")
    assert data["slug"] == conference.slug
    assert data["permalink"] == f"http://testserver/statements/{conference.slug}/"
    assert data["url"] == f"http://testserver/api/statements/{conference.slug}/"
    positions = [t["position"] for t in data["turns"]]
    assert positions == sorted(positions) and len(positions) == conference.turns.count()
    question = next(t for t in data["turns"] if t["kind"] == "question")
    assert question["speaker"]["name"] == "Matthias Kolb"
    assert question["outlet"]["slug"] == "suddeutsche-zeitung"
    assert question["exchange"] == 1
    assert question["permalink"].endswith(f"#t{question['position']}")
    assert [e["journalist"]["name"] for e in data["exchanges"]] == ["Matthias Kolb", "Iryna Somer"]
    assert data["exchange_count"] == 2
    assert data["original_text"].endswith("/original.txt")


def test_an_exchange_names_who_asked_for_which_outlet_and_who_answered(client, records):
    statement = records.statements[0]
    data = get(client, f"/api/statements/{statement.slug}/q2/")
    assert data["id"] == f"{statement.slug}/q2"
    assert data["question"] == "What about Ukraine?"
    assert data["journalist"]["slug"] == "lorne-cook"
    assert data["outlet"]["name"] == "Associated Press"
    assert [a["text"] for a in data["answers"]] == ["We support Ukraine and its sovereignty."]
    assert data["answers"][0]["speaker"]["name"] == "Jens Stoltenberg"
    assert [t["kind"] for t in data["turns"]] == ["question", "answer"]
    assert [t["slug"] for t in data["topics"]] == ["ukraine"]
    assert data["permalink"] == f"http://testserver/statements/{statement.slug}/q2/"
    assert data["in_transcript"].endswith("#q2")


def test_exchanges_can_be_narrowed_to_a_journalist_an_outlet_or_a_year(client, records):
    by_teri = every(client, "/api/exchanges/", journalist="teri-schultz")
    assert [e["question"] for e in by_teri] == [
        "Will troops stay in Afghanistan?",
        "Why leave Afghanistan now?",
        "And Ukraine?",
    ]
    assert {
        e["outlet"]["slug"] for e in every(client, "/api/exchanges/", outlet="associated-press")
    } == {"associated-press"}
    assert len(every(client, "/api/exchanges/", year=2021)) == 3
    assert len(every(client, "/api/exchanges/", topic="afghanistan")) == 2
    assert len(every(client, "/api/exchanges/", speaker="mircea-geoana")) == 1


def test_statements_can_be_narrowed_by_kind_date_topic_and_speaker(client, records):
    assert [s["kind"] for s in every(client, "/api/statements/", kind="doorstep")] == ["doorstep"]
    titles = {
        s["title"] for s in every(client, "/api/statements/", start="2021-01-01", end="2021-12-31")
    }
    assert titles == {"Foreign ministers meet", "Doorstep at the summit"}
    assert len(every(client, "/api/statements/", topic="afghanistan")) == 2
    assert len(every(client, "/api/statements/", speaker="jens-stoltenberg")) == 2


def test_cursor_pages_cover_every_record_once(client):
    speaker = make_person("Jens Stoltenberg")
    for day in range(1, 8):
        make_press_conference(f"Briefing {day}", date=datetime.date(2022, 3, day), speaker=speaker)
    pages = []
    page = get(client, "/api/statements/", page_size=3)
    while True:
        pages.append([s["title"] for s in page["results"]])
        if not page["next"]:
            break
        page = client.get(page["next"]).json()
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [title for p in pages for title in p] == [f"Briefing {d}" for d in range(1, 8)]
    back = client.get(page["previous"]).json()
    assert [s["title"] for s in back["results"]] == pages[1]


def test_a_person_has_counts_per_role(client, records):
    people = {p["slug"]: p for p in every(client, "/api/people/")}
    assert people["teri-schultz"]["counts"] == {
        "questions": 3,
        "answers": 0,
        "statements": 0,
        "moderation": 0,
        "quotations": 0,
        "appearances": 2,
    }
    assert people["jens-stoltenberg"]["counts"]["answers"] == 4
    assert people["jens-stoltenberg"]["counts"]["statements"] == 2
    journalists = {p["slug"] for p in every(client, "/api/people/", role="journalist")}
    assert journalists == {"teri-schultz", "lorne-cook"}


def test_a_person_links_their_questions_and_downloads(client, records):
    data = get(client, "/api/people/teri-schultz/")
    assert data["outlets"][0] == {
        "outlet": {
            "slug": "national-public-radio",
            "name": "National Public Radio",
            "url": "http://testserver/api/outlets/national-public-radio/",
            "permalink": "http://testserver/outlets/national-public-radio/",
        },
        "questions": 2,
    }
    assert len(every(client, data["questions"])) == 3
    assert data["exports"]["csv"] == "http://testserver/people/teri-schultz/questions.csv"


def test_outlets_and_topics_have_counts(client, records):
    outlets = {o["slug"]: o for o in every(client, "/api/outlets/")}
    assert outlets["associated-press"]["counts"] == {"questions": 3, "journalists": 2}
    assert outlets["associated-press"]["aliases"] == ["AP"]
    outlet = get(client, "/api/outlets/associated-press/")
    assert [j["person"]["slug"] for j in outlet["journalists"]] == ["lorne-cook", "teri-schultz"]
    topic = get(client, "/api/topics/ukraine/")
    assert topic["counts"] == {"statements": 4, "exchanges": 3}
    assert len(every(client, topic["exchanges"])) == 3


def test_a_turn_by_an_unknown_speaker_keeps_the_printed_label(client):
    statement = make_press_conference("Briefing", speaker=None, opening="Hello.")
    Turn.objects.filter(statement=statement).update(speaker_label="MR. SMITH")
    turn = get(client, f"/api/statements/{statement.slug}/")["turns"][0]
    assert turn["speaker"] is None
    assert turn["speaker_label"] == "MR. SMITH"


def test_the_root_lists_the_endpoints(client):
    data = get(client, "/api/")
    assert set(data) >= {"statements", "exchanges", "people", "outlets", "topics", "search"}
    assert data["docs"] == "http://testserver/api/docs/"


def test_slugs_are_the_keys_and_survive_a_title_edit(client, records):
    statement = Statement.objects.get(title="Defence ministers meet")
    slug = statement.slug
    statement.title = "Defence ministers meet in Brussels"
    statement.save()
    assert get(client, f"/api/statements/{slug}/")["title"] == "Defence ministers meet in Brussels"
    assert make_outlet("Reuters").slug in {o["slug"] for o in every(client, "/api/outlets/")}
