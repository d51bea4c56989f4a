"""Keyword rules for automatic topic tagging: pure functions over text.

A rule is a word or phrase matched as whole words regardless of case; a word ending in * matches
any word it begins ("missile*" finds missile, missiles). ``TopicMatcher`` compiles the rules of
every topic once and tells which topics a text mentions.

Speed: the text's words are collected once into a sorted list; a rule whose words (or word
beginnings) are not all among them is rejected by set look-ups and bisection, and only the few
remaining phrase rules are confirmed with a regular expression.

A statement is tagged only with what it is about (``TopicMatcher.subjects``): a topic its title
names, or one mentioned at least about once per thousand words of its text. A passing mention in
a long briefing is not a subject; each exchange still carries every topic it mentions.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

WORD = re.compile(r"\w+")

# A statement is about a topic mentioned at least once per this many words of its text
# (rounded, at least once): 2 mentions in a 2,000-word press conference, 11 in an 11,000-word
# briefing. Measured on the 365 White House briefings of 2021: see bench/topics.py.
WORDS_PER_MENTION = 1000


def rule_pattern(rule: str) -> str:
    """The regular expression of one rule: whole words, flexible spaces and hyphens."""
    parts = []
    for word in re.split(r"\s+", rule.strip()):
        prefix = word.endswith("*")
        body = re.escape(word.rstrip("*"))
        body = body.replace(r"\-", r"[-\u2010-\u2015 ]?")  # NATO-EU, NATO–EU, NATO EU
        body = body.replace("'", "['\u2019]")
        parts.append(body + (r"\w*" if prefix else ""))
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


def beginning_with(ordered: list[str], prefix: str) -> Iterator[str]:
    """The words of the sorted list ``ordered`` that begin with ``prefix``."""
    i = bisect.bisect_left(ordered, prefix)
    while i < len(ordered) and ordered[i].startswith(prefix):
        yield ordered[i]
        i += 1


@dataclass
class Rule:
    words: list[str]  # the rule's words, casefolded
    prefix: bool  # its last word is a word beginning (ended in *)
    pattern: re.Pattern | None  # set when words alone cannot decide (phrases, symbols)
    joined: bool = False  # hyphenated: its words may be written as one ("NATOEU")

    def could_match(self, vocabulary: set[str], ordered: list[str]) -> bool:
        *whole, last = self.words
        if any(word not in vocabulary for word in whole):
            return False
        if not self.prefix:
            return last in vocabulary
        i = bisect.bisect_left(ordered, last)
        return i < len(ordered) and ordered[i].startswith(last)


def compile_rule(rule: str) -> Rule | None:
    rule = rule.strip()
    words = WORD.findall(rule.casefold())
    if not words:
        return None
    simple = re.fullmatch(r"\w+\*?", rule) is not None
    pattern = None if simple else re.compile(rule_pattern(rule), re.IGNORECASE)
    return Rule(words=words, prefix=rule.endswith("*"), pattern=pattern, joined="-" in rule)


class TopicMatcher:
    def __init__(self, rules: dict[str, list[str]]):
        self.order = {}  # topic -> its place in the given order
        self.by_word: dict[str, list[tuple[str, Rule]]] = {}  # whole first word -> rules
        self.by_prefix: list[tuple[str, Rule]] = []  # rules that are one word beginning
        self.mention: dict[str, re.Pattern] = {}  # topic -> all its rules in one expression
        self.rules_of: dict[str, list[Rule]] = {}
        for topic, keywords in rules.items():
            compiled = [(k, r) for k in keywords if (r := compile_rule(k))]
            if compiled:
                either = "|".join(f"(?:{rule_pattern(k)})" for k, _ in compiled)
                self.mention[topic] = re.compile(either, re.IGNORECASE)
                self.rules_of[topic] = [rule for _, rule in compiled]
            for _, rule in compiled:
                self.order.setdefault(topic, len(self.order))
                if rule.prefix and len(rule.words) == 1:
                    self.by_prefix.append((topic, rule))
                else:
                    self.by_word.setdefault(rule.words[0], []).append((topic, rule))

    def topics(self, text: str) -> list[str]:
        """The topics whose rules match ``text``, in the order the rules were given.

        Only the rules whose first word occurs in the text are looked at."""
        vocabulary = set(WORD.findall(text.casefold()))
        ordered = sorted(vocabulary)
        found = set()
        candidates = [
            pair for word in vocabulary & self.by_word.keys() for pair in self.by_word[word]
        ]
        for topic, rule in [*candidates, *self.by_prefix]:
            if topic in found or not rule.could_match(vocabulary, ordered):
                continue
            if rule.pattern is None or rule.pattern.search(text):
                found.add(topic)
        return sorted(found, key=self.order.__getitem__)

    def mentions(self, topic: str, text: str, enough: int | None = None) -> int:
        """How many times ``text`` mentions ``topic`` (non-overlapping matches of its rules),
        counting no further than ``enough`` if given."""
        pattern = self.mention.get(topic)
        return sum(1 for _ in islice(pattern.finditer(text), enough)) if pattern else 0

    def word_mentions(self, topic: str, counts: Counter, ordered: list[str]) -> int | None:
        """``mentions`` from the text's word ``counts`` when every rule of ``topic`` is one word
        or word beginning (a match is then one whole word), else None."""
        rules = self.rules_of.get(topic, [])
        if any(rule.pattern is not None for rule in rules):
            return None
        words = set()
        for rule in rules:
            (word,) = rule.words
            if not rule.prefix:
                words.add(word)
                continue
            words.update(beginning_with(ordered, word))
        return sum(counts[word] for word in words)

    def at_most(self, topic: str, counts: Counter, ordered: list[str]) -> int:
        """An upper bound of ``mentions`` from the text's word ``counts`` (its distinct words
        ``ordered``): each match of a rule holds an occurrence of each of the rule's words, and
        a rule's last word beginning (``missile*``) or a hyphenated rule ("NATO-EU" also finds
        "NATOEU") is counted by the words that begin with its first word."""
        bound = 0
        for rule in self.rules_of.get(topic, []):
            if (rule.prefix and len(rule.words) == 1) or rule.joined:
                bound += sum(counts[word] for word in beginning_with(ordered, rule.words[0]))
            else:
                whole = rule.words[:-1] if rule.prefix else rule.words
                bound += min(counts[word] for word in whole)
        return bound

    def subjects(self, heading: str, parts: Iterable[str]) -> list[str]:
        """The topics a statement is about: those its ``heading`` (title, subtitle) mentions,
        and those its text (``parts``) mentions at least once per WORDS_PER_MENTION words.

        The mentions are counted from the text's word counts where the rules are single words,
        and with a regular expression only for the topics whose word counts could reach the
        number needed, stopping there: a long text is scanned a few times, not once per topic
        it mentions."""
        text = "\n".join(parts)
        counts = Counter(WORD.findall(text.casefold()))
        ordered = sorted(counts)
        needed = max(1, round(counts.total() / WORDS_PER_MENTION))
        titled = set(self.topics(heading))
        found = [
            topic
            for topic in self.topics(text)
            if topic in titled or self._mentioned(topic, text, counts, ordered, needed)
        ]
        return sorted(titled.union(found), key=self.order.__getitem__)

    def _mentioned(self, topic, text, counts, ordered, needed: int) -> bool:
        """Whether ``text`` mentions ``topic`` at least ``needed`` times."""
        exact = self.word_mentions(topic, counts, ordered)
        if exact is not None:
            return exact >= needed
        return (
            self.at_most(topic, counts, ordered) >= needed
            and self.mentions(topic, text, enough=needed) >= needed
        )
