"""Who chairs, who asks and who answers in a transcript: the journalist and outlet the chair
introduces before a bare question, and where principals, moderators and journalists sit."""

import pytest

from statements.parsing import document as d
from statements.parsing import parse

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
