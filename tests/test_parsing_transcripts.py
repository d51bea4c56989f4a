"""Telling transcripts from other text, reading their headers, and surviving odd input."""

import datetime
from pathlib import Path

import pytest

from statements.parsing import chrome, parse, transcript
from statements.parsing import document as d
from statements.parsing.text import lines

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = (DATA / "nato-transcript.txt").read_text()


def looks_like(text: str) -> bool:
    source, _ = chrome.strip(lines(text))
    return transcript.looks_like(source)


# --- what is a transcript -----------------------------------------------------------------

ARTICLE = """NATO Chief Details Agenda for Defense Meeting

NATO defense ministers are meeting in Belgium, NATO Secretary General Jens Stoltenberg said today.

"We must keep our technological edge," Stoltenberg said. "Future conflicts will be fought not
just with bullets and bombs, but also with bytes and big data."

A man stands at a podium.
Jens Stoltenberg
NATO Secretary General Jens Stoltenberg speaks in Brussels, Oct. 20, 2021.
Photo By: NATO
VIRIN: 211020-O-D0439-006

The message was clear: "We will not mirror Russia's actions," he said.

A man at a lectern.
Jens Stoltenberg
NATO Secretary General Jens Stoltenberg in a press conference in Brussels, Oct. 20, 2021.
Photo By: NATO
VIRIN: 211020-O-D0439-1001
"""


def test_a_news_article_with_quotations_is_not_a_transcript():
    assert not looks_like(ARTICLE)
    assert not looks_like(
        (DATA / "transcripts" / "nato-doorstep.txt")
        .read_text()
        .replace("Doorstep statement", "Allies welcome Finland")
    )


def test_the_corpus_sample_and_a_doorstep_without_labels_are_transcripts():
    assert looks_like(SAMPLE)
    assert looks_like((DATA / "transcripts" / "nato-doorstep.txt").read_text())


def test_several_labels_without_a_header_make_a_transcript():
    text = (
        "MODERATOR: Welcome.\n\nJOHN SMITH: Thank you.\n\nQUESTION: Why?\n\nJOHN SMITH: Because.\n"
    )
    assert looks_like(text)
    doc = parse(text)
    assert doc.format == "transcript" and doc.kind == d.PRESS_CONFERENCE
    assert doc.title == "MODERATOR: Welcome."


def test_plain_prose_and_a_list_of_notes_are_not_transcripts():
    assert not looks_like("We met today.\n\nThe weather was fine.\n")
    assert not looks_like("Background: this is a note.\n\nWhy It Matters: Allies agree.\n")


# --- headers -----------------------------------------------------------------------------


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


# --- the moderator's introductions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("chair", "introduction", "name", "outlet"),
    [
        (
            "Moderator",
            "We will start with Matthias Kolb from Suddeutsche Zeitung.",
            "Matthias Kolb",
            "Suddeutsche Zeitung",
        ),
        (
            "Moderator",
            "Next question to Lorne Cook of the Associated Press.",
            "Lorne Cook",
            "Associated Press",
        ),
        ("Moderator", "We'll go to Jane's Brooks Tigner, also online.", "Brooks Tigner", "Jane's"),
        ("Moderator", "First question goes to Lita Baldor, AP.", "Lita Baldor", "AP"),
        ("Moderator", "The gentleman from Reuters, please.", "", "Reuters"),
        (
            "Moderator",
            "We'll go back online to Alf Bjarne Johnsen from VG.",
            "Alf Bjarne Johnsen",
            "VG",
        ),
        # a spokesperson chairs without a moderator's label: her words show it
        (
            "Oana Lungescu, NATO Spokesperson",
            "Thank you. We'll go to Wall Street Journal.",
            "",
            "Wall Street Journal",
        ),
        ("Oana Lungescu, NATO Spokesperson", "RFE/RL.", "", "RFE/RL"),
        (
            "Oana Lungescu, NATO Spokesperson",
            "We'll start with Reuters. Robin Emmott.",
            "Robin Emmott",
            "Reuters",
        ),
        (
            "Oana Lungescu, NATO Spokesperson",
            "Next question, Tara Copp, Defense One.",
            "Tara Copp",
            "Defense One",
        ),
    ],
)
def test_a_bare_question_takes_the_journalist_the_chair_introduced(
    chair, introduction, name, outlet
):
    doc = parse(
        "Press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n07 Oct. 2021\n\n"
        f"Good afternoon.\n\n{chair}: {introduction}\n\nQ: Is NATO ready?\n\n"
        "Jens Stoltenberg: Yes.\n"
    )
    assert doc.turns[1].kind == d.T_MODERATION
    assert doc.questioners() == [{"name": name, "outlet": outlet}]
    assert doc.exchanges[0].journalist == name and doc.exchanges[0].outlet == outlet


