"""Keyword rules for automatic topic tagging: pure functions over text.

A rule is a word or phrase matched as whole words regardless of case; a word ending in * matches
any word it begins ("missile*" finds missile, missiles). ``TopicMatcher`` compiles the rules of
every topic once and tells which topics a text mentions.

Speed: the text's words are collected once into a sorted list; a rule whose words (or word
beginnings) are not all among them is rejected by set look-ups and bisection, and only the few
remaining phrase rules are confirmed with a regular expression.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

WORD = re.compile(r"\w+")


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


@dataclass
class Rule:
    words: list[str]  # the rule's words, casefolded
    prefix: bool  # its last word is a word beginning (ended in *)
    pattern: re.Pattern | None  # set when words alone cannot decide (phrases, symbols)

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
    return Rule(words=words, prefix=rule.endswith("*"), pattern=pattern)


class TopicMatcher:
    def __init__(self, rules: dict[str, list[str]]):
        self.order = {}  # topic -> its place in the given order
        self.by_word: dict[str, list[tuple[str, Rule]]] = {}  # whole first word -> rules
        self.by_prefix: list[tuple[str, Rule]] = []  # rules that are one word beginning
        for topic, keywords in rules.items():
            for rule in filter(None, map(compile_rule, keywords)):
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
