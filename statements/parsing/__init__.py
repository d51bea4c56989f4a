"""Pure parsing: text in, plain dataclasses out. No Django here.

``parse(text)`` drops the page chrome, then picks the family of documents the text belongs to
(a transcript with speaker labels, a news article with captions and quotations) and falls back
to plain text, so that anything readable imports. ``read(data)`` decodes bytes first.

Each family module offers ``looks_like(lines) -> bool`` and ``parse(lines) -> ParsedDocument``
over the numbered lines left after the chrome is dropped.
"""

from __future__ import annotations

from statements.parsing import article, chrome, formats, newspage, plain, sourceurl, transcript
from statements.parsing import document as d
from statements.parsing.document import ParsedDocument
from statements.parsing.text import UnreadableText, decode, lines

__all__ = ["ParsedDocument", "UnreadableText", "decode", "parse", "read"]

# Tried in this order; the first family that recognises the text parses it. Transcripts come
# first: defense.gov transcripts carry the same site chrome as its news articles.
FAMILIES: list = [transcript, article]


def parse(text: str) -> ParsedDocument:
    source, dropped = chrome.strip(lines(text))
    family = next((f for f in FAMILIES if f.looks_like(source)), plain)
    doc = article.parse(source, dropped) if family is article else family.parse(source)
    labels = {t.speaker_label for t in doc.turns if t.speaker_label}
    asked = sum(1 for t in doc.turns if t.kind == d.T_QUESTION)
    if family is transcript and len(labels) <= 2 and asked <= 1 and article.looks_like(source):
        # Only its header made it a transcript ("Statement by ...", "Readout of ..."), or a
        # line or two that read like labels ("Attributed to Pentagon Press Secretary ...:",
        # "Chief of the General Staff, General Sir Roly Walker, said:"), which the article
        # family, that reads labels as a transcript has them, did not take for labels: a
        # written release or a report reads better as an article when it looks like one.
        doc = article.parse(source, dropped)
    doc.dropped = dropped + doc.dropped
    if not doc.organisation:  # the page's banner may be all that says who published it
        doc.organisation = newspage.publisher(dropped)
    doc.source_url = doc.source_url or sourceurl.source_url(text)
    return doc


def read(data: bytes, fmt: str = formats.TEXT) -> tuple[str, ParsedDocument]:
    """Decode ``data`` and parse it as a file of format ``fmt`` (``formats.FORMATS``):
    (the text as it came, document). Raises UnreadableText."""
    text, _encoding = decode(data)
    prepared = formats.prepare(text, fmt)
    return text, prepared.finish(parse(prepared.text))
