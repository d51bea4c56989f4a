"""News articles (defense.gov, nato.int news, ministries' releases): the sample field by field
against its expected parse, documents written in the same formats, and variants as strings."""

import json
from pathlib import Path

import pytest

from statements.parsing import article, parse, read
from statements.parsing.text import lines

DATA = Path(__file__).resolve().parent / "data"
EXPECTED = json.loads((DATA / "expected" / "dod-article.json").read_text())


def load(name):
    return read((DATA / name).read_bytes())[1]


def quotes_by(doc):
    return [(q.speaker, q.text) for q in doc.quotes]


def speaker_of(doc, words):
    """Who the parse says spoke the quotation containing ``words``."""
    found = [q.speaker for q in doc.quotes if words in q.text]
    assert found, f"no quotation contains {words!r}"
    return found[0]


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


# --- what is an article and what is not ---------------------------------------------------

TRANSCRIPT = """Press Conference by Pentagon Press Secretary John F. Kirby

MR. KIRBY: Good afternoon. I have a few things at the top.

Q: Thank you, John. "What did Austin say?" the reporter asked.

MR. KIRBY: He said, "We are ready."

Q: And on Ukraine?

MR. KIRBY: Same answer.
"""


def test_a_transcript_with_speaker_labels_never_looks_like_an_article():
    assert not article.looks_like(lines(TRANSCRIPT))
    assert parse(TRANSCRIPT).format != "news_article"


def test_the_nato_transcript_sample_does_not_look_like_an_article():
    text = (DATA.parent.parent / "samples" / "nato-transcript.txt").read_text()
    assert not article.looks_like(lines(text))


def test_a_plain_text_without_quotes_captions_or_chrome_falls_to_plain():
    text = (
        "Annual report of the committee\n\nThe committee met four times in 2021.\n\n"
        "It reviewed the budget and approved the plan for next year.\n"
    )
    assert not article.looks_like(lines(text))
    assert parse(text).format == "plain"


def test_a_speech_quoting_someone_is_no_article():
    text = (
        "Speech by the Minister\n\nThank you all for coming. I am delighted to be here. We said "
        'last year that we would act, and we did. As the President said, "we will never give '
        'up on our allies," and I agree.\n\nWe have done a lot. I thank you, and my team thanks '
        "you. Our work goes on and we will meet again.\n"
    )
    assert not article.looks_like(lines(text))


def test_reported_speech_with_attributed_quotations_is_an_article():
    text = (
        "Allies agree on new air defence plan\n\n"
        'Defence ministers agreed on a new plan on Thursday. "This is a good day," the '
        'Secretary General said.\n\n"We will deliver," he said, adding that work starts soon.\n'
    )
    doc = parse(text)
    assert doc.format == "news_article"
    assert doc.title == "Allies agree on new air defence plan"


# --- attribution patterns, as strings -----------------------------------------------------


def story(*paragraphs, title="Pentagon Updates Reporters on Budget"):
    """A DOD News story around the given paragraphs."""
    head = f"{title}\n\nOct. 20, 2021 |\nBy Jim Garamone, DOD News\n\n"
    return head + "\n\n".join(paragraphs) + "\n"


def test_said_before_a_titled_name_attributes_the_quotation_to_that_person():
    doc = parse(
        story(
            "WASHINGTON — The request is on time, Pentagon Press Secretary John F. Kirby said.",
            '"We are on track," said Pentagon spokesman John Kirby. "Nothing has changed."',
            "Air Force Gen. CQ Brown Jr., chairman of the Joint Chiefs of Staff, agreed. "
            '"Readiness comes first," said Brown.',
        )
    )
    assert quotes_by(doc) == [
        ("John F. Kirby", "We are on track"),
        ("John F. Kirby", "Nothing has changed."),
        ("CQ Brown Jr.", "Readiness comes first"),
    ]


