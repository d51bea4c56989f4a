"""Every page names its canonical address and the site's icon; /favicon.ico answers."""

import re

import pytest
from django.contrib.staticfiles import finders

from tests.pagecheck import page_urls

pytestmark = pytest.mark.django_db


def head_links(response, rel):
    html = response.content.decode()
    return re.findall(rf'<link rel="{rel}"[^>]*href="([^"]*)"', html)


def test_favicon_ico_answers_with_an_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    body = b"".join(response.streaming_content)
    assert body[:4] == b"\x00\x00\x01\x00"  # an ICO file's header


@pytest.mark.parametrize("name", ["home", "statement", "exchange", "journalist", "topics", "day"])
def test_every_page_links_its_icon_and_one_absolute_canonical_address(client, site, name):
    url = page_urls(site)[name]
    response = client.get(url)
    assert head_links(response, "canonical") == [f"http://testserver{url}"]
    icons = head_links(response, "icon")
    assert "/favicon.ico" in icons and any(i.endswith(".svg") for i in icons)
    assert finders.find(icons[1].removeprefix("/static/"))


def test_the_canonical_address_keeps_what_chooses_the_content_and_drops_the_rest(client, site):
    url = site["journalist"].get_absolute_url()
    response = client.get(url, {"utm_source": "feed", "year": "2021", "page": "1"})
    assert head_links(response, "canonical") == [f"http://testserver{url}?year=2021"]


def test_a_missing_page_is_the_sites_own_404_page(client, site):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "There is nothing at this address" in response.content.decode()
    assert "URLconf" not in response.content.decode()


def test_the_footer_promises_a_source_link_only_where_one_was_recorded(client, site):
    html = client.get("/").content.decode()
    assert "each statement links to the page it came from." not in html
    assert "where that page&#x27;s address was recorded" in html or (
        "where that page's address was recorded" in html
    )
