"""Speaker labels at the start of a line: who speaks, in every style transcripts print it.

"Jens Stoltenberg, Secretary General:", "Matthias Kolb (SDZ):", "Oana Lungescu (NATO
Spokesperson):", "NATO Secretary General Jens Stoltenberg:", "SECRETARY OF DEFENSE LLOYD J.
AUSTIN III:", "MR PRICE:", "Q:", "Q.", "Q Thanks, Jen." (no colon), "QUESTION:", "Q (Name,
Outlet):", "Question (Name - Outlet):", "Moderator:", "Interpreter:", "[Interpretation]", a
label alone on its line, with or without its colon.

A colon in prose ("The message is clear: ...", "Note: ...", "16:30") is not a label: a label is
a few name-like or role-like words at the start of a line. ``read`` gives a ``Label`` or None;
``Label.strength`` says how sure it is, so the transcript parser can ask for corroboration
(a bare "Name:" counts once it recurs or names a known speaker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.parsing.not_labels import OPENERS, is_stopped
from statements.parsing.roles import (
    CONNECTORS,
    HONORIFICS,
    PARTICLES,
    clean,
    fold,
    is_affiliation,
    is_designation,
    is_name_like,
    is_name_token,
    is_outlet_like,
    is_role_like,
    is_role_word,
    is_title,
    readable,
    split_role_name,
    word_set,
)
from statements.parsing.text import collapse_spaces, within_edits

QUESTION = "question"
ANSWER = "answer"
MODERATOR = "moderator"
INTERPRETER = "interpreter"
PERSON = "person"

# How sure a label is: a marker, role, outlet or capitals; a name of two words or more; one word.
STRONG, NAME, WEAK = 2, 1, 0


@dataclass
class Label:
    printed: str  # the label as printed, without its colon
    text: str  # the speech after it on the same line ("" when it starts on the next line)
    kind: str  # QUESTION, ANSWER, MODERATOR, INTERPRETER or PERSON
    name: str = ""  # readable name ("Lloyd J. Austin III"), "" when none is printed
    role: str = ""  # the role, readable ("Secretary of Defense", "spokesperson")
    outlet: str = ""  # a journalist's outlet printed with the label
    interpreted: bool = False  # "(through interpreter)", "[Interpretation]"
    follow_up: bool = False  # "Q3 (follow-up):": the question before goes on
    strength: int = STRONG
    alone: bool = False  # printed alone on its line, without a colon


# The spaces before the colon are scanned from where their run begins only (the look-behind).
_COLON = re.compile(r"^(?P<label>[^:]{1,160}?)(?<!\s)\s*+:(?:\s+|$)(?P<text>.*)$")
# "Q Thanks, Jen." (White House), "Q. Mr Borrell, ..." (EU), "Q - ...", "Q    — in '24 —": a
# question mark-up without a colon, followed by speech whatever it begins with ("Q and A" aside).
_BARE_Q = re.compile(r"^(?P<label>Q\d{0,2}\.?)(?: ?[-–—] | +)(?!(?:and|&) ?A\b)(?P<text>\S.*)$")
# "MR: ZIENTS:": a colon misprinted for the honorific's full stop.
_HONORIFIC_COLON = re.compile(r"^(MRS?|MS|DR|Mrs?|Ms|Dr): ?(?=[A-Z][A-Z'’-]+:)")
_MARKED_Q = re.compile(r"^Q\d{0,2}\.? ?(?:[(\[,–—-]|(?:from|by) )", re.I)
_BRACKETED_Q = re.compile(r"^Q\d{0,2}\.?\s*[(\[][^)\]]{1,80}[)\]]\s*:")
_BARE_A = re.compile(r"^(?P<label>[AR]\d{0,2})(?:\.\s+|\s*[-–—]\s*)(?P<text>[\"“‘'A-Z].*)$")
_MARKER = re.compile(
    r"^(?:the\s+)?(?:(?:additional|supplementary|further|follow[- ]?up)\s+(?=questions?\b))?"
    r"(?P<marker>q\d{0,2}|questions?|questioner|journalist|reporter|correspondent|"
    r"interviewer|students?|"
    r"audience(?: member| question)?|participant|a\d{0,2}|answer|moderator|host|mc|"
    r"master of ceremonies|staff|operator|facilitator|presenter|chair|interpreter|"
    r"interpretation|translator|translation)\b\.?(?:\s*\d{1,2}\b)?(?P<extra>.*)$",
    re.IGNORECASE,
)
_MISPRINTED = re.compile(r"^[A-Za-z]{7,12}$")
_LONG_MARKERS = ("question", "questioner", "moderator", "participant", "interpreter")
_MARKER_KINDS = {
    **dict.fromkeys(
        word_set(
            "q question questions questioner journalist reporter correspondent interviewer "
            "audience participant student students"
        ),
        QUESTION,
    ),
    **dict.fromkeys(word_set("a answer"), ANSWER),
    **dict.fromkeys(
        word_set("moderator host mc master staff operator facilitator presenter chair"), MODERATOR
    ),
    **dict.fromkeys(word_set("interpreter interpretation translator translation"), INTERPRETER),
}
# Parenthesised remarks in a label that say how, not who: "(through interpreter)", "(in French)".
# Linear: leading spaces only from the start of their run, and the remark (atomic: it ends at
# the first closing bracket whichever keyword it holds) is not tried again from each keyword.
_QUALIFIER = re.compile(
    r"(?:(?<!\s)\s++)?[\[(](?P<q>(?>[^\])]*?(?:interpret|translat|through|via |\bin [A-Z][a-z]+|"
    r"speak|inaudible|off[- ]?mic|contin|cont'?d|video|remote|online|by phone|laugh|cough|"
    r"cross-?talk|"
    r"unintelligible|audio|applause|follow[- ]?up)[^\])]*+))[\])]\s*+",
    re.IGNORECASE,
)
_INTERPRETED = re.compile(r"interpret|translat|through|via ", re.IGNORECASE)
_LEADING_BRACKET = re.compile(r"^[\[(](?P<q>[^\])]{1,60})[\])]\s*")
# Spaces from where their run begins, taken whole: linear.
_SEPARATOR = re.compile(r"(?:(?<!\s)\s++)?[(\[]|,\s+|(?<!\s)\s++[-–—]\s+")
_JOURNALIST = re.compile(
    r"^(?P<a>.+?)(?:,\s+|(?<!\s)\s++[-–—]\s+|(?:(?<!\s)\s++)?[-–—]\s*(?=[A-Z])|"
    r"(?<!\s)\s++(?:from|of|with)\s+(?:the\s+)?|(?:(?<!\s)\s++)?\()"
    r"(?P<b>.+?)\)?$"
)
_EMPHASIS = re.compile(r"^[*_]{1,3}|[*_]{1,3}(?=\s*:)|(?<=:)[*_]{1,3}")
# A recording's time code after a label ("Jens Stoltenberg: (00:15) Good afternoon"), before
# it ("[00:12:45] Jens Stoltenberg: ...") or inside it ("Lloyd Austin (02:31):").
_TIMESTAMP = re.compile(r"^[\[(]\d{1,2}:\d\d(?::\d\d)?[\])]\s*")
_LEADING_TIMESTAMP = re.compile(r"^[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?\s+(?=[A-Z\[(*_])")
# The spaces before it are taken only from where their run begins (the look-behind), so that
# a long run of spaces is scanned once, not once from each of its spaces.
_TIMESTAMP_IN_LABEL = re.compile(r"(?:(?<!\s)\s++)?[\[(]\d{1,2}:\d\d(?::\d\d)?[\])]\s*+(?=:)")
# Speakers the transcript could not name: the label stays, nobody is attributed.
_UNKNOWN = re.compile(
    r"^(?:an? )?(?:unidentified|unknown|unnamed|off[- ]?mic|inaudible|unclear)"
    r"(?: (?:speaker|participant|voice|person|male|female|man|woman|official|reporter|journalist))?$|"
    r"^(?:speaker|participant|voice|person)\s*\d{1,2}$",
    re.IGNORECASE,
)


def _strip_qualifiers(label: str) -> tuple[str, bool]:
    interpreted = False
    for match in _QUALIFIER.finditer(label):
        interpreted = interpreted or bool(_INTERPRETED.search(match["q"]))
    return clean(_QUALIFIER.sub(" ", label)), interpreted


_FOLLOW_UP = re.compile(r"\bfollow[- ]?up\b|^(?:additional|supplementary|further) ", re.I)


def _head_ok(head: str) -> bool:
    """A label's head is a few name-like or role-like words, not a clause."""
    words = head.split()
    if not 1 <= len(words) <= 10 or not words[0][0].isupper() or fold(words[0]) in OPENERS:
        return False
    for word in words:
        folded = fold(word)
        if folded in CONNECTORS or word in PARTICLES or folded in HONORIFICS:
            continue
        if (not is_name_token(word) and not is_role_word(word)) or word.endswith("-"):
            return False  # "The Pre- — President Biden has been clear on this:" is prose
        bare = word.rstrip(".")
        if word.endswith(".") and len(bare) > 4 and not is_role_word(word) and not word.isupper():
            return False  # a sentence ended inside the "label"
    return True


