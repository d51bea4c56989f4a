"""Article quotations are cut at the quotation marks (issue 14): only the words inside quotation
marks that the text attributes to someone are that person's quotation; the rest stays the
article's narrative, in document order, and a person's page lists only their own words."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command
from hypothesis import given, settings
from hypothesis import strategies as st

from statements.models import Person, Turn
from statements.parsing import parse

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "dod-article.txt"


def story(*paragraphs: str) -> str:
    return (
        "Austin Visits Troops in Poland\n\nBy Jim Garamone, DOD News\n\nOct. 20, 2021\n\n"
        "WASHINGTON — Defense Secretary Lloyd J. Austin III and NATO Secretary General Jens "
        "Stoltenberg met troops today.\n\n" + "\n\n".join(paragraphs) + "\n"
    )


def turns(text: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, text) of each turn after the story's first paragraph."""
    return [(t.kind, t.speaker, t.text) for t in parse(text).turns[1:]]


AUSTIN, STOLTENBERG = "Lloyd J. Austin III", "Jens Stoltenberg"


def test_a_quotation_turn_holds_only_the_words_inside_the_quotation_marks():
    assert turns(story('"We are ready," Austin said. The troops cheered.')) == [
        ("quote", AUSTIN, "We are ready"),
        ("narrative", "", "Austin said. The troops cheered."),
    ]


def test_the_reporters_words_before_and_after_a_quotation_stay_narrative_in_order():
    paragraph = (
        "Russia remains the greatest disturber of the peace, and the regime closed its mission. "
        'Stoltenberg said allies would "defend every inch" of their territory, he added.'
    )
    assert turns(story(paragraph)) == [
        (
            "narrative",
            "",
            "Russia remains the greatest disturber of the peace, and the regime closed its "
            "mission. Stoltenberg said allies would",
        ),
        ("quote", STOLTENBERG, "defend every inch"),
        ("narrative", "", "of their territory, he added."),
    ]


def test_a_quotation_split_by_its_attribution_is_one_turn_and_the_attribution_follows_it():
    paragraph = (
        "Stoltenberg spoke next. “We are ready,” he said, “to act with our allies.” Austin left."
    )
    assert turns(story(paragraph)) == [
        ("narrative", "", "Stoltenberg spoke next."),
        ("quote", STOLTENBERG, "We are ready to act with our allies."),
        ("narrative", "", "he said"),
        ("narrative", "", "Austin left."),
    ]
    split = turns(story('"We stand together," said Austin, "today and tomorrow."'))
    assert split == [
        ("quote", AUSTIN, "We stand together today and tomorrow."),
        ("narrative", "", "said Austin"),
    ]


def test_two_sentences_around_an_attribution_stay_two_quotations():
    assert turns(story('"We are ready," Austin said. "We will act."')) == [
        ("quote", AUSTIN, "We are ready"),
        ("narrative", "", "Austin said."),
        ("quote", AUSTIN, "We will act."),
    ]


def test_two_people_quoted_in_one_paragraph_each_have_their_own_turns():
    paragraph = '"We are ready," Austin said. "So are we," Stoltenberg said.'
    assert turns(story(paragraph)) == [
        ("quote", AUSTIN, "We are ready"),
        ("narrative", "", "Austin said."),
        ("quote", STOLTENBERG, "So are we"),
        ("narrative", "", "Stoltenberg said."),
    ]


def test_curly_and_straight_double_quotes_are_cut_alike():
    straight = turns(story('"We are ready," Austin said.'))
    curly = turns(story("“We are ready,” Austin said."))
    assert (
        straight == curly == [("quote", AUSTIN, "We are ready"), ("narrative", "", "Austin said.")]
    )


def test_british_single_quotes_are_cut_at_the_marks_but_an_apostrophe_is_no_mark():
    paragraph = "‘Our sailors' families are proud’, said Austin, ‘and so am I.’ It's late."
    assert turns(story(paragraph)) == [
        ("quote", AUSTIN, "Our sailors' families are proud and so am I."),
        ("narrative", "", "said Austin"),
        ("narrative", "", "It's late."),
    ]


