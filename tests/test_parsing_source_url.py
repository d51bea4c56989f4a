"""The page a text was copied from, recorded when the text prints its address."""

from pathlib import Path

from statements.parsing import parse
from statements.parsing.sourceurl import source_url

DATA = Path(__file__).resolve().parent / "data"


def test_a_release_gives_its_address_under_on_the_web():
    text = (DATA / "blind2" / "dod-release-2012.txt").read_text()
    assert parse(text).source_url == "http://www.defense.gov/releases/release.aspx?releaseid=15058"


def test_a_labelled_address_at_the_end_is_the_source_without_its_full_stop():
    text = "NATO ministers meet\n\nMinisters met today.\n\nSource: https://www.nato.int/cps/en/natohq/news_1.htm."
    assert source_url(text) == "https://www.nato.int/cps/en/natohq/news_1.htm"


def test_an_address_alone_on_the_first_line_is_the_source():
    text = "https://www.nato.int/cps/en/natohq/opinions_187000.htm\nPress conference\n\nGood afternoon."
    assert source_url(text) == "https://www.nato.int/cps/en/natohq/opinions_187000.htm"


def test_links_in_the_story_and_other_labelled_addresses_are_not_the_source():
    text = (
        "Title of the story\n\n"
        "Link to the video: https://audiovisual.ec.europa.eu/en/video/I-252140\n\n"
        "Read the report at https://example.org/report in full, he said.\n\n"
        "Public contact:\nhttp://www.defense.gov/landing/comment.aspx\n\n"
        "More text.\n\nAnd more.\n\nThe end."
    )
    assert source_url(text) == ""


def test_the_sample_without_an_address_records_none():
    assert parse((DATA.parent.parent / "samples" / "dod-article.txt").read_text()).source_url == ""