def test_a_named_question_without_outlet_takes_the_outlet_the_moderator_named():
    doc = parse(
        "Press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n07 Oct. 2021\n\n"
        "Good afternoon.\n\nModerator: Next question from Reuters.\n\n"
        "John Smith: Is NATO ready?\n\nJens Stoltenberg: Yes.\n\n"
        "Moderator: Next question.\n\nQ: And Russia?\n\nJens Stoltenberg: No.\n"
    )
    assert doc.questioners() == [
        {"name": "John Smith", "outlet": "Reuters"},
        {"name": "", "outlet": ""},
    ]


def test_a_question_the_moderator_reads_out_is_the_journalists_and_gets_its_answer():
    doc = parse(
        "Online press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n22 Oct. 2020\n\n"
        "Good afternoon.\n\nModerator: We have a question from Teri Schultz of NPR: "
        '"Secretary General, will NATO send more troops to the Baltic states?"\n\n'
        "Jens Stoltenberg: We have already increased our presence.\n"
    )
    question, answer = doc.turns[1:]
    assert (question.kind, question.speaker, question.outlet) == (
        d.T_QUESTION,
        "Teri Schultz",
        "NPR",
    )
    assert question.speaker_label == "Moderator"  # who read it out stays visible
    assert answer.kind == d.T_ANSWER and doc.exchanges[0].turns == [1, 2]


def test_an_abbreviated_label_outlet_resolves_to_the_name_the_moderator_used():
    doc = parse(
        "Press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n07 Oct. 2021\n\n"
        "Moderator: Next, Agence France-Presse, Jane Doe from Agence France-Presse.\n\n"
        "Jane Doe (AFP): Is NATO ready?\n\nJens Stoltenberg: Yes.\n\n"
        "Moderator: And John Roe.\n\nJohn Roe (AFP): And Russia?\n\nJens Stoltenberg: No.\n"
    )
    assert [q["outlet"] for q in doc.questioners()] == ["Agence France-Presse"] * 2
    assert doc.outlet_aliases == {"AFP": "Agence France-Presse"}


# --- who sits where -------------------------------------------------------------------------


def test_a_parenthesis_of_someone_who_answers_is_an_affiliation_not_an_outlet():
    doc = parse(
        "Joint press conference\n\n07 Oct. 2021\n\n"
        "Kaja Kallas (Estonia): Good afternoon. Estonia is a proud Ally.\n\n"
        "Moderator: Questions. Jane Doe from Reuters.\n\n"
        "Jane Doe (Reuters): Prime Minister, more troops?\n\nKaja Kallas (Estonia): Yes.\n\n"
        "Jane Doe (Reuters): When?\n\nKaja Kallas (Estonia): Soon.\n"
    )
    assert doc.speakers() == [{"name": "Kaja Kallas", "role": "Estonia"}]
    assert doc.questioners() == [{"name": "Jane Doe", "outlet": "Reuters"}]
    assert [t.kind for t in doc.turns if t.speaker == "Kaja Kallas"] == [
        d.T_STATEMENT,
        d.T_ANSWER,
        d.T_ANSWER,
    ]


def test_unlabelled_opening_words_go_to_the_principal_who_answers():
    doc = parse(
        "Good afternoon, everyone.\n\nKaja Kallas (Estonia): Hello.\n\nQ: Why?\n\n"
        "Kaja Kallas (Estonia): Because.\n\nQ: And then?\n\nKaja Kallas (Estonia): We act.\n"
    )
    assert [(t.speaker, t.kind) for t in doc.turns][:2] == [
        ("Kaja Kallas", d.T_STATEMENT),
        ("Kaja Kallas", d.T_STATEMENT),
    ]
    assert doc.speakers() == [{"name": "Kaja Kallas", "role": "Estonia"}]


