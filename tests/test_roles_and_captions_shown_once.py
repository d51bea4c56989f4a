"""Nothing is said twice: a person's roles, a photo caption's name."""

import pytest

from statements.browsing import distinct_roles
from tests.factories import make_caption, make_person, make_statement, make_turn

pytestmark = pytest.mark.django_db


def test_a_role_another_one_spells_out_is_shown_once(client):
    sg = make_person("Jens Stoltenberg")
    statement = make_statement()
    for role in ["Secretary General", "Secretary General", "NATO Secretary General"]:
        make_turn(statement, "Words.", speaker=sg, role=role)
    html = client.get(sg.get_absolute_url()).content.decode()
    assert '<p class="roles">NATO Secretary General</p>' in html


def test_distinct_roles_keep_their_order_and_different_roles():
    roles = ["Secretary General", "Prime Minister of Norway", "NATO Secretary General"]
    assert distinct_roles(roles) == ["Prime Minister of Norway", "NATO Secretary General"]
    assert distinct_roles(["Spokesperson", "spokesperson"]) == ["Spokesperson"]
    assert distinct_roles(["General", "Secretary General"]) == ["Secretary General"]


def test_a_caption_that_names_its_subject_is_not_headed_by_the_name_again(client):
    article = make_statement(kind="news_article")
    make_caption(
        article,
        "NATO Secretary General Jens Stoltenberg discusses the agenda in Brussels.",
        title="Jens Stoltenberg",
    )
    make_caption(article, "Ministers meet in Brussels.", title="Defence ministerial")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<strong>Jens Stoltenberg</strong>" not in html
    assert "NATO Secretary General Jens Stoltenberg discusses the agenda" in html
    assert "<strong>Defence ministerial</strong> Ministers meet in Brussels." in html
