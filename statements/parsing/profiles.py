"""Publishers and the sites that copy them, declared as data: what differs from one to another.

A ``Profile`` says how one publisher's pages, or one kind of mirror site, differ from the
common run: the lines of its page chrome (never the title, never speech), the lines that end
its document, the phrase that tells a page is its own and the organisation that phrase stands for, where
its header names the briefer, and its label style.
The shared parsers read these tables; none of them branches on a publisher by name.

- rev.com-style transcripts: a label with a time code on its own line (``Jen Psaki: (00:00)``,
  ``Speaker 1: (05:12)``), the speech below it; whoever is not the briefer asks.
- UN noon briefings: the Spokesperson named in the preface ("noon briefing by Stéphane
  Dujarric, Spokesman for the Secretary-General"), ``Spokesman:``/``Question:`` labels, section
  headings in Markdown's bold ("**Ukraine"), shown without the stars.
- Pentagon and State Department transcripts: the briefer named in the title ("Press Secretary
  John F. Kirby Holds a Press Briefing", "Department Press Briefing – Ned Price, Department
  Spokesperson").
- Mirror pages of video sites, news aggregators and defence portals: their chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.parsing import principals


@dataclass(frozen=True)
class Profile:
    name: str
    cue: str = ""  # a phrase of its header that tells the page is this publisher's (regex)
    organisation: str = ""  # who publishes the pages the cue marks
    chrome: tuple[str, ...] = ()  # whole lines that are the site's chrome (regexes)
    tail: tuple[str, ...] = ()  # lines that end the document: what follows is the site's
    # Where the header names the briefer, the named group "who" holding "Name, Role"
    # (regexes, tried on each header line).
    briefer: tuple[str, ...] = ()
    # Its label style where a label line carries a time code and the speech follows below
    # (regexes for the whole line, the label in the group "label"): there, whoever is not the
    # briefer and gives no floor asks.
    timecoded_labels: tuple[str, ...] = ()
    # Its section headings open with Markdown's bold mark, often left unclosed ("**Ukraine"):
    # markup of the page, not words of the speech (the original text keeps them).
    bold_headings: bool = False


REV = Profile(
    name="rev.com-style transcript",
    chrome=(
        r"rev(?:\.com)?|blog|transcribe your own content|start your free trial|try rev\b.*|"
        r"rev\s*[›>].*|\d{4} transcripts|all transcripts|related transcripts",
        r".{0,80}\bread the transcript (?:of|from) .{0,80}here\.?",
    ),
    briefer=(
        r"^(?P<who>[A-Z][^:]{2,60}?) (?:White House |Pentagon |State Department )?"
        r"(?:Press Conference|Press Briefing|Briefing|News Conference) Transcript\b",
    ),
    tail=(
        r"transcript categories|subscribe to the rev blog|"
        r"sign up to get rev content delivered straight to your inbox\.?",
    ),
    timecoded_labels=(r"(?P<label>[^():]{1,60}): \((?:\d{1,2}:)?\d{1,2}:\d\d\)",),
)
UN_NOON = Profile(
    name="UN noon briefing",
    cue=r"\bnoon briefing\b|\bSpokes(?:man|woman|person) for the Secretary-General\b|"
    r"\bOffice of the Spokesperson for the Secretary-General\b",
    organisation="United Nations",
    chrome=(
        r"department of public information\s*[•·|-]\s*news and media division\s*[•·|-]\s*"
        r"new york",
        r"meetings coverage and press releases|welcome to the united nations|un web tv|"
        r"press releases",
    ),
    briefer=(
        r"\bnoon briefing (?:by|of) (?P<who>[^.]+?, Spokes(?:man|woman|person) for the "
        r"Secretary-General)",
    ),
    bold_headings=True,
)
PENTAGON = Profile(
    name="Pentagon transcript",
    cue=r"\bPentagon Press Secretary\b|\bPentagon (?:Press )?Briefing\b",
    organisation="U.S. Department of Defense",
)
STATE = Profile(
    name="State Department briefing",
    cue=r"^Department Press Briefing\b",
    organisation="U.S. Department of State",
    briefer=(r"^Department Press Briefing\s*[–—-]\s*(?P<who>[^–—]+?, [^–—]+?)$",),
)
MIRRORS = Profile(
    name="video sites, news aggregators and defence portals",
    chrome=(
        # Video sites: the player and the channel.
        r"skip to (?:the )?(?:player|video|search|footer)|watch live|live now|watch now|"
        r"sign in|log ?in(?: / register)?|register|schedule|video library|up next|autoplay|"
        r"subscribe(?: to (?:our|the) (?:channel|newsletter|podcast|feed))?|"
        r"(?:\d[\d,.]*[km]? )?(?:views|subscribers)|show transcript|"
        r"(?:copy )?embed(?: code)?|clip(?: this)?|download(?: video| audio)?",
        # Jobs and advertising banners, newsletters, apps.
        r"(?:we['’]re|we are) hiring!?.{0,60}|jobs?(?: at [\w .]{2,40})?|careers|"
        r"(?:latest )?(?:defen[cs]e )?jobs|advertise(?: with us)?|advertisement|sponsored|"
        r"story continues below(?: this)? advertisement|"
        r"sign up (?:for|to) (?:our|the) .{0,40}newsletter.{0,40}|get the app|"
        r"(?:latest|breaking|top) (?:news|stories|headlines)",
        r"this (?:web)?site uses cookies\b.{0,200}",
    ),
)
PROFILES = [REV, UN_NOON, PENTAGON, STATE, MIRRORS]

CHROME_LINES = [line for p in PROFILES for line in p.chrome]
TAIL_LINES = [line for p in PROFILES for line in p.tail]
_CUES = [(p, re.compile(p.cue, re.I | re.M)) for p in PROFILES if p.cue and p.organisation]
_BRIEFERS = [(p, re.compile(b)) for p in PROFILES for b in p.briefer]
_TIME_CODED = [re.compile(x) for p in PROFILES for x in p.timecoded_labels]


def declared(header_text: str) -> Profile | None:
    """The publisher's profile a header's phrases show ("Pentagon Press Secretary"), or None."""
    return next((p for p, cue in _CUES if cue.search(header_text)), None)


def publisher(header_text: str) -> str:
    """The organisation whose pages a header's phrases show ("Pentagon Press Secretary"), or
    ""."""
    profile = declared(header_text)
    return profile.organisation if profile else ""


# A heading alone on its line in Markdown's bold, closed or not: "**Ukraine", "**Ukraine**".
_BOLD_HEADING = re.compile(r"\*\*(?=[^\s*])(?P<heading>[^*]{1,200})(?:\*\*)?")


def heading_text(line: str, profile: Profile | None) -> str:
    """``line`` as a reader sees it where ``profile`` prints bold headings ("**Ukraine" ->
    "Ukraine"); any other line, or any line elsewhere, as it is."""
    if profile is None or not profile.bold_headings or not line.startswith("**"):
        return line
    match = _BOLD_HEADING.fullmatch(line.rstrip())
    return match["heading"].rstrip() if match else line


def briefer(line: str) -> list[tuple[str, str]]:
    """(name, role) of the briefer a header line names in a publisher's way, or []."""
    for _, pattern in _BRIEFERS:
        match = pattern.search(line)
        if match:
            return [(n, r) for n, r in principals.people_in(match["who"].strip()) if n]
    return []


def timecoded_label(line: str) -> str:
    """The label of a line that is a label and its time code only, the speech below it
    (``Jen Psaki: (00:00)``, ``Speaker 1: (01:05:12)``), or ""."""
    if len(line) > 80:
        return ""
    match = next(filter(None, (p.fullmatch(line.strip()) for p in _TIME_CODED)), None)
    return match["label"].strip() if match else ""