# A surname after a courtesy title ("Mr Jessen", "Ms. Rosenberg"): a person, not an outlet.
_ADDRESSED = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|Madame|Monsieur|M)\.?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:von|van|de|der|den|zu)\s+)*[A-Z][\w'’-]+){0,2})$"
)


def parse_journalist(text: str) -> tuple[str, str]:
    """(name, outlet) from "Name, Outlet", "Name - Outlet", "Name (Outlet)", a name or an outlet."""
    text = collapse_spaces(text.strip(" ()[]:.,"))
    if not text:
        return "", ""
    match = _JOURNALIST.match(text)
    if match:
        a, b = clean(match["a"]), clean(match["b"].strip(" ()[]"))
        if is_name_like(readable(a)):
            return readable(a), b
        if is_name_like(readable(b)):
            return readable(b), a
    if is_name_like(readable(text)):
        return readable(text), ""
    addressed = _ADDRESSED.match(text)
    if addressed:  # "Mr Jessen": a journalist the transcript calls by surname
        return readable(addressed["name"]), ""
    return "", clean(text)


def _marker_label(printed: str, text: str, body: str, interpreted: bool) -> Label | None:
    match = _MARKER.match(body)
    if not match:
        return None
    marker = match["marker"].casefold().split()[0].rstrip("0123456789") or "q"
    kind = _MARKER_KINDS.get(marker, QUESTION if marker.startswith("q") else ANSWER)
    extra = match["extra"].strip()
    bracketed = extra[:1] in ("(", "[")
    by_word = False
    if extra and not bracketed:
        introduced = re.match(r"^(?:from|by)\s+|^[-–—,]\s*", extra, re.IGNORECASE)
        if not introduced or kind in (ANSWER, INTERPRETER):
            return None  # "Chair of the Military Committee" is a role, not the chair's marker
        by_word = introduced.group(0)[0].isalpha()
        extra = extra[introduced.end() :]
    label = Label(printed=printed, text=text, kind=kind, interpreted=interpreted)
    if kind == QUESTION and extra:
        label.name, label.outlet = parse_journalist(extra)
        if not label.name and not bracketed and not is_outlet_like(label.outlet):
            if not by_word or len(extra.split()) > 6:
                return None  # "Question, however, remains: ..." is prose
            label.outlet = ""  # "Question from the audience", "Question from the floor"
    elif kind == MODERATOR and extra:
        # "Moderator (Oana Lungescu)", "Moderator (Professor Joel Hellman, Dean of ...)"
        who, _, post = extra.strip(" ()[]").partition(", ")
        role, name = split_role_name(who)
        if not is_name_like(name, min_words=1) or (post and not bracketed):
            return None
        label.name, label.role = name, readable(post) if post else role
    return label


