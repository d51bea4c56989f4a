"""Page chrome: the text a web page wraps around the document, which is not part of it.

Government banners, "skip to content", share and print buttons at the top; "Related Stories"
and what follows at the bottom. ``strip`` returns the lines that remain and the chrome it
dropped, so nothing is lost silently (the original text is stored anyway).
"""

from __future__ import annotations

import re

from statements.parsing import profiles
from statements.parsing.text import Line

# Whole lines that are chrome wherever they stand (compared case-insensitively, stripped).
CHROME_LINES = [
    # The United States government's banner, on .gov and .mil sites alike.
    r"an official website of the united states government",
    r"here'?s how you know",
    r"official websites use \.(gov|mil)",
    r"(a )?\.(gov|mil) website belongs to an official .{0,80}in the united states\.?",
    r"secure \.(gov|mil) websites use https",
    r"a lock \(\s*(lock\s*)?\) or https:// means you.ve safely connected to the \.(gov|mil) "
    r"website\..*",
    r"you have accessed part of a historical collection on\b.*",
    # The European Union's banner on its institutions' sites.
    r"an official (website|site) of the european union|how do you know\??",
    r"(skip|go|jump) to (the )?(main |page )?(content|navigation)( \(press enter\))?\.?",
    r"(toggle|main|open|close) (navigation|menu)|navigation( menu)?|breadcrumbs?|you are here:?",
    r"(share|print|e-?mail|tweet|facebook|twitter|linkedin|x|copy link|pin|whatsapp|reddit)"
    r"( this)?( page| article| story| item)?( on \w+)?:?",
    # A row of share buttons: "Share on Facebook Share on Twitter ... Print", "Facebook Twitter".
    r"((share( on)? )?(facebook|twitter|linkedin|e-?mail|x|reddit|whatsapp|pinterest|print|"
    r"copy link)\s*){2,}",
    r"(follow|find) us( on)?( \w+)?:?|(facebook|twitter|instagram|youtube|flickr|rss|telegram)",
    r"(back to )?top( of page)?|back( to (news|results|list))?|(previous|next)( article| story)?",
    r"reading time:?( \d+ ?min(utes?|\.)?)?|\d+ ?min(utes?|\.)? (read|reading time)|\d+ ?min\.?",
    r"(menu|close|search|home|subscribe|loading\.*|read more|show more|view all|more|"
    r"load more|see more|view more|show all)",
    r"listen( to this (article|page))?|(text|font) size|a a a|print( this)? (page|article)",
    r"print friendly( pdf| version)?|page contents|welcome to the [\w .'-]{2,40}",
    # Language pickers: "English / Français", "Language:", a language's own name.
    r"english\s*/\s*fran[cç]ais|(select )?languages?:?",
    r"(français|english|العربية|中文|русский|español|deutsch|italiano|português|polski|"
    r"українська|nederlands|dansk|norsk|svenska|suomi|eesti|latviešu|lietuvių|română|"
    r"български|čeština|slovenčina|slovenščina|hrvatski|magyar|ελληνικά|türkçe|shqip)",
    # A site's name or address on a line of its own: "GOV.UK", "Army.mil", "Search af.mil".
    r"(search )?((www\.)?[\w-]+\.(gov|mil|int|eu|org)(\.uk)?|gov\.uk)|search (this site|the site)",
    # A site's own name over its pages: nato.int's "NATO Homepage", gov.pl's "Service of the
    # Republic of Poland", the EEAS's tag for its High Representative, "HR/VP".
    r"nato homepage|service of the republic of [a-z]+|hr/vp|european external action service|eeas",
    # Photo and video players: "Photo Details", "Download: Full Size (2.1 MB)", video.js text,
    # a gallery's "1 / 3 Show Caption + Hide Caption –", an old page's enlarging note.
    r"photo details|video details|download( full size| hi-?res)?( \(?[\d.]+ ?[km]b\)?)?:?|"
    r"full size( \(?[\d.]+ ?[km]b\)?)?|hi-?res|view original",
    r"(\d+\s*/\s*\d+\s+)?(show caption\s*\+?\s*)?hide caption\s*[–—-]?|"
    r"\d+\s*/\s*\d+\s+show caption.*",
    r"\(?click (on )?(the )?(photo|image) (for|to) .{0,80}",
    r"video player is loading\.?|play video|this is a modal window\.?|"
    r"(beginning|end) of dialog window\..*|close modal dialog|"
    r"(loaded|progress):? [\d.]+%|(current time|duration|remaining time):? -?\d+:\d\d|"
    r"stream type:? live",
    # Cookie consent: its buttons, and its sentences (see ``_COOKIE``).
    r"(accept|reject|allow|deny|decline|manage|save|view|set)( all| additional| optional| "
    r"necessary)?( cookies| preferences| choices| settings)?|cookie (settings|policy|"
    r"preferences|notice)|cookies on [\w. ]{2,40}",
    r"search (defense\.gov|nato\.int|this site)|sign up for (e-?mail|updates|newsletters?)",
    r"for information media\.? not an official record\.?",
    # A breadcrumb trail: "Home > News > Article", "NATO › News".
    r"(home|nato|main page|homepage)\s*(?:[>»›|/:]\s*[^>»›|/:]{1,40}){1,6}",
]
# Each publisher's and mirror site's own chrome is declared with its profile (profiles.py).
_CHROME = re.compile(
    r"^(?:" + "|".join(CHROME_LINES + profiles.CHROME_LINES) + r")$", re.IGNORECASE
)
# A cookie banner's sentences: "We use some essential cookies to make this website work."
_COOKIE = re.compile(
    r"^(?=.*\bcookies?\b)(?=.*\b(?:we|our|this (?:web)?site|these cookies|you)\b).*\b(?:use|"
    r"accept|reject|allow|consent|settings|preferences|essential|necessary|additional|partners|"
    r"store|remember|improve|measure)\b",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\s+[/|]\s+")  # "Photo Details / Download / Share"

# A line that ends the document: everything from it on is the page's footer.
TAIL_MARKERS = re.compile(
    r"^(?:(related (stories|articles|news|links|content|topics|videos|images|sites|pages)|"
    r"more (news|stories)|subscribe to defense\.gov products|hosted by defense media activity.*|"
    r"you may also (like|be interested in)|more like this|read next|most (popular|read)|"
    r"trending( now)?|see also|additional (links|resources)|stay connected|helpful links|"
    r"associated links|contacts|(media|press) (relations|contacts?)|is this page useful\??|"
    r"contacts? (presse|press|media)( ?:.*)?|"
    r"search for related information by keyword.*|biographies|tags|suggested topics|"
    r"share this (page|article|story)|updates to this page|explore the topic|"
    r"our standards:.*|purchase licensing rights|links|"
    r"for (more|further) information,? (please )?contact|"
    r"©.*all rights reserved.*|" + "|".join(profiles.TAIL_LINES) + r")\s*:?)$",
    re.IGNORECASE,
)
# Lines that close a page only when no story follows them: its date stamps ("Last updated:
# 10-Mar-2008 18:42", "Published 12 June 2024", also printed above the story) and a copyright line ("©
# NATO", also a photo's credit under its caption).
STAMPS = re.compile(
    r"^(?:[•·*-]\s*)?(?:(?:last\s+)?(?:updated|modified)|date\s+modified|published)\b\s*:?"
    r"(?=[^!?]*\d)(?:\s*\S+){0,6}$|"
    r"^(?:©|\(c\))\s*\S.{0,80}$",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


CHROME_MAX = 300  # no button, banner or cookie notice line is longer


def is_chrome(text: str) -> bool:
    if len(text) > CHROME_MAX:
        return False
    text = text.translate(_APOSTROPHES).strip()
    if _CHROME.match(text) or _COOKIE.search(text):
        return True
    parts = _PARTS.split(text)
    return len(parts) > 1 and all(_CHROME.match(p) for p in parts)


PROSE_WORDS = 6  # a text whose chrome-free lines are all shorter has nothing but chrome


def strip(source: list[Line]) -> tuple[list[Line], list[str]]:
    """(the document's lines, the chrome lines dropped), blank lines kept in place.

    A footer marker ends the document, unless the story goes on after it: then a box set in
    the story ("Related Links" and its links) is dropped, and a stamp or credit is kept."""
    kept, dropped = [], []
    seen_text = 0
    box_end = 0
    for i, line in enumerate(source):
        if i < box_end:
            if line.text:
                dropped.append(line.text)
            continue
        marker = line.text.translate(_APOSTROPHES) if line.text and seen_text >= 3 else ""
        tail, stamp = bool(marker and TAIL_MARKERS.match(marker)), bool(STAMPS.match(marker))
        if tail or stamp:
            resumes = _story_resumes(source, i, box=tail)
            if resumes is None:
                dropped.extend(rest.text for rest in source[i:] if rest.text)
                break
            if tail:
                box_end = resumes
                dropped.append(line.text)
                continue
        if line.text and is_chrome(line.text):
            dropped.append(line.text)
            continue
        if line.text:
            seen_text += 1
        kept.append(line)
    if not any(len(line.text.split()) >= PROSE_WORDS for line in kept):
        return source, []  # all chrome, or a page of nothing but buttons: keep it whole
    return kept, dropped


BOX_LINES = 8  # a box of links set in a story is no longer
STORY_WORDS = 15  # a paragraph of the story, not a link's title or a footer's line
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def _is_story(text: str) -> bool:
    return len(text.split()) >= STORY_WORDS and bool(_SENTENCE_END.search(text))


def _story_resumes(source: list[Line], i: int, box: bool) -> int | None:
    """Where the story goes on after the marker at ``i``, or None when the page ends there.
    After a box's heading, two paragraphs of prose must follow right under its lines (up to a
    blank line); after a stamp, any sentence below will do."""
    end = len(source)
    j = i + 1
    while box and j < end and source[j].text:
        j += 1
        if j - i > BOX_LINES:
            return None
    k = j
    while k < end and not source[k].text:
        k += 1
    after = (line.text for line in source[k:] if line.text and not is_chrome(line.text))
    if not box:
        sentence = (len(t.split()) >= PROSE_WORDS and _SENTENCE_END.search(t) for t in after)
        return k if any(sentence) else None
    first = next(after, "")
    if not _is_story(first):
        return None
    for text in after:
        if TAIL_MARKERS.match(text):
            break
        if _is_story(text):
            return k
    return None
