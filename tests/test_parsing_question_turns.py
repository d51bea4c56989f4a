"""Question labels of real briefings: every paragraph opened by "Q" is one question turn.

The White House prints "Q" and non-breaking spaces before a question, whatever it begins with
("Thanks, Jen.", "— in '24 —", "(Cross-talk.)"); greetings and openers are speech, never a
questioner's name or outlet; a short question that interrupts an answer is a turn of its own,
and the answer goes on after it.
"""

from statements.parsing import document as d
from statements.parsing import parse

NBSP = "\u00a0"


def briefing(body: str, title: str = "Press Briefing by Press Secretary Dana Wells") -> str:
    return f"{title}\n\nMarch 3, 2023\n\nJames S. Brady Press Briefing Room\n\n{body}\n\nEND\n"


def q(text: str) -> str:
    return f"Q{NBSP * 4}{text}"


def questions(doc: d.ParsedDocument) -> list[d.ParsedTurn]:
    return [t for t in doc.turns if t.kind == d.T_QUESTION]


WHITE_HOUSE = briefing(
    "\n\n".join(
        [
            "MS. WELLS:  Good afternoon. Happy Monday. I have two things at the top.",
            "The first is the budget.  With that, go ahead.",
            q("Thanks, Dana. Happy Monday. On the budget: when will it come out?"),
            "MS. WELLS:  Next week, and the President is going to —",
            q("— in ’24 —"),
            "MS. WELLS:  — in ’24, yes, make the case for it.",
            q("Look, a second one: on Iran, is there a deadline?"),
            "MS. WELLS:  There is none.",
            q("Second, on trade: will he meet the Chancellor?"),
            "MS. WELLS:  He will.",
            q("(Cross-talk.)"),
            "MS. WELLS:  Go ahead, in the back.",
            q("Hi. No, Dana, just quickly: is the trip on?"),
            "MS. WELLS:  It is.",
            q("Okay."),
            "MS. WELLS:  Thanks, everyone.",
            q("Thank you."),
        ]
    )
)


def test_q_and_any_spaces_open_a_question_whatever_the_speech_begins_with():
    doc = parse(WHITE_HOUSE)
    assert [t.text for t in questions(doc)] == [
        "Thanks, Dana. Happy Monday. On the budget: when will it come out?",
        "— in ’24 —",
        "Look, a second one: on Iran, is there a deadline?",
        "Second, on trade: will he meet the Chancellor?",
        "(Cross-talk.)",
        "Hi. No, Dana, just quickly: is the trip on?",
        "Okay.",
        "Thank you.",
    ]
    assert {t.speaker_label for t in questions(doc)} == {"Q"}


def test_greetings_thanks_and_openers_are_never_a_questioner_or_an_outlet():
    doc = parse(WHITE_HOUSE)
    assert all(not t.speaker and not t.outlet for t in questions(doc))
    assert not any(q["name"] or q["outlet"] for q in doc.questioners())
    assert doc.speakers() == [{"name": "Dana Wells", "role": "Press Secretary"}]


def test_a_short_question_that_interrupts_an_answer_is_its_own_turn():
    doc = parse(WHITE_HOUSE)
    kinds = [(t.speaker_label, t.kind) for t in doc.turns[2:5]]
    assert kinds == [("MS. WELLS", d.T_ANSWER), ("Q", d.T_QUESTION), ("MS. WELLS", d.T_ANSWER)]
    # the interjection belongs to the exchange it interrupts
    assert doc.turns[2].exchange == doc.turns[3].exchange == doc.turns[4].exchange


def test_an_answer_goes_on_after_the_question_that_interrupted_it_without_a_new_label():
    text = briefing(
        "\n\n".join(
            [
                "MS. WELLS:  Good afternoon.  Go ahead.",
                q("Is the President running again?"),
                "MS. WELLS:  He has said he intends to, and he is going to —",
                q("— in ’24 —"),
                "— make the case for his record, yes.  And that is all for today.",
                q("And on Iran?"),
                "MS. WELLS:  Nothing new.",
            ]
        )
    )
    doc = parse(text)
    assert [(t.speaker, t.kind, t.text[:14]) for t in doc.turns] == [
        ("Dana Wells", d.T_MODERATION, "Good afternoon"),
        ("", d.T_QUESTION, "Is the Preside"),
        ("Dana Wells", d.T_ANSWER, "He has said he"),
        ("", d.T_QUESTION, "— in ’24 —"),
        ("Dana Wells", d.T_ANSWER, "— make the cas"),
        ("", d.T_QUESTION, "And on Iran?"),
        ("Dana Wells", d.T_ANSWER, "Nothing new."),
    ]
    assert (
        doc.turns[4].line
        == text.split("\n").index(
            "— make the case for his record, yes.  And that is all for today."
        )
        + 1
    )


