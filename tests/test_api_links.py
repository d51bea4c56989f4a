"""Each page that shows a statement, an exchange, a person, an outlet, a topic or a search names
its JSON in the API, and /data/ explains the API, the downloads and the dataset."""

import itertools
import re

import pytest

from tests.pagecheck import page

pytestmark = pytest.mark.django_db

ALTERNATE = re.compile(r'<link rel="alternate" type="application/json" [^>]*href="([^"]+)"')


def alternate(client, url):
    html = client.get(url).content.decode()
    found = ALTERNATE.findall(html)
    assert len(found) == 1, (url, found)
    return found[0].replace("&amp;", "&")


def test_record_pages_link_their_json(client, site):
    statement = site["statement"]
    pages = {
        statement.get_absolute_url(): f"/api/statements/{statement.slug}/",
        f"/statements/{statement.slug}/q1/": f"/api/statements/{statement.slug}/q1/",
        site["journalist"].get_absolute_url(): f"/api/people/{site['journalist'].slug}/",
        site["outlet"].get_absolute_url(): f"/api/outlets/{site['outlet'].slug}/",
        site["topic"].get_absolute_url(): f"/api/topics/{site['topic'].slug}/",
        "/people/": "/api/people/",
        "/": "/api/",
    }
    for url, api in pages.items():
        href = alternate(client, url)
        assert href == "http://testserver" + api, url
        response = client.get(href)
        assert response.status_code == 200 and response["Content-Type"] == "application/json", url


def test_a_search_links_the_same_search_in_the_api(client, archive):
    href = alternate(client, "/search/?q=ukraine&journalist=teri-schultz")
    assert href == "http://testserver/api/search/?q=ukraine&journalist=teri-schultz"
    page = client.get("/search/", {"q": "ukraine", "journalist": "teri-schultz"}).context
    assert client.get(href).json()["count"] == page["count"]


def test_pages_without_an_api_counterpart_link_none(client, site):
    assert not ALTERNATE.search(client.get("/archive/").content.decode())


def test_the_footer_leads_to_the_data_page(client, site):
    assert b'href="/data/"' in client.get("/").content


def test_the_data_page_explains_the_api_the_downloads_and_the_dataset(client, site):
    response = client.get("/data/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in ["/api/docs/", "/api/schema/", "/api/exchanges/?journalist=", "curl ",
                 "manage.py export_dataset", "frictionless validate", "questions.csv",
                 "formula", "Whose texts these are"]:  # fmt: skip
        assert text in html, text


def test_the_data_page_is_built_for_everyone(client, site):
    checked = page(client.get("/data/"))
    assert len(checked.h1()) == 1
    assert {"banner", "navigation", "main", "contentinfo", "search"} <= set(checked.landmarks)
    assert checked.duplicate_ids() == set()
    levels = [int(tag[1]) for tag, _ in checked.headings]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))
    for href in checked.links:
        if href.startswith("/") and not href.startswith("/static/"):
            assert client.get(href).status_code in (200, 301), href
