"""Speakers a briefing labels by their post alone ("THE PRESIDENT:") or by a misprinted
anonymous role ("MODERTOR:"): who they are where the document says it, the post kept where it
does not, and never a person the document names for another post."""

from statements.parsing import document as d
from statements.parsing import parse
from statements.parsing.anonymous import is_anonymous, misprinted_role

NBSP = "\u00a0"


def briefing(*paragraphs: str, title: str = "Press Briefing by Press Secretary Dana Wells") -> str:
    body = "\n\n".join(
        p.replace("Q ", f"Q{NBSP * 4}", 1) if p[:2] == "Q " else p for p in paragraphs
    )
    return f"{title}\n\nMarch 3, 2023\n\nJames S. Brady Press Briefing Room\n\n{body}\n\nEND\n"


def said_by(doc: d.ParsedDocument, label: str) -> set[tuple[str, str]]:
    """(speaker, role) of the turns printed with ``label``."""
    return {(t.speaker, t.role) for t in doc.turns if t.speaker_label == label}


def test_the_president_printed_alone_is_the_president_the_title_names():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. The President will say a word first.",
            "THE PRESIDENT: Thank you all. We passed the bill.",
            "Q Will you sign it today?",
            "THE PRESIDENT: Tonight.",
            title="Remarks by President Joe Carter and Press Secretary Dana Wells",
        )
    )
    assert said_by(doc, "THE PRESIDENT") == {("Joe Carter", "President")}


def test_the_president_printed_alone_is_the_president_the_text_names_most_often():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. President Carter spoke with President Ivanov of Ruritania"
            " this morning. President Carter was clear.",
            "Q Did President Carter raise the border?",
            "THE PRESIDENT: I did, and I will again.",
        )
    )
    assert said_by(doc, "THE PRESIDENT") == {("Carter", "President")}


def test_a_vice_president_or_a_visiting_president_is_not_the_president_of_the_label():
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Vice President Ann Moss led the delegation; President"
            " Ivanov of Ruritania met President Carter, and President Carter thanked President"
            " Ivanov.",
            "Q Was the meeting long?",
            "THE PRESIDENT: Long enough.",
        )
    )
    # two Presidents, each named as often: the label keeps its post and names nobody
    assert said_by(doc, "THE PRESIDENT") == {("", "President")}
    doc = parse(
        briefing(
            "MS. WELLS: Good afternoon. Vice President Ann Moss led the delegation.",
            "Q Was the meeting long?",
            "THE PRESIDENT: Long enough.",
        )
    )
    assert said_by(doc, "THE PRESIDENT") == {("", "President")}


def test_a_misprinted_moderator_label_is_the_moderator_and_keeps_its_spelling():
    doc = parse(
        briefing(
            "MR. LOPEZ: Good afternoon. We'll take your questions.",
            "MODERATOR: Let's go to Zeke Miller at AP.",
            "Q Is the booster coming?",
            "MR. LOPEZ: Yes.",
            "MODERTOR: Next, Meg Tirrell, CNBC.",
            "Q Two questions on testing.",
            "MR. LOPEZ: Sure.",
        )
    )
    misprinted = [t for t in doc.turns if t.speaker_label == "MODERTOR"]
    assert [(t.kind, t.speaker, t.role) for t in misprinted] == [(d.T_MODERATION, "", "Moderator")]
    assert [q["name"] for q in doc.questioners()] == ["Zeke Miller", "Meg Tirrell"]


def test_a_role_misprinted_by_one_letter_is_nobody_in_the_people_index():
    assert misprinted_role("MODERTOR") == "Moderator"
    assert misprinted_role("Operater") == "Operator"
    assert misprinted_role("MODERATOR") == ""  # spelt right: printed as it is
    assert is_anonymous("Modertor") and is_anonymous("Particpant")
    assert not is_anonymous("Moderna") and not is_anonymous("Jennifer")
