"""A news article's date and place: from its dateline, its printed date line or byline, and
where the story prints none, from the dates of its photos."""

from statements.parsing import parse
from tests.articles import quotes_by


def undated(*paragraphs):
    return "Austin Visits Troops\n\n" + "\n\n".join(paragraphs) + "\n"


def test_today_in_an_undated_story_is_the_day_its_photos_were_taken():
    doc = parse(
        undated(
            "Defense Secretary Lloyd J. Austin III visited troops in Hawaii today, he said.",
            "Austin speaks to Marines.\nPhoto By: Chad J. McNeeley\nVIRIN: 230301-D-TT977-0001",
        )
    )
    assert doc.date.isoformat() == "2023-03-01"
    assert doc.location == "Hawaii"


def test_yesterday_in_an_undated_story_is_the_day_after_its_photos():
    doc = parse(
        undated(
            '"We are ready," Defense Secretary Lloyd J. Austin III said yesterday.',
            "Austin speaks at Camp Smith, Hawaii, March 1, 2023.\nPhoto By: Chad J. McNeeley",
        )
    )
    assert doc.date.isoformat() == "2023-03-02"


def test_a_printed_date_line_wins_over_the_captions():
    doc = parse(
        "Austin Visits Troops\n\nMarch 3, 2023 |\nBy Jim Garamone, DOD News\n\n"
        '"We are ready," Austin said yesterday, Defense Secretary Lloyd J. Austin III said.\n\n'
        "Austin speaks in Hawaii, March 1, 2023.\nPhoto By: Chad J. McNeeley\n"
    )
    assert doc.date.isoformat() == "2023-03-03"


def test_a_dateline_with_a_date_gives_both_place_and_date():
    doc = parse(
        undated(
            "BRUSSELS, Oct. 20, 2021 — NATO defense ministers met today, Secretary General "
            'Jens Stoltenberg said. "We are united," he said.'
        )
    )
    assert (doc.location, doc.date.isoformat()) == ("Brussels", "2021-10-20")


def test_a_two_part_dateline_keeps_the_state():
    doc = parse(
        undated(
            "FORT BRAGG, N.C. — Defense Secretary Lloyd J. Austin III visited paratroopers "
            'here. "You are the tip of the spear," Austin said.'
        )
    )
    assert doc.location == "Fort Bragg, N.C."


def test_a_virin_alone_dates_a_story():
    doc = parse(
        undated(
            '"We are ready," Defense Secretary Lloyd J. Austin III said today.',
            "Austin speaks.\nVIRIN: 220614-D-TT977-0001",
        )
    )
    assert doc.date.isoformat() == "2022-06-14"


def test_the_latest_photo_date_is_the_story_s_not_an_old_file_photo():
    doc = parse(
        undated(
            '"We are ready," Defense Secretary Lloyd J. Austin III said today.',
            "Austin speaks in Washington, Sept. 3, 2019.\nPhoto By: DOD",
            "Austin lands in Warsaw, Poland, March 18, 2022.\nPhoto By: DOD",
        )
    )
    assert doc.date.isoformat() == "2022-03-18"


def test_a_service_story_takes_its_date_from_the_byline_and_its_publisher_from_the_agency():
    doc = parse(
        "Soldiers Train for Winter Operations\n\n"
        "By Sgt. Jane Doe, U.S. Army Alaska Public Affairs, October 20, 2021\n\n"
        "FORT WAINWRIGHT, Alaska -- Soldiers with the 11th Airborne Division trained in "
        'subzero temperatures this week. "The cold is the enemy," said Army Maj. Gen. Brian '
        "Eifler, the division's commander.\n"
    )
    assert doc.byline == "By Sgt. Jane Doe, U.S. Army Alaska Public Affairs, October 20, 2021"
    assert doc.date.isoformat() == "2021-10-20"
    assert doc.location == "Fort Wainwright, Alaska"
    assert doc.organisation == "U.S. Army"
    assert quotes_by(doc) == [("Brian Eifler", "The cold is the enemy")]
    assert "Jane Doe" not in doc.people_mentioned