def _outlet_of(head: str) -> str:
    """The outlet a label names, or "" for the press at large ("Press:", "Media:")."""
    return "" if fold(head) in ("press", "media", "journalists", "reporters") else clean(head)


def _person_label(printed: str, text: str, body: str, interpreted: bool) -> Label | None:
    split = _SEPARATOR.search(body)
    head = body[: split.start()] if split else body
    tail = body[split.end() :].strip(" )]") if split else ""
    if not _head_ok(head):
        return None
    if not tail and is_outlet_like(head):  # "Reuters:", "AFP:", "Press:": a journalist
        name, outlet = parse_journalist(head)  # "Chris Megerian of the LA Times:"
        outlet = outlet if name else _outlet_of(head)
        return Label(printed=printed, text=text, kind=QUESTION, name=name, outlet=outlet)
    role, name = split_role_name(head)
    label = Label(printed=printed, text=text, kind=PERSON, interpreted=interpreted)
    if tail and not name and role:
        _, tail_name = split_role_name(tail)
        if tail_name and is_name_like(tail_name, min_words=1):
            name, tail = tail_name, ""  # "Chair of the Military Committee, Admiral Rob Bauer"
    if tail and name and is_outlet_like(head) and is_name_like(readable(tail)):
        name, tail = readable(tail), head  # "Reuters (Robin Emmott)": the outlet first
    if tail:
        if is_role_like(tail) or is_affiliation(tail):
            if not name and is_name_like(readable(tail), min_words=1) and not is_role_like(tail):
                name = readable(tail)  # "Moderator (Oana Lungescu)"
            else:
                role = tail if tail[0].islower() else readable(tail)
        elif not name and role and is_name_like(readable(tail), min_words=1):
            name = readable(tail)  # "Spokesperson (Peter Stano)"
        elif is_title(tail):  # "Tommy Christopher, Mediaite", not "Second, I would say"
            label.outlet = clean(tail)
        else:
            return None  # "Yes, and then:" is prose
    if not name and not is_role_like(role):
        return None
    label.name, label.role = name, role
    if role or label.outlet or (head.isupper() and len(head) > 3):
        label.strength = STRONG
    else:
        label.strength = NAME if len(name.split()) >= 2 else WEAK
    return label


