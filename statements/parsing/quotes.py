"""Direct quotations in news prose and who said them.

A paragraph's quoted passages are found by pairing quotation marks (straight, curly, low-9,
guillemets; single marks only when a paragraph has no double ones). A passage is attributed,
in this order, to
  1. the attribution right after it: '"...," Stoltenberg said', '"...," said Milley',
     '"...," he said', '"...," the secretary general said', '"...," according to Milley',
     '"..." — NATO Secretary General Jens Stoltenberg'; or to no one named when that is
     '"...," the statement said' or '"...," said a senior defense official';
  2. a speaker earlier in its sentence: 'Austin said the plan is "on track."';
  3. the person last named as subject or speaker before it in the paragraph: the second half
     of '"We must ...," Stoltenberg said. "Future conflicts ..."';
  4. for a passage opening a paragraph: the speaker of a quotation left open at the end of the
     previous paragraph (a quotation over several paragraphs), or of a 'X said:' ending it, or
     the person last talked about.
A line "– The Honourable Anita Anand, Minister of National Defence" under a quotation names
its speaker. A short quoted phrase with no attribution in its sentence is a scare quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from statements.parsing.cast import Cast, Person
from statements.parsing.newspage import author
from statements.parsing.people import (
    SPEECH,
    Mention,
    mentions,
    sentence_start,
    sentence_starts,
)

_DOUBLE = re.compile(r"[\"“”„«»]")
# A single mark closes a quotation after its punctuation ("...friends,' said"), or before
# punctuation or a capital; not in "sailors' families" (a plural's apostrophe).
_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[^\W_])(?P<words>.+?)"
    r"(?:(?<=[,.!?])[’'](?=\s|$)|(?<=[^\s‘'])[’'](?=[.,;:!?)\]—–-]|$|\s+(?![a-z])))"
)
_VISIBLE = re.compile(r"\S")
_THE = re.compile(r"(?:[Tt]he\s+)?")
_LEAD = re.compile(r"^[\s,;:.!?)\]—–-]*")
_INVERTED = re.compile(
    rf"^(?:{SPEECH}|according\s+to|in\s+the\s+words\s+of)\s+(?:(?:also|then|later)\s+)?",
    re.IGNORECASE,
)
_SOMETHING_SAID = re.compile(
    rf"(?:(?:the|a|an|its|their|his|her|one|two|several|many|some|other)\s+)?[\w'’-]+"
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{SPEECH}|reads?)\b",
    re.IGNORECASE,
)
_DASH_ATTRIBUTION = re.compile(r"^\s*(?:[–—]|--?)\s*(?:the\s+)?[A-Z]")
_SAID_COLON = re.compile(rf"\b(?:{SPEECH})\b[^.!?\"“”]{{0,60}}:\s*$", re.IGNORECASE)
# A paragraph introducing the quoted ones after it: "Quotes attributable to the Minister for
# Defence, Richard Marles:", "The Honourable Bill Blair ... issued the following statement:".
_INTRODUCES = re.compile(
    r"\b(?:attribut(?:able|ed)\s+to\b[^.!?\"“”]{2,150}|(?:issued|released|made|gave|"
    r"delivered)\s+the\s+following\s+(?:statement|remarks|message)\b[^.!?\"“”]{0,40}):\s*$",
    re.IGNORECASE,
)
SCARE_WORDS = 4  # a shorter passage needs an attribution in its own sentence


@dataclass
class Span:
    start: int  # the opening mark
    end: int  # after the closing mark, or the paragraph's end when it stays open
    text: str  # the words quoted
    closed: bool = True


@dataclass
class Quotation:
    speaker: Person | None
    text: str
    sure: bool = True  # an attribution named the speaker (not a guess from the context)
    span: Span | None = None  # where it is in its paragraph (none for a paragraph quoted whole)


@dataclass
class Paragraph:
    """One paragraph read for quotations: its passages, its text with them masked, the people
    it mentions outside them; ``quotations`` is filled by ``Attributor.read``."""

    text: str
    spans: list[Span] = field(default_factory=list)
    masked: str = ""
    mentions: list[Mention] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> Paragraph:
        spans = find_quotes(text)
        masked = mask(text, spans)
        return cls(text, spans, masked, mentions(masked))

    def main_speaker(self) -> Person | None:
        """Who is quoted most in the paragraph (by length), the first of equals."""
        totals: dict[int, int] = {}
        people: dict[int, Person] = {}
        for q in self.quotations:
            if q.speaker:
                totals[id(q.speaker)] = totals.get(id(q.speaker), 0) + len(q.text)
                people[id(q.speaker)] = q.speaker
        if not totals:
            return None
        return people[max(totals, key=lambda k: totals[k])]


def find_quotes(text: str) -> list[Span]:
    """The quoted passages of one paragraph, in order."""
    spans: list[Span] = []
    open_at, opener = None, ""
    for match in _DOUBLE.finditer(text):
        i, mark = match.start(), match.group()
        if open_at is None:
            if mark in '"“„«' or (mark == "”" and _opens(text, i)):
                open_at, opener = i, mark
            continue
        if mark in '"”»' or (mark == "“" and opener == "„"):
            spans.append(Span(open_at, i + 1, text[open_at + 1 : i]))
            open_at = None
        elif mark in "“«„":  # a new opening mark: the last one was never closed
            spans.append(Span(open_at, i, text[open_at + 1 : i], closed=False))
            open_at, opener = i, mark
    if open_at is not None:
        spans.append(Span(open_at, len(text), text[open_at + 1 :], closed=False))
    if not spans and not _DOUBLE.search(text):
        spans = [
            Span(m.start(), m.end(), m["words"])
            for m in _SINGLE.finditer(text)
            if len(m["words"].split()) >= 3 or m["words"].endswith((",", "?", "!"))
        ]
    return [s for s in spans if re.search(r"\w", s.text)]


def _opens(text: str, i: int) -> bool:
    """A ” used as an opening mark (Swedish style, or a typing slip)."""
    return (i == 0 or text[i - 1] in " (\n") and i + 1 < len(text) and text[i + 1].isalnum()


def mask(text: str, spans: list[Span]) -> str:
    """``text`` with the quoted words hidden ("~"), marks and final punctuation kept, so that
    names and verbs inside quotations are not read as the article's own."""
    pieces, done = [], 0
    for span in spans:
        last = span.end - 1 if span.closed else span.end
        keep = 1 if last - 1 > span.start and text[last - 1] in ".?!," else 0
        pieces.append(text[done : span.start + 1])
        pieces.append(_VISIBLE.sub("~", text[span.start + 1 : last - keep]))
        done = last - keep
    pieces.append(text[done:])
    return "".join(pieces)