def test_a_statement_or_officials_are_no_persons_speaking():
    doc = parse(
        story(
            "Secretary of Defense Lloyd J. Austin III met allies today.",
            '"The plan is sound," the statement said.',
            '"We need more ships," officials said.',
        )
    )
    assert quotes_by(doc) == [("", "The plan is sound"), ("", "We need more ships")]


def test_according_to_after_a_quotation_names_its_speaker():
    doc = parse(
        story(
            "Army Gen. Mark A. Milley and Defense Secretary Lloyd J. Austin III spoke today.",
            '"The fight in the east is intense," according to Milley.',
        )
    )
    assert speaker_of(doc, "fight in the east") == "Mark A. Milley"


def test_she_said_goes_to_the_woman_just_named_not_to_the_man_before():
    doc = parse(
        story(
            '"We are ready," Defense Secretary Lloyd J. Austin III said.',
            "Deputy Defense Secretary Kathleen H. Hicks toured the shipyard.",
            '"Our shipyards are national treasures," she said.',
            '"So are our sailors," he said.',
        )
    )
    assert speaker_of(doc, "national treasures") == "Kathleen H. Hicks"
    assert speaker_of(doc, "our sailors") == "Lloyd J. Austin III"


def test_the_general_is_the_officer_not_the_secretary_general():
    doc = parse(
        story(
            "NATO Secretary General Jens Stoltenberg and Army Gen. Christopher G. Cavoli, "
            "NATO's supreme allied commander for Europe, briefed ministers.",
            '"We have the forces we need," the general said.',
            '"And the plans," the secretary general said.',
        )
    )
    assert speaker_of(doc, "forces we need") == "Christopher G. Cavoli"
    assert speaker_of(doc, "And the plans") == "Jens Stoltenberg"


def test_a_quotation_introduced_with_a_colon_in_the_same_sentence_is_attributed():
    doc = parse(
        story(
            "Defense Secretary Lloyd J. Austin III spoke in Hawaii today.",
            'Austin told reporters: "We will not back down."',
        )
    )
    assert quotes_by(doc) == [("Lloyd J. Austin III", "We will not back down.")]


def test_a_partial_quotation_goes_to_the_speaker_of_its_sentence():
    doc = parse(
        story(
            "Secretary of Defense Lloyd J. Austin III spoke today.",
            'Austin said the department was "fully committed" to the plan.',
        )
    )
    assert quotes_by(doc) == [("Lloyd J. Austin III", "fully committed")]


def test_a_scare_quote_is_not_a_quotation():
    doc = parse(
        story(
            "Defense Secretary Lloyd J. Austin III spoke today.",
            'The so-called "Replicator" program will field drones, the secretary said.',
        )
    )
    assert doc.quotes == []
    assert [t.kind for t in doc.turns] == ["narrative", "narrative"]


def test_curly_and_straight_quotes_are_read_alike():
    straight = parse(story('"We are ready," said Navy Adm. John C. Aquilino.'))
    curly = parse(story("“We are ready,” said Navy Adm. John C. Aquilino."))
    assert quotes_by(straight) == quotes_by(curly) == [("John C. Aquilino", "We are ready")]


def test_guillemets_and_low_nine_quotes_are_quotations_too():
    doc = parse(
        story(
            "Foreign Minister Annalena Baerbock spoke in Berlin today.",
            "„Wir stehen zusammen“, Baerbock said. «Nous sommes prêts», she added.",
        )
    )
    assert [q.text for q in doc.quotes] == ["Wir stehen zusammen", "Nous sommes prêts"]
    assert {q.speaker for q in doc.quotes} == {"Annalena Baerbock"}


def test_a_quotation_opening_a_paragraph_continues_the_last_speaker():
    doc = parse(
        story(
            'Defense Secretary Lloyd J. Austin III said the alliance is united. "We stand '
            'together," he said.',
            '"There is no daylight between us on this question at all."',
        )
    )
    assert speaker_of(doc, "no daylight") == "Lloyd J. Austin III"


