"""Naming the journalist of a question where the text names them, and saying how it does.

The label may print the name; the briefer may give it with the floor ("Go ahead, Steve."); a
moderator may introduce them ("Let's go to Zeke Miller at AP."); the journalist may name
themself ("Hi, I'm Maria Lopez with Univision."). A first name alone stays as given unless the
document names that journalist in full.
"""

from statements.parsing import document as d
from statements.parsing import parse
from statements.parsing.questioners import floor_given, self_introduction

NBSP = "\u00a0"


def briefing(*paragraphs: str) -> str:
    body = "\n\n".join(
        p.replace("Q ", f"Q{NBSP * 4}", 1) if p[:2] == "Q " else p for p in paragraphs
    )
    return (
        "Press Briefing by Press Secretary Dana Wells\n\nMarch 3, 2023\n\n"
        f"James S. Brady Press Briefing Room\n\n{body}\n\nEND\n"
    )


def asked(doc: d.ParsedDocument) -> list[tuple[str, str, str, str]]:
    """(speaker, named_as, name_source, outlet) of each question."""
    return [
        (t.speaker, t.named_as, t.name_source, t.outlet)
        for t in doc.turns
        if t.kind == d.T_QUESTION
    ]


def test_the_briefer_names_the_journalist_as_they_give_the_floor():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. I have one thing at the top. Go ahead, Steve.",
            "Q Thanks, Dana. Is the deal done?",
            "MS. WELLS: Not yet. Yes, Jeff Mason.",
            "Q On Iran: any talks this week?",
            "MS. WELLS: None planned.",
            "Nadia?",
            "Q Thank you. On the border?",
            "MS. WELLS: We are working on it. Andrea, go ahead.",
            "Q A question on trade.",
            "MS. WELLS: Sure. Okay, let's go to Ed.",
            "Q Thanks. Two questions.",
        )
    )
    assert asked(doc) == [
        ("", "Steve", "floor", ""),
        ("Jeff Mason", "Jeff Mason", "floor", ""),
        ("", "Nadia", "floor", ""),
        ("", "Andrea", "floor", ""),
        ("", "Ed", "floor", ""),
    ]
    # a first name alone names nobody: the exchange has no journalist, the JSON keeps the name
    assert doc.exchanges[0].journalist == ""
    first = doc.summary()["turns"][1]
    assert (first["speaker"], first["named_as"], first["name_source"]) == ("", "Steve", "floor")
    assert [q["name"] for q in doc.questioners() if q["name"]] == ["Jeff Mason"]


def test_a_follow_up_by_the_same_journalist_keeps_the_name_the_floor_gave():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Kristen.",
            "Q Is the President going to Ohio?",
            "MS. WELLS: He is, on Friday.",
            "Q And will he meet the governor?",
            "MS. WELLS: He will.",
        )
    )
    assert [a[1] for a in asked(doc)] == ["Kristen", "Kristen"]


def test_words_of_speech_given_with_the_floor_are_no_ones_name():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Oh, go ahead.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet.",
            "Mm-hmm.",
            "Q When, then?",
            "MS. WELLS: Absolutely. Go ahead, in the back.",
            "Q A question on Iran.",
            "MS. WELLS: That's usually how it works, isn't it? (Laughter.)",
            "Q Well, it depends.",
            "MS. WELLS: The President is going to —",
            "Q Do you —",
        )
    )
    assert all(a[:3] == ("", "", "") for a in asked(doc))


def test_a_single_word_without_words_that_give_the_floor_must_be_a_first_name():
    assert floor_given("I have nothing more. Matt.") == (floor_given("Matt.")[0], False)
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead.",
            "Q Is the deal done?",
            "MS. WELLS: Oh, good. Timely.",
            "Q Then what about Iran?",
            "MS. WELLS: Matt.",
            "Q On the border?",
        )
    )
    assert [a[1] for a in asked(doc)] == ["", "", "Matt"]


def test_the_journalist_who_introduces_themself_is_named_with_their_outlet():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, in the back.",
            "Q Hi, I'm Maria Lopez with Univision. On the border: is it open?",
            "MS. WELLS: It is.",
            "Go ahead.",
            "Q Thanks, Dana. Mark Stone, Sky News. Will the President visit London?",
            "MS. WELLS: Not this year.",
        )
    )
    assert asked(doc) == [
        ("Maria Lopez", "Maria Lopez", "introduction", "Univision"),
        ("Mark Stone", "Mark Stone", "introduction", "Sky News"),
    ]
    assert self_introduction("Thank you, Jen. Hi, Brian.") is None
    assert self_introduction("Thanks. On China, U.S. officials said so.", {"officials"}) is None


