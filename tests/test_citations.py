""" "Cite this": a statement or an exchange as a reference to copy, in Chicago style and BibTeX."""

import datetime
import html
import re

import pytest
from django.utils import timezone

from statements.citations import Work, bibtex, bibtex_key, chicago, inverted
from tests.factories import make_person, make_statement, make_turn

pytestmark = pytest.mark.django_db


def shown(response, element_id):
    match = re.search(rf'id="{element_id}"[^>]*>(.*?)</(?:p|pre)>', response.content.decode(), re.S)
    assert match, element_id
    return html.unescape(match.group(1))


def today():
    day = timezone.localdate()
    return day, f"{day:%B} {day.day}, {day.year}"


def test_a_press_conference_is_cited_by_its_principal_speaker_in_chicago_style(client, conference):
    response = client.get(conference.get_absolute_url())
    _, accessed = today()
    assert shown(response, "cite-chicago") == (
        "Stoltenberg, Jens. “Press conference following the meeting of Defence Ministers.” "
        "Press conference, NATO, NATO Headquarters, Brussels, October 7, 2021. natoarchive. "
        f"Accessed {accessed}. http://testserver{conference.get_absolute_url()}."
    )


def test_the_bibtex_entry_has_author_title_date_publisher_permalink_and_access_date(
    client, conference
):
    entry = shown(client.get(conference.get_absolute_url()), "cite-bibtex")
    day, _ = today()
    assert entry.startswith("@misc{stoltenberg2021press,\n")
    fields = dict(re.findall(r"^  (\w+)\s+= (.*?),?$", entry, re.M))
    assert fields["author"] == "{Stoltenberg, Jens}"
    assert fields["title"] == "{{Press conference following the meeting of Defence Ministers}}"
    assert (fields["year"], fields["month"], fields["day"]) == ("{2021}", "oct", "{7}")
    assert fields["organization"] == "{NATO}"
    assert fields["url"] == f"{{http://testserver{conference.get_absolute_url()}}}"
    assert fields["urldate"] == f"{{{day.isoformat()}}}"
    assert entry.endswith("\n}")


def test_an_exchange_is_cited_as_the_answer_to_its_journalists_question(client, conference):
    exchange = conference.exchanges.get(position=2)
    response = client.get(exchange.get_page_url())
    _, accessed = today()
    assert shown(response, "cite-chicago") == (
        "Stoltenberg, Jens. “Answer to question 2, from Iryna Somer (Interfax-Ukraine).” "
        "In “Press conference following the meeting of Defence Ministers,” Press conference, "
        "NATO, NATO Headquarters, Brussels, October 7, 2021. natoarchive. "
        f"Accessed {accessed}. http://testserver{exchange.get_page_url()}."
    )
    assert "In: Press conference following the meeting of Defence Ministers." in shown(
        response, "cite-bibtex"
    )


def test_a_news_article_is_cited_by_the_author_of_its_byline(client):
    article = make_statement(
        title="Austin Meets Allies",
        kind="news_article",
        organisation="U.S. Department of Defense",
        byline="By Jim Garamone, DOD News",
        date=datetime.date(2023, 3, 1),
    )
    make_turn(article, '"We stand together," Austin said.', kind="quote", speaker=make_person())
    assert shown(client.get(article.get_absolute_url()), "cite-chicago").startswith(
        "Garamone, Jim. “Austin Meets Allies.” News article, U.S. Department of Defense, "
        "March 1, 2023."
    )


def test_a_moderator_is_no_author_of_the_statement(client, conference):
    assert "Lungescu" not in shown(client.get(conference.get_absolute_url()), "cite-chicago")


def test_names_are_inverted_with_their_suffix_last():
    assert inverted("Jens Stoltenberg") == "Stoltenberg, Jens"
    assert inverted("Lloyd J. Austin III") == "Austin, Lloyd J., III"
    assert inverted("Madonna") == "Madonna"


def test_an_undated_text_without_author_is_cited_by_who_issued_it():
    work = Work(
        title="Why? A statement",
        url="https://example.org/s/",
        accessed=datetime.date(2026, 1, 2),
        corporate="NATO",
        kind="Statement",
        publisher="NATO",
    )
    assert chicago(work) == (
        "NATO. “Why? A statement.” Statement, NATO, n.d. natoarchive. Accessed January 2, 2026. "
        "https://example.org/s/."
    )
    assert bibtex_key(work) == "natondwhy"


def test_bibtex_escapes_what_latex_would_read_as_commands():
    work = Work(
        title="100% of {allies} & partners: $5 #1 under_score",
        url="https://example.org/a_b",
        accessed=datetime.date(2026, 1, 2),
        authors=["Rémi Dupont"],
    )
    entry = bibtex(work)
    assert r"{{100\% of \{allies\} \& partners: \$5 \#1 under\_score}}" in entry
    assert "{https://example.org/a_b}" in entry  # addresses stay as they are
    assert entry.startswith("@misc{dupontnd100,")
