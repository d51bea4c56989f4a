"""How the text names a question's journalist in so many words, and where it says so.

The provenances a turn keeps (``name_source``, questioners.py says how each is used); the short
line in which a briefer gives the floor ("Go ahead, Steve.", "Yes, Jeff Mason.", "Nadia?",
``floor_given``); the journalist introducing themself as the question opens ("Hi, I'm Maria
Lopez with Univision.", "Mark Stone, Sky News.", ``self_introduction``). A person's name here
is a name given alone or in full, never words of speech or of things (``names_a_person``).
"""

from __future__ import annotations

import re

from statements.parsing.introductions import Intro
from statements.parsing.lexicon import FIRST_NAMES, NOT_NAMES
from statements.parsing.roles import (
    fold,
    has_outlet_word,
    is_affiliation,
    is_name_like,
    is_outlet_like,
    is_role_like,
    is_title,
    key_of,
    readable,
    word_set,
)

LABEL, FLOOR, MODERATOR, INTRODUCTION, HEADER, FOLLOW_UP = (
    "label",
    "floor",
    "moderator",
    "introduction",
    "header",
    "follow_up",
)

# Words that may stand beside a name in a line that gives the floor ("Yes, go ahead, Steve.").
_FLOOR_WORDS = word_set(
    """yes yeah yep yup okay ok alright all right sure and then next please go ahead let's lets
    let us we'll we will now over here there to you sir ma'am madam doctor everybody everyone
    guys folks in the back front middle row aisle corner first second third last final one more
    question questions for from at with that"""
)
# Interjections and words of speech that stand alone like a name in a short line ("Mm-hmm.",
# "Oh, go ahead.", "Absolutely.", "(Laughter.)"): never the journalist given the floor.
_NOT_NAMES = word_set(
    """oh ah uh um umm hmm mm mm-hmm uh-huh huh eh ha aha uh-oh oops whoa wow absolutely
    apologies understood great good fine perfect exactly correct certainly indeed laughter
    laughs inaudible crosstalk cross-talk anyway gotcha thank thanks so no not do did does i you we our my your his her their it this
    that there here but and or if yes sir right wait hold sorry pardon excuse mm-hm mhm nope nah
    some any
    many most all every each few several other another both either neither one two three four
    five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion"""
)
# Words that say the floor is given ("Go ahead", "Yes", "Next", "Let's go to").
_CUES = word_set("go ahead yes yeah yep okay ok next let's lets we'll please you alright")
_ADVERB = re.compile(r"(?:ically|ously|ively|fully|lessly|ably|ately)$", re.I)
_CONTRACTED = re.compile(r"['’](?:ll|m|s|d|ve|re)$", re.I)
SENTENCE_BREAK = re.compile(r"(?<=[.?!])\s+")
_EDGE = ",.?!:;—–-\"“”'’()"


def _run(words: list[str]) -> list[str]:
    """``words`` without the floor-giving words at either end."""
    start, end = 0, len(words)
    while start < end and fold(words[start]) in _FLOOR_WORDS:
        start += 1
    while end > start and fold(words[end - 1]) in _FLOOR_WORDS:
        end -= 1
    return words[start:end]


def _floor_sentence(sentence: str, common: set[str]) -> tuple[bool, Intro | None, bool]:
    """(whether ``sentence`` only gives the floor, the journalist and outlet it names, whether
    it says so in words: "Go ahead, Steve.", "Nadia?", not "Steve." alone). ``common``: words
    the document prints in lower case, no one's name."""
    if "—" in sentence or "–" in sentence or "(" in sentence:
        return False, None, False  # "Do you —": cut off; "(Laughter.)"
    name = outlet = ""
    said = False  # a word gives the floor, not only a question mark
    for part in sentence.split(","):
        if any(w[:1] in "\"“‘'" for w in part.split()):
            return False, None, False  # the “Kristins” in the front row
        words = [w.strip(_EDGE) for w in part.split()]
        words = [w for w in words if w]
        run = _run(words)
        said = said or any(fold(w) in _CUES for w in words)
        if not run:
            continue
        text = " ".join(run)
        start = next(i for i, w in enumerate(words) if w == run[0])
        if start and fold(words[start - 1]) == "the":
            return False, None, False  # "Yeah, the Rhodium.": a thing
        joined = _name_and_outlet(text, first_name_ok=True) if len(run) > 1 else None
        if not name and joined and names_a_person(joined.name.split(), common):
            name, outlet = joined.name, joined.outlet  # "Let's go to Jeff Mason at Reuters."
        elif not name and 1 <= len(run) <= 3 and names_a_person(run, common):
            name = readable(text)
        elif not outlet and is_outlet_like(text) and is_title(text) and not is_place(text):
            outlet = text  # "Zeke, AP.", "let's go to Reuters."
        else:
            return False, None, False
    if outlet and not name and not said:
        outlet = ""  # "And COVID.", "APRA-H?": no floor given to an outlet
    return True, Intro(name, outlet) if name or outlet else None, said or sentence.endswith("?")


def is_place(outlet: str) -> bool:
    """ "Texas", "Q&A": a place or a word of the page, no outlet."""
    return " " not in outlet and (fold(outlet) in NOT_NAMES or fold(outlet) == "q&a")


def names_a_person(words: list[str], common: set[str]) -> bool:
    """A person's name given alone or in full ("Steve", "Jeff Mason"), not words of speech
    or of things: its first word is a known first name, or one the document never prints in
    lower case ("Build Back Better", "Federal Reserve" are not names) nor a place's."""
    if not words:
        return False
    for word in words:
        if fold(word) in _NOT_NAMES or _CONTRACTED.search(word) or _ADVERB.search(word):
            return False  # "Nope.", "I'll", "Technically Friday."
        if any(len(part) == 1 for part in word.split("-")) or (len(word) > 1 and word.isupper()):
            return False  # "APRA-H", "NATO"
    first = fold(words[0])
    if first not in FIRST_NAMES and (first in common or first in NOT_NAMES):
        return False
    text = readable(" ".join(words))
    return is_name_like(text, min_words=1) and not is_outlet_like(text) and not is_role_like(text)


