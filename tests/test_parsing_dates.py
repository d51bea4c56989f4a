"""Dates as press pages print them: date lines, VIRINs, numeric forms, "today" and "yesterday"."""

import datetime

import pytest

from statements.parsing.dates import (
    date_line,
    days_before_publication,
    find_dates,
    is_updated_line,
    virin_date,
)

D = datetime.date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Oct. 20, 2021 |", D(2021, 10, 20)),
        ("04 Mar. 2025 -", D(2025, 3, 4)),
        ("Published 2 March 2025", D(2025, 3, 2)),
        ("NEWS | Oct. 20, 2021", D(2021, 10, 20)),
        ("RELEASE | Sept. 3, 2019", D(2019, 9, 3)),
        ("Wednesday, 20 October 2021", D(2021, 10, 20)),
        ("Posted on October 20th, 2021 at 14:30", D(2021, 10, 20)),
        ("20.10.2021", D(2021, 10, 20)),
        ("2021-10-20", D(2021, 10, 20)),
    ],
)
def test_a_line_that_is_a_date_gives_it(text, date):
    assert date_line(text) == date


@pytest.mark.parametrize(
    "text",
    [
        "NATO met on 4 March 2025 in Brussels.",
        "Oct. 20, 2021 | By Jim Garamone , DOD News",
        "The treaty of 4 April 1949",
        "No date here",
    ],
)
def test_a_sentence_with_a_date_in_it_is_no_date_line(text):
    assert date_line(text) is None


def test_a_last_updated_stamp_is_told_apart_from_the_date():
    assert is_updated_line("Last updated: 04 Mar. 2025 17:12")
    assert not is_updated_line("04 Mar. 2025 -")


@pytest.mark.parametrize(
    ("virin", "date"),
    [
        ("211020-O-D0439-006", D(2021, 10, 20)),
        ("VIRIN: 230214-D-TT977-0180M", D(2023, 2, 14)),
        ("221116-A-AB123-1002", D(2022, 11, 16)),
    ],
)
def test_a_virin_starts_with_the_day_the_photo_was_taken(virin, date):
    assert virin_date(virin) == date


def test_a_virin_with_an_impossible_day_gives_no_date():
    assert virin_date("211340-O-D0439-006") is None


def test_numeric_dates_are_read_only_when_day_and_month_cannot_be_mistaken():
    assert [d for d, _, _ in find_dates("on 20/10/2021 and 10/20/2021")] == [
        D(2021, 10, 20),
        D(2021, 10, 20),
    ]
    assert find_dates("on 05/06/2021") == []
    assert find_dates("version 1.2.2021.3") == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Stoltenberg said in Brussels today.", 0),
        ("Austin said this morning that ...", 0),
        ("Austin said yesterday that ...", 1),
        ("The minister said last night that ...", 1),
        ("The minister said on Tuesday that ...", None),
    ],
)
def test_today_and_yesterday_say_how_many_days_before_publication_things_happened(text, days):
    assert days_before_publication(text) == days


def test_an_article_dated_only_by_its_last_updated_stamp_takes_that_day():
    from statements.parsing import parse

    doc = parse(
        "Allies agree on new air defence plan\n\nLast updated: 05 Mar. 2025 09:07\n\n"
        'NATO Secretary General Mark Rutte said allies agreed on a plan. "We are ready," he '
        'said. "We will deliver," he added.\n'
    )
    assert doc.date == D(2025, 3, 5)
    assert doc.last_updated == datetime.datetime(2025, 3, 5, 9, 7)
