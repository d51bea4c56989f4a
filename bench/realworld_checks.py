"""The checks of ``python -m bench.realworld``: what every page of a real transcript shows, read
as the key the parse is compared with (question paragraphs, upper-case speaker labels, the
briefers a title names), and the marks of a questioner's name or outlet that is not one.
"""

from __future__ import annotations

import re
from collections import Counter

from statements.parsing import document as d
from statements.parsing.roles import is_anonymous, readable, split_role_name, word_set
from statements.parsing.text import normalise

# A paragraph opened by a question label: "Q", "Q:", "Q.", "Q3:", then speech (or nothing).
Q_PARAGRAPH = re.compile(r"^[*_]{0,3}Q\d{0,2}(?:[.:]|\s|$)")
# A line opened by one unmistakably ("Q:", "Q.", "Q" and several spaces): a paragraph even
# where the page lost the blank line before it.
Q_LINE = re.compile(r"^[*_]{0,3}Q\d{0,2}(?:[.:]\s|\s{2,}|[–—]\s)")
# An upper-case speaker label: "MS. PSAKI:", "SECRETARY BLINKEN:", "THE PRESIDENT:".
UPPER_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,5})\s?:(?:\s|$)")
# A line broken off inside a sentence: it ends on a word or a comma.
_BROKEN_OFF = re.compile(r"[\w,]$")
_NOT_LABELS = {"Q", "A", "END", "NOTE", "Q&A", "PM", "AM", "EST", "EDT", "UTC"}
# Words of a title after the briefers' names: "..., May 26, 2021", "En Route Rome", "on Russia".
_TITLE_TAIL = re.compile(
    r",?\s+(?:en route|aboard|on|before|after|at|in|to|via|following|during|previewing|"
    r"regarding|discussing|announcing|ahead of)\s.*$|"
    r",\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d.*$",
    re.I,
)
# Words of posts and bodies in a title, not of a briefer's name.
_POST_WORDS = word_set(
    """official officials team staff member members spokesperson spokesman briefers experts
    leaders secretary press deputy principal national security advisor adviser director council
    economic economics assistant chief coordinator administrator envoy special presidential
    senior president vice prime minister ambassador general officer commissioner surgeon chair
    co-chair co-chairs chairs agency affairs department policy house white response health
    climate domestic homeland energy education commerce transportation labor treasury state
    defense agriculture interior veterans housing urban development competitiveness cyber
    international emerging technology infrastructure implementation environmental protection
    management budget office administration covid-19 task force representative trade
    spokespeople governor mayor senator"""
)
# Speaker labels that say what someone does, not who they are: found when their turns are.
_ANONYMOUS = re.compile(
    r"\b(?:MODERATOR|OPERATOR|AIDE|STAFF(?:ER)?|PARTICIPANT|OFFICIALS?|SPEAKER|HOST|"
    r"INTERPRETER|UNIDENTIFIED|AUDIENCE|REPORTER|JOURNALIST|BRIEFER|VOICE)\b"
)
_HONORIFIC = re.compile(r"^(?:MR|MS|MRS|MISS|DR|GEN|ADM|AMB|SEC)\.?$")

# Words that never open or make a name or an outlet: greetings, thanks, openers, pronouns.
_NEVER = word_set(
    """hi hello hey thanks thank thankyou happy good morning afternoon evening yes yeah no
    okay ok sure well so and but or also just look second first third fourth finally lastly
    next last one two three sorry excuse please great right all i i'm i’m my we we're our you
    your he she it they this that these those there here what why how when where who which
    is are was were be been do does did have has had will would can could should may might
    not if then than because about on in at to for from with of by as just really actually
    question questions follow up quick real quickly back again another other more"""
)
_NAME_PARTICLES = word_set("de da del della der den di du la le van von bin al el ibn st")
_OUTLET_SMALL = word_set("of the and for de la el y am im du des der die das on")


def paragraphs_opened_by_q(text: str) -> int:
    """How many paragraphs begin with a question label (a line after a blank line, or every
    line when the text has no blank lines)."""
    rows = normalise(text).split("\n")
    blank_separated = sum(1 for row in rows if not row.strip()) * 4 >= sum(
        1 for row in rows if row.strip()
    )
    count, previous = 0, ""
    for row in rows:
        row = row.strip()
        if not row:
            previous = ""
            continue
        # "... bringing it down by" + "Q4.  Do you think ...": a sentence goes on, no label
        broken_off = bool(previous) and _BROKEN_OFF.search(previous) is not None
        if ((not previous or not blank_separated) and Q_PARAGRAPH.match(row)) or (
            Q_LINE.match(row) and not broken_off
        ):
            count += 1
        previous = row
    return count


