import datetime
import os
from importlib import import_module
from pathlib import Path

import pytest

from tests.factories import (
    make_caption,
    make_outlet,
    make_person,
    make_topic,
    make_transcript,
    tag,
)


@pytest.fixture
def admin_client(client, django_user_model):
    """A test client logged in as a superuser."""
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def conference(db):
    """A press conference on 7 October 2021: an opening statement by the Secretary General and
    two questions (Matthias Kolb for Süddeutsche Zeitung, Iryna Somer for Interfax-Ukraine), each
    introduced by the spokesperson and answered by him."""
    return make_transcript(
        title="Press conference following the meeting of Defence Ministers",
        subtitle="Following the meeting of the North Atlantic Council",
        location="NATO Headquarters, Brussels",
        source_url="https://www.nato.int/cps/en/natohq/opinions_187000.htm",
        speaker=make_person("Jens Stoltenberg"),
        moderator=make_person("Oana Lungescu"),
        journalists=[
            (make_person("Matthias Kolb"), make_outlet("Süddeutsche Zeitung")),
            (make_person("Iryna Somer"), make_outlet("Interfax-Ukraine")),
        ],
    )


@pytest.fixture
def site(db):
    """One small press conference with a journalist, an outlet and a topic: every page has
    something to show."""
    speaker = make_person("Jens Stoltenberg")
    journalist, outlet = make_person("Matthias Kolb"), make_outlet("Süddeutsche Zeitung")
    topic = make_topic("Drone warfare")
    statement = make_transcript(
        speaker=speaker,
        moderator=speaker,
        journalists=[(journalist, outlet)],
        date=datetime.date(2021, 10, 7),
    )
    tag(statement, topic)
    tag(statement.exchanges.get(), topic)
    make_caption(statement)
    return {
        "statement": statement,
        "speaker": speaker,
        "journalist": journalist,
        "outlet": outlet,
        "topic": topic,
    }


# --- Real-browser tests (tests/test_browser_*.py) ----------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium driven by Playwright (never a downloaded browser), for one test module.
    Missing, it skips the browser tests on a workstation and fails them in CI (CI set)."""
    if not os.path.exists(CHROMIUM):
        message = f"{CHROMIUM} is missing: install Debian's chromium package"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread, so Django takes the tests' ORM
    # calls for calls from async code. They are synchronous: allow them while the browser runs,
    # and only then (the variable must not reach other tests or subprocesses).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def browser_page(chromium):
    """A fresh desktop-sized tab; ``browser_page.context`` is its own cookie jar."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def topic_vocabulary(transactional_db):
    """The topic vocabulary of the data migration, in a transactional test: those empty every
    table after each test, the vocabulary included, so it is created again."""
    from django.apps import apps

    import_module("statements.migrations.0002_topic_vocabulary").create_topics(apps, None)


@pytest.fixture
def corpus(topic_vocabulary, search_index):
    """The two hand-checked samples (samples/*.txt) imported with import_statements into an empty index."""
    from django.core.management import call_command

    call_command("import_statements", *map(str, sorted(SAMPLES.glob("*.txt"))), verbosity=0)


@pytest.fixture
def search_index(settings):
    """An empty search index (a real Whoosh index in the test settings' temporary folder)."""
    from haystack import connections

    backend = connections["default"].get_backend()
    backend.clear()
    yield backend
    backend.clear()


@pytest.fixture
def reindex(search_index):
    """Call to index every statement as it is now (for tests whose rows were saved inside
    the test's transaction, where on-commit index updates never run)."""
    from statements.indexing import reindex_statements
    from statements.models import Statement

    def run():
        reindex_statements(Statement.objects.values_list("pk", flat=True))

    return run


@pytest.fixture
def archive(reindex):
    """The small search archive of tests/factories.py, indexed."""
    from tests.factories import make_search_archive

    records = make_search_archive()
    reindex()
    return records


@pytest.fixture
def search(client):
    """search(**params) -> the search page's context (asserting a 200)."""
    from django.urls import reverse

    def run(**params):
        response = client.get(reverse("statements:search"), params)
        assert response.status_code == 200, response.status_code
        return response.context

    return run
