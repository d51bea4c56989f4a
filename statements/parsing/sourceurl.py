"""The address of the page a text was copied from, when the text prints it.

Saved pages and releases often carry their own address: "Source: https://www.nato.int/...",
"On the Web:" over "http://www.defense.gov/releases/release.aspx?releaseid=15058", or the
address alone on the first or last lines. Only such lines count: a link in the story, "Link to
the video: ..." or "Public contact:" over a feedback page's address is not where the text came
from.
"""

from __future__ import annotations

import re

from statements.parsing.text import lines

_URL = re.compile(r"https?://[\w-]+(?:\.[\w-]+)+(?::\d{1,5})?(?:[/?#][^\s<>\"']*)?")
_LABEL = re.compile(
    r"(?:source|url|original(?:\s+url)?|permalink|page\s+url|article\s+url|"
    r"link(?:\s+to\s+(?:this|the)\s+(?:page|article|story|release|statement|transcript))?|"
    r"on\s+the\s+web|web(?:\s+version)?|retrieved\s+from|read\s+online|available\s+(?:at|online)|"
    r"published\s+at|from)\s*:?",
    re.IGNORECASE,
)
EDGE = 3  # a bare address counts on this many first or last lines
LOOK = 30  # lines read at each end of the text
MAX_LENGTH = 1000  # Statement.source_url's


def source_url(text: str) -> str:
    """The address the text gives for itself, or ""."""
    found = [line.text for line in lines(text) if line.text]
    ends = list(enumerate(found[:LOOK])) + [
        (i, t) for i, t in enumerate(found) if i >= max(LOOK, len(found) - LOOK)
    ]
    for i, text_line in ends:
        url = _address(text_line, found[i - 1] if i else "", i < EDGE or i >= len(found) - EDGE)
        if url and len(url) <= MAX_LENGTH:
            return url
    return ""


def _address(line: str, previous: str, at_edge: bool) -> str:
    """The address on ``line`` when the line gives the text's own address."""
    url = _URL.search(line)
    if not url:
        return ""
    before, after = line[: url.start()].strip(), line[url.end() :].strip()
    address = url.group().rstrip(".,;:)]")
    if after:
        return ""
    if before:
        return address if _LABEL.fullmatch(before) else ""
    if previous.endswith(":"):
        return address if _LABEL.fullmatch(previous) else ""
    return address if at_edge else ""
