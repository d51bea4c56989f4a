import datetime

import pytest

from tests.factories import (
    make_caption,
    make_outlet,
    make_person,
    make_press_conference,
    make_topic,
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


@pytest.fixture
def site(db):
    """One small press conference with a journalist, an outlet and a topic: every page has
    something to show."""
    speaker = make_person("Jens Stoltenberg")
    journalist, outlet = make_person("Matthias Kolb"), make_outlet("Süddeutsche Zeitung")
    topic = make_topic("Drone warfare")
    statement = make_press_conference(
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
