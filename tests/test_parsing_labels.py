"""Speaker labels in every style transcripts print them, and colons that are not labels."""

import pytest

from statements.parsing import document as d
from statements.parsing import labels, parse

HEADER = (
    "Press conference\n\nby NATO Secretary General Jens Stoltenberg in Brussels\n\n07 Oct. 2021\n\n"
)


@pytest.mark.parametrize(
    ("line", "kind", "name", "role", "outlet"),
    [
        (
            "Jens Stoltenberg, Secretary General: Well,",
            "person",
            "Jens Stoltenberg",
            "Secretary General",
            "",
        ),
        ("Oana Lungescu, spokesperson:  We will", "person", "Oana Lungescu", "spokesperson", ""),
        ("Matthias Kolb (SDZ): Secretary General,", "person", "Matthias Kolb", "", "SDZ"),
        (
            "Brooks Tigner (Jane’s Defence Weekly): Yes.",
            "person",
            "Brooks Tigner",
            "",
            "Jane’s Defence Weekly",
        ),
        (
            "Kaja Kallas (Prime Minister of Estonia): Thank",
            "person",
            "Kaja Kallas",
            "Prime Minister of Estonia",
            "",
        ),
        (
            "Oana Lungescu (NATO Spokesperson): Good",
            "person",
            "Oana Lungescu",
            "NATO Spokesperson",
            "",
        ),
        (
            "NATO Secretary General Jens Stoltenberg: Thank",
            "person",
            "Jens Stoltenberg",
            "NATO Secretary General",
            "",
        ),
        (
            "Prime Minister of Estonia Kaja Kallas: We",
            "person",
            "Kaja Kallas",
            "Prime Minister of Estonia",
            "",
        ),
        ("JENS STOLTENBERG: Good", "person", "Jens Stoltenberg", "", ""),
        ("MR. KIRBY: Thanks", "person", "Kirby", "", ""),
        ("MS. PSAKI: Hi", "person", "Psaki", "", ""),
        ("MR PRICE: Good afternoon", "person", "Price", "", ""),
        ("SECRETARY AUSTIN: Thanks", "person", "Austin", "Secretary", ""),
        (
            "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Well",
            "person",
            "Lloyd J. Austin III",
            "Secretary of Defense",
            "",
        ),
        ("PRESS SECRETARY JOHN F. KIRBY: Good", "person", "John F. Kirby", "Press Secretary", ""),
        (
            "Chair of the NATO Military Committee, Admiral Rob Bauer: Thank",
            "person",
            "Rob Bauer",
            "Chair of the NATO Military Committee",
            "",
        ),
        ("THE PRESIDENT: Thank you", "person", "", "President", ""),
        ("Spokesman:  Edie.", "person", "", "Spokesman", ""),
        ("MINISTER REZNIKOV (through interpreter): We", "person", "Reznikov", "Minister", ""),
        ("Q: Thank you.", "question", "", "", ""),
        ("Q. Mr Borrell, on Belarus: are", "question", "", "", ""),
        ("Q Thanks, Jen.", "question", "", "", ""),
        ("QUESTION: Thanks, Ned.", "question", "", "", ""),
        ("Question: Steph, on", "question", "", "", ""),
        ("Q (Lorne Cook, AP): Secretary General", "question", "Lorne Cook", "", "AP"),
        (
            "Question (Teri Schultz - Deutsche Welle): Prime",
            "question",
            "Teri Schultz",
            "",
            "Deutsche Welle",
        ),
        (
            "Question [Olena Removska, Radio Liberty]: Mr",
            "question",
            "Olena Removska",
            "",
            "Radio Liberty",
        ),
        ("Q: (Lorne Cook, AP) Secretary General", "question", "Lorne Cook", "", "AP"),
        ("Correspondent: Thank you.", "question", "", "", ""),
        ("Moderator: Good afternoon", "moderator", "", "", ""),
        ("MODERATOR: Next question", "moderator", "", "", ""),
        ("STAFF: Thank you, sir.", "moderator", "", "", ""),
        ("Interpreter: We expect", "interpreter", "", "", ""),
        ("Question from the audience: Thank you", "question", "", "", ""),
        ("Interviewer: Secretary General,", "question", "", "", ""),
        (
            "NATO Spokesperson, Oana Lungescu: Good",
            "person",
            "Oana Lungescu",
            "NATO Spokesperson",
            "",
        ),
        ("UNIDENTIFIED SPEAKER: Thank you", "person", "", "", ""),
        ("Reuters: Secretary General, why?", "question", "", "", "Reuters"),
        ("Press: One more question.", "question", "", "", ""),
        (
            "H.E. Mr. Dmytro Kuleba, Minister of Foreign Affairs of Ukraine: Thank",
            "person",
            "Dmytro Kuleba",
            "Minister of Foreign Affairs of Ukraine",
            "",
        ),
        ("[Interpretation] We expect", "interpreter", "", "", ""),
    ],
)
def test_a_label_style_gives_who_speaks(line, kind, name, role, outlet):
    label = labels.read(line)
    assert (label.kind, label.name, label.role, label.outlet) == (kind, name, role, outlet)
    assert label.text and line.endswith(label.text)


