"""Briefings of other issuers: Pentagon, State Department, White House, UN noon briefing, EU."""

import datetime
from pathlib import Path

from statements.parsing import document as d
from statements.parsing import parse

DATA = Path(__file__).resolve().parent / "data" / "transcripts"


def parsed(name: str) -> d.ParsedDocument:
    return parse((DATA / name).read_text())


def who(doc):
    return [(t.speaker, t.kind) for t in doc.turns]


def test_a_pentagon_briefing_resolves_capital_and_abbreviated_labels_to_one_person():
    doc = parsed("dod-press-briefing.txt")
    assert (doc.kind, doc.organisation) == (d.BRIEFING, "U.S. Department of Defense")
    assert doc.date == datetime.date(2022, 11, 16)
    assert doc.speakers() == [
        {"name": "Lloyd J. Austin III", "role": "Secretary of Defense"},
        {"name": "Mark A. Milley", "role": "Chairman of the Joint Chiefs of Staff"},
    ]
    austin = [t for t in doc.turns if t.speaker == "Lloyd J. Austin III"]
    assert [t.speaker_label for t in austin] == [
        "SECRETARY OF DEFENSE LLOYD J. AUSTIN III",
        "SEC. AUSTIN",
    ]


def test_a_pentagon_briefing_attributes_bare_q_labels_to_the_journalists_staff_named():
    doc = parsed("dod-press-briefing.txt")
    assert doc.questioners() == [
        {"name": "Lita Baldor", "outlet": "AP"},
        {"name": "Tara Copp", "outlet": "Defense One"},
    ]
    first, second = doc.summary()["exchanges"]
    assert first["answered_by"] == ["Lloyd J. Austin III", "Mark A. Milley"]
    assert first["n_turns"] == 5  # question, two answers, the follow-up and its answer
    assert second["journalist"] == "Tara Copp" and second["answered_by"] == ["Mark A. Milley"]


def test_the_site_chrome_and_related_stories_are_dropped():
    doc = parsed("dod-press-briefing.txt")
    assert "Related Stories" in doc.dropped and "Here's how you know" in doc.dropped
    assert doc.title.startswith("Secretary of Defense Lloyd J. Austin III and Chairman")
    assert all("Related Stories" not in t.text for t in doc.turns)


def test_the_press_secretary_who_answers_and_gives_the_floor_is_the_principal():
    doc = parsed("dod-kirby-briefing.txt")
    assert doc.speakers() == [{"name": "John F. Kirby", "role": "Press Secretary"}]
    assert who(doc)[0] == ("John F. Kirby", d.T_STATEMENT)
    assert doc.n_questions() == 4
    # "Of course it is a concern. Tom?" ends the first exchange; "But do you" is a follow-up.
    assert [len(e.turns) for e in doc.exchanges] == [4, 2, 2]
    assert who(doc)[-1] == ("John F. Kirby", d.T_MODERATION)  # "Okay, thanks everybody."


def test_a_state_department_briefing_has_its_spokesperson_place_and_time():
    doc = parsed("state-briefing.txt")
    assert (doc.kind, doc.organisation) == (d.BRIEFING, "U.S. Department of State")
    assert (doc.location, doc.time) == ("Washington, DC", datetime.time(14, 28))
    assert doc.speakers() == [{"name": "Ned Price", "role": "Department Spokesperson"}]
    assert doc.turns[0].speaker_label == "MR PRICE"
    assert "(The briefing was concluded at 3:35 p.m.)" in doc.dropped


def test_a_spokesperson_naming_the_next_reporter_ends_the_exchange():
    doc = parsed("state-briefing.txt")
    shaun = next(t for t in doc.turns if t.text == "Shaun.")
    assert (shaun.kind, shaun.exchange) == (d.T_MODERATION, None)
    assert [len(e.turns) for e in doc.exchanges] == [4, 3]  # the closing "Thank you." stays
    assert all(doc.turns[e.question].speaker_label == "QUESTION" for e in doc.exchanges)


def test_a_white_house_briefing_reads_q_without_a_colon():
    doc = parsed("white-house-briefing.txt")
    assert (doc.kind, doc.organisation) == (d.BRIEFING, "The White House")
    assert doc.location == "James S. Brady Press Briefing Room"
    assert doc.time == datetime.time(13, 4)
    assert [t.kind for t in doc.turns].count(d.T_QUESTION) == 3
    assert doc.turns[1].text.startswith("Thanks, Jen. On the reconciliation package")
    assert "END 2:05 P.M. EDT" in doc.dropped
    # "Go ahead." at the end of an answer gives the floor to a new reporter.
    assert [len(e.turns) for e in doc.exchanges] == [4, 2]


