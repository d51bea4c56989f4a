"""The search box syntax is parsed into clauses; bad input is explained, never an error."""

from statements.search_syntax import MAX_QUERY_CHARS, parse


def clauses(text):
    return [[str(c) for c in group] for group in parse(text).groups]


def test_words_are_separate_clauses_that_all_must_match():
    assert clauses("nato summit") == [["nato"], ["summit"]]


def test_a_quoted_phrase_is_one_clause():
    assert clauses('"collective defence" madrid') == [['"collective defence"'], ["madrid"]]


def test_or_joins_the_clauses_on_each_side():
    assert clauses("russia OR ukraine sanctions") == [["russia", "ukraine"], ["sanctions"]]


def test_a_minus_excludes_a_word_or_a_phrase():
    assert clauses('-exercise -"air policing"') == [["-exercise"], ['-"air policing"']]


def test_field_prefixes_are_kept():
    assert clauses('speaker:stoltenberg journalist:"teri schultz"') == [
        ["speaker:stoltenberg"],
        ['journalist:"teri schultz"'],
    ]


def test_an_unknown_prefix_is_searched_as_words_with_a_notice():
    parsed = parse("colour:blue")
    assert [[str(c) for c in g] for g in parsed.groups] == [['"colour blue"']]
    assert "no “colour:” field" in parsed.notices[0]


def test_an_unbalanced_quote_runs_to_the_end_with_a_notice():
    parsed = parse('"collective defence')
    assert [str(c) for g in parsed.groups for c in g] == ['"collective defence"']
    assert parsed.notices


def test_a_lone_or_and_a_lone_minus_are_ignored_with_notices():
    parsed = parse("OR - russia OR")
    assert [str(c) for g in parsed.groups for c in g] == ["russia"]
    assert len(parsed.notices) == 3


def test_a_hyphenated_word_is_a_phrase_of_its_parts():
    assert clauses("NATO-EU") == [['"NATO EU"']]


def test_control_characters_emoji_and_symbols_are_dropped():
    parsed = parse("nato\x00\x07 😀 ∑ <b>")
    assert clauses("nato\x00\x07 😀 ∑ <b>") == [["nato"], ["b"]]
    assert any("Control characters" in n for n in parsed.notices)


def test_other_scripts_are_words():
    assert clauses("Україна НАТО") == [["Україна"], ["НАТО"]]


def test_a_very_long_query_is_cut_with_a_notice():
    parsed = parse("defence " * 2000)
    assert len(str(parsed)) <= MAX_QUERY_CHARS
    assert any("too long" in n for n in parsed.notices)


def test_words_for_spelling_leave_out_exclusions_and_prefixes():
    assert parse("missils -tank speaker:x defence").words == "missils defence"
