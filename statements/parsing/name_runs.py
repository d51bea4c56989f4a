"""Runs of capitalised words in running prose, and where a run's title ends and the person's
name begins: "Secretary of Defense Lloyd J. Austin III" -> ("Secretary of Defense", "Lloyd J.
Austin III"). ``people.mentions`` makes its mentions of them.
"""

from __future__ import annotations

import functools
import re

from statements.parsing import lexicon as lx

# A word with inner apostrophes or hyphens ("O'Brien", "Kosiniak-Kamysz", "NATO's") and perhaps
# a dot, a dotted abbreviation ("U.S."), a number, or one character of punctuation.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w'’-]*[^\W_])?\.?|\d\w*|[^\w\s]")
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "mp", "mep", "kc", "qc", "obe", "cbe", "kbe"}
_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "ter"}
_CONNECTORS = {"of", "for", "the", "and", "on"}  # inside a title: "Secretary of Defense"


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
# at sentence ends by ``runs``.
_CAPITALISED = re.compile(rf"(?<![\w'’-]){_CAP}(?: (?:{_JOIN} )*{_CAP})*")


_ORDINAL = re.compile(r"[1-3](?:st|nd|rd)")


def runs(text: str):
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


def split_run(run: list) -> tuple[list, list]:
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
