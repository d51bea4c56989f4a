"""Page chrome: the text a web page wraps around the document, which is not part of it.

Government banners, "skip to content", share and print buttons at the top; "Related Stories"
and what follows at the bottom. ``strip`` returns the lines that remain and the chrome it
dropped, so nothing is lost silently (the original text is stored anyway).
"""

from __future__ import annotations

import re

from statements.parsing.text import Line

# Whole lines that are chrome wherever they stand (compared case-insensitively, stripped).
CHROME_LINES = [
    r"an official website of the united states government",
    r"here'?s how you know",
    r"official websites use \.gov",
    r"(a )?\.gov website belongs to an official government organi[sz]ation in the united states\.?",
    r"secure \.gov websites use https",
    r"a lock \(\s*lock\s*\) or https:// means you.ve safely connected to the \.gov website\..*",
    r"you have accessed part of a historical collection on\b.*",
    r"skip to (main )?content",
    r"(share|print|e-?mail|tweet|facebook|twitter|linkedin|x|copy link)( this( page)?)?",
    r"(back to )?top( of page)?",
    r"(menu|close|search|home|subscribe)",
    r"english\s*/\s*fran[cç]ais",
    r"(français|english)",
]
_CHROME = re.compile(r"^(?:" + "|".join(CHROME_LINES) + r")$", re.IGNORECASE)

# A line that ends the document: everything from it on is the page's footer.
TAIL_MARKERS = re.compile(
    r"^(related (stories|articles|news|links|content|topics|videos|images)|"
    r"more (news|stories)|subscribe to defense\.gov products|"
    r"(c|©) ?nato.*|©.*all rights reserved.*)$",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def is_chrome(text: str) -> bool:
    return bool(_CHROME.match(text.translate(_APOSTROPHES).strip()))


def strip(source: list[Line]) -> tuple[list[Line], list[str]]:
    """(the document's lines, the chrome lines dropped), blank lines kept in place."""
    kept, dropped = [], []
    seen_text = 0
    for i, line in enumerate(source):
        if line.text and TAIL_MARKERS.match(line.text.translate(_APOSTROPHES)) and seen_text >= 3:
            dropped.extend(rest.text for rest in source[i:] if rest.text)
            break
        if line.text and is_chrome(line.text):
            dropped.append(line.text)
            continue
        if line.text:
            seen_text += 1
        kept.append(line)
    return kept, dropped