def test_a_question_that_goes_on_over_several_paragraphs_stays_one_turn():
    text = briefing(
        "\n\n".join(
            [
                "MS. WELLS:  Go ahead.",
                q("Thanks.  Two questions.  The first is on the border."),
                "Is the President going there this month?",
                "MS. WELLS:  Not this month.",
            ]
        )
    )
    doc = parse(text)
    assert len(questions(doc)) == 1
    assert questions(doc)[0].text.endswith("Is the President going there this month?")


def test_a_sentence_with_a_colon_inside_an_answer_is_not_a_speaker():
    text = briefing(
        "\n\n".join(
            [
                "MS. WELLS:  Go ahead.",
                q("What happened?"),
                "MS. WELLS:  Well, I would say, first, there are talks.",
                "Second, I would say: we are committed to the plan.",
                "Back to the United States, in the Mayo Clinic: the study is out.",
                q("Thank you."),
            ]
        )
    )
    doc = parse(text)
    answer = doc.turns[2]
    assert answer.kind == d.T_ANSWER and "Second, I would say:" in answer.text
    assert "Mayo Clinic:" in answer.text
    assert not any(q["name"] or q["outlet"] for q in doc.questioners())


def test_a_label_cut_by_the_line_before_and_a_bare_surname_are_the_briefer():
    text = briefing(
        "\n\n".join(
            [
                "MS. WELLS:  Good afternoon.  Go ahead.",
                q("First question?"),
                "MS. WELLS:  First answer.",
                q("Second question?"),
                "MS. WELLS:  Second answer.",
                q("Third question?"),
                "MS. WELLS:  Third answer.",
                q("Fourth question?"),
                "S. WELLS:  Fourth answer, its label cut by the line before.",
                q("Fifth question?"),
                "WELLS:  Fifth answer.",
            ]
        )
    )
    doc = parse(text)
    assert doc.speakers() == [{"name": "Dana Wells", "role": "Press Secretary"}]
    assert [t.kind for t in doc.turns[-2:]] == [d.T_QUESTION, d.T_ANSWER]
    assert doc.turns[-1].speaker == "Dana Wells" and doc.turns[-1].speaker_label == "WELLS"
    assert len(questions(doc)) == 5


def test_a_misprinted_marker_and_an_aide_are_not_journalists():
    text = briefing(
        "\n\n".join(
            [
                "MR: LOPEZ:  Good afternoon.  We'll take questions.",
                "MODERTOR:  First, let's go to Ann Lee at Reuters.",
                q("Thanks.  Is the deal done?"),
                "MR. LOPEZ:  Not yet.",
                "AIDE:  The plane is about to land.",
                "MR. LOPEZ:  All right, thanks, everybody.",
            ]
        ),
        title="Press Gaggle by Deputy Press Secretary Carl Lopez",
    )
    doc = parse(text)
    kinds = [(t.speaker_label, t.kind) for t in doc.turns]
    assert kinds[0] == ("MR. LOPEZ", d.T_STATEMENT)
    assert kinds[1] == ("MODERTOR", d.T_MODERATION)
    assert ("AIDE", d.T_QUESTION) not in kinds
    assert len(questions(doc)) == 1


def test_an_official_handed_the_question_by_another_answers_it():
    """ "MR. ZIENTS: Dr. Walensky." then "DR. WALENSKY: ..." at length: she answers."""
    long_answer = "We are seeing a steady decline in cases across the country. " * 10
    text = briefing(
        "\n\n".join(
            [
                "MR. ZIENTS:  Good afternoon.  I'll now turn things over to Dr. Walensky.",
                f"DR. WALENSKY:  Thank you, Jeff.  {long_answer}",
                "MR. ZIENTS:  Let's open it up for questions.",
                "MODERATOR:  First, let's go to Ann Lee at Reuters.",
                q("Thanks.  Dr. Walensky, when will the guidance change?"),
                "MR. ZIENTS:  Dr. Walensky.",
                f"DR. WALENSKY:  {long_answer}",
                "MODERATOR:  Next, Bo Park at NPR.",
                q("Is the booster coming?"),
                "MR. ZIENTS:  Yes.",
            ]
        ),
        title="Press Briefing by White House COVID-19 Response Team and Public Health Officials",
    )
    doc = parse(text)
    walensky = [t for t in doc.turns if t.speaker_label == "DR. WALENSKY"]
    assert walensky[-1].kind == d.T_ANSWER
    assert all(t.kind != d.T_QUESTION for t in walensky)
    assert len(questions(doc)) == 2


def test_a_surname_misprinted_in_a_label_is_the_briefer_the_title_names():
    text = briefing(
        "\n\n".join(
            [
                "SECRETARY MAYORKAS:  Good afternoon.",
                q("Is the border open?"),
                "SECRETARY MAYORAKAS:  It is.",
                q("And the asylum rule?"),
                "SECRETARY MAYROKAS:  Under review.",
            ]
        ),
        title="Press Briefing by Secretary of Homeland Security Alejandro Mayorkas",
    )
    doc = parse(text)
    assert {t.speaker for t in doc.turns if t.kind != d.T_QUESTION} == {"Alejandro Mayorkas"}
