"""Saved web pages (.html, .htm): the main content as text, the page's own metadata beside it.

trafilatura (a maintained extractor of a page's main text and metadata) leaves the navigation,
banners, share buttons, cookie notices and footers out and gives the paragraphs of the content;
``extract`` lays them out as a copied page reads (title, date line, then the paragraphs
separated by empty lines) for the parsers, and returns what the page declares about itself:
its title (og:title, the heading, or ``<title>`` without the site's name), its canonical URL,
its date (article:published_time, ``<time datetime>``, JSON-LD; not guessed from the text),
and its site name and author as hints for the organisation and a news story's byline. A description that is a line rather than a
summary sentence ("Ned Price, Department Spokesperson") is kept under the title, as the page
shows it.
"""

from __future__ import annotations

import datetime
import logging

from statements.parsing.metadata import Metadata
from statements.parsing.text import UnreadableText

# trafilatura reports pages it finds little text in at WARNING level; the importer says so.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

MIN_WORDS = 8  # fewer words than this are what a page without content has left: "Home News"


def extract(html: str) -> tuple[str, Metadata, Metadata]:
    """(the text to parse, what the page declares, hints) of a saved page.
    Raises UnreadableText when the page has no main text."""
    import trafilatura  # imported when a page comes: it loads lxml and its models

    page = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (page.text or "").strip() if page else ""
    if len(body.split()) < MIN_WORDS:
        raise UnreadableText(
            f"an HTML page without main text (only {len(body.split())} words could be extracted)"
        )
    declared = Metadata(
        title=" ".join((page.title or "").split()),
        source_url=(page.url or "").strip(),
        date=_date(page.date),
    )
    author = ", ".join(filter(None, (a.strip() for a in (page.author or "").split(";"))))
    hints = Metadata(
        organisation=" ".join((page.sitename or "").split()),
        byline=f"By {author}" if author else "",
    )
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    head = []
    if declared.title and paragraphs[0] != declared.title:
        head.append(declared.title)
    description = " ".join((page.description or "").split())
    if _is_header_line(description) and description not in body:
        head.append(description)  # "Ned Price, Department Spokesperson, Washington, D.C."
    if declared.date:
        head.append(f"{declared.date:%B} {declared.date.day}, {declared.date.year}")
    return "\n\n".join(head + paragraphs) + "\n", declared, hints


def _is_header_line(text: str) -> bool:
    """Whether a page's description reads as a line under its title (who spoke, where), not
    as a summary sentence, which the text says again."""
    return 0 < len(text) <= 160 and text[-1] not in '.!?…"”'


def _date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
