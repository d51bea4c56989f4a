"""News articles read from sample files: the defense.gov sample field by field against its
expected parse, then a defense.gov story with a byline, a nato.int news item, a ministry's
and a Canadian government press release and a meeting story, each as its page printed it."""

import json

import pytest

from tests.articles import DATA, load, quotes_by, speaker_of

EXPECTED = json.loads((DATA / "expected" / "dod-article.json").read_text())


@pytest.fixture(scope="module")
def sample():
    return load("dod-article.txt")


@pytest.fixture(scope="module")
def byline_article():
    return load("dod-article-byline.txt")


@pytest.fixture(scope="module")
def nato_news():
    return load("nato-news.txt")


@pytest.fixture(scope="module")
def release():
    return load("gov-uk-release.txt")


# --- the sample against its expected parse ------------------------------------------------


def test_the_sample_is_read_as_a_news_article(sample):
    assert sample.format == "news_article"
    assert sample.kind == EXPECTED["kind"]


def test_the_sample_has_the_expected_title_organisation_date_and_location(sample):
    assert sample.title == EXPECTED["title"]
    assert sample.organisation == EXPECTED["organisation"]
    assert sample.date.isoformat() == EXPECTED["date"]
    assert sample.location == EXPECTED["location"]


def test_the_sample_has_the_expected_speakers_and_no_questions(sample):
    summary = sample.summary()
    assert summary["speakers"] == EXPECTED["speakers"]
    assert summary["questioners"] == EXPECTED["questioners"]
    assert summary["n_questions"] == EXPECTED["n_questions"]


def test_the_sample_mentions_the_secretary_of_defense(sample):
    for name in EXPECTED["people_mentioned_at_least"]:
        assert name in sample.people_mentioned


def test_every_quotation_in_the_sample_is_attributed_to_stoltenberg(sample):
    assert len(sample.quotes) >= 9
    assert {q.speaker for q in sample.quotes} == {"Jens Stoltenberg"}


def test_the_sample_quotations_are_split_where_the_attribution_interrupts_them(sample):
    texts = [q.text for q in sample.quotes]
    assert "We must keep our technological edge" in texts
    assert any(t.startswith("Future conflicts will be fought") for t in texts)
    assert any("'future-proof'" in t for t in texts), "nested single quotes stay inside"
    assert "to harness civilian innovation for our security" in texts


def test_the_sample_captions_are_kept_apart_with_credit_and_virin(sample):
    got = [(c.alt_text, c.credit, c.virin) for c in sample.captions]
    assert len(got) == len(EXPECTED["photo_captions"])
    for caption, expected in zip(sample.captions, EXPECTED["photo_captions"], strict=True):
        assert caption.alt_text.startswith(expected["starts"])
        assert caption.credit == expected["photo_by"]
        assert caption.virin == expected["virin"]
        assert caption.title == "Jens Stoltenberg"
        assert caption.text.startswith("NATO Secretary General Jens Stoltenberg")
    body = "\n".join(t.text for t in sample.turns)
    for caption in sample.captions:
        for part in (caption.alt_text, caption.text, "Photo By", "VIRIN"):
            assert part not in body


def test_the_sample_body_starts_and_ends_where_expected(sample):
    assert sample.turns[0].text.startswith(EXPECTED["body_starts"])
    assert sample.turns[-1].text.endswith(EXPECTED["body_ends"])


def test_the_sample_chrome_is_dropped_not_kept_in_the_body(sample):
    body = "\n".join(t.text for t in sample.turns)
    for chrome in EXPECTED["boilerplate_dropped"]:
        assert any(d.startswith(chrome) for d in sample.dropped), chrome
        assert chrome not in body


def test_the_sample_has_a_turn_per_quotation_and_per_stretch_of_narration_around_it(sample):
    # 13 paragraphs; in the eleven quoting ones, each quotation and each stretch of the
    # reporter's words around it ("Stoltenberg said.") is a turn of its own.
    assert len(sample.turns) == 35
    assert "\n".join(t.text for t in sample.turns).count("\n") == 34
    kinds = [t.kind for t in sample.turns]
    assert kinds[:5] == ["narrative", "narrative", "quote", "narrative", "quote"]
    assert [t.text for t in sample.turns[2:4]] == [
        "We must keep our technological edge",
        "Stoltenberg said.",
    ]
    quote_turns = [t for t in sample.turns if t.kind == "quote"]
    assert not any(mark in t.text for t in quote_turns for mark in '"“”')
    assert all(t.speaker == "Jens Stoltenberg" for t in quote_turns)
    assert all(t.role == "NATO Secretary General" for t in quote_turns)
    assert all(q.turn < len(sample.turns) for q in sample.quotes)
    assert all(q.text in sample.turns[q.turn].text for q in sample.quotes)