def test_a_quotation_over_two_paragraphs_is_a_quote_turn_in_each_with_one_speaker():
    text = story(
        "Austin spoke last.",
        '"We will stay as long as it takes. Our allies know it.',
        '"And so does Moscow," he said.',
    )
    assert turns(text) == [
        ("narrative", "", "Austin spoke last."),
        ("quote", AUSTIN, "We will stay as long as it takes. Our allies know it."),
        ("quote", AUSTIN, "And so does Moscow"),
        ("narrative", "", "he said."),
    ]


def test_a_quotation_attributed_to_no_one_named_or_a_scare_quote_stays_narrative():
    for paragraph in (
        'The plan is "sound and well built," the statement said.',
        'Officials called it a "pause" in the talks.',
    ):
        assert turns(story(paragraph)) == [("narrative", "", paragraph)]


def test_a_paragraph_signed_under_it_is_quoted_whole_in_one_turn():
    release = (
        "Press release | 5 March 2024\n\nEU and Ukraine sign security commitments\n\n"
        "Brussels, 5 March 2024\n\nThe European Union and Ukraine today signed joint security "
        'commitments, the Commission said.\n\n"We are ready," said Commissioner Thierry Breton.'
        "\n\nEurope stands by Ukraine for as long as it takes, and this is our promise.\n\n"
        "Ursula von der Leyen, President of the European Commission - 05/03/2024\n"
    )
    signed = parse(release).turns[3]
    assert (signed.kind, signed.speaker) == ("quote", "Ursula von der Leyen")
    assert (
        signed.text == "Europe stands by Ukraine for as long as it takes, and this is our promise."
    )


def test_the_issues_example_the_reporters_sentence_on_russia_is_not_stoltenbergs():
    doc = parse(SAMPLE.read_text())
    russia = next(t for t in doc.turns if "greatest disturber" in t.text)
    assert (russia.kind, russia.speaker) == ("narrative", "")
    assert "We regret this decision" not in russia.text
    regret = next(t for t in doc.turns if t.text.startswith("We regret this decision"))
    assert (regret.kind, regret.speaker) == ("quote", STOLTENBERG)
    assert not any(mark in t.text for t in doc.turns if t.kind == "quote" for mark in '“”"')


@pytest.mark.django_db
def test_a_persons_page_lists_only_the_words_they_were_quoted_saying(client, search_index):
    call_command("import_statements", str(SAMPLE), verbosity=0)
    person = Person.objects.get(name=STOLTENBERG)
    quoted = Turn.objects.filter(speaker=person)
    assert quoted and all(t.kind == Turn.Kind.QUOTE for t in quoted)
    html = client.get(person.get_absolute_url()).content.decode()
    assert "We regret this decision" in html
    assert "greatest disturber of the peace" not in html
    assert "Stoltenberg said." not in html


# Paragraphs made of quotations, attributions and narration in any order: once cut, every word
# of the paragraph is still there, in order (only quotation marks and commas may go).
_PARTS = [
    '"We are ready," ',
    "“to act with allies.” ",
    "he said, ",
    "Austin said. ",
    "The troops cheered. ",
    "‘Our sailors' families,’ said Stoltenberg, ",
    '"unfinished ',
    "Officials called it a “pause” ",
]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=12))
def test_no_word_of_a_quoting_paragraph_is_lost_or_moved_out_of_order(parts):
    paragraph = "".join(parts).strip()
    words = lambda text: re.findall(r"\w[\w']*", text)  # noqa: E731
    text = story(paragraph)
    line = text.count("\n")  # the paragraph is the story's last line
    cut = [(t.kind, t.speaker, t.text) for t in parse(text).turns if t.line == line]
    kept = [w for _, _, text in cut for w in words(text)]
    assert sorted(kept) == sorted(words(paragraph))
    # Quoted words keep their order; so do the reporter's.
    for kind in ("quote", "narrative"):
        mine = [w for k, _, text in cut if k == kind for w in words(text)]
        assert _in_order(mine, words(paragraph))


def _in_order(sub: list[str], whole: list[str]) -> bool:
    it = iter(whole)
    return all(any(w == x for x in it) for w in sub)
