import datetime

import pytest
from django.urls import reverse

from statements.models import Person, Statement, Turn
from tests.factories import (
    make_caption,
    make_exchange,
    make_person,
    make_statement,
    make_topic,
    make_turn,
    tag,
)
from tests.pagecheck import page

pytestmark = pytest.mark.django_db


def test_a_statement_page_shows_its_facts_and_its_turns_in_order(client, conference):
    response = client.get(conference.get_absolute_url())
    html = response.content.decode()
    assert page(response).h1() == [conference.title]
    for fact in (
        "Press conference",
        "Following the meeting of the North Atlantic Council",
        "Thursday 7 October 2021",
        "NATO Headquarters, Brussels",
        "NATO",
        'href="https://www.nato.int/cps/en/natohq/opinions_187000.htm"',
    ):
        assert fact in html
    shown = [html.index(f'id="t{n}"') for n in range(1, conference.turns.count() + 1)]
    assert shown == sorted(shown)
    assert html.index("Good afternoon.") < html.index("We go to Matthias Kolb.")


def test_speakers_link_to_their_pages_with_their_role_and_journalists_with_their_outlet(
    client, conference
):
    html = client.get(conference.get_absolute_url()).content.decode()
    stoltenberg = Person.objects.get(name="Jens Stoltenberg")
    kolb = Person.objects.get(name="Matthias Kolb")
    assert f'href="{stoltenberg.get_absolute_url()}">Jens Stoltenberg</a>' in html
    assert '<span class="role">Secretary General</span>' in html
    assert f'href="{kolb.get_absolute_url()}">Matthias Kolb</a>' in html
    assert 'class="outlet" href="/outlets/suddeutsche-zeitung/">Süddeutsche Zeitung</a>' in html


def test_questions_answers_and_moderation_are_marked_apart(client, conference):
    html = client.get(conference.get_absolute_url()).content.decode()
    assert html.count('class="turn turn-question"') == 2
    assert html.count('<span class="turn-kind">Question</span>') == 2
    assert html.count('class="turn turn-answer"') == 2
    assert html.count('<span class="turn-kind">Answer</span>') == 2
    assert html.count('class="turn turn-moderation"') == 2


def test_each_turn_and_exchange_has_an_anchor_and_a_visible_permalink(client, conference):
    response = client.get(conference.get_absolute_url())
    checked = page(response)
    html = response.content.decode()
    for turn in conference.turns.all():
        assert turn.anchor in checked.ids
        assert f'href="#{turn.anchor}"' in html
    for exchange in conference.exchanges.all():
        assert exchange.anchor in checked.ids
        assert f'href="#{exchange.anchor}">Question {exchange.position}</a>' in html
        assert exchange.get_page_url() in checked.links
    assert not checked.duplicate_ids()


def test_the_exchanges_are_listed_as_contents_linking_to_their_anchors(client, conference):
    html = client.get(conference.get_absolute_url()).content.decode()
    assert 'href="' + conference.get_absolute_url() + '#q1"' in html
    assert "Matthias Kolb</span></a> <span" in html


def test_a_long_list_of_questions_keeps_all_but_the_first_eight_behind_show_all(client):
    statement = make_statement()
    for n in range(1, 13):
        make_exchange(statement, make_person(f"Journalist {n}"), question=f"Question {n}?")
    html = client.get(statement.get_absolute_url()).content.decode()
    shown, rest = html.split('<details class="show-all">')
    assert [f">Q{n}<" in shown for n in (1, 8, 9)] == [True, True, False]
    assert '<summary><span class="when-closed">Show all 12 questions</span>' in rest
    assert all(f'href="{statement.get_absolute_url()}#q{n}"' in rest for n in range(9, 13))


def test_a_short_list_of_questions_is_shown_whole(client, conference):
    html = client.get(conference.get_absolute_url()).content.decode()
    assert "Show all" not in html and 'href="' + conference.get_absolute_url() + '#q2"' in html


@pytest.fixture
def article():
    """A news article: a paragraph, a quotation and a photo caption."""
    article = make_statement(kind=Statement.Kind.NEWS_ARTICLE)
    make_turn(article, "The secretary spoke.", kind=Turn.Kind.NARRATIVE)
    speaker = make_person("Jens Stoltenberg")
    make_turn(article, '"We will act," he said.', kind=Turn.Kind.QUOTE, speaker=speaker)
    make_caption(
        article,
        "Soldiers unload a plane.",
        credit="Staff Sgt. Jane Doe",
        virin="211020-D-XY123-001",
    )
    return article


