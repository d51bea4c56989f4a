"""Telling names from roles and outlets, the way a reader of press transcripts does.

A speaker label or a header mixes a person's name with a role ("NATO Secretary General Jens
Stoltenberg", "Ned Price, Department Spokesperson", "SECRETARY OF DEFENSE LLOYD J. AUSTIN III")
or a journalist's name with an outlet ("Matthias Kolb (SDZ)"). These helpers split them by
vocabulary: the words roles are made of, honorifics, name particles, and a few marks of outlets.
Names printed in capitals are given back readable ("Lloyd J. Austin III").
"""

from __future__ import annotations

import functools
import re

from statements.parsing.anonymous import is_anonymous, is_designation  # noqa: F401 (kept here)
from statements.parsing.lexicon import FIRST_NAMES
from statements.parsing.names import (  # noqa: F401 (is_abbreviation kept here)
    clean_name,
    is_abbreviation,
    normalise_key,
)
from statements.parsing.role_words import (
    ACRONYMS,
    AFFILIATIONS,
    ARTICLES,
    CONNECTORS,
    DOCUMENT_WORDS,
    DOTTED_ROLES,
    HEAD_ROLES,
    HONORIFICS,
    LEADING_PARTICLES,
    LOWER_PARTICLES,
    ORG_NOUNS,
    OUTLET_PLAIN_WORDS,
    OUTLET_WORDS,
    PARTICLES,
    POSTNOMINALS,
    RANKS,
    ROLE_WORDS,
    SERVICES,
    SPEECH_WORDS,
    word_set,  # noqa: F401 (kept here)
)
from statements.parsing.text import one_slip

# The helpers below are pure functions of short strings, and a document passes the same few
# names, labels and outlets through them again and again: they remember their answers.
_remember = functools.lru_cache(maxsize=8192)
key_of = _remember(normalise_key)  # names.normalise_key
clean = _remember(clean_name)  # names.clean_name

_ACRONYM = re.compile(r"^[A-Z]{3,6}$")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,4}$")  # "J.", "U.S."
_TOKEN = re.compile(r"[^\s,;]+")


@_remember
def fold(word: str) -> str:
    """A word for vocabulary look-ups: case-folded, curly apostrophes plain, end dots gone."""
    return word.casefold().replace("’", "'").strip(".,;:")


def _is_vocab(word: str, vocabulary: frozenset, plural: bool = False) -> bool:
    """``word`` is in ``vocabulary`` (or its parts are: "HR/VP"; or, ``plural``, its singular
    is: "Advisers", "Officials", "Co-Chairs")."""
    folded = fold(word)
    singular = plural and word[:1].isupper() and folded[-1:] == "s"  # not "forces:" in a line
    if folded in vocabulary or (singular and folded[:-1] in vocabulary):
        return True
    parts = [p for p in re.split(r"[/-]", folded) if p]
    return len(parts) > 1 and all(_is_vocab(p, vocabulary, plural) for p in parts)


def is_role_word(word: str) -> bool:
    if word.endswith(".") and fold(word) in DOTTED_ROLES:
        return True
    return _is_vocab(word, ROLE_WORDS, plural=True)


@_remember
def is_role_like(text: str) -> bool:
    """True when a phrase names a post: "Secretary General", "Prime Minister of Estonia"."""
    return any(_is_vocab(word, HEAD_ROLES, plural=True) for word in _TOKEN.findall(text))


def is_affiliation(text: str) -> bool:
    return fold(clean(text)) in AFFILIATIONS


@_remember
def is_outlet_like(text: str) -> bool:
    """Marks of a news outlet: an outlet word, or an acronym of two to six capitals."""
    words = _TOKEN.findall(text)
    if not words or is_role_like(text) or is_affiliation(text):
        return False
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z0-9&/.-]{1,7}", words[0]):
        return True
    return any(part in OUTLET_WORDS for w in words for part in re.split(r"[/-]", fold(w)))


def is_title(text: str) -> bool:
    """Written like the name of an outlet or a body ("Voice of America", "iHeartRadio", "de
    Volkskrant"), not like a clause ("I would say"): every word has a capital or a digit, or is
    a connector, particle or article; no pronoun."""
    words = _TOKEN.findall(text)
    return bool(words) and all(
        (any(c.isupper() or c.isdigit() for c in w) and w not in ("I", "I'm", "I’m"))
        or fold(w) in CONNECTORS
        or w in PARTICLES
        or fold(w) in ARTICLES
        for w in words
    )


def has_outlet_word(text: str) -> bool:
    """ "Reuters", "AP", "Sky News": a word that names or makes news outlets, not only the
    shape of one ("CDC", "COVID" are capitals too)."""
    words = [fold(w) for w in _TOKEN.findall(text)]
    return any(w in OUTLET_WORDS or set(re.split(r"[/-]", w)) & OUTLET_WORDS for w in words)


