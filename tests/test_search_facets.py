"""Facet counts beside the filters are exact: the same numbers the database gives."""

import pytest
from django.db.models import Count, Q

from statements.models import Exchange, ExchangeTopic, Statement, Turn

pytestmark = pytest.mark.django_db


def facets(context):
    return {g.name: {item.value: item.count for item in g.items} for g in context["facets"]}


def test_facets_of_a_journalist_filter_equal_the_database_counts(search, archive):
    found = facets(search(journalist=archive.teri.slug))
    asked = Exchange.objects.filter(journalist=archive.teri)
    by_year = asked.values("statement__date__year").annotate(n=Count("pk"))
    assert found["year"] == {str(r["statement__date__year"]): r["n"] for r in by_year}
    by_outlet = asked.values("outlet__slug").annotate(n=Count("pk"))
    assert found["outlet"] == {r["outlet__slug"]: r["n"] for r in by_outlet}
    by_topic = ExchangeTopic.objects.filter(exchange__in=asked).values("topic__slug")
    assert found["topic"] == {r["topic__slug"]: r["n"] for r in by_topic.annotate(n=Count("pk"))}
    answered = asked.filter(turns__kind=Turn.Kind.ANSWER).values("turns__speaker__slug")
    answered = answered.annotate(n=Count("pk", distinct=True))
    assert found["speaker"] == {r["turns__speaker__slug"]: r["n"] for r in answered}
    assert found["journalist"] == {archive.teri.slug: asked.count()}
    by_kind = asked.values("statement__kind").annotate(n=Count("pk"))
    assert found["kind"] == {r["statement__kind"]: r["n"] for r in by_kind}


def test_facets_of_a_word_in_whole_statements_mode_equal_the_database_counts(search, archive):
    found = facets(search(q="ukraine", show="statements"))
    ids = Statement.objects.filter(
        Q(title__icontains="ukraine") | Q(turns__text__icontains="ukraine")
    ).values("pk")
    mentioning = Statement.objects.filter(pk__in=ids).order_by()
    by_year = mentioning.values("date__year").annotate(n=Count("pk"))
    assert found["year"] == {str(r["date__year"]): r["n"] for r in by_year}
    by_kind = mentioning.values("kind").annotate(n=Count("pk"))
    assert found["kind"] == {r["kind"]: r["n"] for r in by_kind}
    by_topic = mentioning.values("topics__slug").annotate(n=Count("pk"))
    assert found["topic"] == {r["topics__slug"]: r["n"] for r in by_topic if r["topics__slug"]}


def test_the_trend_chart_counts_hits_per_year_and_per_month_within_a_year(search, archive):
    per_year = {label: count for label, count, _ in search(q="afghanistan")["trend"][0]}
    assert per_year == {2019: 2, 2020: 0, 2021: 2}
    months = search(q="afghanistan", year="2021")["trend"][0]
    assert [(label, count) for label, count, _ in months if count] == [("Apr", 2)]


def test_the_search_page_shows_the_trend_chart(client, archive):
    response = client.get("/search/", {"q": "ukraine"})
    assert b'<figure class="chart">' in response.content
    assert b"Hits per year" in response.content


def test_the_names_in_the_facets_are_read_in_one_query_however_many_facets(
    client, archive, django_assert_num_queries
):
    with django_assert_num_queries(1):
        response = client.get("/search/", {"q": "ukraine"})
    groups = {
        g.name: {item.value: item.label for item in g.items} for g in response.context["facets"]
    }
    assert groups["journalist"][archive.teri.slug] == archive.teri.name
    assert len(groups["speaker"]) and len(groups["outlet"]) and len(groups["topic"])
    with django_assert_num_queries(2):  # and one for the name of the filter's value
        response = client.get("/search/", {"q": "ukraine", "journalist": archive.teri.slug})
    assert f"Journalist: {archive.teri.name}" in response.content.decode()


def test_names_in_the_facets_are_shown_as_text_not_markup(client, search_index, reindex):
    from tests.factories import make_outlet, make_person, make_press_conference

    journalist = make_person('<b>Bold</b> "Quoted" & Co')
    outlet = make_outlet("<script>alert(1)</script> Times")
    make_press_conference(
        exchanges=[(journalist, outlet, "About hypersonic missiles?", "Yes, hypersonic.")]
    )
    reindex()
    html = client.get("/search/", {"q": "hypersonic"}).content.decode()
    facets = html.split('<aside class="search-facets"', 1)[1]
    assert "&lt;b&gt;Bold&lt;/b&gt; &quot;Quoted&quot; &amp; Co</a>" in facets
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Times</a>" in facets
    assert "<b>Bold" not in html and "<script>alert" not in html
