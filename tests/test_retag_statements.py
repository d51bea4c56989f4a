"""retag_statements applies edited keyword rules again, and never touches a person's tags."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from statements.models import Exchange, ExchangeTopic, Statement, StatementTopic, Topic
from tests.factories import make_exchange, make_statement, make_turn

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def transcript():
    call_command("import_statements", str(SAMPLES / "nato-transcript.txt"), stdout=io.StringIO())
    return Statement.objects.get()


def topics_of(statement):
    return set(statement.topics.values_list("name", flat=True))


def retag():
    out = io.StringIO()
    call_command("retag_statements", stdout=out)
    return out.getvalue()


def test_a_new_rule_tags_statements_and_exchanges_that_mention_it(transcript):
    topic = Topic.objects.create(name="Intelligence", keywords="intelligence officer*")
    assert "Intelligence" not in topics_of(transcript)
    assert "tags changed on 1" in retag()
    assert "Intelligence" in topics_of(transcript)
    tagged = Exchange.objects.filter(exchangetopic__topic=topic)
    assert [e.journalist.name for e in tagged] == ["Rikard Jozwiak", "Alf Bjarne Johnsen"]
    assert StatementTopic.objects.get(topic=topic).automatic


def test_a_rule_removed_takes_its_automatic_tags_away(transcript):
    Topic.objects.filter(name="AUKUS").update(keywords="")
    retag()
    assert "AUKUS" not in topics_of(transcript)
    assert not ExchangeTopic.objects.filter(topic__name="AUKUS").exists()


def test_tags_set_by_a_person_are_left_alone(transcript):
    hand = Topic.objects.create(name="Hand picked", keywords="")
    StatementTopic.objects.create(statement=transcript, topic=hand, automatic=False)
    aukus = StatementTopic.objects.get(statement=transcript, topic__name="AUKUS")
    aukus.automatic = False  # a person confirmed it in the admin
    aukus.save()
    Topic.objects.filter(name="AUKUS").update(keywords="")
    retag()
    assert {"Hand picked", "AUKUS"} <= topics_of(transcript)


def test_running_it_again_changes_nothing(transcript):
    before = set(StatementTopic.objects.values_list("statement", "topic", "automatic"))
    assert "tags changed on 0" in retag()
    assert set(StatementTopic.objects.values_list("statement", "topic", "automatic")) == before


def test_a_passing_mention_in_a_long_briefing_tags_its_exchange_but_not_the_briefing():
    briefing = make_statement(title="Press Briefing on the Economy")
    make_turn(briefing, "Jobs and wages went up this quarter. " * 1000)  # 7,000 words
    exchange = make_exchange(briefing, question="And on Russia?", answers=[(None, "Next.")])
    StatementTopic.objects.create(statement=briefing, topic=Topic.objects.get(name="Russia"))
    StatementTopic.objects.filter(statement=briefing).update(automatic=True)  # the old rule's
    retag()
    assert "Russia" not in topics_of(briefing)
    assert set(exchange.topics.values_list("name", flat=True)) == {"Russia"}


def test_a_topic_in_the_title_tags_the_briefing_however_long_it_is():
    briefing = make_statement(title="Briefing with the Special Envoy for Climate")
    make_turn(briefing, "Jobs and wages went up this quarter. " * 1000)
    retag()
    assert topics_of(briefing) == {"Climate change and security"}
