"""The API's OpenAPI 3 schema is valid, documents every endpoint, and its documentation page
works without the internet (Swagger UI served from the archive's own static files)."""

import re

import pytest
import yaml
from django.contrib.staticfiles import finders
from django.urls import reverse
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db

ENDPOINTS = {
    "/api/",
    "/api/statements/",
    "/api/statements/{slug}/",
    "/api/statements/{slug}/q{position}/",
    "/api/exchanges/",
    "/api/people/",
    "/api/people/{slug}/",
    "/api/outlets/",
    "/api/outlets/{slug}/",
    "/api/topics/",
    "/api/topics/{slug}/",
    "/api/search/",
}


@pytest.fixture
def schema(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_the_schema_is_valid_openapi_3(schema):
    assert schema["openapi"].startswith("3.")
    validate(schema)


def test_the_schema_documents_every_endpoint_read_only(schema):
    assert set(schema["paths"]) == ENDPOINTS
    for path, operations in schema["paths"].items():
        assert set(operations) - {"parameters"} == {"get"}, path


def test_search_documents_the_parameters_of_the_search_page(schema):
    names = {p["name"] for p in schema["paths"]["/api/search/"]["get"]["parameters"]}
    form_fields = {"q", "start", "end", "year", "journalist", "outlet", "speaker", "topic"}
    form_fields |= {"kind", "within", "show", "sort"}
    assert names == form_fields | {"page", "page_size"}


def test_errors_are_documented_as_json(schema):
    responses = schema["paths"]["/api/statements/{slug}/"]["get"]["responses"]
    assert responses["404"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
    assert "503" in schema["paths"]["/api/search/"]["get"]["responses"]


def test_the_docs_page_loads_its_assets_from_the_archive_itself(client):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assets = [s for s in sources if s.endswith((".js", ".css"))]
    assert assets, html
    assert all(s.startswith("/static/drf_spectacular_sidecar/") for s in assets), assets
    assert "cdn" not in html.lower()
    for asset in assets:  # collected by collectstatic, served by whitenoise
        assert finders.find(asset.removeprefix("/static/")), asset