def lower_words(texts: list[str]) -> set[str]:
    """Words printed more often in lower case than capitalised inside sentences: common
    words, not names ("thanks", "look", "second")."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for match in re.finditer(r"(?<=[a-z,;] )([A-Za-z][a-z'’]+)", text):
            word = match.group(1)
            (lower if word[0].islower() else upper)[word.casefold()] += 1
    return {w for w, n in lower.items() if n >= 3 and n > 2 * upper[w]}


def name_problem(name: str, common: set[str]) -> str:
    """Why ``name`` does not look like a person's name, or ""."""
    if re.search(r"[^\w\s.'’-]|\d", name):
        return "punctuation or digits"
    words = name.split()
    if not 1 <= len(words) <= 4:
        return "too many words"
    for i, word in enumerate(words):
        folded = word.casefold().strip(".")
        if folded in _NAME_PARTICLES and 0 < i < len(words) - 1:
            continue
        if not word[0].isupper():
            return f"lower-case word {word!r}"
        if folded in _NEVER:
            return f"not a name word {word!r}"
        if word.endswith(".") and len(folded) > 2 and i < len(words) - 1 and folded not in ("jr",):
            return f"sentence end {word!r}"
        if folded in common and len(words) == 1:
            return f"common word {word!r}"
    if all(w.casefold().strip(".") in common for w in words):
        return "common words"
    return ""


def outlet_problem(outlet: str, common: set[str], principal_words: set[str]) -> str:
    """Why ``outlet`` does not look like a news organisation's name, or ""."""
    if "?" in outlet or "!" in outlet:
        return "a question or exclamation"
    words = outlet.split()
    if not 1 <= len(words) <= 7:
        return "too many words"
    for i, word in enumerate(words):
        folded = word.casefold().strip(".,")
        if folded in _OUTLET_SMALL and i:
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return f"lower-case word {word!r}"
        if folded in _NEVER:
            return f"not an outlet word {word!r}"
        core = word.strip(".")
        if word.endswith(".") and i < len(words) - 1 and len(core) > 3 and not core.isupper():
            return f"sentence end {word!r}"
    if len(words) == 1 and words[0].casefold() in principal_words:
        return "a briefer's name"
    return ""


def upper_labels(text: str) -> list[str]:
    """The distinct upper-case speaker labels of a transcript, in order."""
    found: dict[str, None] = {}
    for row in normalise(text).split("\n"):
        match = UPPER_LABEL.match(row.strip())
        if not match:
            continue
        label = match["label"].strip()
        letters = [c for c in label if c.isalpha()]
        if len(letters) < 3 or label in _NOT_LABELS or not any(c.isupper() for c in letters):
            continue
        found[label] = None
    return list(found)


def title_briefers(title: str) -> list[str]:
    """The people a title names as briefers: "Press Briefing by Press Secretary Jen Psaki and
    Secretary of Energy Jennifer Granholm" -> ["Jen Psaki", "Jennifer Granholm"]."""
    _, by, rest = title.partition(" by ")
    if not by:
        return []
    rest = _TITLE_TAIL.sub("", rest)
    names = []
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", rest):
        part = re.sub(r"\s+of\s+(?:the\s+)?[A-Z]\w+$", "", part.strip())  # "... of Australia"
        words = part.split()
        if not words or not words[-1][:1].isupper():
            continue
        surname = words[-1].strip(".,")
        if surname.casefold() in _POST_WORDS or surname.isupper():
            continue
        names.append(surname)  # the surname is enough to find them among the speakers
    return names


def _surname(label: str) -> str:
    words = [w for w in label.replace(".", ". ").split() if not _HONORIFIC.match(w)]
    return words[-1].casefold() if words else ""


def principals_found(text: str, doc: d.ParsedDocument) -> tuple[list[str], list[str]]:
    """The principals (upper-case labels, title briefers) not found among the speakers, and
    those found by their post only: a label that prints a post and no name ("THE PRESIDENT:")
    where the document names nobody who holds it keeps the post on its turns, no person."""
    spoken = [t for t in doc.turns if t.kind != d.T_QUESTION]
    by_label: dict[str, set[str]] = {}
    roles_by_label: dict[str, set[str]] = {}
    for turn in spoken:
        key = " ".join(turn.speaker_label.split()).casefold()
        by_label.setdefault(key, set()).add(turn.speaker)
        roles_by_label.setdefault(key, set()).add(turn.role)
    speaker_words = {w.casefold() for t in spoken for w in re.split(r"[\s-]+", t.speaker) if w}
    missing, by_post = [], []
    for label in upper_labels(text):
        key = " ".join(label.split()).casefold()
        if key not in by_label:
            missing.append(label)
            continue
        named = [s for s in by_label[key] if s]
        if not named:
            roles = [r for r in roles_by_label[key] if r]
            if _ANONYMOUS.search(label) or any(is_anonymous(r) for r in roles):
                continue  # "MODERATOR:", and "MODERTOR:" where the parser read the moderator
            post = split_role_name(readable(label))
            if post[0] and not post[1] and roles:
                by_post.append(label)  # "THE PRESIDENT:" where nobody is named President
            else:
                missing.append(label)
            continue
        honorific = bool(_HONORIFIC.match(label.split()[0]))
        surname = _surname(label)
        if honorific and not any(surname in s.casefold() for s in named):
            missing.append(label)
    for surname in title_briefers(doc.title):
        if not all(p.casefold() in speaker_words for p in surname.split("-") if p):
            missing.append(surname)
    return missing, by_post


def question_turns(doc: d.ParsedDocument) -> list[d.ParsedTurn]:
    return [t for t in doc.turns if t.kind == d.T_QUESTION and not t.interpretation]
