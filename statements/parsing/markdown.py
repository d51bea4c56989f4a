"""Markdown read as the plain text a person sees: markup out, words and lines kept.

``to_plain`` works line by line and keeps the number of lines, so a turn's line is the line of
the file. Headings lose their ``#``, quotations their ``>``, emphasis its stars and
underscores (``**Q:**`` is ``Q:``), links and images keep their words (``[NATO](https://...)``
is ``NATO``), fences, rules and reference definitions become empty lines, escapes their
character. Every step is a single pass over the line: no expression can backtrack over more
than the stretch up to the next delimiter.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r" {0,3}(?:```|~~~)")
_RULE = re.compile(r" {0,3}(?:[-=_*] *){3,}")  # ---, ***, ___, and setext underlines ===
_TABLE_RULE = re.compile(r" {0,3}\|?(?: *:?-+:? *\|)+ *:?-*:? *\|?")
_REFERENCE = re.compile(r" {0,3}\[[^\]\n]+\]: *\S+")
_QUOTE = re.compile(r" {0,3}(?:> ?)+")
_HEADING = re.compile(r" {0,3}(#{1,6})(?: |$)")
_BULLET = re.compile(r"^( {0,3})[*+](?= )")
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?: [^<>\n]*)?/?>")
_STRONG = re.compile(r"\*\*|(?<!\w)__|__(?!\w)")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*\n]+)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+)(?<=\S)_(?![\w_])"
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
# An escaped character is kept out of the way of the markup in a private-use character.
_HIDDEN = 0xE000
_UNHIDE = {_HIDDEN + c: chr(c) for c in range(128)}


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` uses Markdown markup (headings, emphasis, links) on some line."""
    return any(_HEADING.match(line) or "**" in line or "](" in line for line in text.split("\n"))


def to_plain(text: str) -> str:
    """The text of a Markdown document without its markup, line for line."""
    out = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            out.append("")
        elif fenced:
            out.append(line)
        else:
            out.append(_plain_line(line))
    return "\n".join(out)


def _plain_line(line: str) -> str:
    body = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m[1])), line.rstrip())
    if _RULE.fullmatch(body) or _TABLE_RULE.fullmatch(body) or _REFERENCE.fullmatch(body):
        return ""
    quote = _QUOTE.match(body)
    if quote:
        body = body[quote.end() :]
    heading = _HEADING.match(body)
    if heading:
        body = body[heading.end() :]
        closing = body.rstrip("#")  # "## Title ##": the closing hashes are markup too
        body = (
            closing if closing != body and (not closing or closing[-1] == " ") else body
        ).strip()
    body = _BULLET.sub(r"\1-", body)
    body = _IMAGE.sub(r"\1", body)
    body = _LINK.sub(r"\1", body)
    body = _AUTOLINK.sub(r"\1", body)
    body = _TAG.sub("", body)
    body = _STRONG.sub("", body)
    body = _EMPHASIS.sub(lambda m: m[1] if m[1] is not None else m[2], body)
    return body.replace("`", "").translate(_UNHIDE)