def parse(printed: str, text: str = "") -> Label | None:
    """The label ``printed`` (without its colon) with ``text`` after it, or None."""
    printed = collapse_spaces(printed)
    body, interpreted = _strip_qualifiers(printed)
    if not body or len(body) > 160 or is_stopped(body):
        return None
    text = _TIMESTAMP.sub("", text)
    if _UNKNOWN.match(body):
        asks = re.search(r"reporter|journalist", body, re.IGNORECASE)
        return Label(printed=printed, text=text, kind=QUESTION if asks else PERSON)
    if is_designation(body):  # "SENIOR DEFENSE OFFICIAL": who speaks, as far as we may know
        return Label(printed=printed, text=text, kind=PERSON, role=readable(body))
    label = _marker_label(printed, text, body, interpreted)
    if label is None and _MISPRINTED.match(body):  # "MODERTOR:", "Questoin:"
        marker = next((m for m in _LONG_MARKERS if within_edits(fold(body), m, 1)), "")
        label = _marker_label(printed, text, marker, interpreted) if marker else None
    if label is None:
        label = _person_label(printed, text, body, interpreted)
    if label and label.kind == QUESTION:
        label.follow_up = bool(_FOLLOW_UP.search(printed))
    if (
        label
        and label.kind == QUESTION
        and not (label.name or label.outlet)
        and text
        and text[0] in "(["
    ):
        close = text.find(")" if text[0] == "(" else "]")
        inner = text[: close + 1]
        if 0 < close < 120 and text[close + 1 :].strip() and not _QUALIFIER.fullmatch(inner):
            # "Q: (Lorne Cook, AP) Secretary General, ...", not "Q: (Through Translator) ..."
            label.name, label.outlet = parse_journalist(text[1:close])
            label.text = text[close + 1 :].strip()
        elif close > 0 and _INTERPRETED.search(inner):
            label.interpreted = True
    return label


