"""What a parser returns: plain dataclasses, no Django.

The importer turns a ParsedDocument into rows; ``ParsedDocument.summary()`` is the JSON the
import command prints with --json. Kinds are the values of the models' TextChoices.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

# Statement kinds (statements.models.Statement.Kind values).
PRESS_CONFERENCE = "press_conference"
JOINT_PRESS_CONFERENCE = "joint_press_conference"
DOORSTEP = "doorstep"
SPEECH = "speech"
INTERVIEW = "interview"
BRIEFING = "briefing"
STATEMENT = "statement"
NEWS_ARTICLE = "news_article"
OTHER = "other"

# Turn kinds (statements.models.Turn.Kind values).
T_STATEMENT = "statement"
T_MODERATION = "moderation"
T_QUESTION = "question"
T_ANSWER = "answer"
T_QUOTE = "quote"
T_NARRATIVE = "narrative"


@dataclass
class ParsedTurn:
    """One contiguous piece of speech (or one paragraph of an article)."""

    kind: str
    text: str
    speaker: str = ""  # the person's name, cleaned ("Jens Stoltenberg"); "" when unknown
    speaker_label: str = ""  # the label exactly as printed, without the colon
    role: str = ""  # as printed: "Secretary General", "spokesperson"
    outlet: str = ""  # a journalist's outlet, resolved to its fullest known name
    outlet_label: str = ""  # the outlet exactly as printed in the label ("SDZ")
    exchange: int | None = None  # index into ParsedDocument.exchanges
    line: int = 0  # 1-based line of the source where the turn starts
    # An interpreter's rendering of the turn before it (same speaker and kind, not counted twice).
    interpretation: bool = False
    # A question's journalist as the text names them ("Steve", "Jeff Mason"), and where: printed
    # in the label, given by the briefer with the floor, by a moderator, by themself
    # (questioners.LABEL, FLOOR, MODERATOR, INTRODUCTION, HEADER; Turn.NameSource).
    named_as: str = ""
    name_source: str = ""


@dataclass
class ParsedExchange:
    """A question, its follow-ups and the answers, as indices into ParsedDocument.turns."""

    question: int  # index of the opening question turn
    turns: list[int] = field(default_factory=list)  # every turn in it, in order
    journalist: str = ""
    outlet: str = ""


@dataclass
class ParsedCaption:
    text: str
    alt_text: str = ""
    title: str = ""
    credit: str = ""
    virin: str = ""


@dataclass
class ParsedQuote:
    """A direct quotation in a news article and who said it."""

    speaker: str
    text: str
    turn: int  # index of the paragraph (turn) it is in


@dataclass
class ParsedDocument:
    kind: str
    title: str
    format: str = "plain"  # which parser read it: transcript, news_article, plain
    subtitle: str = ""
    organisation: str = ""
    date: datetime.date | None = None
    time: datetime.time | None = None
    location: str = ""
    source_url: str = ""
    delivery_note: str = ""
    byline: str = ""  # a news article's "By Jim Garamone, DOD News", kept out of the body
    last_updated: datetime.datetime | None = None
    turns: list[ParsedTurn] = field(default_factory=list)
    exchanges: list[ParsedExchange] = field(default_factory=list)
    captions: list[ParsedCaption] = field(default_factory=list)
    quotes: list[ParsedQuote] = field(default_factory=list)
    people_mentioned: list[str] = field(default_factory=list)
    # Other spellings learned from this document: alias -> canonical name.
    person_aliases: dict[str, str] = field(default_factory=dict)
    outlet_aliases: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # page chrome left out of the turns
    warnings: list[str] = field(default_factory=list)

    # --- derived views -------------------------------------------------------------------

    def speakers(self) -> list[dict]:
        """Officials and moderators who speak, in order of first appearance (no journalists)."""
        journalists = {t.speaker for t in self.turns if t.kind == T_QUESTION}
        seen: dict[str, dict] = {}
        for turn in self.turns:
            if not turn.speaker or turn.kind in (T_QUESTION, T_NARRATIVE):
                continue
            if turn.speaker in journalists and turn.kind != T_ANSWER:
                continue
            if turn.speaker not in seen:
                seen[turn.speaker] = {"name": turn.speaker, "role": turn.role}
            elif not seen[turn.speaker]["role"] and turn.role:
                seen[turn.speaker]["role"] = turn.role
        return list(seen.values())

    def questioners(self) -> list[dict]:
        """Journalists in order of their first question, with the outlet they asked for."""
        seen: dict[str, dict] = {}
        for turn in self.turns:
            if turn.kind != T_QUESTION or turn.interpretation:
                continue
            key = turn.speaker or turn.speaker_label
            if key and key not in seen:
                seen[key] = {"name": turn.speaker, "outlet": turn.outlet}
                if turn.outlet_label and turn.outlet_label != turn.outlet:
                    seen[key]["outlet_as_printed"] = turn.outlet_label
        return list(seen.values())

    def n_questions(self) -> int:
        return sum(1 for t in self.turns if t.kind == T_QUESTION and not t.interpretation)

    def summary(self) -> dict:
        """The JSON-ready description the import command prints with --json."""
        return {
            "format": self.format,
            "kind": self.kind,
            "organisation": self.organisation,
            "title": self.title,
            "subtitle": self.subtitle,
            "date": self.date.isoformat() if self.date else None,
            "time": self.time.strftime("%H:%M") if self.time else None,
            "location": self.location,
            "source_url": self.source_url,
            "delivery_note": self.delivery_note,
            "byline": self.byline,
            "last_updated": self.last_updated.isoformat(timespec="minutes")
            if self.last_updated
            else None,
            "speakers": self.speakers(),
            "questioners": self.questioners(),
            "n_questions": self.n_questions(),
            "turns": [
                {
                    "speaker": t.speaker,
                    "speaker_label": t.speaker_label,
                    "role": t.role,
                    "outlet": t.outlet,
                    "kind": t.kind,
                    "text": t.text,
                    "named_as": t.named_as,
                    "name_source": t.name_source,
                }
                for t in self.turns
            ],
            "exchanges": [
                {
                    "journalist": e.journalist,
                    "outlet": e.outlet,
                    "question": self.turns[e.question].text,
                    "answered_by": list(
                        dict.fromkeys(
                            self.turns[i].speaker
                            for i in e.turns
                            if self.turns[i].kind == T_ANSWER and self.turns[i].speaker
                        )
                    ),
                    "n_turns": len(e.turns),
                }
                for e in self.exchanges
            ],
            "quotes": [{"speaker": q.speaker, "text": q.text} for q in self.quotes],
            "captions": [
                {
                    "text": c.text,
                    "alt_text": c.alt_text,
                    "title": c.title,
                    "photo_by": c.credit,
                    "virin": c.virin,
                }
                for c in self.captions
            ],
            "people_mentioned": self.people_mentioned,
            "outlet_aliases": self.outlet_aliases,
            "dropped": self.dropped,
            "warnings": self.warnings,
        }