def is_name_token(word: str) -> bool:
    """A word that can be part of a printed name: capitalised, an initial, or a particle."""
    if word in PARTICLES:
        return True
    if _INITIALS.match(word):
        return True
    first = word[0]
    return first.isupper() and first.isalpha() and not any(c.isdigit() for c in word)


_NAME_COMMA = re.compile(r",(?!\s*(?:Jr|Sr|I{2,3}|IV)\.?$)")  # "Lloyd J. Austin, Jr." aside


@_remember
def is_name_like(text: str, min_words: int = 2, max_words: int = 5) -> bool:
    """Looks like a person's name: a few capitalised words, none of them a role or honorific,
    a greeting or an opener; no comma inside ("Hi, Andrea" is speech)."""
    if _NAME_COMMA.search(text):
        return False
    words = _TOKEN.findall(text)
    core = [w for w in words if w not in PARTICLES]
    if not (min_words <= len(core) <= max_words):
        return False
    if not all(is_name_token(w) for w in words) or not core:
        return False
    if words[0] in PARTICLES and words[0] not in LEADING_PARTICLES:
        return False  # "von der Leyen", "de Gaulle" are names; "y Gasset" or "al" alone not
    if fold(words[0]) in ARTICLES:  # "Die Welt", "The Times": a title, not a person
        return False
    if any(fold(w) in DOCUMENT_WORDS for w in core):  # "Department Press Briefing"
        return False
    if not text.isupper() and any(_ACRONYM.match(w) and not _ROMAN.match(w) for w in core):
        return False  # "TVR Moldova", "RTL Nieuws": an outlet's initials beside a word
    return not any(
        _is_vocab(w, HEAD_ROLES, plural=True)
        or fold(w) in HONORIFICS
        or fold(w) in SPEECH_WORDS
        or _is_vocab(w, OUTLET_WORDS)
        or fold(w) in ORG_NOUNS
        for w in core
    )


def is_document_word(word: str) -> bool:
    """ "Briefing", "Conference", "Remarks": what documents are called."""
    return fold(word) in DOCUMENT_WORDS


def _title_word(word: str, first: bool) -> str:
    if _ROMAN.match(word) or _INITIALS.match(word) or fold(word) in ACRONYMS:
        return word
    low = word.lower()
    if not first and (low in LOWER_PARTICLES or low in CONNECTORS):
        return low
    parts = re.split(r"([-'’])", low)
    titled = "".join(p[:1].upper() + p[1:] for p in parts)
    if titled.startswith("Mc") and len(titled) > 2:
        titled = "Mc" + titled[2].upper() + titled[3:]
    return titled


@_remember
def readable(text: str) -> str:
    """A printed name or role as a reader would write it: capitals become title case."""
    text = clean(text)
    if not any(c.isalpha() for c in text) or any(c.islower() for c in text):
        return text
    return " ".join(_title_word(w, i == 0) for i, w in enumerate(text.split()))


def readable_outlet(text: str) -> str:
    """An outlet in a label printed all in capitals, made readable: "RIA NOVOSTI" -> "RIA
    Novosti". Short words stay acronyms ("AFP", "TASS"), unless they are words ("SKY NEWS")."""
    text = clean(text)
    if any(c.islower() for c in text):
        return text
    return " ".join(
        w
        if len(re.sub(r"\W", "", w)) <= 4 and fold(w) not in OUTLET_PLAIN_WORDS
        else _title_word(w, True)
        for w in text.split()
    )


