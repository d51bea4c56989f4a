"""People named in running prose: "NATO Secretary General Jens Stoltenberg", "Stoltenberg",
"the secretary general", "he".

``mentions(text)`` finds every reference to a person in one paragraph (quotations masked out
beforehand) with what the sentence says of it: a speech verb after it ("said", "told
reporters") or before it ("said Milley", "according to Milley"), a title before the name or in
apposition (", chairman of the Joint Chiefs of Staff,"), whether it is the sentence's subject.
``cast.Cast`` then resolves each mention to the person meant.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from statements.parsing import lexicon as lx

if TYPE_CHECKING:
    from statements.parsing.cast import Person

# A word with inner apostrophes or hyphens ("O'Brien", "Kosiniak-Kamysz", "NATO's") and perhaps
# a dot, a dotted abbreviation ("U.S."), a number, or one character of punctuation.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w'’-]*[^\W_])?\.?|\d\w*|[^\w\s]")
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "mp", "mep", "kc", "qc", "obe", "cbe", "kbe"}
# Letters after a name that are no part of it: an office or an honour.
POST_NOMINALS = {"mp", "mep", "kc", "qc", "obe", "cbe", "kbe", "msp", "ms", "td", "mla"}
_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "ter"}
_CONNECTORS = {"of", "for", "the", "and", "on"}  # inside a title: "Secretary of Defense"
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


@functools.lru_cache(maxsize=8192)
def bare(word: str) -> str:
    """A word as looked up in the word lists: "NATO's" -> "nato", "Gen." -> "gen"."""
    return re.sub(r"['’]s?$", "", word.rstrip(".")).lower()


def is_abbreviation(word: str) -> bool:
    """ "Gen.", "J.", "U.S." (a dot that does not end the sentence)."""
    return word.endswith(".") and (
        len(word) == 2 or word.count(".") > 1 or bare(word) in lx.ABBREVIATIONS
    )


def _tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) > 1 and word.endswith(".") and not is_abbreviation(word):
            out.append((word[:-1], start, end - 1))
            out.append((".", end - 1, end))
        else:
            out.append((word, start, end))
    return out


def _is_name_word(word: str) -> bool:
    """Could be part of a person's name: "Jens", "J.", "O'Brien", "III" (not "NATO", "Defense")."""
    letters = word.rstrip(".")
    if len(letters) == 1:
        return word.endswith(".") and letters.isupper()  # an initial
    key = bare(word)
    if not word[:1].isupper() or key in lx.NOT_NAMES or lx.is_role_head(key):
        return False  # a title's head: "Minister", "Vice-President", "Co-Chair"
    if letters.isupper():
        return key in SUFFIXES or (len(letters) == 2 and key not in lx.NOT_NAMES)  # "CQ"
    return True


# Capital letters of the Latin, Greek and Cyrillic alphabets ("Ł", "Š", "Ö" included).
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΑ-ΩА-ЯЁЄІЇ"
_CAP = rf"[{UPPER}][\w'’.-]*"
_JOIN = (
    r"(?:of|for|the|and|on|von|van|der|den|de|del|della|da|di|du|la|le|ter|"
    # lower-case titles between capitals: "Pentagon spokesman John Kirby"
    r"spokes(?:man|woman|person)|press|secretary|deputy|minister|chief|commander|director|"
    r"adviser|advisor|envoy|ambassador|president|chairman|chair|official|delegation|team|lead|"
    # a rating's class: "Fire Controlman 2nd Class Devin Park"
    r"[1-3](?:st|nd|rd))"
)
# A stretch of capitalised words ("Secretary of Defense Lloyd J. Austin III"); split further
# at sentence ends by ``_runs``.
_CAPITALISED = re.compile(rf"(?<![\w'’-]){_CAP}(?: (?:{_JOIN} )*{_CAP})*")


_ORDINAL = re.compile(r"[1-3](?:st|nd|rd)")


