"""nato.int transcripts: the corpus sample field by field, and the other formats the site uses."""

import datetime
import json
from pathlib import Path

import pytest

from statements.parsing import document as d
from statements.parsing import parse

DATA = Path(__file__).resolve().parent / "data"


def parsed(name: str) -> d.ParsedDocument:
    return parse((DATA / "transcripts" / name).read_text())


def kinds(doc):
    return [t.kind for t in doc.turns]


def who(doc):
    return [(t.speaker, t.kind) for t in doc.turns]


# --- the corpus sample against its expected parse -----------------------------------------


@pytest.fixture(scope="module")
def sample():
    return parse((DATA / "nato-transcript.txt").read_text())


@pytest.fixture(scope="module")
def expected():
    return json.loads((DATA / "expected" / "nato-transcript.json").read_text())


def test_the_sample_is_read_as_a_transcript_with_its_header(sample, expected):
    assert sample.format == "transcript"
    assert sample.kind == expected["kind"]
    assert sample.organisation == expected["organisation"]
    assert sample.title == expected["title"]
    assert sample.date == datetime.date.fromisoformat(expected["date"])
    assert sample.last_updated.isoformat(timespec="minutes") == expected["last_updated"]
    assert sample.delivery_note == expected["delivery_note"]


def test_the_sample_has_its_speakers_and_questioners(sample, expected):
    assert sample.speakers() == expected["speakers"]
    assert sample.n_questions() == expected["n_questions"]
    for got, want in zip(sample.questioners(), expected["questioners"], strict=True):
        assert got["name"] == want["name"]
        assert got["outlet"] == want["outlet"]
        assert got.get("outlet_as_printed") == want.get("outlet_as_printed")
        for alias in want.get("outlet_aliases", []):
            assert sample.outlet_aliases[alias] == want["outlet"]


def test_the_sample_turns_match_speaker_kind_outlet_start_and_end(sample, expected):
    assert len(sample.turns) == len(expected["turns"])
    for turn, want in zip(sample.turns, expected["turns"], strict=True):
        assert (turn.speaker, turn.kind) == (want["speaker"], want["kind"])
        assert turn.outlet == want.get("outlet", "")
        assert turn.text.startswith(want["starts"])
        assert turn.text.endswith(want.get("ends", turn.text[-10:]))


def test_the_sample_links_each_question_to_its_answer(sample, expected):
    assert len(sample.exchanges) == expected["exchanges"]
    for exchange in sample.exchanges:
        question, answer = (sample.turns[i] for i in exchange.turns)
        assert question.kind == d.T_QUESTION and answer.kind == d.T_ANSWER
        assert answer.speaker == "Jens Stoltenberg"
        assert exchange.journalist == question.speaker and exchange.outlet == question.outlet
        assert question.exchange == answer.exchange == sample.exchanges.index(exchange)


def test_the_sample_header_lines_are_not_in_the_speech(sample):
    spoken = "\n".join(t.text for t in sample.turns)
    assert "Last updated" not in spoken and "(As delivered)" not in spoken and "•" not in spoken


def test_the_opening_statement_goes_to_the_principal_named_only_in_the_subtitle(sample):
    opening = sample.turns[0]
    assert (opening.speaker, opening.role, opening.speaker_label) == (
        "Jens Stoltenberg",
        "Secretary General",
        "",
    )
    assert opening.line == 11  # "Good afternoon."


def test_abbreviated_outlets_keep_the_printed_form_beside_the_full_name(sample):
    kolb = sample.turns[2]
    assert (kolb.outlet, kolb.outlet_label) == ("Suddeutsche Zeitung", "SDZ")
    assert sample.outlet_aliases == {"SDZ": "Suddeutsche Zeitung", "VG": "Verdens Gang"}


# --- other nato.int formats ----------------------------------------------------------------


