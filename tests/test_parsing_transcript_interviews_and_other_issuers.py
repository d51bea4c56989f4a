"""Interviews and other issuers' transcripts: an interviewer or host who asks every question,
titles that name the principals, update stamps and salutations under the header."""

import datetime

from statements.parsing import document as d
from statements.parsing import parse


def test_an_interviewer_labelled_by_name_asks_each_question_in_its_own_exchange():
    doc = parse(
        "Interview\n\nwith NATO Secretary General Jens Stoltenberg by Christiane Amanpour, CNN\n\n"
        "14 Feb. 2022\n\nChristiane Amanpour: Secretary General, is an invasion imminent?\n\n"
        "Jens Stoltenberg: We see no sign of de-escalation.\n\n"
        "Christiane Amanpour: And if there is one?\n\nJens Stoltenberg: Severe costs.\n\n"
        "Christiane Amanpour: What about China?\n\nJens Stoltenberg: China is a challenge.\n"
    )
    assert doc.kind == d.INTERVIEW
    assert doc.questioners() == [{"name": "Christiane Amanpour", "outlet": "CNN"}]
    assert [len(e.turns) for e in doc.exchanges] == [4, 2]  # "And if ...?" follows up
    assert doc.speakers() == [{"name": "Jens Stoltenberg", "role": "Secretary General"}]


def test_an_interview_host_who_asks_is_the_questioner():
    doc = parse(
        "Video interview\n\nwith NATO Secretary General Jens Stoltenberg\n\n14 Feb. 2022\n\n"
        "Host: Welcome. Is an invasion imminent?\n\nJens Stoltenberg: No sign of de-escalation.\n\n"
        "Host: What would NATO do?\n\nJens Stoltenberg: Impose severe costs.\n"
    )
    assert [t.kind for t in doc.turns] == [d.T_QUESTION, d.T_ANSWER] * 2


def test_a_title_case_title_names_both_principals_for_their_labels():
    doc = parse(
        "Secretary Antony J. Blinken And Ukrainian Foreign Minister Dmytro Kuleba At a Joint "
        "Press Availability\n\nSeptember 8, 2022\n\nSECRETARY BLINKEN: Good afternoon.\n\n"
        "FOREIGN MINISTER KULEBA: Thank you, Tony.\n\nMR PRICE: The first question goes to "
        "Shaun Tandon of AFP.\n\nQUESTION: Mr Secretary, what next?\n\n"
        "SECRETARY BLINKEN: More support.\n\nFOREIGN MINISTER KULEBA: Yes.\n"
    )
    assert doc.kind == d.JOINT_PRESS_CONFERENCE
    assert [s["name"] for s in doc.speakers()] == ["Antony J. Blinken", "Dmytro Kuleba", "Price"]
    assert doc.questioners() == [{"name": "Shaun Tandon", "outlet": "AFP"}]
    assert doc.summary()["exchanges"][0]["answered_by"] == ["Antony J. Blinken", "Dmytro Kuleba"]


def test_the_president_label_resolves_to_the_president_the_title_names():
    doc = parse(
        "News > Briefing Room > Speeches and Remarks\n\nRemarks by President Biden and Prime "
        "Minister Kishida of Japan Before Bilateral Meeting\n\nMay 23, 2022\n\n"
        "THE PRESIDENT: Well, thank you.\n\nPRIME MINISTER KISHIDA: Thank you, Joe.\n"
    )
    assert doc.title.startswith("Remarks by President Biden")
    assert [(t.speaker, t.role) for t in doc.turns] == [
        ("Biden", "President"),
        ("Kishida", "Prime Minister"),
    ]


def test_an_updated_stamp_is_not_the_date_and_a_title_starting_with_update_stays():
    doc = parse(
        "Update on NATO's support to Ukraine\n\n20 Oct. 2021\n\nUpdated: 21 Oct. 2021 09:30\n\n"
        "MODERATOR: Welcome.\n\nOANA LUNGESCU: Allies support Ukraine.\n\nQUESTION: How?\n\n"
        "OANA LUNGESCU: With equipment.\n"
    )
    assert doc.title.startswith("Update on NATO's support to Ukraine")
    assert doc.date == datetime.date(2021, 10, 20)
    assert doc.last_updated == datetime.datetime(2021, 10, 21, 9, 30)


def test_a_chair_who_only_names_outlets_moderates_from_the_start():
    doc = parse(
        "Press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n07 Oct. 2021\n\n"
        "Oana Lungescu: Good afternoon, the Secretary General will start.\n\n"
        "Jens Stoltenberg: Allies met today.\n\nOana Lungescu: Reuters.\n\n"
        "Q: Why?\n\nJens Stoltenberg: Because.\n\nOana Lungescu: AFP.\n\nQ: When?\n\n"
        "Jens Stoltenberg: Soon.\n"
    )
    assert [t.kind for t in doc.turns if t.speaker == "Oana Lungescu"] == [d.T_MODERATION] * 3
    assert [q["outlet"] for q in doc.questioners()] == ["Reuters"]  # bare "Q" keys by label
    assert [e.outlet for e in doc.exchanges] == ["Reuters", "AFP"]


def test_a_salutation_after_the_header_is_speech_not_a_place():
    doc = parse(
        "Speech\n\nby NATO Secretary General Jens Stoltenberg\n\n07 Oct. 2021\n\n"
        "Excellencies\n\nIt is an honour to be here.\n"
    )
    assert doc.location == ""
    assert doc.turns[0].text.startswith("Excellencies")
