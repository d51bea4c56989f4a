"""Who issued a transcript, from the roles and places its header and labels name.

The speaker's post decides, not every organisation mentioned: "Secretary of Defense ... Holds a
Press Conference Following NATO Defense Ministers Meetings" is the U.S. Department of Defense's,
"Press Conference by NATO Secretary General ..." is NATO's. Nothing recognised gives "".
"""

from __future__ import annotations

import re

from statements.parsing import profiles

NATO = "NATO"
DOD = "U.S. Department of Defense"
STATE = "U.S. Department of State"
WHITE_HOUSE = "The White House"
UN = "United Nations"
EC = "European Commission"
EU = "European Union"
GERMANY = "German Federal Government"

# (organisation, cue), tried in order over the header and the officials' labels and roles.
RULES = [
    (
        NATO,
        re.compile(
            r"\bNATO(?:['’]s)? (?:Deputy |Acting )?(?:Secretary[- ]General|Spokes(?:person|man|woman)|"
            r"Military Committee|Supreme Allied|Headquarters)|\bChair(?:man)? of the NATO\b|"
            r"\bSACEUR\b|\bNorth Atlantic Council\b"
        ),
    ),
    (
        DOD,
        re.compile(
            r"\b(?:(?:deputy |under |assistant )?secretary of defen[cs]e|department of defen[cs]e|"
            r"defen[cs]e department|pentagon|DoD|joint chiefs|defense\.gov)\b",
            re.I,
        ),
    ),
    (
        STATE,
        re.compile(
            r"\b(?:department press briefing|department spokesperson|secretary of state|"
            r"department of state|state department|secretary blinken|secretary pompeo)\b",
            re.I,
        ),
    ),
    (
        WHITE_HOUSE,
        re.compile(
            r"\b(?:[Ww]hite [Hh]ouse|Brady Press Briefing Room|[Pp]ress [Ss]ecretary)\b|"
            r"^(?:Speeches and Remarks|Statements and Releases)$|"
            r"^THE (?:VICE )?PRESIDENT$",
            re.MULTILINE,
        ),
    ),
    (
        UN,
        re.compile(
            r"\bUnited Nations\b|\bSecretary-General\b|\bnoon briefing\b|\bSecurity Council\b|"
            r"\bUN\b|\bUNHCR\b|\bUNICEF\b"
        ),
    ),
    (
        EC,
        re.compile(
            r"\b(?:European Commission|Commissioner|Commission Spokes|midday briefing)", re.I
        ),
    ),
    (
        EU,
        re.compile(
            r"\bEuropean Union\b|\bHigh Representative\b|\bHR/VP\b|\bEEAS\b|\bEuropean Council\b|\bEU\b"
        ),
    ),
    (
        GERMANY,
        re.compile(
            r"\bBundesregierung\b|\bBundeskanzler|\bGerman (?:Federal )?Government\b|"
            r"^(?:The )?Federal Government$|\bFederal Chancell(?:or|ery)\b|\bGerman Chancellor\b",
            re.MULTILINE,
        ),
    ),
    (NATO, re.compile(r"\bNATO\b|\bOTAN\b")),
]
_MINISTRY = re.compile(
    r"\b(?:(?:Federal )?Ministry (?:of|for) (?:the )?[A-Z][\w'’-]*(?:(?:,| and| of| &| for)? "
    r"(?:the )?(?!(?:The|Rt|Right|Hon|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness)\b)[A-Z][\w'’-]*)*|"
    r"(?:Federal )?Foreign Office|Foreign, Commonwealth (?:&|and) Development Office|"
    r"(?:Russian |Chinese |Ukrainian )?(?:Foreign|Defen[cs]e) Ministry|"
    r"Ministry of Defence)"
)
# The State Department prints "MR PRICE:" without a full stop, beside "QUESTION:".
_STATE_LABEL = re.compile(r"^M[RS] [A-Z][A-Z'-]+$")


def infer(
    lead: str,
    header_text: str,
    official_labels: list[str],
    question_labels: list[str],
    site: str = "",
    publisher: str = "",
) -> str:
    """The issuing organisation, or "" when the document does not say. The site's banner
    decides first ("European Commission - Statement"), then the body a "From:" field names
    ("Ministry of Defence"), then the first speaker's post as the header prints it ("by the President of the European Commission ... with the NATO
    Secretary General"), then the whole header and the officials' labels."""
    profile = profiles.of(header_text)  # "Pentagon Press Secretary": whose, whatever the lead
    declared = profile.organisation if profile else ""
    for text in (site, publisher, declared, lead, "\n".join([header_text, *official_labels])):
        for organisation, cue in RULES:
            if cue.search(text):
                return organisation
        if text and (text is publisher or text is declared):
            return publisher  # a "From:" field says who published the page
    ministry = _MINISTRY.search(header_text)
    if ministry:
        return ministry.group(0)
    if any(_STATE_LABEL.match(label) for label in official_labels) and any(
        label.upper() == "QUESTION" for label in question_labels
    ):
        return STATE
    return ""