# --- captions -----------------------------------------------------------------------------

QUOTE = '"We are ready," Defense Secretary Lloyd J. Austin III said today.'
QUOTE_TURNS = ["We are ready", "Defense Secretary Lloyd J. Austin III said today."]  # its turns


def test_a_caption_without_title_or_description_is_just_its_text_and_credit():
    doc = parse(
        story(
            QUOTE,
            "Defense Secretary Lloyd J. Austin III speaks at the Pentagon in Washington, "
            "Oct. 20, 2021.\nPhoto By: Army Sgt. Jane Doe\nVIRIN: 211020-A-AB123-1002",
            '"We will deliver," he said.',
        )
    )
    (caption,) = doc.captions
    assert (caption.alt_text, caption.title) == ("", "")
    assert caption.text.startswith("Defense Secretary Lloyd J. Austin III speaks")
    assert (caption.credit, caption.virin) == ("Army Sgt. Jane Doe", "211020-A-AB123-1002")
    assert [t.text for t in doc.turns] == [*QUOTE_TURNS, "We will deliver", "he said."]


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Photo by Chad J. McNeeley, DOD", "Chad J. McNeeley, DOD"),
        ("Photo by: NATO", "NATO"),
        ("Credit: NATO", "NATO"),
        ("Video By: Courtesy of the U.S. Army", "Courtesy of the U.S. Army"),
        ("Photo: Ministry of Defence", "Ministry of Defence"),
    ],
)
def test_credit_lines_in_their_usual_spellings_close_a_caption(credit_line, credit):
    doc = parse(
        story(QUOTE, f"Soldiers board a C-17 Globemaster III at Fort Bragg, N.C.\n{credit_line}")
    )
    (caption,) = doc.captions
    assert caption.credit == credit
    assert caption.text == "Soldiers board a C-17 Globemaster III at Fort Bragg, N.C."
    assert [t.text for t in doc.turns] == QUOTE_TURNS


def test_a_bracketed_credit_at_the_end_of_a_caption_is_taken_out_of_its_text():
    doc = parse(
        story(
            QUOTE,
            "Paratroopers jump over Fort Bragg, N.C., Feb. 20, 2025. (U.S. Army photo by "
            "Spc. Maria Lopez)\nVIRIN: 250220-A-XY987-1001M",
        )
    )
    (caption,) = doc.captions
    assert caption.text == "Paratroopers jump over Fort Bragg, N.C., Feb. 20, 2025."
    assert caption.credit == "Spc. Maria Lopez"
    assert caption.virin == "250220-A-XY987-1001M"


def test_captions_in_a_page_without_blank_lines_do_not_swallow_the_body():
    text = (
        "NATO Chief Details Agenda\n"
        "NATO defense ministers are meeting, Secretary General Jens Stoltenberg said today.\n"
        '"We must keep our edge," Stoltenberg said.\n'
        "A man stands at a podium.\n"
        "Jens Stoltenberg\n"
        "NATO Secretary General Jens Stoltenberg speaks in Brussels, Oct. 20, 2021.\n"
        "Photo By: NATO\n"
        "VIRIN: 211020-O-D0439-006\n"
        '"We will not mirror Russia," Stoltenberg said.\n'
    )
    doc = parse(text)
    (caption,) = doc.captions
    assert (caption.alt_text, caption.title) == ("A man stands at a podium.", "Jens Stoltenberg")
    assert [t.kind for t in doc.turns] == ["narrative", "quote", "narrative", "quote", "narrative"]
    assert doc.date.isoformat() == "2021-10-20"


def test_photo_player_furniture_is_dropped():
    doc = parse(
        story(
            QUOTE,
            "Photo Details\nDownload: Full Size (2.1 MB)\nAustin speaks in Washington.\n"
            "Photo By: Chad J. McNeeley\nVIRIN: 211020-D-TT977-0180",
        )
    )
    assert "Photo Details" in doc.dropped
    assert [c.text for c in doc.captions] == ["Austin speaks in Washington."]
    assert [t.text for t in doc.turns] == QUOTE_TURNS


