"""The lines above a transcript's speech: title, kind, who speaks, when and where.

nato.int prints a kind line ("Press Conference"), a subtitle ("by NATO Secretary General Jens
Stoltenberg following ..."), bullet date lines ("• 07 Oct. 2021 -", "• Last updated: 07 Oct.
2021 16:36") and "(As delivered)". defense.gov, the State Department, the White House, the UN
and the EU print a title that names the speaker ("Secretary of Defense Lloyd J. Austin III
Holds a Press Conference ..."), a date, a speaker line ("Ned Price, Department Spokesperson"),
a place ("Washington, DC") and a time ("2:28 p.m. EDT"); gov.uk and Canada.ca print fields
("From:", "Published", "Delivered on:"). ``read`` recognises these line by line (kinds.py names
the kinds, places.py the date, time and place lines, fields.py the fields, principals.py the
people) and stops at the first line of speech.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from statements.parsing import document as d
from statements.parsing import fields, labels, places, principals, profiles
from statements.parsing.dates import find_date, find_datetime, find_time
from statements.parsing.kinds import CATEGORY, SECTIONS, find_kind, is_bare_kind
from statements.parsing.roles import (
    fold,
    is_name_like,
    is_role_like,
)
from statements.parsing.text import Line, collapse_spaces, strip_bullet

MAX_LINES = 16  # header lines read at most, before the speech must have begun

_DELIVERY = re.compile(
    r"^[(\[\"“']?\s*(?P<note>as delivered|check against delivery|as prepared for delivery|"
    r"as prepared|embargoed[^)\]]*|unofficial (?:transcript|translation)|as spoken|"
    r"(?:unofficial )?rough transcript)\s*[.!]?\s*[)\]\"”']?$",
    re.I,
)
_DELIVERY_IN_TITLE = re.compile(
    r"(?:(?<!\s)\s++)?[(\[](?P<note>as delivered|as prepared(?: for delivery)?|"
    r"check against delivery)[)\]]",  # spaces from where their run begins: linear
    re.I,
)
_LAST_UPDATED = re.compile(r"^(?:last )?(?:updated|modified|update)\s*:?\s*(?P<rest>.*)$", re.I)
# A page's mark that the document below is a transcript: what stands above it is the site's.
_TRANSCRIPT_MARK = re.compile(r"^transcripts?:?$", re.I)
# The State Department's list of the briefing's subjects, above "TRANSCRIPT:".
_INDEX = re.compile(
    r"^(?:index for today['’]?s briefing|topics? (?:of|in) (?:today['’]?s|the) briefing)\s*:?$",
    re.I,
)
# A line under the title that tells of the event in the third person: "In the government
# press conference, the spokespersons addressed ...", "Transcript of the daily midday briefing".
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|you|your)\b")
# The team that published the page, printed under the title ("EEAS Press Team").
_PRESS_TEAM = re.compile(
    r"^[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4} (?:Press|Media|Information|Communications?)"
    r"(?: and [A-Z]\w+)? (?:Team|Office|Service|Unit|Section|Desk)$"
)
# nato.int's reference and issue lines: "Press Release (2021) 067", "Issued on 24 May. 2021".
_REFERENCE = re.compile(r"^(?:press release|press statement|statement)\s*\(\d{4}\)\s*\d+$", re.I)
_TRANSCRIPT_PREFIX = re.compile(r"^(?:full |official )?transcript\s*[:|–—-]\s*", re.I)
# A title line cut short by a hard wrap: it ends on a word no title ends with.
_OPEN_END = re.compile(
    r"\s(?:the|of|and|in|at|to|for|with|by|on|a|an|from|between|during|following|ahead of)$",
    re.I,
)
_PREFACE = re.compile(r"^the following is an? .{0,40}transcript\b", re.I)
_CONTINUATION = re.compile(
    r"^(?:by|with|at|following|ahead of|on|in|of|during|after|before|between|from|to|for|"
    r"and|upon|prior to)\b"
)


@dataclass
class Header:
    title: str = ""
    subtitle: str = ""
    kind: str = ""  # the document kind its words name ("" when they name none)
    kind_phrase: str = ""  # as printed: "Joint press conference", "Holds a Press Briefing"
    kind_at_start: bool = False  # the first line opens with the kind (nato.int style)
    date: datetime.date | None = None
    time: datetime.time | None = None
    last_updated: datetime.datetime | None = None
    delivery_note: str = ""
    location: str = ""
    principals: list[tuple[str, str]] = field(default_factory=list)  # (name, role), in order
    chairs: list[str] = field(default_factory=list)  # who chairs, as a field names them
    interviewer: tuple[str, str] = ("", "")  # (name, outlet) of an interview's journalist
    body_start: int = 0  # index in the source of the first line after the header
    preamble: list[str] = field(default_factory=list)  # site lines above the transcript mark
    banner: str = ""  # the site's name or section printed above the title
    publisher: str = ""  # the body a "From:" field names ("National Defence")
    text: str = ""  # the header's lines, for organisation cues
    lead: str = ""  # the first speaker as the header prints them: whose document it is


class _Reader:
    """Takes the header's lines one by one; ``take`` says False at the first line of speech."""

    def __init__(self) -> None:
        self.header = Header()
        self.title_lines: list[str] = []
        self.other_lines: list[str] = []
        self.after_date = False  # the line before was a date ("Brussels" may follow it)
        self.fields_ahead = False  # the page prints fields ("From:") below its summary
        self.field = ""  # a field whose value is on the next line
        self.listing = False  # "Speakers:" was printed alone: people follow, one a line

    def take(self, text: str) -> bool:
        after_date, self.after_date = self.after_date, False
        header = self.header
        if not re.search(r"[^\W_]", text):
            return True  # "•  |", rules and bullets
        if self.field and not (self.field == fields.SPEAKERS and fields.read(text)):
            self._field(self.field, text)
            return True
        found = fields.read(text) if self.title_lines else None
        if self.listing and not found:
            if not _is_listed_person(text):
                self.listing = False
            else:
                self.other_lines.append(text)
                return True
        if _TRANSCRIPT_MARK.match(text):
            return True  # "TRANSCRIPT:" between the State Department's header and the speech
        if found:
            self.fields_ahead = False
            if found[1]:
                self._field(*found)
            elif found[0] == fields.SPEAKERS:
                self.listing = True
            else:
                self.field = found[0]
            return True
        if labels.read(text):
            return False
        if self._stamp(text):
            return True
        if self.title_lines and not header.subtitle and _is_summary(text):
            # "Mark Rutte, NATO Secretary General, holds a press conference ahead of ..."
            self.other_lines.append(text)
            header.subtitle = header.subtitle or text
            return True
        if self.fields_ahead and self.title_lines and text[-1:] in ".!?":
            # gov.uk's summary: "Defence Secretary Ben Wallace set out ..." above "From:"
            self.other_lines.append(text)
            header.subtitle = header.subtitle or text
            return True
        if (CATEGORY.match(text) and not self.title_lines) or SECTIONS.match(text):
            if SECTIONS.match(text):  # "Speeches and Remarks": the site's own section
                header.banner = header.banner or text
            return True
        if not self.title_lines:
            if _is_speech(text):
                return False  # "Good afternoon, everyone.": no header at all
            self.title_lines.append(_TRANSCRIPT_PREFIX.sub("", text) or text)
            return True
        if is_bare_kind(text) and any(find_kind(t)[0] for t in self.title_lines):
            return True  # Canada.ca prints "Speech" again under the title: a section label
        if is_bare_kind(text) and not any(find_kind(t)[0] for t in self.title_lines):
            # "NATO Secretary General Jens Stoltenberg" (a caption), then "Press conference"
            self.other_lines.extend(self.title_lines)
            self.title_lines = [text]
            return True
        if len(self.title_lines) == 1 and self._banner(text):
            # "Speech" / "Defence Secretary's speech at ...", "The Federal Government" /
            # "Press conference by ...": the first line was the site's, the title is this one
            self.other_lines.extend(self.title_lines)
            header.banner = self.title_lines[0]
            self.title_lines = [text]
            return True
        if len(self.title_lines) == 1 and (
            _CONTINUATION.match(text)
            or (is_bare_kind(self.title_lines[0]) and not places.is_place(text))
        ):
            self.title_lines.append(text)
            return True
        if _OPEN_END.search(self.title_lines[-1]) and text[:1].isupper():
            self.title_lines.append(text)  # "... following the meeting of the" / "North ..."
            return True
        # "Brussels" alone: right after the date, or anywhere in a header without a place yet
        # (not "STOLTENBERG", a label alone on its line)
        alone = after_date or (self.title_lines and not text.isupper())
        if places.is_place(text, single_word=alone and not header.location):
            # "NATO Headquarters" then "Brussels, Belgium": one place
            header.location = f"{header.location}, {text}" if header.location else text
            return True
        if self.title_lines and _is_description(text):
            # "Transcript of the daily midday briefing of the Spokesperson's Service"
            self.other_lines.append(text)
            header.subtitle = header.subtitle or text
            return True
        if _PRESS_TEAM.match(text):
            self.other_lines.append(text)
            return True
        if _is_speaker_line(text):
            self.other_lines.append(text)
            header.subtitle = header.subtitle or text
            return True
        return False

    def _field(self, name: str, value: str) -> None:
        """The value of a page field: who it is from, when and where it was delivered."""
        header, self.field = self.header, ""
        if name == fields.FROM:
            self.other_lines.append(value)
            header.publisher = header.publisher or fields.publisher(value)
        elif name == fields.LOCATION:
            header.location = value
        elif name == fields.DATE:
            header.date = header.date or find_date(value)
        elif name == fields.DELIVERED:
            header.date = find_date(value) or header.date  # the day it was said
            header.delivery_note = header.delivery_note or fields.delivery_note(value)
        elif name == fields.SPEAKERS:  # "Eric Mamer, Chief Spokesperson; Dana Spinant, ..."
            self.other_lines.extend(part.strip() for part in value.split(";") if part.strip())
        elif name == fields.CHAIR:
            header.chairs.append(value)

    def _banner(self, text: str) -> bool:
        """The one title line so far is the site's section or banner: the line after it is
        the title itself, naming its own kind."""
        first = self.title_lines[0]
        if _CONTINUATION.match(text) or first[-1:] in ".!?:":
            return False
        if is_bare_kind(first):
            return bool(find_kind(text)[0]) and not places.is_place(text)
        return (
            bool(find_kind(text, at_start=True)[0])
            and not find_kind(first, at_start=True)[0]
            and len(first.split()) <= 6
            and len(text.split()) >= 4
            and not principals.people_in(first)
        )

    def _stamp(self, text: str) -> bool:
        """Last updated, delivery note, transcript preface, date and time lines."""
        header = self.header
        updated = _LAST_UPDATED.match(text)
        stamp = find_datetime(updated["rest"]) if updated else None
        if stamp or (updated and not updated["rest"]):
            header.last_updated = header.last_updated or stamp
            return True
        delivery = _DELIVERY.match(text)
        if delivery:
            note = delivery["note"]
            header.delivery_note = header.delivery_note or note[0].upper() + note[1:]
            return True
        if _PREFACE.match(text) or _REFERENCE.match(text):
            self.other_lines.append(text)
            return True
        date, leftover = places.date_line(text)
        if date:
            header.date = header.date or date
            header.time = header.time or places.time_after_date(text)
            header.location = header.location or leftover
            self.after_date = True
            return True
        if places.TIME_LINE.match(text):
            header.time = header.time or find_time(text)
            return True
        return False


