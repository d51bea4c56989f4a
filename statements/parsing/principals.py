"""Who a transcript's header names: the people who speak, with their posts.

Headers name speakers in many shapes: "by NATO Secretary General Jens Stoltenberg following
...", "with the Prime Minister of Estonia, Kaja Kallas", "Secretary of Defense Lloyd J. Austin
III and Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley Hold a Press Briefing", "Ned
Price, Department Spokesperson", "Interview with ... by Christiane Amanpour, CNN". ``read``
returns them as (name, role) pairs, the organisation left out of the role ("Secretary General").
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from statements.parsing import introductions, labels
from statements.parsing.dates import find_dates
from statements.parsing.lexicon import NOT_NAMES
from statements.parsing.roles import (
    clean,
    fold,
    is_affiliation,
    is_document_word,
    is_name_like,
    is_name_token,
    is_outlet_like,
    is_role_like,
    is_role_word,
    readable,
    split_role_name,
    word_set,
)

_BY_WITH = re.compile(r"(?:^|\s)(?P<word>by|with)\s+(?P<rest>.+)", re.I)
_ACTOR_VERB = re.compile(
    r"^(?P<who>.+?)(?<!\s)\s++(?:Holds?|Delivers?|Gives?|Participates?|Speaks?|Meets?|Hosts?|Conducts?|"
    r"Briefs?|Address(?:es)?|Testif(?:y|ies)|Welcomes?|Discuss(?:es)?|Announces?|Joins?|"
    r"Visits?|Makes?|Provides?|Remarks|Statement)\b"
)
# Spaces are taken from where their run begins, whole: searched from each space of a long run,
# the pattern would rescan the run.
_CLAUSE_END = re.compile(
    r"(?<!\s)\s++(?:following|after|ahead of|at|during|before|prior to|upon|on|in|to mark|via|"
    r"from|as|when|who|regarding|about|concerning|marking|held|aboard|en route)\s|[:!?](?:\s|$)|"
    r"(?<!\s)\s++[-–—|]\s|"
    # "Officials Previewing the Summit": a verb's -ing form before an article
    r"(?<!\s)\s++[a-z]+ing\s++(?:the|a|an|his|her|their|its|our|new|upcoming)\s",
    re.IGNORECASE,  # titles in title case: "Secretary Antony J. Blinken At a Press Availability"
)
# From where a word begins only: tried from each letter, a long word would be rescanned.
_FULL_STOP = re.compile(r"(?<![\w.])(?P<word>[\w.]*)\.(?=\s|$)")
# Words a full stop abbreviates rather than ends ("Army Gen. Mark A. Milley").
_ABBREVIATIONS = word_set(
    "gen adm sec amb col lt maj capt sgt brig dr mr mrs ms st jr sr gov sen rep prof no"
)
_INTERVIEW_ON = re.compile(r"\binterview(?:ed)?\s+(?:on|with|for|to|by)\s+(?P<rest>.+)", re.I)
# Spaces from where their run begins, taken whole: linear.
_SPLIT_PEOPLE = re.compile(
    r"(?<!\s)\s++(?i:and)\s++(?=the\s|[A-Z])|;\s*|(?<!\s)\s++(?i:with)\s+|(?<!\s)\s++&\s+"
)


def _sentence_end(text: str) -> int:
    for match in _FULL_STOP.finditer(text):
        word = match["word"]
        if len(word.strip(".")) > 1 and "." not in word and word.lower() not in _ABBREVIATIONS:
            return match.end("word")
    return len(text)


def _clause(text: str) -> str:
    """The leading noun phrase of ``text``: up to a clause word, a date or a full stop."""
    text = text[: _sentence_end(text)]
    end = _CLAUSE_END.search(text)
    text = text[: end.start()] if end else text
    dates = find_dates(text)
    if dates:
        text = text[: dates[0][1]]
    return text.strip(" ,;-–—")


_POSSESSIVE = re.compile(r"['’]s$")


def _in_name_or_post(word: str) -> bool:
    """A word that may stand in "Post Name" before the clause goes on ("remarks", "Press")."""
    if is_document_word(word):
        return False
    return (is_name_token(word) or is_role_word(word)) and not (
        _POSSESSIVE.search(word) is None and word.endswith((",", ":"))
    )


def _person(part: str) -> tuple[str, str] | None:
    name, role = split_person(part)
    if name and not is_name_like(name, min_words=1):
        # "Defence Secretary Ben Wallace set out his vision ...": the post and name it opens with
        # "Minister Anand's remarks at ...", "NATO Secretary General Mark Rutte Press Conference"
        words = part.split()
        end = next((i for i, w in enumerate(words) if not _in_name_or_post(w)), len(words))
        if 0 < end <= len(words) and _POSSESSIVE.search(words[end - 1]):
            words[end - 1] = _POSSESSIVE.sub("", words[end - 1])
        shorter = split_person(" ".join(words[:end])) if 0 < end < len(words) else ("", "")
        alone = is_name_like(shorter[0], min_words=1 if shorter[1] else 2)
        name, role = shorter if shorter[1] and alone else ("", role)
    if name and " " not in name and fold(name) in NOT_NAMES:
        name = ""  # "with Japan": a country, not a person
    return (name, _without_affiliation(role)) if name or is_role_like(role) else None


@functools.lru_cache(maxsize=8192)
def split_person(phrase: str) -> tuple[str, str]:
    """(name, role) of a header phrase: "the Prime Minister of Estonia, Kaja Kallas",
    "Ned Price, Department Spokesperson", "Army Gen. Mark A. Milley, chairman of the ..."."""
    phrase = clean(re.sub(r"^(?:the|by|with)\s+", "", phrase.strip(), flags=re.I))
    first, _, rest = phrase.partition(", ")
    rest = rest.partition(", ")[0].strip()  # "Mark Rutte, NATO Secretary General, holds ..."
    if rest:
        role, name = split_role_name(first)
        if name and is_role_like(rest) and not is_name_like(rest):
            return name, readable(rest)
        if not name and role and is_name_like(readable(rest), min_words=1):
            return readable(rest), role
        if name and is_name_like(name, min_words=1) and not is_role_like(rest):
            return name, role  # "Maria Zakharova, Moscow": a place after the name
    role, name = split_role_name(phrase)
    return name, role


def people_in(phrase: str) -> list[tuple[str, str]]:
    """(name, role) of each person a header phrase names: "X and the Prime Minister of Y, Z".
    A part that names nobody belongs to the one before ("Ministry for Europe and Foreign
    Affairs")."""
    found: list[tuple[str, str]] = []
    text = ""
    parts = [p for part in _SPLIT_PEOPLE.split(_clause(phrase)) for p in _listed(part)]
    for part in parts:
        part = part.strip(" ,")
        if not part:
            continue
        person = _person(part)
        # a part that names nobody belongs to the one before; a post named without its holder
        # goes on in the next part ("Secretary of Housing and Urban Development Marcia Fudge")
        post_goes_on = found and not found[-1][0] and person and person[0] and not person[1]
        if found and person and person[0] and not person[1] and " " not in found[-1][0]:
            # "Director for International Economics" + "and Competitiveness Peter Harrell":
            # the post's object goes on, and the name is the end of the second part
            joined = _person(f"{text} and {part}")
            if joined and " " in joined[0] and person[0].endswith(" " + joined[0]):
                text, found[-1] = f"{text} and {part}", joined
                continue
        if (person is None and found) or post_goes_on:
            text = f"{text} and {part}"
            joined = _person(text)
            found[-1] = joined if joined and (joined[0] or not found[-1][0]) else found[-1]
        elif person is not None:
            text = part
            found.append(person)
    if any(name for name, _ in found):  # "..., NIAID Director and Chief Medical Advisor X"
        found = [(name, role) for name, role in found if name]
    return found


def _listed(part: str) -> list[str]:
    """ "Press Secretary Jen Psaki, Secretary of Agriculture Tom Vilsack": a list of people
    with their posts, where "Ned Price, Department Spokesperson" is one person."""
    pieces = part.split(", ")
    groups = [[pieces[0]]]
    for previous, piece in itertools.pairwise(pieces):
        role, name = split_role_name(previous) if len(previous) < 200 else ("", "")
        if role and name and is_role_like(piece):
            groups.append([piece])
        else:
            groups[-1].append(piece)
    return [", ".join(group) for group in groups]


def _without_affiliation(role: str) -> str:
    """ "NATO Secretary General" -> "Secretary General": the organisation is recorded apart
    ("Pentagon Press Secretary" is the post's name and stays)."""
    first, _, rest = role.partition(" ")
    return rest if rest and first.isupper() and is_affiliation(first) else role


@dataclass
class Cast:
    """Who a header names: the principals, an interview's journalist, the lead speaker."""

    principals: list[tuple[str, str]] = field(default_factory=list)  # (name, role), in order
    interviewer: tuple[str, str] = ("", "")  # (name, outlet)
    lead: str = ""  # the first speaker as printed: whose document it is


def read(title: str, lines: list[str], interview: bool) -> Cast:
    """The people the title and speaker lines name ("by X and the Prime Minister of Y, Z",
    "Ned Price, Department Spokesperson"), and, in an interview, the journalist ("by
    Christiane Amanpour, CNN")."""
    cast = Cast()
    zones = []
    actor = _ACTOR_VERB.match(title)
    if actor and not title.lower().startswith(("remarks", "statement")):
        zones.append(actor["who"])  # "Secretary of Defense X Holds a Press Conference"
    for text in [title, *lines]:
        match = _BY_WITH.search(text)
        if match:
            zones.append(match["rest"])
        elif text is not title or (title and not actor and is_role_word(title.split()[0])):
            zones.append(text)  # "Ned Price, Department Spokesperson"
    for zone in zones:
        zone = _clause(zone)
        cast.lead = cast.lead or _SPLIT_PEOPLE.split(zone)[0]
        who, by, journalist = zone.partition(" by ")
        if by and interview:  # "Interview with NATO Secretary General X by C. Amanpour, CNN"
            cast.interviewer = labels.parse_journalist(journalist)
        for part in re.split(r"(?<!\s)\s++by\s+", who if by and interview else zone):
            for person in people_in(part):
                _add(cast.principals, person)
    if interview and not any(cast.interviewer):
        on = _INTERVIEW_ON.search(title)  # "Defence Secretary interview on BBC Radio 4 ..."
        outlet = introductions.outlet_at(on["rest"]) if on else ""
        if outlet and is_outlet_like(outlet):
            cast.interviewer = ("", outlet)
    return cast


def _add(found: list[tuple[str, str]], person: tuple[str, str]) -> None:
    """One entry per person: a name printed again keeps its first post, or gets one."""
    name, role = person
    for i, (known, known_role) in enumerate(found):
        if name and known == name:
            if not known_role and role:
                found[i] = (name, role)
            return
        if name and not known and known_role and role.startswith(known_role):
            found[i] = person  # the post read in part without its holder, then whole with them
            return
    if person not in found:
        found.append(person)