# --- dates and places ---------------------------------------------------------------------


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


# --- other page shapes --------------------------------------------------------------------


def test_a_hard_wrapped_story_is_read_paragraph_by_paragraph():
    doc = parse(
        "Austin Thanks Troops in Poland\n\nBy David Vergun, DOD News\n\n"
        "RZESZOW, Poland -- Defense Secretary Lloyd J. Austin III thanked U.S. troops\n"
        "deployed to Poland yesterday, telling them that their presence reassures allies\n"
        "on NATO's eastern flank.\n\n"
        '"You are making history," Austin told the soldiers. "Your presence here sends\n'
        'a clear message to Moscow and to our allies."\n\n'
        "Defense Secretary Lloyd J. Austin III speaks to soldiers in Rzeszow, Poland,\n"
        "March 18, 2022.\nPhoto by Chad J. McNeeley, DOD\n"
    )
    assert [t.kind for t in doc.turns] == ["narrative", "quote", "narrative", "quote"]
    assert "troops deployed to Poland" in doc.turns[0].text
    assert (
        doc.turns[3].text == "Your presence here sends a clear message to Moscow and to our allies."
    )
    assert speaker_of(doc, "sends a clear message") == "Lloyd J. Austin III"
    assert doc.captions[0].text.endswith("Rzeszow, Poland, March 18, 2022.")
    assert doc.location == "Rzeszow, Poland"


def test_a_pentagon_readout_is_a_news_release():
    doc = parse(
        "RELEASE | Oct. 20, 2021\n"
        "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Georgian Minister "
        "of Defense Juansher Burchuladze\n"
        "Pentagon Press Secretary John F. Kirby provided the following readout:\n\n"
        "Secretary of Defense Lloyd J. Austin III met with Georgian Minister of Defense "
        "Juansher Burchuladze today at NATO Headquarters in Brussels.\n\n"
        "The Secretary reaffirmed the United States' support for Georgia.\n"
    )
    assert doc.format == "news_article"
    assert doc.title.startswith("Readout of Secretary of Defense")
    assert (doc.date.isoformat(), doc.location) == ("2021-10-20", "Brussels")
    assert doc.organisation == "U.S. Department of Defense"
    assert doc.turns[0].text.endswith("provided the following readout:")
    assert doc.turns[1].text.startswith("Secretary of Defense Lloyd J. Austin III met")


def test_a_nato_news_item_without_quotations_is_still_an_article():
    doc = parse(
        "NATO Secretary General meets the Prime Minister of Sweden\n\n"
        "NATO Secretary General Mark Rutte met the Prime Minister of Sweden, Ulf Kristersson, "
        "at NATO Headquarters on Monday (3 March 2025). They discussed support for Ukraine.\n"
    )
    assert doc.format == "news_article"
    assert (doc.organisation, doc.date.isoformat()) == ("NATO", "2025-03-03")
    assert "Ulf Kristersson" in doc.people_mentioned


def test_a_story_printed_with_no_title_takes_its_first_sentence():
    doc = parse(
        "WASHINGTON — Defense Secretary Lloyd J. Austin III said today that the department "
        'will ask Congress for more money. "We need it," Austin said.\n\n'
        '"It is urgent," he said.\n'
    )
    assert doc.title.startswith("WASHINGTON — Defense Secretary Lloyd J. Austin III said today")
    # Austin's words are only those in quotation marks; "Austin said." is the reporter's.
    assert [(t.kind, t.speaker, t.text) for t in doc.turns] == [
        ("narrative", "", doc.turns[0].text),
        ("quote", "Lloyd J. Austin III", "We need it"),
        ("narrative", "", "Austin said."),
        ("quote", "Lloyd J. Austin III", "It is urgent"),
        ("narrative", "", "he said."),
    ]
    assert doc.turns[0].text.endswith("will ask Congress for more money.")


