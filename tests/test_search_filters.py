"""Every filter alone and combined, kept in the URL, working without words too."""

import pytest

pytestmark = pytest.mark.django_db


def urls(context):
    return [r["url"] for r in context["results"]]


def test_a_journalist_filter_without_words_lists_everything_they_asked(search, archive):
    context = search(journalist=archive.teri.slug)
    assert context["count"] == 3
    assert all("#q" in url for url in urls(context))


def test_an_outlet_filter(search, archive):
    context = search(q="ukraine", outlet=archive.npr.slug)
    assert context["count"] == 0
    assert search(q="ukraine", outlet=archive.ap.slug)["count"] == 3


def test_a_speaker_filter(search, archive):
    context = search(q="ukraine", speaker=archive.deputy.slug)
    assert context["count"] == 2  # the doorstep's opening and its one answer
    assert all("doorstep" in url for url in urls(context))


def test_a_topic_filter(search, archive):
    assert search(topic=archive.afghanistan.slug, within="questions")["count"] == 2


def test_a_kind_filter(search, archive):
    context = search(q="ukraine", kind="news_article")
    assert context["count"] == 2
    assert all("austin-meets-allies" in url for url in urls(context))


def test_a_date_range(search, archive):
    assert search(q="afghanistan", start="2021-01-01", end="2021-12-31")["count"] == 2
    assert search(q="afghanistan", start="2019-01-01", end="2019-12-31")["count"] == 2


def test_a_year_shortcut_is_the_whole_year(search, archive):
    assert (
        search(q="ukraine", year="2021")["count"]
        == search(q="ukraine", start="2021-01-01", end="2021-12-31")["count"]
    )


def test_questions_only_matches_words_in_questions(search, archive):
    asked = search(q="ukraine", within="questions")
    assert asked["count"] == 3
    answered = search(q="sovereignty", within="questions")
    assert answered["count"] == 0
    assert search(q="sovereignty", within="answers")["count"] == 1


def test_filters_combine(search, archive):
    context = search(
        q="afghanistan", journalist=archive.teri.slug, outlet=archive.npr.slug, year="2021"
    )
    assert context["count"] == 1
    assert urls(context)[0].endswith("#q1")


def test_whole_statements_mode_counts_statements(search, archive):
    assert search(q="ukraine", show="statements")["count"] == 4
    assert search(topic=archive.afghanistan.slug, show="statements")["count"] == 2


def test_facet_links_keep_the_other_filters_in_the_url(search, archive):
    context = search(q="ukraine", year="2021")
    journalists = next(g for g in context["facets"] if g.name == "journalist")
    link = journalists.items[0].url
    assert "q=ukraine" in link and "year=2021" in link and "journalist=" in link
    assert "page=" not in link


def test_the_filter_menus_show_the_choices_of_each_search(client, archive):
    def select(html, name):
        return html.split(f'<select name="{name}"', 1)[1].split("</select>", 1)[0]

    html = client.get("/search/", {"q": "ukraine", "kind": "speech", "sort": "newest"}).content
    html = html.decode()
    assert '<option value="speech" selected>Speech</option>' in select(html, "kind")
    assert '<option value="newest" selected>Newest first</option>' in select(html, "sort")
    html = client.get("/search/", {"q": "ukraine"}).content.decode()
    assert '<option value="" selected>Any kind</option>' in select(html, "kind")
    assert " selected" not in select(html, "sort")
    html = client.get("/search/", {"q": "ukraine", "kind": "nonsense"}).content.decode()
    assert " selected" not in select(html, "kind")
