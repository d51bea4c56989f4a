import pytest


@pytest.fixture
def admin_client(client, django_user_model):
    """A test client logged in as a superuser."""
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


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
