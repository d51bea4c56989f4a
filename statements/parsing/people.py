"""People named in running prose: "NATO Secretary General Jens Stoltenberg", "Stoltenberg",
"the secretary general", "he".

``mentions(text)`` finds every reference to a person in one paragraph (quotations masked out
beforehand) with what the sentence says of it: a speech verb after it ("said", "told
reporters") or before it ("said Milley", "according to Milley"), a title before the name or in
apposition (", chairman of the Joint Chiefs of Staff,"), whether it is the sentence's subject.
The names and titles themselves are found in runs of capitalised words (name_runs.py).
``cast.Cast`` then resolves each mention to the person meant.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from statements.parsing import lexicon as lx
from statements.parsing.name_runs import SUFFIXES, bare, is_abbreviation, runs, split_run

if TYPE_CHECKING:
    from statements.parsing.cast import Person

# Letters after a name that are no part of it: an office or an honour.
POST_NOMINALS = {"mp", "mep", "kc", "qc", "obe", "cbe", "kbe", "msp", "ms", "td", "mla"}
_PRONOUNS = {"he": "m", "she": "f"}
_APPOSED = r"(?:,[^,~\"“”]{1,90},|,)?"  # ", chairman of the Joint Chiefs of Staff,"
_ADVERBS = (
    r"(?:(?:also|later|then|again|further|earlier|previously|recently|repeatedly|once|has|had|"
    r"have|would|will|was|is|\w+ly)\s+){0,2}"
)
FRENCH_SPEECH = (
    r"a\s+(?:déclaré|dit|affirmé|souligné|ajouté|indiqué|estimé|expliqué|assuré|rappelé|"
    r"insisté|précisé|martelé)|déclare|affirme|souligne|ajoute|indique|estime|explique"
)
# German: "„...“, sagte Pistorius"
GERMAN_SPEECH = r"sagte|sagt|erklärte|erklärt|betonte|betont|ergänzte|unterstrich"
SPEECH = (
    r"said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|explained|explains|"
    r"asked|asks|answered|replied|replies|continued|continues|emphasi[sz]ed|emphasi[sz]es|"
    r"underlined|underlines|warned|warns|remarked|wrote|writes|declared|declares|stated|"
    r"announced|announces|insisted|insists|acknowledged|observed|recalled|concluded|"
    r"highlighted|highlights|reiterated|urged|urges|argued|argues|cautioned|affirmed|conceded|"
    r"admitted|predicted|vowed|pledged|commented|responded|agreed|underscored|confirmed|"
    r"assured|suggested|pointed\s+out|put\s+it|testified|tweeted|posted|saying|"
    # French, NATO's other language ("« ... », a déclaré le ministre"), and German
    + FRENCH_SPEECH
    + "|"
    + GERMAN_SPEECH
)
SPEECH_AFTER = re.compile(rf"^{_APPOSED}\s+{_ADVERBS}(?:{SPEECH})\b", re.IGNORECASE)
# Inverted attributions: "said Stoltenberg", "according to Milley".
_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:said|says|added|adds|wrote|writes|noted|explained|continued|asked|replied|"
    r"according\s+to|in\s+the\s+words\s+of|selon|"
    + FRENCH_SPEECH
    + "|"
    + GERMAN_SPEECH
    + r")\s+(?:the\s+|le\s+|la\s+)?)$",
    re.IGNORECASE,
)
_VERBISH = re.compile(
    rf"^{_APPOSED}\s+(?:(?:also|then|later|now|has|had|have|is|was|will|would|can|could|did|"
    r"does|met|spoke|gave|made|took|led|held|saw|went|began|sent|visited|thanked|hosted|joined|"
    r"called|welcomed|travell?ed|arrived|attended|opened|chaired|briefed|addressed)\b|"
    r"[a-z]+(?:ed|es)\b|[a-z]+[^s']s\b)"
)
_APPOSITIVE = re.compile(
    r"^,\s+(?!(?:and|or|but|while|who|which|whose|as)\b)(?P<role>[^,.;:\"“”~()]{2,90}?)(?:,|\s+[-–—]\s|(?=[.;]|$))"
)
# "the" and up to four words that may make a title ("the Pentagon press secretary").
_THE = re.compile(
    r"\b(?:[Tt]he|[Ll][ea])\s+(?P<words>(?:(?!(?:the|a|an|and|or|of|to|in|on|at|that|said|says|told|he|she|"
    r"it|is|was)\b)[\w'’.-]+\s?){1,4})"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_BOUNDARY = re.compile(r"[.!?][\"”’)~]*\s+(?=[\"“‘(~]*[A-Z0-9~\"“])")


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # "name" (two words or more), "surname", "role" (a title alone), "pronoun"
    name: str = ""
    titles: list[str] = field(default_factory=list)  # as printed: before it, in apposition
    gender: str = ""
    evidence: bool = False  # certainly a person (a title, an initial, a known first name...)
    speech: bool = False  # the person speaks here ("X said", "said X", "according to X")
    subject: bool = False  # the person is the subject of the sentence
    person: Person | None = None  # set by cast.Cast.resolve
    apposed_end: int = 0  # where a description in commas after the name ends


def _span(text: str, words: list) -> str:
    return text[words[0][1] : words[-1][2]] if words else ""


def mentions(text: str) -> list[Mention]:
    """Every reference to a person in ``text``, in order, with what the sentence says of it."""
    found: list[Mention] = []
    for run in runs(text):
        title, name_words = split_run(run)
        if not title and len(name_words) == 2 and name_words[0][0] == "M.":
            title, name_words = name_words[:1], name_words[1:]  # French "M. Rutte"
        has_head = any(lx.is_role_head(bare(w[0])) or w[0] == "M." for w in title)
        if not any(len(w[0].rstrip(".")) > 1 for w in name_words):
            name_words = []  # initials alone are no name
        if not name_words:
            if has_head:
                found.append(
                    Mention(title[0][1], title[-1][2], "role", titles=[_span(text, title)])
                )
            continue
        end = name_words[-1][2]
        while len(name_words) > 2 and bare(name_words[-1][0]) in POST_NOMINALS:
            name_words = name_words[:-1]  # "John Healey MP" is John Healey
        titles = [_span(text, title)] if has_head else []
        name = _span(text, name_words)
        if re.search(r"['’]s$", name):
            name, end = name[:-2], end - 2
        words = name.split()
        mention = Mention(
            (title[0][1] if titles else name_words[0][1]),
            end,
            "name" if len(words) > 1 else "surname",
            name=name,
            titles=titles,
        )
        mention.evidence = bool(titles) or any(
            (len(w) == 2 and w.endswith(".")) or bare(w) in SUFFIXES for w in words[1:]
        )
        found.append(mention)
    found.extend(_lowercase_references(text, found))
    found.sort(key=lambda m: m.start)
    _merge_title_comma_name(text, found)
    bounds = sentence_starts(text)
    for m in found:
        _describe(text, m, bounds)
    # Words inside a description are no one: "Larry Burris, the executive for Soldier Lethality,"
    described = [(m.end, m.apposed_end) for m in found if m.apposed_end]
    return [
        m for m in found if m.kind != "merged" and not any(a < m.start < b for a, b in described)
    ]


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` starts (0 first); "Gen. Mark" and "U.S. Army" go on."""
    return [0, *(b.end() for b in _BOUNDARY.finditer(text) if _ends_sentence(text, b.start()))]