# --- a defense.gov story with a byline and several people ---------------------------------


def test_a_byline_and_date_line_are_metadata_not_body(byline_article):
    assert byline_article.title == "Austin, Milley Say Ukraine Aid Will Continue Through Winter"
    assert byline_article.byline == "By Jim Garamone, DOD News"
    assert byline_article.date.isoformat() == "2022-11-16"
    assert byline_article.turns[0].text.startswith("WASHINGTON — The United States will")
    body = "\n".join(t.text for t in byline_article.turns)
    assert "Garamone" not in body and "Nov. 16, 2022 |" not in body
    assert "Jim Garamone" not in byline_article.people_mentioned


def test_the_dateline_gives_the_location(byline_article):
    assert byline_article.location == "Washington"
    assert byline_article.organisation == "U.S. Department of Defense"


def test_each_quotation_goes_to_the_person_who_said_it(byline_article):
    austin, milley, singh = "Lloyd J. Austin III", "Mark A. Milley", "Sabrina Singh"
    assert speaker_of(byline_article, "cruel strikes") == austin  # "Austin said"
    assert speaker_of(byline_article, "They will fail") == austin  # after the interruption
    assert speaker_of(byline_article, "performed superbly") == milley  # "Milley told reporters"
    assert speaker_of(byline_article, "the winter will be hard") == milley
    assert speaker_of(byline_article, "faster than anyone") == austin  # "he said" earlier on
    assert speaker_of(byline_article, "Bakhmut") == milley  # "According to Milley ... he said"
    assert speaker_of(byline_article, "about deterrence") == singh
    assert speaker_of(byline_article, "full confidence") == austin
    assert speaker_of(byline_article, "tragic incident") == austin  # "the secretary said"


def test_the_secretary_is_not_the_deputy_press_secretary(byline_article):
    last = byline_article.quotes[-1]
    assert last.text.startswith("Whatever the final conclusions")
    assert last.speaker == "Lloyd J. Austin III"


def test_a_quotation_over_two_paragraphs_keeps_its_speaker(byline_article):
    assert speaker_of(byline_article, "‘surge’ when it has to") == "Lloyd J. Austin III"
    assert speaker_of(byline_article, "multiyear contracts") == "Lloyd J. Austin III"
    turn = next(t for t in byline_article.turns if t.text.startswith("That means"))
    assert turn.kind == "quote" and turn.speaker == "Lloyd J. Austin III"


def test_speakers_come_with_the_role_of_their_first_full_mention(byline_article):
    assert byline_article.speakers() == [
        {"name": "Lloyd J. Austin III", "role": "Defense Secretary"},
        {"name": "Mark A. Milley", "role": "chairman of the Joint Chiefs of Staff"},
        {"name": "Sabrina Singh", "role": "Deputy Pentagon Press Secretary"},
    ]


def test_a_caption_credits_the_photographer_and_its_virin(byline_article):
    (caption,) = byline_article.captions
    assert caption.alt_text == "A man in a dark suit speaks at a lectern in front of two flags."
    assert caption.title == "Lloyd J. Austin III"
    assert caption.text.startswith("Defense Secretary Lloyd J. Austin III speaks")
    assert caption.credit == "Army Sgt. Jane Doe"
    assert caption.virin == "221116-A-AB123-1002"


def test_related_stories_and_subscription_footer_are_dropped(byline_article):
    *_, quoted, said = byline_article.turns
    assert quoted.text.endswith("tragic incident is Russia")
    assert (said.kind, said.text) == ("narrative", "the secretary said.")
    for chrome in ("Related Stories", "Subscribe to Defense.gov Products", "Toggle navigation"):
        assert chrome in byline_article.dropped


# --- a nato.int news item -----------------------------------------------------------------


def test_a_nato_news_item_is_dated_placed_and_credited_to_nato(nato_news):
    assert nato_news.format == "news_article"
    assert nato_news.title == "Secretary General: Allies must ramp up defence production"
    assert nato_news.organisation == "NATO"
    assert nato_news.date.isoformat() == "2025-03-04"
    assert nato_news.last_updated.isoformat() == "2025-03-04T17:12:00"
    assert nato_news.location == "Brussels"
    assert nato_news.turns[0].text.startswith("NATO Secretary General Mark Rutte said on Tuesday")


def test_nato_titles_and_honorifics_resolve_to_the_secretary_general(nato_news):
    assert speaker_of(nato_news, "not producing enough") == "Mark Rutte"  # "Mr Rutte said"
    assert speaker_of(nato_news, "take risks") == "Mark Rutte"  # "He called on industry"
    assert (
        speaker_of(nato_news, "kind of leadership") == "Mark Rutte"
    )  # "said the Secretary General"
    assert speaker_of(nato_news, "Every Ally must") == "Mark Rutte"


