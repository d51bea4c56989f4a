"""The archive as data in a real Chromium: the API's interactive documentation works offline
(every asset from the archive itself) and tries a request; a reader downloads a search."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_api_docs_run_offline_and_try_a_request(browser_page, live_server, corpus):
    page = browser_page
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.goto(f"{live_server.url}/api/docs/")
    operation = page.locator(".opblock-summary-path", has_text="/api/people/").first
    expect(operation).to_be_visible()
    assert hosts == {urlsplit(live_server.url).netloc}, hosts  # nothing from a CDN
    operation.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    body = page.locator(".responses-wrapper .response .microlight").first
    expect(body).to_contain_text('"results"')
    assert json.loads(body.inner_text())["results"]


def test_a_reader_finds_the_data_page_and_downloads_a_search(browser_page, live_server, corpus):
    page = browser_page
    page.goto(live_server.url)
    page.get_by_role("link", name="Open data: API and downloads").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The archive as data")
    page.goto(f"{live_server.url}/search/?q=Afghanistan")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    download = info.value
    assert re.fullmatch(r"natoarchive-search-\d{4}-\d{2}-\d{2}\.csv", download.suggested_filename)
    lines = Path(download.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("hit,id,statement,date")
    assert len(lines) > 1
