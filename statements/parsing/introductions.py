"""What the moderator says about the next questioner, and which outlet name is the full one.

Moderators name journalists and outlets in full: "we will start with Matthias Kolb from
Suddeutsche Zeitung", "We'll go to Jane's Brooks Tigner", "First question goes to Lita Baldor,
AP", "the gentleman from Reuters". ``find`` returns these introductions in order; the transcript
parser uses them to attribute a bare "Q:" and to resolve the abbreviations printed in labels
("SDZ" is "Suddeutsche Zeitung", "VG" is "Verdens Gang": ``fuller``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.parsing.roles import (
    HONORIFICS,
    PARTICLES,
    clean,
    fold,
    is_abbreviation,
    is_name_like,
    is_name_token,
    is_outlet_like,
    is_role_like,
    is_role_word,
    key_of,
    readable,
    word_set,
)


@dataclass
class Intro:
    name: str  # "" when only the outlet was named ("the gentleman from Reuters")
    outlet: str  # "" when only the name was


# Capitalised words that open a sentence rather than a name ("Next, Lorne Cook").
_OPENERS = word_set(
    """next now then and so first finally lastly please okay ok yes thanks thank we we'll let's
    let i i'll go over back the our your question questions last final start sir madam good
    well right also and, but for from to with in on at online again"""
)
_PEOPLE_NOUNS = word_set(
    """gentleman gentlemen lady ladies man woman journalist journalists colleague colleagues
    reporter reporters correspondent person friend friends someone somebody"""
)
_OUTLET_CONNECTORS = word_set("of the and & für de du des la le di del y")
# Words that, just before a name or an outlet, give it the floor ("goes to", "start with").
_CUE_BEFORE = re.compile(
    r"(?:\b(?:to|with|is|from|question|questions|next|first|then|now|floor|start|begin|go|"
    r"goes|going|come|turn|move|back|over)|[:,]|(?:^|[.!?]))\s*$",
    re.I,
)
_WORDS = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s")
# Where the floor is given, an exchange is closed or questions are invited.
FLOOR = re.compile(
    r"\b(?:next question|last question|final question|first question|one more question|"
    r"questions? (?:goes |will go )?(?:to|from)|(?:go|going|turn|come|move|pass|hand)(?:\s+it)?"
    r"\s+(?:back\s+|over\s+|now\s+)?(?:to|over)\b(?!\s+(?!the\b|our\b|you\b|your\b)(?-i:[a-z])|"
    r" ?[—–-]| ?$)|"  # not "the President is going to —", cut off
    r"floor is yours|(?:give|open) (?:you )?the floor|"
    r"over to you|the floor to|start with|begin with|take (?:a few |some |your |two |three |the )?"
    r"questions|go ahead|your question|microphone|time for (?:one|two|a few|a couple|some)|"
    r"kick (?:us|it|things) off|"
    r"concludes|that's all|that is all|thank you (?:all|everyone|very much for)|"
    r"we(?: will|'ll|’ll) (?:now )?(?:take|go|start|turn|move|come))",
    re.I,
)
CLOSING = re.compile(
    r"\b(?:concludes|conclude (?:this|the|our)|that's all (?:we have|the time)|that is all|"
    r"end of (?:the|this|our) (?:press|briefing|conference|session)|(?:thank you|thanks),? "
    r"(?:all|everyone|everybody|very much,? (?:everyone|everybody|all))(?: for (?:coming|joining))?"
    r"\W*$|(?:we are|we're) out of time|(?:have to|must) (?:stop|end)"
    r" (?:it )?there)",
    re.I,
)
_FLOOR_WORDS = word_set(
    """yes okay ok all right sure go ahead please next and so sir ma'am madam the gentleman lady
    in back front there you your question thank thanks then over here let's everybody everyone
    folks guys hello hi welcome good morning afternoon evening middle room row left right side
    corner aisle at"""
)


def is_floor_giving(text: str) -> bool:
    """A short turn that only gives the floor: "Shaun.", "Lita?", "Yes, Tom, go ahead.",
    "Next question goes to Lita Baldor, AP." (every sentence of it gives the floor)."""
    if len(text) > 120:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    return bool(sentences) and all(_gives_floor(s) for s in sentences)


def names_someone(text: str) -> bool:
    """A floor-giving turn that names the next speaker ("Yes, Tom.", "James?"), not "Sure."."""
    words = (w.strip(".,?!:;") for w in text.split())
    return any(w[:1].isupper() and fold(w) not in _FLOOR_WORDS for w in words if w)


_HAND_OVER = re.compile(
    r"floor is yours|over to you|(?:give|pass|hand) (?:you )?the floor|hand (?:it )?over", re.I
)


def hands_over(sentence: str) -> bool:
    """The last words of a turn that give the floor to the next speaker by name or post:
    "General.", "Secretary General, the floor is yours.", not "Thank you."."""
    if _HAND_OVER.search(sentence):
        return True
    return len(sentence) <= 60 and _gives_floor(sentence) and names_someone(sentence)


def _gives_floor(sentence: str) -> bool:
    if len(sentence) <= 70 and FLOOR.search(sentence):
        return True
    words = [w.strip(".,?!:;") for w in sentence.split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 6:
        return False
    return all(fold(w) in _FLOOR_WORDS or w[0].isupper() for w in words)


def _name_before(text: str) -> tuple[str, int]:
    """The name the text ends with ("... start in the room with Matthias Kolb"), and where."""
    words = list(_WORDS.finditer(text))
    run: list[re.Match] = []
    for match in reversed(words):
        word = match.group(0)
        if word[-1] in ",.;:!?" or not (is_name_token(word) or (word in PARTICLES and run)):
            break
        run.insert(0, match)
        if len(run) == 5:
            break
    while run and (
        fold(run[0].group(0)) in _OPENERS
        or fold(run[0].group(0)) in HONORIFICS
        or is_role_word(run[0].group(0))
    ):
        run.pop(0)
    name = readable(" ".join(m.group(0) for m in run))
    return (name, run[0].start()) if run and is_name_like(name) else ("", len(text))


def outlet_at(text: str) -> str:
    """The outlet ``text`` starts with ("BBC Radio 4 Today programme" -> "BBC Radio 4 Today")."""
    return _outlet_after(text)


def _outlet_after(text: str) -> str:
    """The outlet the text starts with ("Radio Free Europe, who should ..." -> the first part)."""
    words = _WORDS.findall(text)
    if words and fold(words[0]) == "the":
        words = words[1:]
    run: list[str] = []
    for word in words:
        core = word.rstrip(",.;:!?)")
        if not core:
            break
        joiner = core in ("-", "–", "&", "/") or (fold(core) in _OUTLET_CONNECTORS and run)
        if not (core[0].isupper() or core[0].isdigit() or joiner):
            break
        run.append(core)
        if core != word or len(run) == 8:
            break
    while run and (fold(run[-1]) in _OUTLET_CONNECTORS or run[-1] in ("-", "–", "&", "/")):
        run.pop()
    outlet = clean(" ".join(run))
    if not outlet or is_role_like(outlet):
        return ""
    # "Lara Seligman" is a person; "Foreign Policy" and "Defense One" are titles
    titled = is_outlet_like(outlet) or any(is_role_word(w) for w in outlet.split())
    if is_name_like(outlet) and not titled:
        return ""
    return outlet


def _possessives(text: str) -> list[tuple[int, Intro]]:
    """ "We'll go to Jane's Brooks Tigner": the outlet in the possessive before the name."""
    found = []
    for match in re.finditer(r"(?P<outlet>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s)\s+", text):
        words = match["outlet"].split()
        while len(words) > 1 and fold(words[0]) in _OPENERS:
            words = words[1:]
        outlet = " ".join(words)
        name = _name_at(text[match.end() :])
        bare = outlet[:-2]
        if (
            name
            and not is_role_like(bare)
            and not is_name_like(bare)
            and fold(bare) not in _OPENERS
        ):
            found.append((match.start(), Intro(name, clean(outlet))))
    return found


def _name_at(text: str) -> str:
    """The name ``text`` starts with, if any ("Brooks Tigner, also online" -> "Brooks Tigner")."""
    run = []
    for word in text.split()[:5]:
        core = word.rstrip(",.;:!?")
        if not core or not (is_name_token(core) or (core in PARTICLES and run)):
            break
        run.append(core)
        if core != word:
            break
    name = readable(" ".join(run))
    return name if is_name_like(name) else ""


def find(text: str) -> list[Intro]:
    """The journalists and outlets a moderator's words introduce, in order."""
    found: list[tuple[int, Intro]] = []
    for match in re.finditer(r"\s(?:from|of|with|to)\s+(?=(?:the\s+)?[A-Z0-9])", text):
        before, after = text[: match.start()], text[match.end() :]
        if _name_at(after) or _POSSESSIVE.match(after):
            continue  # "to Lorne Cook of the AP", "to Jane's Brooks Tigner": read below
        name, _ = _name_before(before)
        outlet = _outlet_after(after)
        if name and outlet and match.group(0).strip() != "to":
            found.append((match.start(), Intro(name, outlet)))
        elif outlet and not name:
            last = fold(before.split()[-1]) if before.split() else ""
            if last in _PEOPLE_NOUNS or (is_outlet_like(outlet) and _CUE_BEFORE.search(before)):
                found.append((match.start(), Intro("", outlet)))
    for match in re.finditer(r",\s+(?=[A-Z0-9])", text):  # "goes to Lita Baldor, AP."
        name, start = _name_before(text[: match.start()])
        after = text[match.end() :]
        outlet = _outlet_after(after)
        # An outlet by its marks ("AP"), or all the rest of the sentence ("Foreign Policy.")
        whole = outlet and re.match(re.escape(outlet) + r"\s*(?:[.?!]|$)", after)
        if (
            name
            and outlet
            and (is_outlet_like(outlet) or whole)
            and _CUE_BEFORE.search(text[:start])
        ):
            found.append((match.start(), Intro(name, outlet)))
        named = _name_at(after)  # "We'll go to Associated Press, Tara Copp.": outlet first
        if named and re.match(re.escape(named) + r"\s*(?:[.?!]|$)", after):
            found.append((match.end(), Intro(named, "")))
    found.extend(_possessives(text))
    found.extend(_whole_sentences(text))
    found.sort(key=lambda item: item[0])
    return _merged([intro for _, intro in found])


