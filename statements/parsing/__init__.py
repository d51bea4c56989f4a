"""Pure parsing: text in, plain dataclasses out. No Django here.

``parse(text)`` picks the family of documents the text belongs to (a news article with page
chrome and captions, a transcript with speaker labels) and falls back to plain text, so that
anything readable imports. ``read(data)`` decodes bytes first.
"""

from __future__ import annotations

from statements.parsing import plain
from statements.parsing.document import ParsedDocument
from statements.parsing.text import UnreadableText, decode

__all__ = ["ParsedDocument", "UnreadableText", "decode", "parse", "read"]

# Each family module offers looks_like(text) -> bool and parse(text) -> ParsedDocument,
# tried in this order; the first that recognises the text parses it.
FAMILIES: list = []


def parse(text: str) -> ParsedDocument:
    for family in FAMILIES:
        if family.looks_like(text):
            return family.parse(text)
    return plain.parse(text)


def read(data: bytes) -> tuple[str, ParsedDocument]:
    """Decode ``data`` and parse it: (text, document). Raises UnreadableText."""
    text, _encoding = decode(data)
    return text, parse(text)
