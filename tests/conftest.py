import pytest


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
    from tests.factories import make_outlet, make_person, make_press_conference

    return make_press_conference(
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