def test_captions_are_kept_apart_from_the_text(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    captions = html.index('aria-labelledby="captions-h"')
    assert html.index("The secretary spoke.") < captions < html.index("Soldiers unload a plane.")
    assert "Photo by Staff Sgt. Jane Doe · VIRIN 211020-D-XY123-001" in html


def test_an_article_marks_its_quotations_and_lists_who_is_quoted(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<span class="turn-kind">Quoted</span>' in html
    assert '<h2 id="speakers-h">Quoted</h2>' in html
    assert '<h2 id="transcript-h" class="section-label">Article' in html


def test_earlier_and_later_statements_are_linked_by_date(client):
    first = make_statement(title="First", date=datetime.date(2021, 1, 1))
    second = make_statement(title="Second", date=datetime.date(2021, 2, 1))
    third = make_statement(title="Third", date=datetime.date(2021, 3, 1))
    html = client.get(second.get_absolute_url()).content.decode()
    assert f'rel="prev" href="{first.get_absolute_url()}"' in html
    assert f'rel="next" href="{third.get_absolute_url()}"' in html
    html = client.get(third.get_absolute_url()).content.decode()
    assert 'rel="next"' not in html


def test_the_search_within_box_searches_this_statement_only(client, conference):
    html = client.get(conference.get_absolute_url()).content.decode()
    assert 'action="/search/"' in html
    assert f'<input type="hidden" name="statement" value="{conference.slug}">' in html
    assert '<label for="within-q">Search within this statement</label>' in html


def test_the_original_text_is_one_click_away_verbatim(client):
    statement = make_statement(
        original_text="Press Conference\n\n  • 07 Oct. 2021 -\n(As delivered)"
    )
    html = client.get(statement.get_absolute_url()).content.decode()
    original = reverse("statements:original", args=[statement.slug])
    assert f'href="{original}"' in html
    assert "  • 07 Oct. 2021 -\n(As delivered)</pre>" in client.get(original).content.decode()
    text = client.get(reverse("statements:original_text", args=[statement.slug]))
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert text.content.decode() == statement.original_text


def test_text_that_looks_like_html_is_shown_as_text(client):
    statement = make_statement(
        title="<script>alert(1)</script> Doorstep",
        subtitle="<b>bold</b> occasion",
        original_text="<img src=x onerror=alert(2)>",
    )
    person = make_person("<i>Someone</i>")
    make_turn(statement, "I said <em>this</em> & that.", speaker=person, role="<u>Minister</u>")
    make_turn(statement, "Printed only.", speaker_label="<b>MODERATOR</b>")
    make_caption(statement, "<a href='x'>caption</a>")
    tag(statement, make_topic("<s>Topic</s>"))
    for url in (
        statement.get_absolute_url(),
        reverse("statements:original", args=[statement.slug]),
        person.get_absolute_url(),
        reverse("statements:home"),
    ):
        html = client.get(url).content.decode()
        for raw in (
            "<script>alert(1)",
            "<b>bold</b>",
            "<img src=x",
            "<em>this</em>",
            "<i>Someone</i>",
            "<u>Minister",
            "<b>MODERATOR",
            "<a href='x'>",
            "<s>Topic",
        ):
            assert raw not in html, (url, raw)
    html = client.get(statement.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Doorstep" in html
    assert "I said &lt;em&gt;this&lt;/em&gt; &amp; that." in html


def test_a_missing_statement_and_its_parts_are_not_found(client, conference):
    slug = "no-such-statement"
    assert client.get(reverse("statements:statement", args=[slug])).status_code == 404
    assert client.get(reverse("statements:original", args=[slug])).status_code == 404
    assert client.get(reverse("statements:original_text", args=[slug])).status_code == 404
    assert client.get(reverse("statements:exchange", args=[slug, 1])).status_code == 404
    assert client.get(reverse("statements:exchange", args=[conference.slug, 9])).status_code == 404


def test_a_long_transcript_is_split_into_parts_and_permalinks_name_the_part(client):
    statement = make_statement()
    size = Statement.TURNS_PER_PAGE
    Turn.objects.bulk_create(
        Turn(statement=statement, position=n, text=f"Turn number {n}.") for n in range(1, size + 11)
    )
    first = client.get(statement.get_absolute_url()).content.decode()
    assert f"Turn number {size}." in first and f"Turn number {size + 1}." not in first
    last = statement.turns.get(position=size + 10)
    assert last.get_absolute_url() == f"{statement.get_absolute_url()}?page=2#t{size + 10}"
    second = client.get(f"{statement.get_absolute_url()}?page=2").content.decode()
    assert f"Turn number {size + 1}." in second and 'id="t1"' not in second
    assert "part 2 of 2" in second
    assert client.get(f"{statement.get_absolute_url()}?page=3").status_code == 404
    assert client.get(f"{statement.get_absolute_url()}?page=x").status_code == 404


def test_a_statement_shares_a_preview_with_open_graph_tags(client, conference):
    tag(conference, make_topic("Hypersonic weapons"))
    meta = page(client.get(conference.get_absolute_url())).meta
    assert meta["og:title"] == conference.title
    assert meta["og:description"] == "Following the meeting of the North Atlantic Council"
    assert meta["og:url"] == f"http://testserver{conference.get_absolute_url()}"
    assert meta["article:published_time"] == "2021-10-07"
    assert meta["article:tag"] == "Hypersonic weapons"


def test_an_exchange_has_its_own_page_with_its_turns_and_preview(client, conference):
    exchange = conference.exchanges.get(position=2)
    response = client.get(exchange.get_page_url())
    checked = page(response)
    html = response.content.decode()
    assert checked.h1() == ["Question 2 from Iryna Somer, Interfax-Ukraine"]
    assert checked.meta["og:title"] == f"Question from Iryna Somer: {conference.title}"
    assert checked.meta["og:description"].startswith("Secretary General, what about")
    assert checked.meta["og:url"] == f"http://testserver{exchange.get_page_url()}"
    for turn in exchange.turns.all():
        assert turn.text.replace("'", "&#x27;") in html
    assert f'href="{exchange.get_absolute_url()}"' in html  # back to the transcript
    assert 'rel="prev" href="' + conference.exchanges.get(position=1).get_page_url() in html
    assert 'rel="next"' not in html


def test_an_exchange_without_answers_says_so_in_lists_and_still_has_a_page(client):
    statement = make_statement()
    exchange = make_exchange(statement, make_person("Lone Asker"))
    assert client.get(exchange.get_page_url()).status_code == 200
    html = client.get(exchange.journalist.get_absolute_url()).content.decode()
    assert "No answer recorded." in html


def test_a_missing_page_says_so_in_the_archives_design_with_ways_on(client):
    response = client.get("/statements/no-such-statement/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "There is nothing at this address" in html
    assert 'href="/archive/"' in html