def test_a_principal_who_hands_over_to_another_without_questions_is_no_moderator():
    opening = "Allies agreed today to strengthen our deterrence and defence. " * 12
    doc = parse(
        f"JENS STOLTENBERG: {opening}With that, I give the floor to the Prime Minister.\n\n"
        "KAJA KALLAS: Thank you, Jens. Estonia is a proud Ally.\n\n"
        "JENS STOLTENBERG: Thank you, Kaja.\n"
    )
    assert [(t.speaker, t.kind) for t in doc.turns] == [
        ("Jens Stoltenberg", d.T_STATEMENT),
        ("Kaja Kallas", d.T_STATEMENT),
        ("Jens Stoltenberg", d.T_STATEMENT),
    ]


def test_an_answer_that_ends_by_naming_the_next_journalist_attributes_the_next_question():
    doc = parse(
        "MR. KIRBY: Good afternoon. With that, Lita?\n\nQ: Why?\n\n"
        "MR. KIRBY: Because. Next question goes to Tara Copp, Defense One.\n\n"
        "Q: And China?\n\nMR. KIRBY: China is a challenge.\n"
    )
    assert doc.turns[2].kind == d.T_ANSWER and doc.turns[2].text.startswith("Because.")
    assert doc.questioners()[1] == {"name": "Tara Copp", "outlet": "Defense One"}
    assert len(doc.exchanges) == 2


# --- interviews and other issuers' headers ------------------------------------------------------


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


# --- odd input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Q:",
        "Q:\nQ:\nMODERATOR:\n",
        "Moderator:\n\nJens Stoltenberg:\n\nQ:\n",
        "Press Conference\nby",
        "Q: (unclosed parenthesis",
        "Question [",
        "Interpreter:\n[Interpretation]\nInterpreter: text",
        "A.\nQ.\nA. b\nQ. c",
        "• |\n• Last updated:\n• Last updated: 99 Foo 2021",
        "Name (:",
        "(((\n[[[\n)))",
    ],
)
def test_odd_input_parses_without_raising(text):
    doc = parse(text)
    assert doc.summary()["format"] in ("transcript", "plain")


def test_a_transcript_prefix_and_an_end_mark_stay_out_of_title_and_speech():
    doc = parse(
        "Transcript: Press conference by NATO Secretary General Jens Stoltenberg\n07 Oct. 2021\n"
        "Good afternoon.\n\nReuters: Why?\n\nJens Stoltenberg: Because.\n\n[END]\n"
    )
    assert doc.title == "Press conference by NATO Secretary General Jens Stoltenberg"
    assert doc.turns[-1].text == "Because." and doc.dropped == ["[END]"]
    assert doc.questioners() == [{"name": "", "outlet": "Reuters"}]


def test_a_label_with_nothing_after_it_makes_no_empty_turn():
    doc = parse(
        "MODERATOR:\n\nJOHN SMITH: Hello.\n\nQUESTION:\n\nJOHN SMITH: Bye.\n\nQUESTION: Why?\n"
    )
    assert all(t.text for t in doc.turns)
    assert [t.text for t in doc.turns] == ["Hello.", "Bye.", "Why?"]


def test_crlf_tabs_non_breaking_spaces_and_curly_quotes_read_like_plain_text():
    messy = (
        SAMPLE.replace("\n", "\r\n")
        .replace("Oana Lungescu, spokesperson:", "Oana\u00a0Lungescu,\tspokesperson:")
        .replace("That's correct.", "That’s correct.")
    )
    doc, clean = parse(messy), parse(SAMPLE)
    assert [(t.speaker, t.kind) for t in doc.turns] == [(t.speaker, t.kind) for t in clean.turns]
    assert doc.questioners() == clean.questioners()


def test_a_five_megabyte_transcript_parses_whole():
    copies = 5_000_000 // len(SAMPLE) + 1
    doc = parse("\n".join([SAMPLE] * copies))
    assert doc.n_questions() == 5 * copies
    assert len(doc.exchanges) >= 5 * copies - copies  # follow-ups across copies may merge