def _whole_sentences(text: str) -> list[tuple[int, Intro]]:
    """A sentence that is only a name or only an outlet: "Robin Emmott.", "RFE/RL."."""
    found = []
    for match in re.finditer(r"(?:^|(?<=[.!?]\s))(?P<s>[^.!?]{2,60})[.!?]?(?=\s|$)", text):
        sentence = match["s"].strip().rstrip(",")
        if is_name_like(readable(sentence)):
            found.append((match.start(), Intro(readable(sentence), "")))
        elif len(sentence.split()) <= 6 and is_outlet_like(sentence):
            outlet = _outlet_after(sentence)
            if outlet and key_of(outlet) == key_of(sentence):  # the whole sentence
                found.append((match.start(), Intro("", outlet)))
    return found


def _merged(intros: list[Intro]) -> list[Intro]:
    """One introduction per journalist; an outlet named beside a name joins it ("We'll start
    with Reuters. Robin Emmott.")."""
    result: list[Intro] = []
    for intro in intros:
        last = result[-1] if result else None
        if intro.name and any(key_of(intro.name) == key_of(r.name) for r in result):
            continue
        if last and last.name and not last.outlet and intro.outlet and not intro.name:
            result[-1] = Intro(last.name, intro.outlet)
        elif last and last.outlet and not last.name and intro.name and not intro.outlet:
            result[-1] = Intro(intro.name, last.outlet)
        elif intro.outlet and not intro.name and any(r.outlet == intro.outlet for r in result):
            continue
        else:
            result.append(intro)
    return result