def _runs(text: str):
    """Runs of capitalised words one space apart, with title connectors and name particles."""
    for stretch in _CAPITALISED.finditer(text):
        offset = stretch.start()
        run: list[tuple[str, int, int]] = []
        for word, start, end in _tokens(stretch.group()):
            # A sentence ends, or "and" joins two people ("Jens Stoltenberg and Army Gen. ...")
            # rather than two titles ("Deputy Prime Minister and Minister of Defence").
            if word in (".", "and") and run and (word == "." or _is_name_word(run[-1][0])):
                yield run
                run = []
                continue
            # A name ends a title: "Secretary Lloyd J. Austin III on the Passing of ...".
            if word in _CONNECTORS and run and _ends_name(run):
                yield run
                run = []
                continue
            if not word[:1].isalpha() and not _ORDINAL.fullmatch(word):
                if run:
                    yield run
                run = []
                continue
            run.append((word, start + offset, end + offset))
        if run:
            yield run


def _ends_name(run: list) -> bool:
    """Does a run end on a person's name (two name words, or a title and a name word)?"""
    last = run[-1][0]
    if not _is_name_word(last) or len(run) < 2:
        return False
    before = run[-2][0]
    return _is_name_word(before) or lx.is_role_head(bare(before))


def _surname_after_name(run: list) -> bool:
    """Does a run end on a surname that is also a word for a place or thing ("Park", "Hall"),
    after a first name that is surely one ("Maria Park") or a name under a title ("Fire
    Controlman 2nd Class Devin Park")?"""
    if len(run) < 2:
        return False
    last, before = run[-1][0], run[-2][0]
    key = bare(last)
    if not (last[:1].isupper() and last[1:].islower()) or key in lx.SENTENCE_WORDS:
        return False
    if lx.is_role_head(key) or key[:3] in _CALENDAR:
        return False
    first = bare(before)
    if first in lx.FIRST_NAMES and first not in lx.NOT_NAMES:
        return True
    titled = any(lx.is_role_head(bare(w)) for w, _, _ in run[:-2])
    return titled and _is_name_word(before)


_CALENDAR = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun",
}  # fmt: skip


def _split_run(run: list) -> tuple[list, list]:
    """A capitalised run as (title words, the person's name at its end)."""
    i = len(run)
    while i > 0:
        word = run[i - 1][0]
        if (
            _is_name_word(word)
            or (i < len(run) and bare(word) in lx.FIRST_NAMES)
            or (i == len(run) and _surname_after_name(run))
        ):
            i -= 1  # a first name that is also a place: "Jordan Smith", "Georgia Brown"
            continue
        j = i - 1
        while j > 0 and run[j][0].lower() in _PARTICLES:
            j -= 1
        if j < i - 1 and j >= 0 and _is_name_word(run[j][0]):
            i = j + 1
            continue
        break
    while i < len(run) and run[i][0].lower() in _PARTICLES:
        i += 1
    i = _portfolio_end(run, i)
    title = run[:i]
    while title and (title[-1][0] in _CONNECTORS):
        title = title[:-1]
    while title and bare(title[0][0]) in lx.SENTENCE_WORDS:
        title = title[1:]
    return title, run[i:]


def _portfolio_end(run: list, i: int) -> int:
    """Where the name starts after an office with a portfolio, whose capitalised words read
    like a name: "Commissioner for Internal Market Thierry Breton" -> "Thierry Breton"."""
    name = [w for w, _, _ in run[i:]]
    office = [bare(w) for w, _, _ in run[:i]]
    if len(name) < 3 or not (any(map(lx.is_role_head, office)) and set(office) & _CONNECTORS):
        return i
    plain = all(len(w.rstrip(".")) > 1 and bare(w) not in SUFFIXES | _PARTICLES for w in name)
    known = [n for n, w in enumerate(name) if bare(w) in lx.FIRST_NAMES]
    if not plain:
        return i
    return i + (known[0] if known else len(name) - 2)


def _span(text: str, words: list) -> str:
    return text[words[0][1] : words[-1][2]] if words else ""


def mentions(text: str) -> list[Mention]:
    """Every reference to a person in ``text``, in order, with what the sentence says of it."""
    found: list[Mention] = []
    for run in _runs(text):
        title, name_words = _split_run(run)
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