def test_a_joint_press_conference_has_two_principals_answering_one_question():
    doc = parsed("nato-joint-press-conference.txt")
    assert doc.kind == d.JOINT_PRESS_CONFERENCE and doc.organisation == "NATO"
    assert [s["name"] for s in doc.speakers()] == ["Jens Stoltenberg", "Kaja Kallas"]
    assert doc.speakers()[1]["role"] == "Prime Minister of Estonia"
    first = doc.summary()["exchanges"][0]
    assert first["journalist"] == "Lorne Cook" and first["outlet"] == "Associated Press"
    assert first["answered_by"] == ["Jens Stoltenberg", "Kaja Kallas"]


def test_a_follow_up_by_the_same_journalist_stays_in_the_exchange():
    doc = parsed("nato-joint-press-conference.txt")
    first = doc.exchanges[0]
    assert [doc.turns[i].kind for i in first.turns] == [
        d.T_QUESTION,
        d.T_ANSWER,
        d.T_ANSWER,
        d.T_QUESTION,
        d.T_ANSWER,
    ]
    assert doc.n_questions() == 3 and len(doc.exchanges) == 2
    assert doc.questioners() == [
        {"name": "Lorne Cook", "outlet": "Associated Press", "outlet_as_printed": "AP"},
        {"name": "Teri Schultz", "outlet": "Deutsche Welle", "outlet_as_printed": "DW"},
    ]


def test_opening_statements_of_both_principals_come_before_the_questions():
    doc = parsed("nato-joint-press-conference.txt")
    assert who(doc)[:4] == [
        ("", d.T_MODERATION),
        ("Jens Stoltenberg", d.T_STATEMENT),
        ("Kaja Kallas", d.T_STATEMENT),
        ("", d.T_MODERATION),
    ]
    assert doc.turns[2].text.startswith("Thank you, Jens.")
    assert "The message from Estonia is clear: we need" in doc.turns[2].text


def test_a_doorstep_without_questions_is_one_statement_by_the_principal():
    doc = parsed("nato-doorstep.txt")
    assert (doc.kind, doc.organisation, doc.location) == (d.DOORSTEP, "NATO", "Vilnius, Lithuania")
    assert who(doc) == [("Jens Stoltenberg", d.T_STATEMENT)]
    assert doc.turns[0].text.startswith("Good morning.")
    assert "Note: the accession ceremony will take place at 15:30." in doc.turns[0].text
    assert doc.turns[0].text.endswith("Thank you.")
    assert doc.exchanges == [] and doc.n_questions() == 0


def test_a_keynote_speech_is_a_speech_with_its_delivery_note():
    doc = parsed("nato-speech.txt")
    assert (doc.kind, doc.delivery_note, doc.date) == (
        d.SPEECH,
        "Check against delivery",
        datetime.date(2022, 2, 19),
    )
    assert doc.last_updated == datetime.datetime(2022, 2, 21, 10, 4)
    assert who(doc) == [("Jens Stoltenberg", d.T_STATEMENT)]
    assert "The message from NATO is clear: we are ready" in doc.turns[0].text


def test_an_interpreter_turn_keeps_the_kind_and_speaker_of_what_it_renders():
    doc = parsed("nato-interpreter.txt")
    rendered_question, rendered_answer = (t for t in doc.turns if t.speaker_label == "Interpreter")
    assert (rendered_question.kind, rendered_question.outlet) == (d.T_QUESTION, "Ukrinform")
    assert rendered_question.interpretation
    assert (rendered_answer.kind, rendered_answer.speaker) == (d.T_ANSWER, "Volodymyr Zelenskyy")
    assert doc.n_questions() == 2  # the rendering of a question is not a second question
    assert doc.summary()["exchanges"][1]["answered_by"] == ["Volodymyr Zelenskyy"]


def test_an_interpreted_label_resolves_the_surname_to_the_principal_in_the_header():
    doc = parsed("nato-interpreter.txt")
    assert (doc.turns[0].speaker, doc.turns[0].role) == ("Volodymyr Zelenskyy", "President")
    assert doc.turns[0].speaker_label == "President Zelenskyy [Interpretation]"
    assert doc.kind == d.JOINT_PRESS_CONFERENCE