def floor_given(
    text: str, principals: set[str] = frozenset(), common: set[str] = frozenset()
) -> tuple[Intro | None, bool]:
    """The journalist a turn gives the floor to in its last words, and whether a word says it
    is the floor it gives: "... Go ahead, Steve." -> (Steve, True), "Yes, Jeff Mason." -> Jeff
    Mason, "Okay. Jim?" -> Jim, "Yep. Zeke, AP." -> Zeke (AP), "Matt." -> (Matt, False); None
    when the last words name nobody or are the answer's own. ``principals`` holds keys of the
    briefers' names: handing over to one of them is not giving the floor; ``common`` the words
    the document prints in lower case ("absolutely"), no one's name."""
    sentences = [s for s in SENTENCE_BREAK.split(text[-200:].strip()) if s]
    found, cued = None, False
    for sentence in reversed(sentences[-3:]):
        if len(sentence) > 60:
            break
        gives, intro, said = _floor_sentence(sentence, common)
        if not gives:
            break
        found, cued = intro or found, cued or said
    if found is None or {key_of(w) for w in found.name.split()} & principals:
        return None, False
    return found, cued


# Greetings and thanks a question opens with before the journalist names themself.
_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey)(?:,? there)?|yes|yeah|okay|ok|sure|thank you|thanks|"
    r"good (?:morning|afternoon|evening)|greetings)\b",
    re.I,
)
# "I'm Maria Lopez with Univision", "this is Jeff from Reuters", "my name is Ann Lee, NHK".
_SAYS_WHO = re.compile(
    r"\b(?:I['’]m|I am|this is|my name is|it['’]s)\s+(?P<rest>[A-Z].{2,120})", re.I
)
_WITH = re.compile(r"with\s+(?:the\s+)?(?P<outlet>[A-Z].*)", re.S)
# Between a name and its outlet: "Mark Stone, Sky News", "Jeff Schogol with Task & Purpose".
_JOIN = re.compile(r",\s+|\s+(?:with|from|of|at|for)\s+(?:the\s+)?|\s+[-–—]\s+")


# What a person is, never an outlet's last word ("Flamingo Guy", "Big Fan").
_WHO_ONE_IS = word_set("guy guys man men woman women lady girl boy person people fan friend folks")


def _name_and_outlet(text: str, first_name_ok: bool) -> Intro | None:
    """ "Mark Stone, Sky News" -> Intro; the outlet must end ``text`` (a whole sentence)."""
    for match in _JOIN.finditer(text):
        name, outlet = readable(text[: match.start()].strip()), text[match.end() :].strip()
        outlet = re.sub(r"^the\s+", "", outlet.rstrip(".?!:;—– "), flags=re.I)
        if not is_name_like(name, min_words=1 if first_name_ok else 2):
            continue
        words = outlet.split()
        if not 1 <= len(words) <= 6 or not is_title(outlet) or _GREETING.match(outlet):
            return None
        if is_role_like(outlet) or is_affiliation(outlet) or is_place(outlet):
            return None
        if fold(words[-1]) in _WHO_ONE_IS:
            return Intro(name, "")  # "Sebastian Smith, Flamingo Guy.": no outlet, a nickname
        if fold(words[0]) in FIRST_NAMES and not is_outlet_like(outlet):
            return None  # "Steve Scalise, Kevin McCarthy": two people
        return Intro(name, outlet)
    return None


def self_introduction(question: str, common: set[str] = frozenset()) -> Intro | None:
    """The journalist who names themself as the question opens: "Hi, I'm Maria Lopez with
    Univision.", "Thanks. Tom Squitieri, Talk Media News.", "I'm Nandita with Reuters."."""
    head = question[:300]
    said = _SAYS_WHO.search(head)
    with_outlet = _WITH.match(said["rest"]) if said and said[0][:1] in "Ii" else None
    if with_outlet and said.start() < 120:  # "I'm with ABC News, and ..."
        outlet = re.split(r"[.?!;,]\s|\s[—–]\s", with_outlet["outlet"] + " ", maxsplit=1)[0]
        outlet = outlet.strip(" .")
        if 1 <= len(outlet.split()) <= 6 and is_title(outlet) and has_outlet_word(outlet):
            return Intro("", outlet, INTRODUCTION)
    elif said and said.start() < 120:
        rest = re.split(r"[.?!;]\s|\s[—–]\s", said["rest"] + " ", maxsplit=1)[0]
        intro = _name_and_outlet(rest, first_name_ok=True)
        if intro and names_a_person(intro.name.split(), common):
            return intro
        name = readable(rest.strip(" .,"))
        if len(name.split()) <= 3 and names_a_person(name.split(), common):
            return Intro(name, "")
    for sentence in SENTENCE_BREAK.split(head)[:3]:
        # "Hi, Jeff Schogol with Task & Purpose.": the greeting before the name goes
        clause = sentence
        greeting = _GREETING.match(clause)
        while greeting and "," in clause[greeting.end() :]:  # "Hi, there, Jim Tankersley ..."
            clause = clause[greeting.end() :].split(",", 1)[1].strip()
            greeting = _GREETING.match(clause)
        intro = _name_and_outlet(clause, first_name_ok=False) if clause[-1:] in ".:" else None
        if intro and names_a_person(intro.name.split(), common):
            return intro
        if not _GREETING.match(sentence) or len(sentence) > 80:
            return None  # the question itself has begun
    return None