def read(source: list[Line]) -> Header:
    """The header of a transcript: what its first lines say, and where the speech begins."""
    reader = _Reader()
    first = _after_transcript_mark(source)
    reader.fields_ahead = fields.announced([line.text for line in source[first : first + 24]])
    body_start, seen, index = len(source), 0, False
    for i, line in enumerate(source):
        if not line.text or i < first:
            continue
        if _INDEX.match(line.text) and reader.title_lines:
            index = True  # the subjects listed until "TRANSCRIPT:" or the time are not speech
            continue
        if index:
            text = line.text
            ends = _TRANSCRIPT_MARK.match(text) or places.TIME_LINE.match(text)
            if not ends and labels.read(text) is None:
                continue
            index = False
        seen += 1
        if seen > MAX_LINES or not reader.take(strip_bullet(line.text)):
            body_start = i
            break
    header = reader.header
    header.body_start = body_start
    header.preamble = [line.text for line in source[: max(first - 1, 0)] if line.text]
    _finish(header, reader.title_lines, reader.other_lines)
    return header


def _is_summary(text: str) -> bool:
    """A sentence under the title that says who does what: a named person and a kind of
    event, not a greeting ("Good afternoon and welcome to this press conference.")."""
    if text[-1:] != "." or fold(text.split()[0]) in places.GREETINGS or not find_kind(text)[0]:
        return False
    return any(name for name, _ in principals.people_in(text))