def test_labels_on_their_own_lines_start_turns_whose_text_follows():
    doc = parsed("nato-own-line-labels.txt")
    assert who(doc) == [
        ("Mircea Geoană", d.T_STATEMENT),
        ("Nicu Popescu", d.T_STATEMENT),
        ("", d.T_MODERATION),
        ("Julia Galkina", d.T_QUESTION),
        ("Nicu Popescu", d.T_ANSWER),
        ("", d.T_MODERATION),
    ]
    assert (
        doc.turns[4].text
        == "Our constitution sets out our neutrality.\n\nThat is not on the agenda."
    )
    assert doc.turns[3].outlet == "Radio Moldova"


def test_labels_in_capitals_become_readable_names_and_keep_the_printed_label():
    doc = parsed("nato-capital-labels.txt")
    assert [s["name"] for s in doc.speakers()] == ["Oana Lungescu", "Jens Stoltenberg"]
    assert doc.turns[1].speaker_label == "JENS STOLTENBERG (NATO SECRETARY GENERAL)"
    assert doc.turns[1].role == "NATO Secretary General"
    assert doc.questioners() == [
        {"name": "Robin Emmott", "outlet": "Reuters", "outlet_as_printed": "REUTERS"},
        {"name": "Ekaterina Shutova", "outlet": "RIA Novosti", "outlet_as_printed": "RIA NOVOSTI"},
    ]
    assert kinds(doc).count(d.T_MODERATION) == 4 and len(doc.exchanges) == 2


def test_an_interview_attributes_bare_questions_to_the_interviewer_in_the_header():
    doc = parsed("nato-interview.txt")
    assert doc.kind == d.INTERVIEW
    assert doc.questioners() == [{"name": "Christiane Amanpour", "outlet": "CNN"}]
    assert [t.speaker for t in doc.turns if t.kind == d.T_ANSWER] == ["Jens Stoltenberg"] * 2


def test_bare_and_named_question_labels_find_their_journalists():
    doc = parsed("nato-question-styles.txt")
    assert doc.questioners() == [
        {"name": "Lorne Cook", "outlet": "AP"},  # the moderator: "First, Lorne Cook, AP."
        {"name": "Thomas Gutschker", "outlet": "Frankfurter Allgemeine Zeitung"},  # in the question
        {"name": "Nick Fiorenza", "outlet": "Janes"},  # "Question (Nick Fiorenza - Janes):"
    ]
    assert doc.turns[0].speaker == "Jens Stoltenberg" and doc.turns[0].kind == d.T_STATEMENT
    assert len(doc.exchanges) == 3


def test_an_older_transcript_with_capital_labels_and_bare_questions_uses_the_outlets_named():
    doc = parsed("nato-2014-press-conference.txt")
    assert doc.speakers() == [
        {"name": "James Appathurai", "role": "NATO Spokesman"},
        {"name": "Anders Fogh Rasmussen", "role": "NATO Secretary General"},
    ]
    assert [e.outlet for e in doc.exchanges] == ["Agence Europe", "Deutsche Welle"]
    assert [len(e.turns) for e in doc.exchanges] == [2, 4]  # "And the Russian exercises?"
    assert doc.turns[5].text == "Deutsche Welle." and doc.turns[5].kind == d.T_MODERATION


def test_a_caption_above_the_kind_line_does_not_take_the_title():
    doc = parse(
        "NATO Secretary General Jens Stoltenberg\nPress conference\n"
        "by NATO Secretary General Jens Stoltenberg following the meeting of the North Atlantic "
        "Council in Defence Ministers’ session\n  • 14 Feb. 2023 -\n  • |\n"
        "  • Last updated: 14 Feb. 2023 18:51\n(As delivered)\nGood afternoon.\n\n"
        "NATO Spokesperson Oana Lungescu: Thank you. Reuters.\n\nQuestion: Why?\n\n"
        "NATO Secretary General Jens Stoltenberg: Because.\n"
    )
    assert doc.title.startswith("Press conference by NATO Secretary General Jens Stoltenberg")
    assert (doc.kind, doc.date) == (d.PRESS_CONFERENCE, datetime.date(2023, 2, 14))
    assert doc.turns[0].text == "Good afternoon." and doc.turns[0].speaker == "Jens Stoltenberg"
    assert doc.questioners() == [{"name": "", "outlet": "Reuters"}]
