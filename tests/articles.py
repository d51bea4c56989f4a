"""Helpers of the news-article parser tests (tests/test_parsing_article_*.py): a sample file
read and parsed, a DOD News story built around given paragraphs, and who the parse says
spoke each quotation."""

from pathlib import Path

from statements.parsing import read

DATA = Path(__file__).resolve().parent / "data"


def load(name):
    return read((DATA / name).read_bytes())[1]


def quotes_by(doc):
    return [(q.speaker, q.text) for q in doc.quotes]


def speaker_of(doc, words):
    """Who the parse says spoke the quotation containing ``words``."""
    found = [q.speaker for q in doc.quotes if words in q.text]
    assert found, f"no quotation contains {words!r}"
    return found[0]


def story(*paragraphs, title="Pentagon Updates Reporters on Budget"):
    """A DOD News story around the given paragraphs."""
    head = f"{title}\n\nOct. 20, 2021 |\nBy Jim Garamone, DOD News\n\n"
    return head + "\n\n".join(paragraphs) + "\n"