def sentence_start(starts: list[int], pos: int) -> int:
    return starts[bisect.bisect_right(starts, pos) - 1]


_WORD_BACK = 80  # how far back the word before a full stop is read: no abbreviation is longer


def _ends_sentence(text: str, dot: int) -> bool:
    # The word before the dot, read from a window: the text before it is not copied at each dot.
    window = text[max(0, dot + 1 - _WORD_BACK) : dot + 1]
    word = window.rsplit(None, 1)[-1] if window.strip() else ""
    return (
        text[dot] != "."
        or not is_abbreviation(word.lstrip('"“('))
        or (bare(word) in lx.SENTENCE_ENDERS)
    )


def _lowercase_references(text: str, known: list[Mention]) -> list[Mention]:
    """ "the secretary general", "the minister"; "he" and "she"."""
    covered = [(m.start, m.end) for m in known]
    extra = []
    for match in _THE.finditer(text):
        words = match["words"].split()
        # The title ends at its last title word: "the secretary general said" -> two words.
        heads = [n for n, w in enumerate(words) if lx.is_role_head(bare(w))]
        if not heads or any(s <= match.start("words") < e for s, e in covered):
            continue
        title = " ".join(words[: heads[-1] + 1])
        end = match.start("words") + len(title)
        extra.append(Mention(match.start(), end, "role", titles=[title]))
    for match in _PRONOUN.finditer(text):
        gender = _PRONOUNS[match.group().lower()]
        extra.append(Mention(match.start(), match.end(), "pronoun", gender=gender))
    return extra


def _merge_title_comma_name(text: str, found: list[Mention]) -> None:
    """ "Poland's Defence Minister, Władysław Kosiniak-Kamysz, said": one mention; also with
    the title's complement, "the secretary general of NATO, Mark Rutte,"."""
    for a, b in itertools.pairwise(found):
        gap = _TITLE_GAP.fullmatch(text[a.end : b.start])
        if (
            a.kind == "role"
            and b.kind in ("name", "surname")
            and gap
            and text[b.end : b.end + 1] in (",", ":")
        ):
            b.titles = [a.titles[0] + (gap["tail"] or ""), *a.titles[1:], *b.titles]
            b.start, b.evidence = a.start, True
            a.kind = "merged"


_TITLE_GAP = re.compile(r"(?P<tail>\s+(?:of|for|de|du|des|d[’'])\s*[^,.;]{1,40}?)?,\s+")


def _describe(text: str, m: Mention, bounds: list[int]) -> None:
    """Fill the appositive title, the speech verb, the subject flag and the gender."""
    after = text[m.end :]
    speaks = bool(
        SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(text[max(0, m.start - 30) : m.start])
    )
    if m.kind in ("name", "surname"):
        apposition = _APPOSITIVE.match(after)
        role = apposition["role"].strip() if apposition else ""
        # A title ("chairman of ..."), or what a speaker is ("the Army's acquisition executive")
        described = speaks and re.match(r"(?:the|a|an)\s", role)
        if role and (any(map(lx.is_role_head, lx.role_words(role))) or described):
            m.titles.append(re.sub(r"^(?:the|a|an)\s+", "", role))
            m.evidence = True
            m.apposed_end = m.end + apposition.end()
    if speaks:
        m.speech = True
        m.evidence = m.evidence or m.kind == "name"
    start = sentence_start(bounds, m.start)
    lead = text[start : m.start].strip(" \"“”'‘’~")
    m.subject = (not lead or (lead.endswith((",", "—", "–")) and len(lead.split()) <= 8)) and bool(
        _VERBISH.match(after) or SPEECH_AFTER.match(after)
    )
    m.gender = m.gender or lx.gender_of(" ".join(m.titles), m.name)
    m.evidence = m.evidence or (m.kind == "name" and m.gender != "")
