"""What is a news article and what is not, the shapes stories are printed in (hard-wrapped,
readouts, press releases, no title, a menu above the title), and odd articles that must
never fail."""

import pytest

from statements.parsing import article, parse
from statements.parsing.text import lines
from tests.articles import DATA, speaker_of

# --- what is an article and what is not ---------------------------------------------------

TRANSCRIPT = """Press Conference by Pentagon Press Secretary John F. Kirby

MR. KIRBY: Good afternoon. I have a few things at the top.

Q: Thank you, John. "What did Austin say?" the reporter asked.

MR. KIRBY: He said, "We are ready."

Q: And on Ukraine?

MR. KIRBY: Same answer.
"""


def test_a_transcript_with_speaker_labels_never_looks_like_an_article():
    assert not article.looks_like(lines(TRANSCRIPT))
    assert parse(TRANSCRIPT).format != "news_article"


def test_the_nato_transcript_sample_does_not_look_like_an_article():
    text = (DATA.parent.parent / "samples" / "nato-transcript.txt").read_text()
    assert not article.looks_like(lines(text))


def test_a_plain_text_without_quotes_captions_or_chrome_falls_to_plain():
    text = (
        "Annual report of the committee\n\nThe committee met four times in 2021.\n\n"
        "It reviewed the budget and approved the plan for next year.\n"
    )
    assert not article.looks_like(lines(text))
    assert parse(text).format == "plain"


def test_a_speech_quoting_someone_is_no_article():
    text = (
        "Speech by the Minister\n\nThank you all for coming. I am delighted to be here. We said "
        'last year that we would act, and we did. As the President said, "we will never give '
        'up on our allies," and I agree.\n\nWe have done a lot. I thank you, and my team thanks '
        "you. Our work goes on and we will meet again.\n"
    )
    assert not article.looks_like(lines(text))


def test_an_interview_in_q_and_a_form_is_no_article():
    text = (
        "Interview with the Minister\n\n"
        "Q. Minister, what did the allies agree?\n\n"
        'A. They agreed to spend more. As the Secretary General said, "we are united."\n\n'
        "Q. And on Ukraine?\n\nA. We will continue.\n"
    )
    assert not article.looks_like(lines(text))


def test_an_encyclopedia_text_with_quotations_but_no_news_shape_is_plain():
    text = (
        "The North Atlantic Treaty\n\n"
        "The treaty was signed in Washington in April 1949 by twelve founding members of the "
        'alliance. "An attack on one is an attack on all," its fifth article is often summed '
        'up, and "collective defence," historians said, "is its heart."\n'
    )
    assert not article.looks_like(lines(text))


def test_reported_speech_with_attributed_quotations_is_an_article():
    text = (
        "Allies agree on new air defence plan\n\n"
        'Defence ministers agreed on a new plan on Thursday. "This is a good day," the '
        'Secretary General said.\n\n"We will deliver," he said, adding that work starts soon.\n'
    )
    doc = parse(text)
    assert doc.format == "news_article"
    assert doc.title == "Allies agree on new air defence plan"


# --- other page shapes --------------------------------------------------------------------


def test_a_hard_wrapped_story_is_read_paragraph_by_paragraph():
    doc = parse(
        "Austin Thanks Troops in Poland\n\nBy David Vergun, DOD News\n\n"
        "RZESZOW, Poland -- Defense Secretary Lloyd J. Austin III thanked U.S. troops\n"
        "deployed to Poland yesterday, telling them that their presence reassures allies\n"
        "on NATO's eastern flank.\n\n"
        '"You are making history," Austin told the soldiers. "Your presence here sends\n'
        'a clear message to Moscow and to our allies."\n\n'
        "Defense Secretary Lloyd J. Austin III speaks to soldiers in Rzeszow, Poland,\n"
        "March 18, 2022.\nPhoto by Chad J. McNeeley, DOD\n"
    )
    assert [t.kind for t in doc.turns] == ["narrative", "quote", "narrative", "quote"]
    assert "troops deployed to Poland" in doc.turns[0].text
    assert (
        doc.turns[3].text == "Your presence here sends a clear message to Moscow and to our allies."
    )
    assert speaker_of(doc, "sends a clear message") == "Lloyd J. Austin III"
    assert doc.captions[0].text.endswith("Rzeszow, Poland, March 18, 2022.")
    assert doc.location == "Rzeszow, Poland"


def test_a_pentagon_readout_is_a_news_release():
    doc = parse(
        "RELEASE | Oct. 20, 2021\n"
        "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Georgian Minister "
        "of Defense Juansher Burchuladze\n"
        "Pentagon Press Secretary John F. Kirby provided the following readout:\n\n"
        "Secretary of Defense Lloyd J. Austin III met with Georgian Minister of Defense "
        "Juansher Burchuladze today at NATO Headquarters in Brussels.\n\n"
        "The Secretary reaffirmed the United States' support for Georgia.\n"
    )
    assert doc.format == "news_article"
    assert doc.title.startswith("Readout of Secretary of Defense")
    assert (doc.date.isoformat(), doc.location) == ("2021-10-20", "Brussels")
    assert doc.organisation == "U.S. Department of Defense"
    assert doc.turns[0].text.endswith("provided the following readout:")
    assert doc.turns[1].text.startswith("Secretary of Defense Lloyd J. Austin III met")