_SELF_INTRO = re.compile(
    r"^(?:(?:hi|hello|yes|thank you|thanks|good (?:morning|afternoon|evening))\b[^.!?]{0,40}"
    r"[.!,]\s+)?(?:(?:this is|it's|it is|i'm|i am|my name is)\s+)?(?P<name>[^,.()]{3,50}?)"
    r"(?:,\s+|\s+(?:from|with|of)\s+(?:the\s+)?|\s+\()(?P<outlet>[^,.()?!]{2,60}?)\)?[.,:]\s",
    re.I,
)


def self_introduction(question: str) -> Intro | None:
    """ "Lorne Cook, AP. Secretary General, ...": the journalist who names themself first."""
    match = _SELF_INTRO.match(question[:200])
    if not match:
        return None
    name, outlet = readable(match["name"]), clean(match["outlet"])
    if not is_name_like(name) or not outlet[0].isupper() or len(outlet.split()) > 6:
        return None
    if is_role_like(outlet) or fold(outlet.split()[0]) in _OPENERS:
        return None
    return Intro(name, outlet)


def fuller(printed: str, introduced: str) -> tuple[str, str]:
    """(the fuller of two names for one outlet, the other when it is an abbreviation or "")."""
    a, b = clean(printed), clean(introduced)
    if not a or not b:
        return a or b, ""
    ka, kb = key_of(a), key_of(b)
    if ka == kb:
        return (b if a.isupper() and not b.isupper() else a), ""
    if is_abbreviation(a, b):
        return b, a
    if is_abbreviation(b, a):
        return a, b
    if kb.startswith(ka) and not kb[len(ka)].isalnum():
        return b, ""  # "Jane's" introduced, "Jane's Defence Weekly" printed: keep the longer
    if ka.startswith(kb) and not ka[len(kb)].isalnum():
        return a, ""
    return a, ""  # two different outlets: trust the label
