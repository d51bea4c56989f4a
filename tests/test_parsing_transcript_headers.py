"""A transcript's header: the kind line, the organisation its speakers' posts name, the
printed date and time and the last-updated stamp."""

import datetime

import pytest

from statements.parsing import document as d
from statements.parsing import parse


@pytest.mark.parametrize(
    ("first_line", "kind"),
    [
        ("Press Conference", d.PRESS_CONFERENCE),
        ("Joint press conference", d.JOINT_PRESS_CONFERENCE),
        ("Pre-ministerial press conference", d.PRESS_CONFERENCE),
        ("Online press conference", d.PRESS_CONFERENCE),
        ("Press point", d.PRESS_CONFERENCE),
        ("Doorstep statement", d.DOORSTEP),
        ("Doorstep", d.DOORSTEP),
        ("Speech", d.SPEECH),
        ("Keynote speech", d.SPEECH),
        ("Remarks", d.SPEECH),
        ("Opening remarks", d.SPEECH),
        ("Statement", d.STATEMENT),
        ("Interview", d.INTERVIEW),
        ("Video interview", d.INTERVIEW),
        ("Press briefing", d.BRIEFING),
    ],
)
def test_the_kind_line_of_a_nato_header_gives_the_kind(first_line, kind):
    doc = parse(
        f"{first_line}\n\nby NATO Secretary General Jens Stoltenberg at NATO Headquarters\n\n"
        "  • 07 Oct. 2021 -\n\n(As delivered)\n\nGood afternoon. Allies agreed today.\n"
    )
    assert (doc.format, doc.kind) == ("transcript", kind)
    assert (doc.organisation, doc.location) == ("NATO", "NATO Headquarters")
    assert doc.turns[0].speaker == "Jens Stoltenberg"


def test_a_header_kind_of_statement_with_questions_is_a_press_conference():
    doc = parse(
        "Statement\n\nby NATO Secretary General Jens Stoltenberg\n\n07 Oct. 2021\n\n"
        "Good afternoon.\n\nQ: Is NATO ready?\n\nJens Stoltenberg: Yes.\n"
    )
    assert doc.kind == d.PRESS_CONFERENCE


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("Press conference by NATO Secretary General Jens Stoltenberg", "NATO"),
        (
            "Secretary of Defense Lloyd J. Austin III Holds a Press Conference Following NATO "
            "Defense Ministers Meetings",
            "U.S. Department of Defense",
        ),
        ("Department Press Briefing – October 20, 2021", "U.S. Department of State"),
        ("Press Briefing by Press Secretary Jen Psaki, October 20, 2021", "The White House"),
        ("Noon briefing by the Spokesman for the Secretary-General", "United Nations"),
        ("Press conference by Commissioner Thierry Breton", "European Commission"),
        (
            "Joint press conference by the President of the European Commission Ursula von der "
            "Leyen with NATO Secretary General Jens Stoltenberg",
            "European Commission",
        ),
        ("Press conference by the President of Lithuania", ""),
        ("Press conference by the Federal Ministry of Defence", "Federal Ministry of Defence"),
        ("Press conference by the Mayor of Springfield", ""),
    ],
)
def test_the_organisation_comes_from_the_speakers_posts(title, organisation):
    doc = parse(
        f"{title}\n\nOctober 20, 2021\n\nMODERATOR: Welcome.\n\nQ: Why?\n\nMODERATOR: No.\n"
    )
    assert doc.organisation == organisation


@pytest.mark.parametrize(
    ("date_line", "date", "time"),
    [
        ("  • 07 Oct. 2021 -", datetime.date(2021, 10, 7), None),
        ("October 20, 2021", datetime.date(2021, 10, 20), None),
        ("Oct. 22, 2021 | 10:30 a.m.", datetime.date(2021, 10, 22), datetime.time(10, 30)),
        ("2021-10-20", datetime.date(2021, 10, 20), None),
        ("Brussels, 18/10/2021", datetime.date(2021, 10, 18), None),
        ("Wednesday, 20 October 2021", datetime.date(2021, 10, 20), None),
    ],
)
def test_the_printed_date_line_gives_the_date(date_line, date, time):
    doc = parse(
        f"Press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n{date_line}\n\nHello all.\n"
    )
    assert (doc.date, doc.time) == (date, time)


def test_last_updated_and_a_separate_time_line_are_read():
    doc = parse(
        "Press briefing\n\nby NATO Spokesperson Oana Lungescu\n\n• 07 Oct. 2021 -\n\n"
        "• Last updated: 08 Oct. 2021 09:05\n\n16:30 CET\n\nGood afternoon.\n"
    )
    assert doc.last_updated == datetime.datetime(2021, 10, 8, 9, 5)
    assert doc.time == datetime.time(16, 30)
    assert doc.turns[0].speaker == "Oana Lungescu" and doc.turns[0].role == "Spokesperson"