_SIGNATURE_DATE = re.compile(r"(?<!\s)\s++[-–—]\s+[\d/.\s-]{6,12}$")  # linear


def _signature(text: str) -> tuple[str, str] | None:
    """(name, role) of a line that signs the paragraph above it: "Name, Role - 05/03/2024"."""
    if not _SIGNATURE_DATE.search(text) or len(text) > 200:
        return None
    signer = author(_SIGNATURE_DATE.sub("", text))
    return signer if signer and signer[1] else None


def clean_quote(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip().rstrip(",").strip()


class _Lookup:
    """A paragraph's mentions (in document order) indexed once, so that each quoted passage
    asks a few lookups rather than going through them all: a paragraph of thousands of
    quotations is read in linear time. Only mentions resolved to a person count, except for
    an attribution's subject (``starting_at``), as before."""

    def __init__(self, found: list[Mention]) -> None:
        self.found = found
        self.starts = [m.start for m in found]
        self.by_start: dict[int, list[int]] = {}  # where a mention starts -> their indexes
        for i, m in enumerate(found):
            self.by_start.setdefault(m.start, []).append(i)
        # For each i: the last mention before i that speaks / that speaks or is a subject
        # (index + 1, 0 for none), and the first from i on that is a subject.
        self.speaks, self.either = [0], [0]
        for i, m in enumerate(found, 1):
            self.speaks.append(i if m.person and m.speech else self.speaks[-1])
            either = m.person and (m.speech or m.subject)
            self.either.append(i if either else self.either[-1])
        self.subject = [len(found)] * (len(found) + 1)
        for i in range(len(found) - 1, -1, -1):
            m = found[i]
            self.subject[i] = i if m.person and m.subject else self.subject[i + 1]

    def starting_at(self, *positions: int) -> list[Mention]:
        """The mentions starting at any of ``positions``, in document order."""
        indexes = {i for p in positions for i in self.by_start.get(p, ())}
        return [self.found[i] for i in sorted(indexes)]

    def before(self, position: int) -> int:
        """How many mentions start before ``position`` (none runs into a quotation: names are
        read in the masked text)."""
        return bisect.bisect_left(self.starts, position)

    def last_speaker(self, before: int) -> Mention | None:
        return self.found[self.speaks[before] - 1] if self.speaks[before] else None

    def last_speaker_or_subject(self, before: int) -> Mention | None:
        return self.found[self.either[before] - 1] if self.either[before] else None

    def first_subject(self, start: int, before: int) -> Mention | None:
        i = self.subject[start]
        return self.found[i] if i < before else None


class Attributor:
    """Reads a document's paragraphs in order, remembering who spoke last."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.open_chain: list[Quotation] = []  # a quotation left open by the last paragraph
        self.pending: Person | None = None  # "X said:" ended the last paragraph
        self.last: list[Quotation] = []  # the last paragraph's quotations
        self.last_paragraph: Paragraph | None = None

    def read(self, paragraph: Paragraph) -> Paragraph:
        text, spans, masked, found = (
            paragraph.text,
            paragraph.spans,
            paragraph.masked,
            paragraph.mentions,
        )
        before = self.cast.recent[-1] if self.cast.recent else None
        for m in found:
            self.cast.resolve(m)
        starts = sentence_starts(masked)
        lookup = _Lookup(found)
        continued, pending, last = self.open_chain, self.pending, self.last
        self.open_chain, self.pending = [], None
        signed = _signature(text) if not spans else None
        if not spans and _DASH_ATTRIBUTION.match(text):
            self._sign(last, found)
        elif signed and self.last_paragraph is not None:
            self._sign_box(self.last_paragraph, self.cast.add(signed[0], [signed[1]]))
        elif not spans and pending and text.strip():
            paragraph.quotations.append(Quotation(pending, clean_quote(text)))
        for i, span in enumerate(spans):
            nxt = spans[i + 1].start if i + 1 < len(spans) else len(text)
            speaker, sure = self._speaker(masked, span, nxt, lookup, starts)
            first = i == 0 and not masked[: span.start].strip()
            if speaker is None and first and not sure:
                speaker = (continued[-1].speaker if continued else None) or pending
                sure = sure or bool(continued or pending)
                if speaker is None and len(span.text.split()) >= SCARE_WORDS:
                    speaker = before
            if speaker is None and not sure and len(span.text.split()) < SCARE_WORDS:
                continue  # a scare quote
            quotation = Quotation(speaker, clean_quote(span.text), sure, span)
            paragraph.quotations.append(quotation)
            if first and continued:
                self._fill_chain([*continued, quotation])
            if i == len(spans) - 1 and not span.closed:
                self.open_chain = [*continued, quotation] if first and continued else [quotation]
        if not self.open_chain and masked.endswith(":") and _SAID_COLON.search(masked):
            speakers = [m.person for m in found if m.speech and m.person]
            self.pending = speakers[-1] if speakers else None
        elif not self.open_chain and masked.endswith(":") and _INTRODUCES.search(masked):
            named = [m.person for m in found if m.person and m.kind != "pronoun"]
            self.pending = named[-1] if named else None
        self.last = paragraph.quotations
        self.last_paragraph = paragraph
        return paragraph

    def _sign_box(self, above: Paragraph, person: Person) -> None:
        """A signature line under a paragraph ("Ursula von der Leyen, President of the European
        Commission - 05/03/2024"): its quotations, or the whole paragraph when it quotes
        nothing, are that person's words."""
        self.cast.recent.append(person)
        if not above.quotations and not above.spans and len(above.text.split()) >= 8:
            above.quotations.append(Quotation(person, clean_quote(above.text)))
        for q in above.quotations:
            if not q.sure or q.speaker is None:
                q.speaker, q.sure = person, True

    def _sign(self, quotations: list[Quotation], found: list[Mention]) -> None:
        """ "– The Honourable Anita Anand, Minister of National Defence" under a quotation
        names who said it."""
        person = next((m.person for m in found if m.person and m.kind != "pronoun"), None)
        if person is None:
            return
        self.cast.recent.append(person)
        for q in quotations:
            if not q.sure or q.speaker is None:
                q.speaker, q.sure = person, True

    def _speaker(self, masked, span, nxt, lookup, starts) -> tuple[Person | None, bool]:
        """(the speaker, whether an attribution named them) for one passage."""
        after = masked[span.end : nxt]
        head = span.end + _LEAD.match(after).end()
        inverted = _INVERTED.match(masked[head:nxt])
        signed = _DASH_ATTRIBUTION.match(after)
        # Where the attribution's subject may start: "the Secretary General said" is found
        # as "Secretary General"; "said the Secretary General" likewise after the verb.
        subject = head + (inverted.end() if inverted else 0)
        for m in lookup.starting_at(subject, _THE.match(masked, subject).end()):
            if m.speech:
                return m.person, True
            if signed and m.person:
                return m.person, True  # "“...” — Secretary General Jens Stoltenberg"
        # A quotation ended by a full stop and a capital opens a new sentence, no attribution
        # of its own (', he said, “to act.” The ministers agreed.').
        ended = span.text.rstrip().endswith(".") and masked[head : head + 1].isupper()
        if inverted or (not ended and _SOMETHING_SAID.match(masked, head, nxt)):
            return None, True  # "the statement said", "said a senior official": no one named
        # The people named before it: a speaker in its sentence (the last), its sentence's
        # subject (the first), else the last speaker or subject of the paragraph.
        sentence, before = sentence_start(starts, span.start), lookup.before(span.start)
        m = lookup.last_speaker(before)
        if m is not None and m.start >= sentence:
            return m.person, True
        m = lookup.first_subject(lookup.before(sentence), before)
        if m is not None:
            return m.person, True
        m = lookup.last_speaker_or_subject(before)
        return (m.person, False) if m is not None else (None, False)

    @staticmethod
    def _fill_chain(chain: list[Quotation]) -> None:
        """A quotation over several paragraphs has one speaker: share the one that is known."""
        known = next((q.speaker for q in chain if q.speaker), None)
        for q in chain:
            q.speaker = q.speaker or known


__all__ = [
    "Attributor",
    "Mention",
    "Paragraph",
    "Quotation",
    "Span",
    "find_quotes",
    "mask",
]