def test_a_un_noon_briefing_gives_role_labels_to_the_spokesman_the_header_names():
    doc = parsed("un-noon-briefing.txt")
    assert (doc.kind, doc.organisation) == (d.BRIEFING, "United Nations")
    assert doc.speakers() == [
        {"name": "Stéphane Dujarric", "role": "Spokesman for the Secretary-General"}
    ]
    assert doc.turns[0].text.startswith("Ethiopia\n\n")  # his opening, before any label; no stars
    assert "**Questions and Answers" in doc.dropped
    assert [t.text for t in doc.turns if t.kind == d.T_MODERATION] == ["Edie.", "James?"]
    assert doc.n_questions() == 4 and len(doc.exchanges) == 2  # "Correspondent: Thank you."


def test_an_eu_transcript_with_unlabelled_answers_splits_them_from_the_questions():
    doc = parsed("eu-remarks.txt")
    assert (doc.kind, doc.organisation) == (d.PRESS_CONFERENCE, "European Union")
    assert (doc.date, doc.location) == (datetime.date(2021, 10, 18), "Brussels")
    assert doc.delivery_note == "Check against delivery"
    assert who(doc) == [
        ("Josep Borrell", d.T_STATEMENT),
        ("", d.T_QUESTION),
        ("Josep Borrell", d.T_ANSWER),
        ("", d.T_QUESTION),
        ("Josep Borrell", d.T_ANSWER),
    ]
    assert doc.turns[1].text == "Mr Borrell, on Belarus: are new sanctions coming?"
    assert doc.turns[2].text.endswith("It will be ready in the coming weeks.")
    assert doc.turns[0].role == "High Representative/Vice-President"


def test_a_press_secretary_who_only_gives_the_floor_chairs_a_joint_press_conference():
    doc = parsed("dod-joint-press-conference.txt")
    assert doc.kind == d.JOINT_PRESS_CONFERENCE
    assert [t.kind for t in doc.turns if t.speaker == "John F. Kirby"] == [d.T_MODERATION] * 4
    reznikov = [t for t in doc.turns if t.speaker == "Oleksii Reznikov"]
    assert reznikov[0].speaker_label == "MINISTER OF DEFENSE OLEKSII REZNIKOV (through interpreter)"
    assert [t.speaker_label for t in reznikov][1:] == [
        "MINISTER REZNIKOV (through interpreter)"
    ] * 2
    assert doc.questioners() == [
        {"name": "Idrees Ali", "outlet": "Reuters"},
        {"name": "Jennifer Griffin", "outlet": "Fox News"},
    ]
    assert doc.summary()["exchanges"][0]["answered_by"] == [
        "Lloyd J. Austin III",
        "Oleksii Reznikov",
    ]


def test_a_pentagon_speech_with_the_delivery_note_in_its_title_is_the_secretarys_speech():
    doc = parse(
        "Transcript\n\nSecretary of Defense Lloyd J. Austin III Remarks at the Reagan National "
        "Defense Forum (As Delivered)\n\nDec. 2, 2023\n\nThank you very much. Good evening.\n\n"
        "It is great to be back at the Reagan Library.\n\nQuestion and answer session\n"
    )
    assert (doc.format, doc.kind, doc.delivery_note) == ("transcript", d.SPEECH, "As Delivered")
    assert (
        doc.title
        == "Secretary of Defense Lloyd J. Austin III Remarks at the Reagan National Defense Forum"
    )
    assert [(t.speaker, t.role) for t in doc.turns] == [
        ("Lloyd J. Austin III", "Secretary of Defense")
    ]
    assert doc.dropped == ["Question and answer session"]


def test_a_name_printed_without_its_middle_initial_is_the_same_person_and_an_alias():
    doc = parse(
        "Transcript\n\nSecretary of Defense Lloyd J. Austin III Holds a Press Briefing\n\n"
        "Nov. 16, 2022\n\nLLOYD AUSTIN: Good afternoon.\n\nQ: Why?\n\nSECRETARY AUSTIN: Because.\n"
    )
    assert [t.speaker for t in doc.turns if t.kind != d.T_QUESTION] == ["Lloyd J. Austin III"] * 2
    assert doc.person_aliases == {"Lloyd Austin": "Lloyd J. Austin III"}


def test_a_ministry_briefing_marked_q_and_r_has_questions_and_answers():
    doc = parse(
        "Press briefing by the Spokesperson of the Ministry for Europe and Foreign Affairs\n\n"
        "20 October 2021\n\nQ - What is France's position on the sanctions?\n\n"
        "R - France supports the sanctions adopted by the European Union.\n\n"
        "Q - And on Mali?\n\nR - We remain engaged.\n"
    )
    assert (doc.kind, doc.organisation) == (d.BRIEFING, "Ministry for Europe and Foreign Affairs")
    assert [(t.speaker_label, t.kind) for t in doc.turns] == [
        ("Q", d.T_QUESTION),
        ("R", d.T_ANSWER),
        ("Q", d.T_QUESTION),
        ("R", d.T_ANSWER),
    ]
    assert doc.turns[1].role == "Spokesperson of the Ministry for Europe and Foreign Affairs"
