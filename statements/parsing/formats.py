"""The formats files arrive in, and how each becomes the text the parsers read.

``FORMATS`` maps a file name's suffix to its format: plain text (``.txt``, ``.text``),
Markdown (``.md``, ``.markdown``: YAML front matter as metadata, markup read as plain text) and
saved web pages (``.html``, ``.htm``: main content extracted, page metadata). ``prepare`` gives
the text to parse and the metadata to apply to the parse (``Prepared.finish``); the original
text is kept as it came, by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from statements.parsing import document as d
from statements.parsing import frontmatter, htmlpage, markdown
from statements.parsing.metadata import Metadata

TEXT, MARKDOWN, HTML = "text", "markdown", "html"
FORMATS = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
}


@dataclass
class Prepared:
    text: str  # what the parsers read
    declared: Metadata = field(default_factory=Metadata)  # overrides the parser's guesses
    hints: Metadata = field(default_factory=Metadata)  # fills what the parser left empty

    def finish(self, doc: d.ParsedDocument) -> d.ParsedDocument:
        self.declared.apply(doc)
        return self.hints.apply(doc, override=False)


def format_of(name: str) -> str:
    """The format of a file by its name's suffix (plain text when unknown)."""
    dot = name.rfind(".")
    return FORMATS.get(name[dot:].lower(), TEXT) if dot >= 0 else TEXT


def prepare(text: str, fmt: str = TEXT) -> Prepared:
    """The text to parse and the metadata a ``fmt`` file declares. Raises UnreadableText
    (BadFrontMatter for a front matter that is not right)."""
    if fmt == MARKDOWN:
        meta, body = frontmatter.read(text)
        return Prepared(markdown.to_plain(body), meta)
    if fmt == HTML:
        body, declared, hints = htmlpage.extract(text)
        return Prepared(body, declared, hints)
    return Prepared(text)
