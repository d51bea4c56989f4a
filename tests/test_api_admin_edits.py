"""Admin users stay the only writers, and what they change shows in the API at once: the
records, the search (same index) and the downloads."""

import pytest
from django.urls import reverse

from statements.models import Person
from tests.factories import make_outlet, make_person, make_press_conference
from tests.test_admin import statement_form_data

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def conference(search_index):
    return make_press_conference(
        "Defence ministers meet",
        speaker=make_person("Jens Stoltenberg"),
        opening="Allies discussed readiness.",
        exchanges=[
            (make_person("Teri Schultz"), make_outlet("NPR"), "And Iceland?", "Iceland is an ally.")
        ],
    )


def test_a_turn_edited_in_the_admin_shows_in_the_api_at_once(admin_client, client, conference):
    url = f"/api/statements/{conference.slug}/"
    etag = client.get(url)["ETag"]
    change = reverse("admin:statements_statement_change", args=[conference.pk])
    data = statement_form_data(conference, {("turns", 0): {"text": "Allies discussed resilience."}})
    assert admin_client.post(change, data).status_code == 302
    fresh = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 200
    assert fresh.json()["turns"][0]["text"] == "Allies discussed resilience."
    assert fresh.json()["edited"] is True
    hits = client.get("/api/search/", {"q": "resilience"}).json()
    assert [h["statement"] for h in hits["results"]] == [conference.slug]
    assert client.get("/api/search/", {"q": "readiness"}).json()["count"] == 0


def test_a_person_renamed_in_the_admin_is_renamed_everywhere_in_the_api(
    admin_client, client, conference
):
    person = Person.objects.get(name="Teri Schultz")
    change = reverse("admin:statements_person_change", args=[person.pk])
    data = {"name": "Teri Schultz-Smith", "slug": person.slug, "aliases": ""}
    assert admin_client.post(change, data).status_code == 302
    assert client.get(f"/api/people/{person.slug}/").json()["name"] == "Teri Schultz-Smith"
    exchange = client.get(f"/api/statements/{conference.slug}/q1/").json()
    assert exchange["journalist"]["name"] == "Teri Schultz-Smith"
    hit = client.get("/api/search/", {"q": "iceland"}).json()["results"][0]
    assert hit["asked_by"] == "Teri Schultz-Smith"
    rows = b"".join(client.get(f"/people/{person.slug}/questions.csv").streaming_content)
    assert b"Teri Schultz-Smith" in rows


def test_a_statement_deleted_in_the_admin_is_gone_from_the_api(admin_client, client, conference):
    delete = reverse("admin:statements_statement_delete", args=[conference.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 302
    assert client.get(f"/api/statements/{conference.slug}/").status_code == 404
    assert client.get("/api/search/", {"q": "iceland"}).json()["count"] == 0
    assert client.get("/api/exchanges/").json()["results"] == []


def test_the_api_offers_no_way_to_write(client, conference):
    for url in ["/api/statements/", f"/api/statements/{conference.slug}/", "/api/people/"]:
        allowed = client.options(url)["Allow"]
        assert set(allowed.split(", ")) == {"GET", "HEAD", "OPTIONS"}, url