@_remember
def split_role_name(text: str) -> tuple[str, str]:
    """("NATO Secretary General", "Jens Stoltenberg") from "NATO Secretary General Jens Stoltenberg".

    Role words are taken from the left; after "of"/"for" one more capitalised word may belong to
    the role (a country: "Prime Minister of Estonia"). Honorifics are dropped ("MR. KIRBY" gives
    ("", "Kirby")). When a role word still sits inside what is left, the role ends there
    ("German Chancellor Olaf Scholz").
    """
    words = text.split()
    i, role_end, after_connector = 0, 0, False
    while i < len(words):
        word, folded = words[i], fold(words[i])
        if folded in HONORIFICS or (folded == "the" and (i == 0 or after_connector)):
            i += 1
        elif folded in CONNECTORS and role_end and i + 1 < len(words):
            i, after_connector = i + 1, True
        elif is_role_word(word) or (after_connector and is_name_token(word)):
            i += 1
            role_end, after_connector = i, False
        elif i + 1 < len(words) and misprinted_post(word):  # "ACTING ADMINSTRATOR SLAVITT"
            post = misprinted_post(word)
            words[i] = post.upper() if word.isupper() else post.capitalize()
            i += 1
            role_end, after_connector = i, False
        else:
            break
    role_words, name_words = words[:role_end], words[i:]
    if role_words and "of" in name_words[1:]:  # "Prime Minister Kishida of Japan"
        cut = name_words.index("of", 1)
        role_words, name_words = [*role_words, *name_words[cut:]], name_words[:cut]
    bodies = [j for j, w in enumerate(name_words) if fold(w) in ORG_NOUNS]
    if role_words and bodies and is_name_like(" ".join(name_words[bodies[-1] + 1 :])):
        cut = bodies[-1] + 1  # "Administrator of the U.S. Environmental Protection Agency" + name
        role_words, name_words = role_words + name_words[:cut], name_words[cut:]
    heads = [j for j, w in enumerate(name_words) if _is_vocab(w, HEAD_ROLES)]
    if heads and heads[-1] + 1 < len(name_words):
        cut = heads[-1] + 1
        role_words, name_words = role_words + name_words[:cut], name_words[cut:]
        # "NSC Coordinator" + "for Strategic Communications" + "John Kirby"
        after_connector = False
        while len(name_words) > 2 and (
            fold(name_words[0]) in CONNECTORS
            or is_role_word(name_words[0])
            or (after_connector and fold(name_words[0]) not in FIRST_NAMES)
        ):  # "Envoy" + "for Climate" + "John Kerry", "for Cyber and Emerging Technology"
            after_connector = fold(name_words[0]) in CONNECTORS or after_connector
            role_words.append(name_words.pop(0))
    elif (
        heads
        and not role_words
        and all(is_name_token(w) and fold(w) not in _NOT_PLAIN for w in name_words)
    ):
        # the words end with a post: "NSC SPOKESPERSON", "Jens Stoltenberg Secretary General"
        start = len(name_words)
        while start and is_role_word(name_words[start - 1]):
            start -= 1
        if is_name_like(" ".join(name_words[:start])):
            role_words, name_words = name_words[start:], name_words[:start]
        else:  # a post, nobody named
            role_words, name_words = name_words, []
    if any(fold(w) in ("for", "of") for w in role_words) and len(name_words) > 2:
        # "Senior Director for International Economics and Competitiveness" + "Peter Harrell":
        # the post's object runs on up to the name, which opens with a known first name
        start = next((k for k, w in enumerate(name_words[:-1]) if fold(w) in FIRST_NAMES), 0)
        if start and all(
            fold(w) in CONNECTORS or (is_name_token(w) and not _INITIALS.match(w))
            for w in name_words[:start]
        ):
            role_words, name_words = role_words + name_words[:start], name_words[start:]
    while len(name_words) > 2 and fold(name_words[-1]) in POSTNOMINALS:
        name_words = name_words[:-1]  # "Ben Wallace MP"
    role_words = [w for w in role_words if fold(w) not in HONORIFICS]
    while len(name_words) > 1 and fold(name_words[0]) in HONORIFICS:
        name_words = name_words[1:]  # "H.E. Mr. Dmytro Kuleba"
    while role_words and fold(role_words[0]) == "the":
        role_words = role_words[1:]
    role_words = _without_rank(role_words)
    return readable(" ".join(role_words)), readable(" ".join(name_words))


# Words of a name or a post, not articles, connectors or bodies ("Office of the Spokesperson").
_NOT_PLAIN = CONNECTORS | ORG_NOUNS | {"a", "an"}


# Long posts, that a typing slip in one letter leaves recognisable ("Adminstrator").
_LONG_POSTS = tuple(sorted(w for w in HEAD_ROLES if len(w) >= 8 and w.isalpha()))


@_remember
def misprinted_post(word: str) -> str:
    """The long post ``word`` misprints by one letter ("ADMINSTRATOR" -> "administrator"), or
    "" (a known first name is a name: no post is one letter from one)."""
    folded = fold(word)
    if not 7 <= len(folded) <= 16 or not folded.isalpha() or folded in FIRST_NAMES:
        return ""
    if folded in HEAD_ROLES or not word[0].isupper():
        return ""
    return next((post for post in _LONG_POSTS if one_slip(folded, post)), "")


def _without_rank(words: list[str]) -> list[str]:
    """A post without the rank printed after it: "Pentagon Press Secretary Air Force Maj.
    Gen." -> "Pentagon Press Secretary" ("Secretary General" stays: no service, no "Gen.")."""
    cut = len(words)
    while cut > 0 and fold(words[cut - 1]) in RANKS:
        cut -= 1
    tail = words[cut:]
    marked = any(w.endswith(".") or fold(w) in SERVICES for w in tail)
    return words[:cut] if 0 < cut < len(words) and marked else words


def is_rank(words: list[str] | str) -> bool:
    """Only a military rank and service ("Air Force Major General", "Gen."), not a post."""
    words = words.split() if isinstance(words, str) else words
    return bool(words) and all(fold(w) in RANKS for w in words)


def surname_key(name: str) -> str:
    """The key of a name's last word, leaving out suffixes ("Lloyd J. Austin III" -> "austin")."""
    words = [w for w in name.split() if not _ROMAN.match(w) and fold(w) not in {"jr", "sr"}]
    return key_of(words[-1]) if words else ""