def test_a_moderator_introduces_the_journalist_and_the_label_may_print_them():
    doc = parse(
        briefing(
            "MR. LOPEZ: Good afternoon. We'll take your questions.",
            "MODERATOR: Let's go to Zeke Miller at AP.",
            "Q Thanks for doing this. Is the booster coming?",
            "MR. LOPEZ: Yes.",
            "MODERATOR: Next, Meg Tirrell, CNBC.",
            "Q Hi. Two questions on testing.",
            "MR. LOPEZ: Sure.",
            "Q (Lorne Cook, AP): And on masks?",
            "MR. LOPEZ: No change.",
        )
    )
    assert asked(doc) == [
        ("Zeke Miller", "Zeke Miller", "moderator", "AP"),
        ("Meg Tirrell", "Meg Tirrell", "moderator", "CNBC"),
        ("Lorne Cook", "Lorne Cook", "label", "AP"),
    ]


def test_a_first_name_alone_is_the_journalist_the_document_names_in_full_once():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead, Steve.",
            "Q Is the deal done?",
            "MS. WELLS: Not yet. Go ahead.",
            "Q Thanks. Steve Holland, Reuters. And on trade?",
            "MS. WELLS: No news. Go ahead, Steve.",
            "Q On Iran?",
        )
    )
    assert [(a[0], a[1]) for a in asked(doc)] == [
        ("Steve Holland", "Steve"),
        ("Steve Holland", "Steve Holland"),
        ("Steve Holland", "Steve"),
    ]


def test_a_first_name_two_journalists_share_stays_unresolved():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Go ahead.",
            "Q Steve Holland, Reuters. Is the deal done?",
            "MS. WELLS: Not yet. Go ahead.",
            "Q Steve Portnoy, CBS. And on trade?",
            "MS. WELLS: No news. Go ahead, Steve.",
            "Q On Iran?",
        )
    )
    assert asked(doc)[-1] == ("", "Steve", "floor", "")


def test_handing_over_to_another_briefer_names_no_journalist():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Joining us is Secretary Brian Deese. Go ahead, Brian.",
            "MR. DEESE: Thanks, Dana. Happy to take questions.",
            "Q Is the deal done?",
            "MR. DEESE: Not yet.",
        )
    )
    assert asked(doc) == [("", "", "", "")]


def test_a_moderator_may_queue_journalists_but_a_name_said_in_passing_expires():
    doc = parse(
        briefing(
            "MODERATOR: Our briefer will read out the call with President Xi Jinping of "
            "China. We'll take Ann Lee from Reuters, then Bo Park from NPR.",
            "MR. LOPEZ: Thanks. The two leaders spoke for three hours.",
            "Q Did they discuss Taiwan?",
            "MR. LOPEZ: They did.",
        )
    )
    assert asked(doc) == [("", "", "", "")]  # introduced before the briefer spoke: expired
    doc = parse(
        briefing(
            "MR. LOPEZ: The two leaders spoke for three hours.",
            "MODERATOR: We'll take Ann Lee from Reuters, then Bo Park from NPR.",
            "Q Did they discuss Taiwan?",
            "MR. LOPEZ: They did.",
            "Q Hi. On trade, any news?",
            "MR. LOPEZ: Briefly.",
        )
    )
    assert [a[0] for a in asked(doc)] == ["Ann Lee", "Bo Park"]


def test_a_question_turn_that_is_cross_talk_or_yields_the_floor_is_not_the_named_one():
    doc = parse(
        briefing(
            "MS. WELLS: Go ahead, Kaitlan.",
            "Q Go ahead, Kaitlan.",
            "MS. WELLS: Go ahead, Joey.",
            "Q (Cross-talk.)",
        )
    )
    assert [a[1] for a in asked(doc)] == ["", ""]


def test_an_outlet_is_named_only_as_an_outlet():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. And COVID.",
            "Q Is the booster coming?",
            "MS. WELLS: I would send that question to the CDC. Go ahead.",
            "Q Thank you, Mr. Secretary. I'm with ABC News, and we have been told otherwise.",
            "MS. WELLS: Sure. For Reuters.",
            "Q For Reuters. Is the deal done?",
            "MS. WELLS: Not yet. Go ahead.",
            "Q I know it's with OIRA now. Any timeline?",
        )
    )
    assert [a[3] for a in asked(doc)] == ["", "ABC News", "Reuters", ""]
