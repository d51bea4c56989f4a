"""The API over HTTP: read-only, conditional requests (ETag, Last-Modified, 304), CORS for GET,
rate limits from the settings, and every error as JSON naming what is at fault."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from statements.models import Person

pytestmark = pytest.mark.django_db

ORIGIN = {"HTTP_ORIGIN": "https://notebook.example.org"}


def test_an_unchanged_record_answers_304_to_its_etag(client, site):
    url = f"/api/statements/{site['statement'].slug}/"
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert client.head(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_a_change_gives_a_new_etag_and_the_new_data(client, site):
    url = f"/api/people/{site['journalist'].slug}/"
    etag = client.get(url)["ETag"]
    Person.objects.filter(pk=site["journalist"].pk).update(name="Matthias K.")
    fresh = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 200
    assert fresh.json()["name"] == "Matthias K."
    assert fresh["ETag"] != etag


def test_lists_and_search_carry_etags_too(client, archive):
    for url in ["/api/statements/", "/api/exchanges/?journalist=teri-schultz", "/api/search/?q=x"]:
        etag = client.get(url)["ETag"]
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304, url


def test_a_record_says_when_it_last_changed(client, site):
    url = f"/api/statements/{site['statement'].slug}/"
    first = client.get(url)
    assert first["Last-Modified"].endswith(" GMT")
    since = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_the_api_is_read_only(client, site):
    url = f"/api/statements/{site['statement'].slug}/"
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)(url, {}, content_type="application/json")
        assert response.status_code == 405, method
        assert response.json()["code"] == "method_not_allowed"
    assert client.options(url).status_code == 200
    assert client.get(url).json()["title"] == site["statement"].title


def test_an_admin_session_does_not_make_the_api_writable(admin_client, site):
    response = admin_client.delete(f"/api/statements/{site['statement'].slug}/")
    assert response.status_code == 405
    assert admin_client.post("/api/people/", {"name": "X"}).status_code == 405


def test_other_sites_may_read_the_api_with_get_only(client, site):
    response = client.get("/api/statements/", **ORIGIN)
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/statements/", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET", **ORIGIN
    )
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_the_html_pages_get_no_cors_headers(client, site):
    assert "Access-Control-Allow-Origin" not in client.get("/", **ORIGIN)


@pytest.fixture
def low_rates(settings):
    rest = dict(settings.REST_FRAMEWORK)
    rest["DEFAULT_THROTTLE_RATES"] = {"api": "3/minute", "export": "2/minute"}
    cache.clear()
    with override_settings(REST_FRAMEWORK=rest):
        yield
    cache.clear()


def test_too_many_requests_from_one_address_get_a_429_with_retry_after(client, site, low_rates):
    statuses = [client.get("/api/topics/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/statements/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json()["code"] == "throttled"
    other = client.get("/api/topics/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_downloads_have_their_own_rate_limit(client, site, low_rates):
    url = f"/people/{site['journalist'].slug}/questions.csv"
    assert [client.get(url).status_code for _ in range(3)] == [200, 200, 429]
    assert client.get("/api/topics/").status_code == 200


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/statements/no-such-statement/", "slug"),
        ("/api/statements/no-such-statement/q1/", "position"),
        ("/api/people/nobody/", "slug"),
        ("/api/outlets/nothing/", "slug"),
        ("/api/topics/nothing/", "slug"),
        ("/api/no-such-endpoint/", "path"),
    ],
)
def test_a_missing_record_is_a_json_404_naming_the_parameter(client, site, url, field):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert list(response.json()["errors"]) == [field]


def test_an_address_without_its_slash_is_redirected_to_it(client, site):
    response = client.get("/api/statements")
    assert response.status_code == 301
    assert response["Location"] == "/api/statements/"


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/statements/?start=yesterday", "start"),
        ("/api/statements/?kind=sonnet", "kind"),
        ("/api/statements/?start=2022-01-01&end=2021-01-01", "end"),
        ("/api/exchanges/?journalist=not%20a%20slug", "journalist"),
        ("/api/exchanges/?year=twenty", "year"),
        ("/api/people/?role=king", "role"),
        ("/api/people/?page_size=501", "page_size"),
        ("/api/topics/?page_size=abc", "page_size"),
        ("/api/outlets/?cursor=not-a-cursor", "cursor"),
        ("/api/outlets/?cursor=cD1hYmM%3D", "cursor"),  # a well-formed cursor at "abc"
    ],
)
def test_a_bad_query_parameter_is_a_400_naming_it(client, site, url, field):
    response = client.get(url)
    assert response.status_code == 400
    data = response.json()
    assert data["status"] == 400 and data["code"] == "invalid"
    assert list(data["errors"]) == [field]
    assert field in data["detail"]