def test_a_nato_news_item_without_quotations_is_still_an_article():
    doc = parse(
        "NATO Secretary General meets the Prime Minister of Sweden\n\n"
        "NATO Secretary General Mark Rutte met the Prime Minister of Sweden, Ulf Kristersson, "
        "at NATO Headquarters on Monday (3 March 2025). They discussed support for Ukraine.\n"
    )
    assert doc.format == "news_article"
    assert (doc.organisation, doc.date.isoformat()) == ("NATO", "2025-03-03")
    assert "Ulf Kristersson" in doc.people_mentioned


def test_a_nato_press_release_is_credited_to_nato():
    doc = parse(
        "Statement by the North Atlantic Council on the situation in the Middle East\n"
        "Press Release (2024) 123\nIssued on 20 Oct. 2024\n\n"
        "The North Atlantic Council strongly condemns the attacks on civilians and calls for "
        "restraint.\n\nAllies said they would keep consulting closely.\n"
    )
    assert doc.format == "news_article"
    assert (doc.organisation, doc.date.isoformat()) == ("NATO", "2024-10-20")
    assert doc.turns[0].text.startswith("The North Atlantic Council strongly condemns")


def test_a_story_printed_with_no_title_takes_its_first_sentence():
    doc = parse(
        "WASHINGTON — Defense Secretary Lloyd J. Austin III said today that the department "
        'will ask Congress for more money. "We need it," Austin said.\n\n'
        '"It is urgent," he said.\n'
    )
    assert doc.title.startswith("WASHINGTON — Defense Secretary Lloyd J. Austin III said today")
    # Austin's words are only those in quotation marks; "Austin said." is the reporter's.
    assert [(t.kind, t.speaker, t.text) for t in doc.turns] == [
        ("narrative", "", doc.turns[0].text),
        ("quote", "Lloyd J. Austin III", "We need it"),
        ("narrative", "", "Austin said."),
        ("quote", "Lloyd J. Austin III", "It is urgent"),
        ("narrative", "", "he said."),
    ]
    assert doc.turns[0].text.endswith("will ask Congress for more money.")


def test_a_navigation_menu_copied_above_a_short_title_is_not_the_title():
    menu = "\n".join(["Spotlights", "Resources", "About", "Today in DOD", "News Releases"])
    doc = parse(
        f"{menu}\nHome : News : News Stories\nAustin Visits Japan\nNEWS | March 16, 2023\n"
        "By Jim Garamone, DOD News\n\n"
        'TOKYO — Defense Secretary Lloyd J. Austin III arrived here today. "Japan is a '
        'cornerstone of peace," he said.\n'
    )
    assert doc.title == "Austin Visits Japan"
    assert doc.date.isoformat() == "2023-03-16"
    assert doc.turns[0].text.startswith("TOKYO — Defense Secretary")
    assert "Spotlights" in doc.dropped


@pytest.mark.parametrize(
    "title",
    [
        "Is the Alliance Ready for Winter?",
        "Austin: “We Will Not Back Down”",
        "Allies agree on new air defence plan",
    ],
)
def test_a_title_may_ask_a_question_or_end_on_a_quotation(title):
    doc = parse(
        f"{title}\n\nWASHINGTON — Defense Secretary Lloyd J. Austin III said today that allies "
        'are ready. "We are ready," he said.\n'
    )
    assert doc.title == title
    assert doc.turns[0].text.startswith("WASHINGTON —")


def test_a_short_first_paragraph_ending_a_sentence_is_not_taken_for_a_title():
    doc = parse(
        "Allies Meet in Brussels\n\nNATO ministers met today.\n\n"
        '"We are united," Secretary General Jens Stoltenberg said.\n'
    )
    assert doc.title == "Allies Meet in Brussels"
    assert doc.turns[0].text == "NATO ministers met today."


# --- it never fails -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dod-article.txt", "dod-article-byline.txt", "nato-news.txt"])
def test_any_cut_of_an_article_parses_without_error(name):
    text = (DATA / name).read_text()
    for cut in range(0, len(text), 131):
        for piece in (text[:cut], text[cut:], text[cut : cut + 400]):
            if piece.strip():
                doc = parse(piece)
                assert doc.title
                assert all(q.turn < len(doc.turns) for q in doc.quotes)


@pytest.mark.parametrize(
    "text",
    [
        '"\n\n"\n\n"',
        "“”\n\n‘’\n\n„“\n\n«»",
        'Photo By:\nVIRIN:\n\n"A," he said.\n\nBy\n',
        "WASHINGTON — \n\nBRUSSELS, Oct. 20, 2021 —",
        'Title\n\n"' + "word " * 3000 + '," said Army Gen. A. B. Smith.',
        "Title\n\n" + "He said. She said. " * 500,
    ],
)
def test_odd_articles_never_fail(text):
    doc = parse(text)
    assert doc.title
