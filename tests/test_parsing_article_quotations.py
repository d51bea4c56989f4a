"""Who said each quotation in a news article, on stories written as strings: attributions
before and after a quotation (said, according to, a colon, a dash), pronouns and titles,
quotation marks of several languages, and quotations that no named person said."""

from statements.parsing import parse
from tests.articles import quotes_by, speaker_of, story


def test_said_before_a_titled_name_attributes_the_quotation_to_that_person():
    doc = parse(
        story(
            "WASHINGTON — The request is on time, Pentagon Press Secretary John F. Kirby said.",
            '"We are on track," said Pentagon spokesman John Kirby. "Nothing has changed."',
            "Air Force Gen. CQ Brown Jr., chairman of the Joint Chiefs of Staff, agreed. "
            '"Readiness comes first," said Brown.',
        )
    )
    assert quotes_by(doc) == [
        ("John F. Kirby", "We are on track"),
        ("John F. Kirby", "Nothing has changed."),
        ("CQ Brown Jr.", "Readiness comes first"),
    ]


def test_a_statement_or_officials_are_no_persons_speaking():
    doc = parse(
        story(
            "Secretary of Defense Lloyd J. Austin III met allies today.",
            '"The plan is sound," the statement said.',
            '"We need more ships," officials said.',
        )
    )
    assert quotes_by(doc) == [("", "The plan is sound"), ("", "We need more ships")]


def test_according_to_after_a_quotation_names_its_speaker():
    doc = parse(
        story(
            "Army Gen. Mark A. Milley and Defense Secretary Lloyd J. Austin III spoke today.",
            '"The fight in the east is intense," according to Milley.',
        )
    )
    assert speaker_of(doc, "fight in the east") == "Mark A. Milley"


def test_she_said_goes_to_the_woman_just_named_not_to_the_man_before():
    doc = parse(
        story(
            '"We are ready," Defense Secretary Lloyd J. Austin III said.',
            "Deputy Defense Secretary Kathleen H. Hicks toured the shipyard.",
            '"Our shipyards are national treasures," she said.',
            '"So are our sailors," he said.',
        )
    )
    assert speaker_of(doc, "national treasures") == "Kathleen H. Hicks"
    assert speaker_of(doc, "our sailors") == "Lloyd J. Austin III"


def test_the_general_is_the_officer_not_the_secretary_general():
    doc = parse(
        story(
            "NATO Secretary General Jens Stoltenberg and Army Gen. Christopher G. Cavoli, "
            "NATO's supreme allied commander for Europe, briefed ministers.",
            '"We have the forces we need," the general said.',
            '"And the plans," the secretary general said.',
        )
    )
    assert speaker_of(doc, "forces we need") == "Christopher G. Cavoli"
    assert speaker_of(doc, "And the plans") == "Jens Stoltenberg"


def test_a_quotation_introduced_with_a_colon_in_the_same_sentence_is_attributed():
    doc = parse(
        story(
            "Defense Secretary Lloyd J. Austin III spoke in Hawaii today.",
            'Austin told reporters: "We will not back down."',
        )
    )
    assert quotes_by(doc) == [("Lloyd J. Austin III", "We will not back down.")]


def test_a_partial_quotation_goes_to_the_speaker_of_its_sentence():
    doc = parse(
        story(
            "Secretary of Defense Lloyd J. Austin III spoke today.",
            'Austin said the department was "fully committed" to the plan.',
        )
    )
    assert quotes_by(doc) == [("Lloyd J. Austin III", "fully committed")]


def test_a_scare_quote_is_not_a_quotation():
    doc = parse(
        story(
            "Defense Secretary Lloyd J. Austin III spoke today.",
            'The so-called "Replicator" program will field drones, the secretary said.',
        )
    )
    assert doc.quotes == []
    assert [t.kind for t in doc.turns] == ["narrative", "narrative"]


def test_curly_and_straight_quotes_are_read_alike():
    straight = parse(story('"We are ready," said Navy Adm. John C. Aquilino.'))
    curly = parse(story("“We are ready,” said Navy Adm. John C. Aquilino."))
    assert quotes_by(straight) == quotes_by(curly) == [("John C. Aquilino", "We are ready")]


def test_guillemets_and_low_nine_quotes_are_quotations_too():
    doc = parse(
        story(
            "Foreign Minister Annalena Baerbock spoke in Berlin today.",
            "„Wir stehen zusammen“, Baerbock said. «Nous sommes prêts», she added.",
        )
    )
    assert [q.text for q in doc.quotes] == ["Wir stehen zusammen", "Nous sommes prêts"]
    assert {q.speaker for q in doc.quotes} == {"Annalena Baerbock"}


def test_a_quotation_opening_a_paragraph_continues_the_last_speaker():
    doc = parse(
        story(
            'Defense Secretary Lloyd J. Austin III said the alliance is united. "We stand '
            'together," he said.',
            '"There is no daylight between us on this question at all."',
        )
    )
    assert speaker_of(doc, "no daylight") == "Lloyd J. Austin III"


def test_a_dash_after_a_quotation_in_the_same_paragraph_names_its_speaker():
    doc = parse(
        story(
            "NATO Secretary General Jens Stoltenberg and Defense Secretary Lloyd J. Austin III "
            "met today.",
            "“We stand together.” — NATO Secretary General Jens Stoltenberg",
        )
    )
    assert quotes_by(doc) == [("Jens Stoltenberg", "We stand together.")]


def test_an_anonymous_official_is_nobody_named_not_the_last_speaker():
    doc = parse(
        story(
            '"We are ready," Defense Secretary Lloyd J. Austin III said today.',
            '"The talks went well," said a senior defense official who spoke on background.',
            '"They will go on," Biden administration officials said.',
        )
    )
    assert quotes_by(doc) == [
        ("Lloyd J. Austin III", "We are ready"),
        ("", "The talks went well"),
        ("", "They will go on"),
    ]


def test_british_single_quotation_marks_are_quotations():
    doc = parse(
        story(
            "Defence Secretary John Healey visited troops in Estonia today.",
            "‘Our commitment to Estonia is unshakeable,’ the Defence Secretary said.",
        )
    )
    assert quotes_by(doc) == [("John Healey", "Our commitment to Estonia is unshakeable")]


def test_a_first_name_that_is_also_a_place_stays_part_of_the_name():
    doc = parse(story('"We are ready," said Army Col. Jordan Smith, the brigade commander.'))
    assert quotes_by(doc) == [("Jordan Smith", "We are ready")]


def test_a_company_named_general_is_no_person():
    doc = parse(story('"Production is up," General Dynamics said in a statement.'))
    assert doc.people_mentioned == []
    assert quotes_by(doc) == [("", "Production is up")]


def test_a_shorter_spelling_of_a_name_is_kept_as_an_alias_of_the_fullest():
    doc = parse(
        story(
            '"We are ready," Defense Secretary Lloyd Austin said today.',
            '"We will deliver," said Secretary of Defense Lloyd J. Austin III.',
        )
    )
    assert {q.speaker for q in doc.quotes} == {"Lloyd J. Austin III"}
    assert doc.person_aliases == {"Lloyd Austin": "Lloyd J. Austin III"}
    assert doc.people_mentioned == ["Lloyd J. Austin III"]
