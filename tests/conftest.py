import pytest


@pytest.fixture
def admin_client(client, django_user_model):
    """A test client logged in as a superuser."""
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client