def _after_transcript_mark(source: list[Line]) -> int:
    """Where the header begins: after a "TRANSCRIPT" mark among the first lines
    (defense.gov prints its site banner and menus above it), else at the top."""
    seen = 0
    for i, line in enumerate(source):
        if not line.text:
            continue
        if _TRANSCRIPT_MARK.match(line.text):
            following = next((n.text for n in source[i + 1 :] if n.text), "")
            # below the title ("TRANSCRIPT:" then "1:17 p.m. EST", "Transcript" then
            # "[Moderator]"), the mark opens the speech, not the header
            speech = following and (
                labels.read(following)
                or labels.read_alone(following)
                or places.TIME_LINE.match(following)
            )
            return 0 if speech else i + 1
        seen += 1
        if seen > 40:
            break
    return 0


def _is_description(text: str) -> bool:
    """A line about the event, not from it: it names a kind of event and speaks of nobody in
    the first or second person ("In the government press conference, the spokespersons
    addressed the following topics: ...")."""
    if len(text) > 300 or _FIRST_OR_SECOND_PERSON.search(text) or labels.read(text):
        return False
    if fold(text.split()[0]) in places.GREETINGS or not find_kind(text)[0]:
        return False
    return not text.isupper() and " " in text


def _is_listed_person(text: str) -> bool:
    """A line of a "Speakers:" list: "Arne Collatz, Federal Ministry of Defence"."""
    if len(text) > 160 or text[-1:] in ".!?:" or labels.read(text):
        return False
    name, _, _ = text.partition(",")
    return is_name_like(name.strip()) or bool(principals.people_in(text))


