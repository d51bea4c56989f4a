"""What pages call their documents: the kind a title names, and the section lines around it.

"Press Conference", "Joint press point", "Doorstep statement", "Pentagon Press Secretary ...
Holds a Press Briefing", "Remarks by ...": ``find_kind`` gives the document kind a phrase
means. Section names and breadcrumbs ("Transcript", "News > Speeches", "Press Briefings") are
the site's, not the title.
"""

from __future__ import annotations

import re

from statements.parsing import document as d

# A word printed before a kind phrase ("NATO-Ukraine press conference"), taken only from where
# its word begins: tried from each letter of a long hyphenated run, it would rescan the run.
_W = r"(?<![\w-])[\w-]++ "
# Kind phrases as printed, most specific first, and the document kind each one means.
KINDS = [
    (
        r"joint (?:press|news) (?:conference|point|statements?|availability|encounter|briefing)",
        d.JOINT_PRESS_CONFERENCE,
    ),
    (
        rf"(?:{_W})?(?:press|news) conference|press point|(?:press|media) availability|press encounter|media engagement",
        d.PRESS_CONFERENCE,
    ),
    (r"doorstep(?: statement| interview| remarks)?|(?:press |media )?stake-?out", d.DOORSTEP),
    (rf"(?:{_W})?interview", d.INTERVIEW),
    (rf"(?:{_W})?(?:{_W})?briefing|(?:press |media )?gaggle", d.BRIEFING),
    (rf"(?:{_W})?(?:speech|remarks|address|lecture|keynote)|(?:video |audio )?message", d.SPEECH),
    (rf"(?:{_W})?statements?", d.STATEMENT),
    (r"(?:fireside )?chat|conversation|podcast", d.INTERVIEW),
]
_KIND_AT_START = re.compile(
    r"^(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(KINDS)) + r")\b", re.I
)
_KIND_ANYWHERE = re.compile(
    r"\b(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(KINDS)) + r")\b", re.I
)
# Section names and breadcrumbs a page prints above the title ("Transcript", "News > Speeches").
CATEGORY = re.compile(
    r"^(?:(?:news|speeches|press|media|newsroom|home|transcripts?|releases?|opinions|"
    r"(?:press |news )?release)"
    r"(?:\s*(?:&|and|/)\s*\w+)?\s*(?:[>»›|/]\s*|$))+$|^[^>»›]{1,40}(?:\s*[>»›]\s*[^>»›]{1,40})+$",
    re.I,
)
# Section names in the plural, wherever the header prints them ("Press Briefings" on the White
# House's pages, "Speeches & Remarks").
SECTIONS = re.compile(
    r"^briefing room$|"  # the White House's section
    r"^(?:(?:press|news|media) )?(?:briefings|speeches|statements|interviews|transcripts|"
    r"releases|readouts|remarks(?=\s*(?:&|and)))(?:\s*(?:&|and|,)\s*(?:speeches|remarks|"
    r"statements|releases|transcripts|readouts|briefings|interviews))*$",
    re.I,
)


def find_kind(text: str, at_start: bool = False) -> tuple[str, str]:
    """(kind, phrase as printed) of the first kind phrase in ``text``, or ("", "")."""
    match = (_KIND_AT_START if at_start else _KIND_ANYWHERE).search(text)
    if not match:
        return "", ""
    for i, (_, kind) in enumerate(KINDS):
        if match[f"k{i}"]:
            return kind, match[f"k{i}"]
    return "", ""  # pragma: no cover: one group always matches


def is_bare_kind(text: str) -> bool:
    """The line is only a kind ("Press Conference", "Doorstep statement:")."""
    kind, phrase = find_kind(text, at_start=True)
    return bool(kind) and len(phrase) >= len(text.rstrip(" :.")) - 1