@pytest.mark.parametrize(
    "line",
    [
        "The message is clear: we will defend every inch of Allied territory.",
        "Note: the ceremony starts at 16:30.",
        "Brussels 16:30 local time",
        "Photo By: NATO",
        "VIRIN: 211020-O-D0439-006",
        "Thank you. Next question: please go ahead.",
        "Yes, and then: what happens next?",
        "https://www.nato.int/cps/en/natohq/opinions.htm",
        "we discussed three things: Russia, China and terrorism.",
        "Dear friends: welcome to Brussels.",
        "Ladies and Gentlemen: the Alliance is strong.",
        "Question, however, remains: who pays?",
        "AP Photo: Jens Stoltenberg in Brussels.",
        "News: Allies agree.",
    ],
)
def test_a_colon_in_prose_is_not_a_label(line):
    assert labels.read(line) is None


def test_an_interpreted_speaker_keeps_the_name_and_is_marked():
    label = labels.read("President Zelenskyy [Interpretation]: Dear Jens")
    assert (label.name, label.role, label.interpreted) == ("Zelenskyy", "President", True)
    assert label.printed == "President Zelenskyy [Interpretation]"


def test_unlabelled_paragraphs_belong_to_the_previous_speaker():
    doc = parse(
        HEADER + "Moderator: Welcome.\n\nJens Stoltenberg: First point.\n\n"
        "Second point.\n\nThird point: the most important one.\n"
    )
    assert [(t.speaker_label, t.text) for t in doc.turns] == [
        ("Moderator", "Welcome."),
        (
            "Jens Stoltenberg",
            "First point.\n\nSecond point.\n\nThird point: the most important one.",
        ),
    ]


def test_a_label_alone_on_its_line_takes_the_lines_below_it():
    doc = parse(
        HEADER + "JENS STOLTENBERG\nGood afternoon.\nWe met today.\n\n"
        "QUESTION\nIs Russia a threat?\n\nJENS STOLTENBERG\nYes.\n"
    )
    assert [(t.speaker, t.kind, t.text) for t in doc.turns] == [
        ("Jens Stoltenberg", d.T_STATEMENT, "Good afternoon.\nWe met today."),
        ("", d.T_QUESTION, "Is Russia a threat?"),
        ("Jens Stoltenberg", d.T_ANSWER, "Yes."),
    ]


def test_a_q_alone_on_its_line_opens_a_question():
    doc = parse(
        HEADER + "Good morning.\n\nQ\nWhat about Ukraine?\n\nJens Stoltenberg: We support it.\n"
    )
    assert [t.kind for t in doc.turns] == [d.T_STATEMENT, d.T_QUESTION, d.T_ANSWER]


def test_a_journalist_who_names_themself_after_a_bare_q_is_the_questioner():
    doc = parse(
        HEADER + "Moderator: Questions, please.\n\n"
        "Q: Lorne Cook, AP. Secretary General, what next?\n\nJens Stoltenberg: We will see.\n"
    )
    assert doc.questioners() == [{"name": "Lorne Cook", "outlet": "AP"}]
    assert doc.turns[1].text.startswith("Lorne Cook, AP. Secretary General")


def test_answer_markups_go_to_the_principal():
    doc = parse(HEADER + "Q: Is NATO ready?\n\nA: NATO is ready.\n")
    assert [(t.speaker, t.kind) for t in doc.turns] == [
        ("", d.T_QUESTION),
        ("Jens Stoltenberg", d.T_ANSWER),
    ]


