"""Who asked what, read the same way whoever publishes the briefing.

Short texts in the style of the State Department ("QUESTION:", "MR PRICE:"), the Pentagon
("STAFF:", "Q:", "GEN. RYDER:"), a UN noon briefing ("Question:", "Spokesman:") and nato.int
("Robin Emmott (Reuters):"): every question is one turn, the briefer gives the floor by name,
journalists introduce themselves, and greetings never become people or outlets.
"""

from statements.parsing import document as d
from statements.parsing import parse


def asked(doc: d.ParsedDocument) -> list[tuple[str, str, str, str]]:
    """(speaker, named_as, name_source, outlet) of each question."""
    return [
        (t.speaker, t.named_as, t.name_source, t.outlet)
        for t in doc.turns
        if t.kind == d.T_QUESTION
    ]


STATE = """Department Press Briefing - March 3, 2023

Ned Price, Department Spokesperson

Washington, D.C.

2:05 p.m. EST

MR PRICE: Good afternoon. I have one thing at the top, on the earthquake relief. With that, \
Matt, go ahead.

QUESTION: Thanks, Ned. On Russia, is there any reply to the proposal?

MR PRICE: Not yet.

QUESTION: And on China?

MR PRICE: Nothing new to share. Said.

QUESTION: Thank you. Said Arikat, Al-Quds. On the West Bank, will the Secretary travel?

MR PRICE: He has no travel to announce.

QUESTION: Hi, I'm Alex Raufoglu with Turan. On the South Caucasus, any talks?

MR PRICE: We remain engaged.

(The briefing was concluded at 3:01 p.m.)
"""


def test_a_state_department_briefing_names_who_asked_what():
    doc = parse(STATE)
    assert doc.speakers() == [{"name": "Ned Price", "role": "Department Spokesperson"}]
    assert asked(doc) == [
        ("", "Matt", "floor", ""),
        ("", "Matt", "follow_up", ""),  # "And on China?": Matt's follow-up
        ("Said Arikat", "Said Arikat", "introduction", "Al-Quds"),
        ("Alex Raufoglu", "Alex Raufoglu", "introduction", "Turan"),
    ]


PENTAGON = """Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder Holds a Press Briefing

March 3, 2023

STAFF: Good afternoon, everyone. General Ryder.

BRIG. GEN. RYDER: Good afternoon. A few things at the top and then I'll take your questions. \
Lita?

Q: Thank you. Can you say how many troops are deploying?

GEN. RYDER: About 2,000.

Q: And when will they arrive?

GEN. RYDER: In the coming weeks. Let's go to Tara Copp, Defense One.

Q: Thanks. Is the secretary traveling next week?

GEN. RYDER: He is. Okay. Idrees?

Q: Idrees Ali, Reuters. Has the strike been assessed?

GEN. RYDER: Not yet. All right, thank you very much, everybody.
"""


def test_a_pentagon_briefing_names_who_asked_what():
    doc = parse(PENTAGON)
    assert [s["name"] for s in doc.speakers()] == ["Pat Ryder"]
    assert asked(doc) == [
        ("", "Lita", "floor", ""),
        ("", "Lita", "follow_up", ""),  # "And when will they arrive?"
        ("Tara Copp", "Tara Copp", "floor", "Defense One"),
        ("Idrees Ali", "Idrees Ali", "introduction", "Reuters"),
    ]
    staff = doc.turns[0]
    assert (staff.speaker_label, staff.kind) == ("STAFF", d.T_MODERATION)


UN_NOON = """Noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General

3 March 2023

Good afternoon. The Secretary-General is travelling to Doha today.

Questions and Answers

Question: Steph, on Ukraine, has the Secretary-General spoken to the President?

Spokesman: He has not, not this week. Edie?

Question: Thank you, Steph. Is the grain deal going to be renewed?

Spokesman: Talks go on. Yes, Iftikhar.

Question: Thank you. On Pakistan, any reaction?

Spokesman: We are following closely. Okay. Thank you all.
"""


def test_a_un_noon_briefing_names_who_asked_what():
    doc = parse(UN_NOON)
    assert doc.speakers()[0]["name"] == "Stéphane Dujarric"
    assert asked(doc) == [
        ("", "", "", ""),
        ("", "Edie", "floor", ""),
        ("", "Iftikhar", "floor", ""),
    ]


NATO = """Press conference

by NATO Secretary General Jens Stoltenberg following the meeting of NATO Defence Ministers

03 Mar. 2023

(As delivered)

Good afternoon. We have just finished our meeting of Defence Ministers.

NATO Spokesperson: We'll start with Reuters, Robin Emmott.

Robin Emmott (Reuters): Secretary General, will Allies send more air defence?

NATO Secretary General: Allies are stepping up.

NATO Spokesperson: Next, Teri Schultz.

Teri Schultz (NPR): Thank you. On Sweden, when will it join?

NATO Secretary General: As soon as possible.

NATO Spokesperson: Thank you. This concludes the press conference.
"""


def test_a_nato_press_conference_names_who_asked_what():
    doc = parse(NATO)
    assert doc.speakers()[0]["name"] == "Jens Stoltenberg"
    assert asked(doc) == [
        ("Robin Emmott", "Robin Emmott", "label", "Reuters"),
        ("Teri Schultz", "Teri Schultz", "label", "NPR"),
    ]


def test_no_publisher_style_makes_a_person_or_an_outlet_of_a_greeting():
    for text in (STATE, PENTAGON, UN_NOON, NATO):
        doc = parse(text)
        for turn in doc.turns:
            for name in (turn.speaker, turn.named_as, turn.outlet):
                assert not name.startswith(("Thanks", "Thank", "Hi", "Good", "Okay", "Yes"))