def test_a_title_before_the_name_in_commas_is_the_persons_role(nato_news):
    assert speaker_of(nato_news, "five percent") == "Władysław Kosiniak-Kamysz"
    roles = {s["name"]: s["role"] for s in nato_news.speakers()}
    assert roles["Władysław Kosiniak-Kamysz"].startswith("Poland’s Deputy Prime Minister")
    assert roles["Mark Rutte"] == "NATO Secretary General"


def test_nato_share_and_print_buttons_are_dropped(nato_news):
    body = "\n".join(t.text for t in nato_news.turns)
    for chrome in ("Share this", "Print", "Related news"):
        assert chrome in nato_news.dropped
        assert chrome not in body.split("\n")


# --- a ministry's press release -----------------------------------------------------------


def test_a_press_release_has_its_summary_as_subtitle_and_its_ministry(release):
    assert release.title == "UK to deliver 5,000 air defence missiles to Ukraine"
    assert release.subtitle.startswith("Thousands of lightweight multirole missiles")
    assert release.organisation == "Ministry of Defence"
    assert release.date.isoformat() == "2025-03-02"
    assert release.turns[0].text.startswith("The £1.6 billion deal")


def test_said_with_a_colon_gives_the_next_paragraph_its_speaker(release):
    assert speaker_of(release, "boost for Ukraine's security") == "John Healey"
    assert speaker_of(release, "Armed Forces stand ready") == "Tony Radakin"
    assert speaker_of(release, "protect our cities") == "Rustem Umerov"
    roles = {s["name"]: s["role"] for s in release.speakers()}
    assert roles == {
        "John Healey": "Defence Secretary",
        "Tony Radakin": "Chief of the Defence Staff",
        "Rustem Umerov": "Ukrainian Defence Minister",
    }


# --- a Canadian government news release --------------------------------------------------


@pytest.fixture(scope="module")
def canada():
    return load("canada-news-release.txt")


def test_a_canadian_release_reads_date_place_and_department_from_its_lead_line(canada):
    assert canada.format == "news_article"
    assert canada.title == "Canada announces new military aid for Ukraine"
    assert (canada.date.isoformat(), canada.location) == ("2021-10-20", "Ottawa, Ontario")
    assert canada.organisation == "National Defence"
    assert canada.turns[0].text.startswith("Today, the Minister of National Defence")


def test_a_dash_line_under_a_quotation_names_its_speaker(canada):
    assert quotes_by(canada) == [
        (
            "Anita Anand",
            "Canada stands with Ukraine. This new aid will help Ukraine’s armed forces defend "
            "their country through the winter.",
        ),
        ("Wayne Eyre", "Our partnership with Ukraine is strong, and it will remain strong."),
    ]
    assert canada.speakers() == [
        {"name": "Anita Anand", "role": "Minister of National Defence"},
        {"name": "Wayne Eyre", "role": "Chief of the Defence Staff"},
    ]


def test_a_release_footer_of_links_and_contacts_is_dropped(canada):
    body = "\n".join(t.text for t in canada.turns)
    assert canada.turns[-1].text.startswith("Since 2014, Canada has committed")
    for footer in ("Associated links", "Contacts", "Phone: 613-904-3333"):
        assert footer in canada.dropped
        assert footer not in body


# --- a meeting story with four people quoted ---------------------------------------------


@pytest.fixture(scope="module")
def meeting():
    return load("dod-article-meeting.txt")


def test_a_meeting_story_attributes_every_quotation(meeting):
    austin, stoltenberg = "Lloyd J. Austin III", "Jens Stoltenberg"
    assert [q.speaker for q in meeting.quotes] == [
        austin,
        austin,
        stoltenberg,  # "the secretary general said"
        stoltenberg,
        stoltenberg,  # "he said" after "He noted"
        stoltenberg,
        austin,  # 'Allies must "dig deep," he said' after "Austin echoed"
        "Pat Ryder",
        "Pat Ryder",  # "he added"
        "Volodymyr Zelenskyy",
    ]
    assert "dig deep" in [q.text for q in meeting.quotes]


def test_a_meeting_at_the_pentagon_today_is_in_washington(meeting):
    assert meeting.location == "Washington"
    assert (meeting.date.isoformat(), meeting.byline) == ("2023-06-14", "By Jim Garamone, DOD News")


def test_a_title_made_of_ranks_and_an_office_is_kept_as_printed(meeting):
    roles = {s["name"]: s["role"] for s in meeting.speakers()}
    assert roles["Pat Ryder"] == "Pentagon Press Secretary Air Force Brig. Gen."
    assert roles["Volodymyr Zelenskyy"] == "Ukrainian President"
