from statements.parsing.topics import TopicMatcher


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
