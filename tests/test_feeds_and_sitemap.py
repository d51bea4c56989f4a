import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.factories import make_person, make_statement, make_topic, make_turn, tag

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return [
        (e.find(f"{ATOM}title").text, e.find(f"{ATOM}link").get("href"))
        for e in feed.iter(f"{ATOM}entry")
    ]


def test_the_latest_statements_feed_lists_them_newest_first(client):
    old = make_statement(title="Old <one>", date=datetime.date(2020, 1, 1))
    new = make_statement(title="New one", date=datetime.date(2022, 1, 1))
    assert entries(client.get(reverse("statements:feed"))) == [
        ("New one", f"http://testserver{new.get_absolute_url()}"),
        ("Old <one>", f"http://testserver{old.get_absolute_url()}"),
    ]


def test_a_topic_feed_lists_only_its_statements(client):
    topic = make_topic("Drone warfare")
    tagged = make_statement(title="Tagged")
    tag(tagged, topic)
    make_statement(title="Other")
    assert [
        title
        for title, _ in entries(client.get(reverse("statements:topic_feed", args=[topic.slug])))
    ] == ["Tagged"]
    assert client.get(reverse("statements:topic_feed", args=["nothing"])).status_code == 404


def test_a_person_feed_lists_the_statements_they_speak_or_ask_in(client):
    person = make_person("Jens Stoltenberg")
    spoken = make_statement(title="Spoken", date=datetime.date(2021, 1, 1))
    make_turn(spoken, "Words.", speaker=person)
    make_turn(spoken, "More words.", speaker=person)
    make_statement(title="Absent")
    feed = entries(client.get(reverse("statements:person_feed", args=[person.slug])))
    assert [title for title, _ in feed] == ["Spoken"]
    assert client.get(reverse("statements:person_feed", args=["nobody"])).status_code == 404


def test_pages_announce_their_feeds(client):
    topic = make_topic("Drone warfare")
    html = client.get(topic.get_absolute_url()).content.decode()
    assert (
        f'type="application/atom+xml" title="Statements on Drone warfare" href="/topics/{topic.slug}/feed/"'
        in html
    )


def test_the_sitemap_lists_every_statement_person_outlet_and_topic(client):
    statement = make_statement()
    person = make_person("Jens Stoltenberg")
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert b"http://testserver/sitemap-statements.xml" in index.content
    statements = client.get("/sitemap-statements.xml").content.decode()
    assert f"<loc>http://testserver{statement.get_absolute_url()}</loc>" in statements
    people = client.get("/sitemap-people.xml").content.decode()
    assert f"<loc>http://testserver{person.get_absolute_url()}</loc>" in people
    assert b"<loc>http://testserver/archive/</loc>" in client.get("/sitemap-pages.xml").content


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
