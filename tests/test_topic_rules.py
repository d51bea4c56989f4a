from collections import Counter

from statements.parsing.topics import WORD, TopicMatcher


def test_rules_match_whole_words_regardless_of_case():
    matcher = TopicMatcher({"Russia": ["Russia", "Russian"], "AUKUS": ["AUKUS"]})
    assert matcher.topics("the russian delegation") == ["Russia"]
    assert matcher.topics("Prussian history") == []
    assert matcher.topics("the Aukus deal and Russia") == ["Russia", "AUKUS"]


def test_a_star_matches_the_beginning_of_a_word():
    matcher = TopicMatcher({"Missile defence": ["missile*"]})
    assert matcher.topics("new missiles were deployed") == ["Missile defence"]
    assert matcher.topics("a dismissile") == []


def test_phrases_match_across_line_breaks_and_dash_variants():
    matcher = TopicMatcher(
        {"NATO-EU cooperation": ["NATO-EU"], "Defence spending": ["spending more on defen*"]}
    )
    assert matcher.topics("the NATO–EU declaration") == ["NATO-EU cooperation"]
    assert matcher.topics("spending more\non defense") == ["Defence spending"]


def test_topics_without_rules_never_match():
    assert TopicMatcher({"Empty": ["", "  "]}).topics("anything at all") == []


def test_rules_with_symbols_and_apostrophes_match():
    matcher = TopicMatcher({"Defence spending": ["2%"], "Iraq": ["Iraq's"]})
    assert matcher.topics("reach 2% of GDP") == ["Defence spending"]
    assert matcher.topics("reach 2 of GDP") == []
    assert matcher.topics("Iraq’s security") == ["Iraq"]


def filler(words: int) -> str:
    """Text about nothing in the vocabulary, ``words`` words long."""
    return " ".join(["the budget talks went on"] * (words // 5))


SUBJECTS = TopicMatcher({"Russia": ["Russia*"], "Climate": ["climate"], "Partners": ["partner*"]})


def test_a_passing_mention_in_a_long_statement_is_not_its_subject():
    parts = [filler(10_000), "A question on Russia.", "Partners agree."]
    assert SUBJECTS.subjects("Press Briefing on the Economy", parts) == []


def test_a_topic_mentioned_throughout_a_long_statement_is_its_subject():
    parts = [filler(4_000)] + ["On Russia: the Russian talks."] * 3
    assert SUBJECTS.subjects("Press Briefing", parts) == ["Russia"]


def test_the_needed_mentions_grow_with_the_length_of_the_text():
    two_mentions = ["Russia and again Russia."]
    assert SUBJECTS.subjects("", [filler(2_000), *two_mentions]) == ["Russia"]
    assert SUBJECTS.subjects("", [filler(6_000), *two_mentions]) == []


def test_a_short_statement_is_about_what_it_mentions():
    assert SUBJECTS.subjects("", ["Allies discussed Russia and the climate."]) == [
        "Russia",
        "Climate",
    ]


def test_a_topic_in_the_title_is_a_subject_however_long_the_text():
    parts = [filler(20_000), "One word on the climate."]
    assert SUBJECTS.subjects("Briefing with the Special Envoy for Climate", parts) == ["Climate"]


def test_mentions_count_each_place_once_across_overlapping_rules():
    matcher = TopicMatcher({"NATO-EU cooperation": ["NATO-EU", "EU"]})
    assert matcher.mentions("NATO-EU cooperation", "the NATO-EU declaration and the EU") == 2


def test_the_word_count_bound_never_drops_a_subject_the_expression_finds():
    """``subjects`` counts mentions with the expression only where word counts allow enough;
    the bound holds for phrases, word beginnings and hyphenated rules written as one word."""
    matcher = TopicMatcher(
        {
            "NATO-EU cooperation": ["NATO-EU"],
            "Missile defence": ["missile defen*", "interceptor*"],
            "Iraq": ["Iraq's"],
        }
    )
    parts = [filler(3_000), "NATOEU, NATO EU and NATO–EU.", "Iraq’s and Iraq's."]
    parts += ["missile defences, missile defense; interceptors."]
    assert matcher.subjects("", parts) == ["NATO-EU cooperation", "Missile defence"]
    for topic in ["NATO-EU cooperation", "Missile defence", "Iraq"]:
        text = "\n".join(parts)
        counts = Counter(WORD.findall(text.casefold()))
        assert matcher.at_most(topic, counts, sorted(counts)) >= matcher.mentions(topic, text)


def test_word_counts_give_the_mentions_of_one_word_rules_exactly():
    matcher = TopicMatcher({"Missile defence": ["missile*", "missiles", "interceptor"]})
    text = "Missiles, missile and MISSILES; an interceptor, interceptors and a dismissile."
    counts = Counter(WORD.findall(text.casefold()))
    exact = matcher.word_mentions("Missile defence", counts, sorted(counts))
    assert exact == matcher.mentions("Missile defence", text) == 4
    assert matcher.mentions("Missile defence", text, enough=2) == 2