def test_an_interview_in_q_and_a_form_is_no_article():
    text = (
        "Interview with the Minister\n\n"
        "Q. Minister, what did the allies agree?\n\n"
        'A. They agreed to spend more. As the Secretary General said, "we are united."\n\n'
        "Q. And on Ukraine?\n\nA. We will continue.\n"
    )
    assert not article.looks_like(lines(text))


def test_a_first_name_that_is_also_a_place_stays_part_of_the_name():
    doc = parse(story('"We are ready," said Army Col. Jordan Smith, the brigade commander.'))
    assert quotes_by(doc) == [("Jordan Smith", "We are ready")]


def test_a_company_named_general_is_no_person():
    doc = parse(story('"Production is up," General Dynamics said in a statement.'))
    assert doc.people_mentioned == []
    assert quotes_by(doc) == [("", "Production is up")]


def test_an_encyclopedia_text_with_quotations_but_no_news_shape_is_plain():
    text = (
        "The North Atlantic Treaty\n\n"
        "The treaty was signed in Washington in April 1949 by twelve founding members of the "
        'alliance. "An attack on one is an attack on all," its fifth article is often summed '
        'up, and "collective defence," historians said, "is its heart."\n'
    )
    assert not article.looks_like(lines(text))


def test_a_nato_press_release_is_credited_to_nato():
    doc = parse(
        "Statement by the North Atlantic Council on the situation in the Middle East\n"
        "Press Release (2024) 123\nIssued on 20 Oct. 2024\n\n"
        "The North Atlantic Council strongly condemns the attacks on civilians and calls for "
        "restraint.\n\nAllies said they would keep consulting closely.\n"
    )
    assert doc.format == "news_article"
    assert (doc.organisation, doc.date.isoformat()) == ("NATO", "2024-10-20")
    assert doc.turns[0].text.startswith("The North Atlantic Council strongly condemns")


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


def test_a_dash_after_a_quotation_in_the_same_paragraph_names_its_speaker():
    doc = parse(
        story(
            "NATO Secretary General Jens Stoltenberg and Defense Secretary Lloyd J. Austin III "
            "met today.",
            "“We stand together.” — NATO Secretary General Jens Stoltenberg",
        )
    )
    assert quotes_by(doc) == [("Jens Stoltenberg", "We stand together.")]


def test_a_navigation_menu_copied_above_a_short_title_is_not_the_title():
    menu = "\n".join(["Spotlights", "Resources", "About", "Today in DOD", "News Releases"])
    doc = parse(
        f"{menu}\nHome : News : News Stories\nAustin Visits Japan\nNEWS | March 16, 2023\n"
        "By Jim Garamone, DOD News\n\n"
        'TOKYO — Defense Secretary Lloyd J. Austin III arrived here today. "Japan is a '
        'cornerstone of peace," he said.\n'
    )
    assert doc.title == "Austin Visits Japan"
    assert doc.date.isoformat() == "2023-03-16"
    assert doc.turns[0].text.startswith("TOKYO — Defense Secretary")
    assert "Spotlights" in doc.dropped


def test_an_anonymous_official_is_nobody_named_not_the_last_speaker():
    doc = parse(
        story(
            '"We are ready," Defense Secretary Lloyd J. Austin III said today.',
            '"The talks went well," said a senior defense official who spoke on background.',
            '"They will go on," Biden administration officials said.',
        )
    )
    assert quotes_by(doc) == [
        ("Lloyd J. Austin III", "We are ready"),
        ("", "The talks went well"),
        ("", "They will go on"),
    ]


def test_british_single_quotation_marks_are_quotations():
    doc = parse(
        story(
            "Defence Secretary John Healey visited troops in Estonia today.",
            "‘Our commitment to Estonia is unshakeable,’ the Defence Secretary said.",
        )
    )
    assert quotes_by(doc) == [("John Healey", "Our commitment to Estonia is unshakeable")]


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