# Time codes and interpreters' marks read before a label ("[00:12:45] [Interpretation] ..."):
# a few at most; a line of hundreds is not a label, and is not read one level deeper each.
_MOST_PREFIXES = 4


def read(line: str, _prefixes: int = 0) -> Label | None:
    """The label a line starts with, if any (its speech in ``Label.text``)."""
    if _prefixes > _MOST_PREFIXES:
        return None
    timed = _LEADING_TIMESTAMP.match(line)
    if timed:  # "[00:12:45] Jens Stoltenberg: Good morning"
        return read(line[timed.end() :], _prefixes + 1)
    if line[:1] in ("*", "_"):  # "**Jens Stoltenberg:** Good afternoon" (copied as Markdown)
        line = _EMPHASIS.sub("", line).strip()
    line = _TIMESTAMP_IN_LABEL.sub("", line, count=1)  # "Lloyd Austin (02:31):" (Rev)
    line = _HONORIFIC_COLON.sub(r"\1. ", line, count=1)  # "MR: ZIENTS:" misprinted
    if not line or not (line[0].isupper() or line[0] in "[("):
        return None
    lead = _LEADING_BRACKET.match(line)
    if lead and _INTERPRETED.search(lead["q"]):  # "[Interpretation] text" or "... Name: text"
        rest = line[lead.end() :]
        label = read(rest, _prefixes + 1)
        if label:
            label.interpreted = True
            return label
        return Label(printed=lead.group(0).strip(), text=rest, kind=INTERPRETER)
    bare = _BARE_Q.match(line)
    if bare and not _BRACKETED_Q.match(line):  # not "Q3 (follow-up): ...", "Q1 (Name, AP): ..."
        match = _COLON.match(line) if _MARKED_Q.match(line) else None  # "Q from Reuters: ..."
        label = parse(match["label"], match["text"].strip()) if match else None
        if label is None or label.kind != QUESTION or not (label.name or label.outlet):
            # "Q    On Russia: ...", "Q    Thanks, Jen: ...": speech after the Q, not a label
            label = parse(bare["label"].rstrip("."), bare["text"].strip())
        return label
    match = _COLON.match(line)
    return parse(match["label"], match["text"].strip()) if match else None


def read_alone(line: str) -> Label | None:
    """A label printed alone on its line without a colon ("JENS STOLTENBERG", "Q"), or in
    square brackets ("[Moderator]", "[Ulf Kristersson, Prime Minister of Sweden]")."""
    if line[:1] == "[" and line[-1:] == "]" and not _QUALIFIER.fullmatch(line):
        line = line[1:-1].strip()  # "[Applause]", "[Inaudible]" are not speakers
    if (
        not line
        or len(line) > 80
        or line[-1] in ".?!,;:\"”'’"
        or ":" in line
        or not line[0].isupper()
    ):
        return None
    label = parse(line)
    if label:
        label.alone = True
        if label.kind == PERSON:
            label.strength = WEAK
    return label


def read_bare_answer(line: str) -> Label | None:
    """ "A. text", "A - text", "R - text" (réponse): an answer mark-up, only trusted where
    questions are marked too."""
    match = _BARE_A.match(line)
    return Label(printed=match["label"], text=match["text"].strip(), kind=ANSWER) if match else None
