"""Publishers' own formats, declared as profiles: time-coded transcripts, UN noon briefings,
Pentagon and State Department briefers named in the header, and mirror sites' page chrome."""

from pathlib import Path

import pytest

from statements.parsing import document as d
from statements.parsing import parse, profiles
from statements.parsing.text import decode

DATA = Path(__file__).resolve().parent / "data" / "profiles"


def load(name: str) -> d.ParsedDocument:
    return parse(decode((DATA / name).read_bytes())[0])


def kinds(doc):
    return [(t.speaker_label, t.kind) for t in doc.turns]


# --- time-coded labels of transcription services ------------------------------------------


def test_a_time_coded_transcript_keeps_its_questions():
    doc = load("rev-psaki-briefing.txt")
    assert doc.n_questions() == 4
    assert kinds(doc)[2:6] == [
        ("Speaker 1", d.T_QUESTION),
        ("Jen Psaki", d.T_ANSWER),
        ("Speaker 1", d.T_QUESTION),
        ("Jen Psaki", d.T_ANSWER),
    ]
    assert len(doc.exchanges) == 3


def test_a_named_reporter_speaking_after_the_briefer_asks():
    doc = load("rev-psaki-briefing.txt")
    assert doc.speakers() == [{"name": "Jen Psaki", "role": ""}]
    doocy = next(t for t in doc.turns if t.speaker_label == "Peter Doocy")
    assert doocy.kind == d.T_QUESTION
    assert doc.kind == d.PRESS_CONFERENCE  # one briefer answers: not a joint press conference


def test_a_time_coded_label_is_not_part_of_the_speech():
    doc = load("rev-psaki-briefing.txt")
    assert doc.turns[0].text.startswith("Good afternoon. Okay.")
    assert not any("(00:" in t.text or "(05:" in t.text for t in doc.turns)


def test_the_transcription_services_chrome_is_neither_title_nor_speech():
    doc = load("rev-psaki-briefing.txt")
    assert doc.title.startswith("Jen Psaki White House Press Conference Transcript October 7")
    spoken = "\n".join(t.text for t in doc.turns)
    for chrome in ["Transcribe Your Own Content", "Try Rev", "Start Your Free Trial", "Rev Blog"]:
        assert chrome not in spoken and chrome not in doc.subtitle
    assert doc.turns[-1].text == "Thanks, everyone."


def test_a_moderator_in_a_time_coded_transcript_still_gives_the_floor():
    text = (
        "NATO Secretary General Press Conference Transcript\n\n"
        "Mark Rutte: (00:03)\nGood afternoon.\n\n"
        "Allison Hart: (01:20)\nWe'll take questions. Lorne Cook, Associated Press.\n\n"
        "Lorne Cook: (01:26)\nHas Spain agreed?\n\n"
        "Mark Rutte: (01:33)\nSpain is part of the agreement.\n"
    )
    doc = parse(text)
    assert [t.kind for t in doc.turns] == [
        d.T_STATEMENT,
        d.T_MODERATION,
        d.T_QUESTION,
        d.T_ANSWER,
    ]


@pytest.mark.parametrize(
    "line, label",
    [
        ("Jen Psaki: (00:00)", "Jen Psaki"),
        ("Speaker 1: (05:12)", "Speaker 1"),
        ("Speaker 12: (1:05:12)", "Speaker 12"),
        ("Jen Psaki: (00:00) Good afternoon.", ""),
        ("The time: (00:00) is not a label line when speech follows", ""),
    ],
)
def test_time_coded_label_lines(line, label):
    assert profiles.timecoded_label(line) == label


# --- UN noon briefings ----------------------------------------------------------------------


def test_the_un_spokesman_named_in_the_preface_speaks_with_his_role():
    doc = load("un-noon-briefing.txt")
    assert doc.speakers() == [
        {"name": "Stéphane Dujarric", "role": "Spokesman for the Secretary-General"}
    ]
    assert {t.speaker for t in doc.turns if t.speaker_label == "Spokesman"} == {"Stéphane Dujarric"}
    assert doc.n_questions() == 4


def test_the_un_page_header_lines_are_not_the_title_or_speech():
    doc = load("un-noon-briefing.txt")
    assert doc.title == (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
    )
    assert (doc.kind, doc.organisation, str(doc.date)) == (
        d.BRIEFING,
        "United Nations",
        "2021-10-07",
    )
    spoken = "\n".join(t.text for t in doc.turns)
    assert "Department of Public Information" not in spoken
    assert "Meetings Coverage" not in spoken
    assert doc.turns[0].text.startswith("Ukraine\n\nGood afternoon.")  # its sections kept


# --- Pentagon and State Department: the briefer named in the header -------------------------


def test_a_pentagon_briefer_named_in_the_title_is_the_speaker_of_his_labels():
    doc = load("dod-kirby-briefing.txt")
    assert doc.speakers() == [{"name": "John F. Kirby", "role": "Press Secretary"}]
    assert {t.speaker for t in doc.turns if t.speaker_label == "MR. KIRBY"} == {"John F. Kirby"}


def test_a_pentagon_press_secretary_speaks_for_the_department_of_defense():
    doc = load("dod-kirby-briefing.txt")
    assert (doc.kind, doc.organisation) == (d.BRIEFING, "U.S. Department of Defense")


def test_a_state_department_briefer_named_in_the_title_speaks_with_name_and_role():
    doc = load("state-price-briefing.txt")
    assert doc.speakers() == [{"name": "Ned Price", "role": "Department Spokesperson"}]
    assert {t.speaker for t in doc.turns if t.speaker_label == "MR PRICE"} == {"Ned Price"}
    assert (doc.kind, doc.organisation) == (d.BRIEFING, "U.S. Department of State")
    assert doc.n_questions() == 3


# --- mirror pages: video sites, aggregators, defence portals --------------------------------


def test_a_video_sites_chrome_never_becomes_the_title():
    doc = load("video-mirror-briefing.txt")
    assert doc.title == "White House Daily Briefing"
    spoken = "\n".join(t.text for t in doc.turns)
    for chrome in ["Skip to player", "Watch live", "Sign in", "hiring", "cookies", "Subscribe"]:
        assert chrome not in spoken
    assert doc.n_questions() == 2


@pytest.mark.parametrize(
    "chrome",
    [
        "Skip to player",
        "Skip to content",
        "Watch live",
        "We're hiring! See our open jobs",
        "Jobs at Defence Online",
        "Advertisement",
        "Story continues below advertisement",
        "Sign up for our daily newsletter",
        "This website uses cookies to improve your experience.",
        "Department of Public Information • News and Media Division • New York",
        "Subscribe to our channel",
        "Latest news",
    ],
)
def test_mirror_page_chrome_above_a_story_is_not_its_title(chrome):
    text = (
        f"{chrome}\n\nAllies Agree New Air Defence Plan\n\n7 October 2021\n\n"
        "NATO defence ministers agreed a new plan for air and missile defence on Thursday, "
        "the Secretary General said at the end of the meeting in Brussels.\n\n"
        '"This is a strong signal," he said.\n'
    )
    assert parse(text).title == "Allies Agree New Air Defence Plan"