def _is_speech(text: str) -> bool:
    """A sentence, not a title: it ends like one and names no kind of document."""
    return text[-1] in ".!?" and text[-2:] != ".)" and not find_kind(text)[0] and " " in text


def _is_speaker_line(text: str) -> bool:
    """ "Ned Price, Department Spokesperson", "Secretary of Defense Lloyd J. Austin III; ..."."""
    if len(text) > 250 or text[-1] in ".,;:!?" or not is_role_like(text):
        return False
    return any(name for name, _ in principals.people_in(text))


def _finish(header: Header, title_lines: list[str], other_lines: list[str]) -> None:
    title = " ".join(title_lines)
    note = _DELIVERY_IN_TITLE.search(title)  # "Remarks by ... (As Delivered)"
    if note:
        title = title[: note.start()] + title[note.end() :]
        header.delivery_note = header.delivery_note or note["note"][0].upper() + note["note"][1:]
    header.title = collapse_spaces(title)
    header.text = "\n".join([*title_lines, *other_lines])
    if title_lines:
        header.kind, header.kind_phrase = find_kind(title_lines[0], at_start=True)
        header.kind_at_start = bool(header.kind)
        if not header.kind:
            header.kind, header.kind_phrase = find_kind(title)
    if not header.date and title:
        header.date = find_date(title) or places.numeric_date(title)
    cast = principals.read(title, other_lines, header.kind == d.INTERVIEW)
    header.principals, header.interviewer, header.lead = (
        cast.principals,
        cast.interviewer,
        cast.lead,
    )
    briefers = [  # the briefer a publisher's header names (profiles.py): first, with the role
        person for line in [title, *other_lines] for person in profiles.briefer(line)
    ]
    named = {name for name, _ in briefers}
    header.principals = briefers + [p for p in header.principals if p[0] not in named]
    for chair in header.chairs:  # "Chair: Mathis Feldhoff" speaks last among them
        name, role = principals.split_person(chair)
        if name and is_name_like(name, min_words=1):
            header.principals.append((name, role or "Chair"))
    if not header.location:
        header.location = places.title_place(title, {name for name, _ in header.principals})
