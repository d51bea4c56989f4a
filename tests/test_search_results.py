"""What a hit shows: the exchange's anchor, who asked for which outlet, who answered, the
matched words highlighted; sorting, pagination, spelling suggestions, count and time."""

import datetime

import pytest

from tests.factories import make_press_conference

pytestmark = pytest.mark.django_db


def test_an_answer_hit_links_to_its_exchange_and_names_who_asked_and_answered(client, archive):
    response = client.get("/search/", {"q": "sovereignty"})
    hit = response.context["results"][0]
    statement = archive.statements[0]
    assert hit["url"] == f"{statement.get_absolute_url()}#q2"
    assert hit["asked_by"] == "Lorne Cook"
    assert hit["asked_for"] == "Associated Press"
    assert hit["spoken_by"] == "Jens Stoltenberg"
    assert hit["question"] == "What about Ukraine?"
    html = response.content.decode()
    assert f'href="{statement.get_absolute_url()}#q2"' in html
    assert "Asked by Lorne Cook (Associated Press)" in html
    assert "answered by Jens Stoltenberg" in html


def test_an_opening_statement_hit_links_to_its_turn(client, archive):
    hit = client.get("/search/", {"q": "decided"}).context["results"][0]
    assert hit["url"] == f"{archive.statements[1].get_absolute_url()}#t1"


def test_matched_words_are_highlighted_even_in_another_form(client, archive):
    response = client.get("/search/", {"q": "supports"})  # stems to "support"
    assert "<mark>support</mark>" in str(response.context["results"][0]["snippet"]).lower()
    assert b"<mark>" in response.content


def test_a_misspelt_word_gets_a_suggestion_that_finds_hits(client, archive):
    response = client.get("/search/", {"q": "afganistan"})
    assert response.context["count"] == 0
    assert response.context["suggestion"] == "afghanistan"
    assert b"Did you mean" in response.content
    corrected = client.get("/search/" + response.context["suggestion_url"])
    assert corrected.context["count"] > 0


def test_no_suggestion_when_the_words_are_known(client, archive):
    assert client.get("/search/", {"q": "afghanistan"}).context["suggestion"] is None


def test_newest_and_oldest_sort_by_date(client, archive):
    def dates(sort):
        results = client.get("/search/", {"q": "ukraine", "sort": sort}).context["results"]
        return [r["date"].date() if hasattr(r["date"], "date") else r["date"] for r in results]

    newest = dates("newest")
    assert newest == sorted(newest, reverse=True)
    assert dates("oldest") == sorted(newest)


def test_up_to_three_orphans_join_the_last_page(client, reindex):
    for i in range(23):
        make_press_conference(
            f"Briefing {i}", date=datetime.date(2020, 1, 1 + i), opening="Readiness matters."
        )
    reindex()
    first = client.get("/search/", {"q": "readiness"})
    assert first.context["count"] == 23
    assert len(first.context["results"]) == 23
    assert first.context["page"].paginator.num_pages == 1


def test_the_second_page_holds_the_rest(client, reindex):
    for i in range(30):
        make_press_conference(
            f"Briefing {i}", date=datetime.date(2020, 1, 1 + i), opening="Readiness matters."
        )
    reindex()
    first = client.get("/search/", {"q": "readiness"})
    second = client.get("/search/", {"q": "readiness", "page": "2"})
    assert len(first.context["results"]) == 20
    assert len(second.context["results"]) == 10
    assert not {r["url"] for r in first.context["results"]} & {
        r["url"] for r in second.context["results"]
    }
    assert b'rel="prev"' in second.content and b"q=readiness" in second.content


def test_the_count_and_the_time_taken_are_shown(client, archive):
    response = client.get("/search/", {"q": "ukraine"})
    html = response.content.decode()
    assert f"{response.context['count']} hits" in " ".join(html.split())
    assert " ms</span>" in html


def test_the_suggestion_keeps_the_rest_of_the_query(client, archive):
    response = client.get("/search/", {"q": 'afganistan -budget "troops stay"'})
    assert response.context["suggestion"] == 'afghanistan -budget "troops stay"'
    assert "q=afghanistan+-budget+%22troops+stay%22" in response.context["suggestion_url"]


def test_a_hit_shows_its_date_and_a_long_question_cut_short(client, search_index, reindex):
    from tests.factories import make_outlet, make_person

    long_question = "Secretary General, " + "what about the hypersonic missiles? " * 12
    make_press_conference(
        date=datetime.date(2021, 10, 7),
        exchanges=[(make_person("Ann Reporter"), make_outlet("Wire"), long_question, "No.")],
    )
    make_press_conference(
        date=datetime.date(2019, 3, 1),
        exchanges=[(make_person("Bo Reporter"), None, "Hypersonic cafe\u0301s?", "Yes.")],
    )
    reindex()
    html = client.get("/search/", {"q": "hypersonic", "sort": "newest"}).content.decode()
    assert '<time datetime="2021-10-07">7 October 2021</time>' in html
    assert '<time datetime="2019-03-01">1 March 2019</time>' in html
    cut = long_question[:239].rstrip() + "…"
    assert f'<p class="search-question">{cut}</p>' in html
    assert '<p class="search-question">Hypersonic caf\u00e9s?</p>' in html  # composed (NFC)
