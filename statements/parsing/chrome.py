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
    r"skip to (main |page )?(content|navigation)( \(press enter\))?\.?",
    r"(toggle|main|open|close) (navigation|menu)|navigation|breadcrumbs?|you are here:?",
    r"(share|print|e-?mail|tweet|facebook|twitter|linkedin|x|copy link|pin|whatsapp|reddit)"
    r"( this)?( page| article| story| item)?( on \w+)?:?",
    r"(follow|find) us( on)?( \w+)?:?|(facebook|twitter|instagram|youtube|flickr|rss|telegram)",
    r"(back to )?top( of page)?|back to (news|results|list)|(previous|next)( article| story)?",
    r"(menu|close|search|home|subscribe|loading\.*|read more|show more|view all|more)",
    r"listen( to this (article|page))?|(text|font) size|a a a|print( this)? (page|article)",
    r"english\s*/\s*fran[cç]ais",
    r"(français|english)",
    # Photo and video players: "Photo Details", "Download: Full Size (2.1 MB)", video.js text.
    r"photo details|video details|download( full size| hi-?res)?( \(?[\d.]+ ?[km]b\)?)?:?|"
    r"full size( \(?[\d.]+ ?[km]b\)?)?|hi-?res",
    r"video player is loading\.?|play video|this is a modal window\.?|"
    r"(beginning|end) of dialog window\..*|close modal dialog|"
    r"(loaded|progress):? [\d.]+%|(current time|duration|remaining time):? -?\d+:\d\d|"
    r"stream type:? live",
    r"(accept|reject|manage)( all)? cookies|cookie (settings|policy|preferences)",
    r"search (defense\.gov|nato\.int|this site)|sign up for (e-?mail|updates|newsletters?)",
    # A breadcrumb trail: "Home > News > Article", "NATO › News".
    r"(home|nato|main page|homepage)\s*(?:[>»›|/:]\s*[^>»›|/:]{1,40}){1,6}",
]
_CHROME = re.compile(r"^(?:" + "|".join(CHROME_LINES) + r")$", re.IGNORECASE)

# A line that ends the document: everything from it on is the page's footer.
TAIL_MARKERS = re.compile(
    r"^(related (stories|articles|news|links|content|topics|videos|images)|"
    r"more (news|stories)|subscribe to defense\.gov products|hosted by defense media activity.*|"
    r"you may also (like|be interested in)|more like this|read next|most (popular|read)|"
    r"trending( now)?|see also|additional (links|resources)|stay connected|helpful links|"
    r"associated links|contacts|media (relations|contacts?)|is this page useful\??|"
    r"search for related information by keyword.*|"
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