def test_a_role_label_resolves_to_the_person_the_header_names():
    doc = parse(
        "Press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n07 Oct. 2021\n\n"
        "SECRETARY GENERAL: Good afternoon.\n\nQUESTION: What about Russia?\n\n"
        "SECRETARY GENERAL: Russia must stop.\n"
    )
    assert [(t.speaker, t.role, t.speaker_label) for t in doc.turns if t.speaker] == [
        ("Jens Stoltenberg", "Secretary General", "SECRETARY GENERAL"),
        ("Jens Stoltenberg", "Secretary General", "SECRETARY GENERAL"),
    ]


def test_a_role_label_takes_the_name_the_moderator_gives_when_the_header_gives_none():
    doc = parse(
        "Press conference\n\nby the NATO Secretary General following the meeting\n\n07 Oct. 2021\n\n"
        "MODERATOR: Good afternoon. Secretary General Jens Stoltenberg will start.\n\n"
        "SECRETARY GENERAL: Good afternoon.\n\nQUESTION: Why?\n\nSECRETARY GENERAL: Because.\n"
    )
    assert doc.speakers() == [{"name": "Jens Stoltenberg", "role": "Secretary General"}]


def test_a_parenthesis_is_an_outlet_or_a_role_as_its_words_say():
    doc = parse(
        HEADER
        + "Oana Lungescu (NATO Spokesperson): Good afternoon. First, Jane Doe from Reuters.\n\n"
        "Jane Doe (Reuters): Is NATO ready?\n\n"
        "Jens Stoltenberg (NATO Secretary General): NATO is ready.\n"
    )
    assert [(t.speaker, t.role, t.outlet, t.kind) for t in doc.turns] == [
        ("Oana Lungescu", "NATO Spokesperson", "", d.T_MODERATION),
        ("Jane Doe", "", "Reuters", d.T_QUESTION),
        ("Jens Stoltenberg", "NATO Secretary General", "", d.T_ANSWER),
    ]


def test_markdown_emphasis_and_recording_time_codes_do_not_hide_labels():
    doc = parse(
        "**Moderator:** Welcome.\n\n**Jens Stoltenberg:** Thank you.\n\n"
        "**Question (Reuters):** Why?\n\nJens Stoltenberg: (01:02) Because.\n"
    )
    assert [(t.speaker_label, t.kind, t.text) for t in doc.turns] == [
        ("Moderator", d.T_MODERATION, "Welcome."),
        ("Jens Stoltenberg", d.T_STATEMENT, "Thank you."),
        ("Question (Reuters)", d.T_QUESTION, "Why?"),
        ("Jens Stoltenberg", d.T_ANSWER, "Because."),
    ]


def test_numbered_speakers_of_an_automatic_transcript_are_told_apart_by_what_they_do():
    doc = parse(
        "Speaker 1: (00:01)\nWelcome to this press conference. First question, please.\n\n"
        "Speaker 2: (00:10)\nWhat about Russia?\n\nSpeaker 3: (00:15)\nRussia must withdraw.\n\n"
        "Speaker 1: (00:30)\nNext question.\n\nJournalist 2: And China?\n\n"
        "Speaker 3: (00:40)\nChina is a challenge.\n"
    )
    assert [(t.speaker_label, t.kind) for t in doc.turns] == [
        ("Speaker 1", d.T_MODERATION),
        ("Speaker 2", d.T_QUESTION),
        ("Speaker 3", d.T_ANSWER),
        ("Speaker 1", d.T_MODERATION),
        ("Journalist 2", d.T_QUESTION),
        ("Speaker 3", d.T_ANSWER),
    ]
    assert doc.turns[1].text == "What about Russia?"


def test_an_acronym_outlet_keeps_its_capitals_unless_the_whole_label_is_in_capitals():
    doc = parse(
        HEADER + "Moderator: Next.\n\nJohn Smith (RTBF): Why?\n\nJens Stoltenberg: Because.\n\n"
        "QUESTION (JANE DOE, SKY NEWS): And?\n\nJens Stoltenberg: No.\n"
    )
    assert [q["outlet"] for q in doc.questioners()] == ["RTBF", "Sky News"]