@pytest.mark.parametrize(
    "title",
    [
        "Is the Alliance Ready for Winter?",
        "Austin: “We Will Not Back Down”",
        "Allies agree on new air defence plan",
    ],
)
def test_a_title_may_ask_a_question_or_end_on_a_quotation(title):
    doc = parse(
        f"{title}\n\nWASHINGTON — Defense Secretary Lloyd J. Austin III said today that allies "
        'are ready. "We are ready," he said.\n'
    )
    assert doc.title == title
    assert doc.turns[0].text.startswith("WASHINGTON —")


def test_a_short_first_paragraph_ending_a_sentence_is_not_taken_for_a_title():
    doc = parse(
        "Allies Meet in Brussels\n\nNATO ministers met today.\n\n"
        '"We are united," Secretary General Jens Stoltenberg said.\n'
    )
    assert doc.title == "Allies Meet in Brussels"
    assert doc.turns[0].text == "NATO ministers met today."


# --- it never fails -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dod-article.txt", "dod-article-byline.txt", "nato-news.txt"])
def test_any_cut_of_an_article_parses_without_error(name):
    text = (DATA / name).read_text()
    for cut in range(0, len(text), 131):
        for piece in (text[:cut], text[cut:], text[cut : cut + 400]):
            if piece.strip():
                doc = parse(piece)
                assert doc.title
                assert all(q.turn < len(doc.turns) for q in doc.quotes)


@pytest.mark.parametrize(
    "text",
    [
        '"\n\n"\n\n"',
        "“”\n\n‘’\n\n„“\n\n«»",
        'Photo By:\nVIRIN:\n\n"A," he said.\n\nBy\n',
        "WASHINGTON — \n\nBRUSSELS, Oct. 20, 2021 —",
        'Title\n\n"' + "word " * 3000 + '," said Army Gen. A. B. Smith.',
        "Title\n\n" + "He said. She said. " * 500,
    ],
)
def test_odd_articles_never_fail(text):
    doc = parse(text)
    assert doc.title


def test_a_shorter_spelling_of_a_name_is_kept_as_an_alias_of_the_fullest():
    doc = parse(
        story(
            '"We are ready," Defense Secretary Lloyd Austin said today.',
            '"We will deliver," said Secretary of Defense Lloyd J. Austin III.',
        )
    )
    assert {q.speaker for q in doc.quotes} == {"Lloyd J. Austin III"}
    assert doc.person_aliases == {"Lloyd Austin": "Lloyd J. Austin III"}
    assert doc.people_mentioned == ["Lloyd J. Austin III"]


def test_a_caption_glued_under_a_paragraph_leaves_the_paragraph_in_the_body():
    paragraph = '"We are ready," Defense Secretary Lloyd J. Austin III said today.'
    doc = parse(
        story(
            paragraph + "\nA man speaks at a lectern.\nLloyd J. Austin III\n"
            "Austin speaks in Washington, Oct. 20, 2021.\nPhoto By: Chad J. McNeeley"
        )
    )
    (caption,) = doc.captions
    assert (caption.alt_text, caption.title) == (
        "A man speaks at a lectern.",
        "Lloyd J. Austin III",
    )
    assert [t.text for t in doc.turns] == QUOTE_TURNS


def test_a_credit_closing_the_caption_sentence_is_taken_out_of_it():
    doc = parse(
        story(
            QUOTE,
            "NATO Secretary General Jens Stoltenberg speaks in Brussels, Oct. 20, 2021. "
            "Photo by NATO",
        )
    )
    (caption,) = doc.captions
    assert (
        caption.text == "NATO Secretary General Jens Stoltenberg speaks in Brussels, Oct. 20, 2021."
    )
    assert caption.credit == "NATO"
    assert [t.text for t in doc.turns] == QUOTE_TURNS


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
