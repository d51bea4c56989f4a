"""Transcripts: press conferences, briefings, doorsteps, speeches and interviews.

``looks_like`` tells a transcript from other text: several speaker labels, or a header in the
nato.int style ("Press Conference" / "by NATO Secretary General ...") followed by speech. A news
article that quotes people has neither. ``parse`` reads the header (header.py), cuts the body
into turns at the speaker labels (labels.py), resolves who speaks (speakers.py), and gives each
turn its kind and each question its exchange and outlet (exchanges.py).
"""

from __future__ import annotations

import re
from collections import Counter

from statements.parsing import document as d
from statements.parsing import (
    exchanges,
    header,
    introductions,
    labels,
    organisations,
    outlets,
    plain,
    profiles,
    prose_labels,
    questioners,
    speakers,
)
from statements.parsing.dates import find_date
from statements.parsing.introductions import Intro
from statements.parsing.roles import key_of, surname_key
from statements.parsing.speakers import JOURNALIST, People, Piece
from statements.parsing.text import Line, continues, wrap_width

# Lines that close a transcript without being speech: "END 2:05 P.M. EDT", "# # #",
# "(The briefing was concluded at 3:35 p.m.)".
TRAILER = re.compile(
    r"^(?:#\s*){3}$|^\*\s*\*\s*\*$|^-?\s*ENDS?\s*(?:\d{1,2}[:.]\d\d.*)?-?$|"
    r"^[(\[]?(?:the )?(?:briefing|press conference|conference|meeting|session|event|interview)"
    r"(?: was)? (?:concluded|ended|adjourned)\b.*$|"
    r"^[\[(]?end(?: of (?:the )?(?:transcript|briefing|document|statement))?[\])]?\.?$|"
    r"^(?:STATEMENT|SPEECH|IP|MEMO|QANDA|AC|MEX|DAILY)/\d\d/\d+$",  # European Commission
    re.IGNORECASE,
)
# What a page of a printed transcript carries besides it: "NATO UNCLASSIFIED", "- 2 -",
# "Page 2 of 5".
PAGE_MARK = re.compile(
    r"^(?:(?:NATO(?:/EAPC)? )?(?:UNCLASSIFIED|RESTRICTED|PUBLICLY DISCLOSED)(?: - [A-Z ]+)?|"
    r"[-–—]\s*\d{1,3}\s*[-–—]|page \d{1,3}(?: of \d{1,3})?|\d{1,3}\s*/\s*\d{1,3})$",
    re.I,
)
# Section headings of a briefing that are not speech: "Q&A", "**Questions and Answers".
HEADING = re.compile(
    r"^[*#\s]*(?:Q\s*(?:&|and)\s*A|questions? (?:and|&) answers?)(?: session| part)?[*:\s]*$",
    re.I,
)
# Words printed in lower case: common words, no one's name.
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*")
# Marks of a news page or a written release, not of something said.
_ARTICLE_MARKS = re.compile(
    r"^(?:VIRIN|Photo By|Photo Credit)\s*:|^(?:Press|News) Release\b(?!\s*\(\d{4}\))",
    re.IGNORECASE,
)


def _candidates(body: list[Line]) -> list[tuple[int, labels.Label]]:
    """Every line of ``body`` that may open a turn, with its label."""
    found = []
    width = wrap_width(body)
    for i, line in enumerate(body):
        text = line.text
        if not text or not (text[0].isupper() or text[0] in "[(*_" or text[0].isdigit()):
            continue
        label = labels.read(text)
        if label is None and i + 1 < len(body):
            label = labels.read_alone(text)
        wrapped = width and i and body[i - 1].text and continues(body[i - 1].text, text, width)
        if label and wrapped and label.strength < labels.STRONG:
            continue  # "... a statement from" / "India and Pakistan: that ...": a wrapped line
        if label:
            found.append((i, label))
    if any(label.kind == labels.QUESTION for _, label in found):
        taken = {i for i, _ in found}
        for i, line in enumerate(body):
            if i not in taken and line.text[:1] in ("A", "R"):
                answer = labels.read_bare_answer(line.text)
                if answer:
                    found.append((i, answer))
        found.sort(key=lambda item: item[0])
    return found


def _accepted(
    candidates: list[tuple[int, labels.Label]], principals: list[tuple[str, str]]
) -> dict[int, labels.Label]:
    """The candidates trusted as labels: strong ones, and names that recur or are known."""
    strong = sum(1 for _, label in candidates if label.strength == labels.STRONG)
    counts = Counter(key_of(label.printed) for _, label in candidates)
    names = [n for n, _ in principals if n] + [
        label.name for _, label in candidates if label.strength >= labels.NAME and label.name
    ]
    known = {key_of(n) for n in names} | {surname_key(n) for n in names if " " in n}
    n_names = sum(1 for _, label in candidates if label.strength == labels.NAME)
    accepted = {}
    for i, label in candidates:
        recurs = counts[key_of(label.printed)] >= 2
        is_known = key_of(label.name) in known if label.name else False
        if (
            label.strength == labels.STRONG
            or (label.strength == labels.NAME and (strong or recurs or is_known or n_names >= 2))
            or (label.strength == labels.WEAK and (recurs or is_known))
        ):
            accepted[i] = label
    return accepted


# The dispatcher asks ``looks_like`` and then ``parse`` about the same list of lines: the
# header and labels found for the first call serve the second (one entry, keyed by identity).
_last: tuple[list[Line], header.Header, dict[int, labels.Label]] | None = None


def _read(source: list[Line]) -> tuple[header.Header, dict[int, labels.Label]]:
    global _last
    last = _last
    if last is not None and last[0] is source:
        return last[1], last[2]
    head = header.read(source)
    body = source[head.body_start :]
    accepted = _accepted(prose_labels.without_prose(body, _candidates(body)), head.principals)
    _last = (source, head, accepted)
    return head, accepted


def looks_like(source: list[Line]) -> bool:
    """Several speaker labels, or a transcript's header followed by speech."""
    head, accepted = _read(source)
    body = source[head.body_start :]
    found = [
        label
        for label in accepted.values()
        if not (label.alone and label.kind == labels.PERSON)  # caption titles look the same
    ]
    article = any(_ARTICLE_MARKS.match(line.text) for line in source[:2000] if line.text)
    questions = sum(1 for label in found if label.kind == labels.QUESTION)
    if questions and len(found) > questions:
        return True
    strong = [label for label in found if label.strength == labels.STRONG]
    voices = {key_of(label.printed) for label in (strong if article else found)}
    if len(strong if article else found) >= 3 and len(voices) >= 2:
        return True
    announced = head.kind_at_start or (head.kind and head.delivery_note)  # "... (As Delivered)"
    return (
        not article
        and bool(announced)
        and any(line.text for line in body)
        and bool(head.principals or head.delivery_note or head.last_updated or head.date)
    )


def _segment(
    body: list[Line], accepted: dict[int, labels.Label], profile: profiles.Profile | None = None
) -> tuple[list[Piece], list[str]]:
    """Cut the body into pieces at the labels; unlabelled paragraphs go on the piece before.
    ``profile``: the publisher's, whose headings may be read without their markup."""
    pieces: list[Piece] = []
    dropped: list[str] = []
    current: Piece | None = None
    paragraph: list[str] | None = None
    width = wrap_width(body)
    for i, line in enumerate(body):
        text = line.text
        if not text:
            paragraph = None
            continue
        if TRAILER.match(text) or HEADING.match(text) or PAGE_MARK.match(text):
            dropped.append(text)
            paragraph = None
            continue
        label = accepted.get(i)
        if label is not None:
            current = Piece(label=label, line=line.number)
            pieces.append(current)
            paragraph = [label.text] if label.text else None
            if paragraph:
                current.paragraphs.append(paragraph)
                current.starts.append(line.number)
            continue
        if current is None:
            current = Piece(label=None, line=line.number)
            pieces.append(current)
        text = profiles.heading_text(text, profile)  # "**Ukraine" -> "Ukraine" (UN)
        if paragraph is None:
            paragraph = []
            current.paragraphs.append(paragraph)
            current.starts.append(line.number)
        if paragraph and continues(paragraph[-1], text, width):  # a line broken by wrapping
            hyphen = paragraph[-1].endswith("-") and text[:1].islower()
            paragraph[-1] += ("" if hyphen else " ") + text
        else:
            paragraph.append(text)
    return [p for p in pieces if p.seal().text], dropped


def _split_unlabelled_answers(pieces: list[Piece]) -> list[Piece]:
    """Where only questions are labelled ("Q. ...", then the answer as plain paragraphs), the
    paragraphs after a question's last "?" are the answer."""
    first_question = next(
        (i for i, p in enumerate(pieces) if p.label and p.label.kind == labels.QUESTION), None
    )
    if first_question is None:
        return pieces
    after = pieces[first_question:]
    if any(p.label and p.label.kind not in (labels.QUESTION, labels.INTERPRETER) for p in after):
        return pieces
    result = pieces[:first_question]
    for piece in after:
        result.append(piece)
        if piece.label is None or piece.label.kind != labels.QUESTION:
            continue
        cut = 1
        for j, paragraph in enumerate(piece.paragraphs[:3], 1):
            if paragraph[-1].rstrip().endswith("?"):
                cut = j
                break
            # no blank line between the question and the answer: the question's last line
            asked = max(
                (k for k, line in enumerate(paragraph[:-1], 1) if line.endswith("?")), default=0
            )
            if asked:
                piece.paragraphs[j - 1 : j] = [paragraph[:asked], paragraph[asked:]]
                cut = j
                break
        if cut < len(piece.paragraphs):
            answer = Piece(label=None, line=piece.line, paragraphs=piece.paragraphs[cut:])
            piece.paragraphs = piece.paragraphs[:cut]
            result.append(answer.seal())
            piece.seal()
    return result


def _attribute_unlabelled(pieces: list[Piece], principals: list[tuple[str, str]]) -> None:
    """Unlabelled speech is the principal's: the one the header names, else the one who
    speaks most."""
    if principals:
        name, role = principals[0]
    else:
        voices = Counter(
            p.speaker for p in pieces if p.speaker and p.label and p.label.kind == labels.PERSON
        )
        name = voices.most_common(1)[0][0] if voices else ""
        role = next((p.role for p in pieces if p.speaker == name and p.role), "")
    for piece in pieces:
        if piece.label is None:
            piece.speaker, piece.role = name, role


def _kind(head: header.Header, pieces: list[Piece]) -> str:
    has_questions = any(p.kind == d.T_QUESTION for p in pieces)
    answerers = {p.key for p in pieces if p.kind == d.T_ANSWER and p.speaker}
    joint = len(answerers) >= 2 or "joint" in head.title.lower()
    if head.kind in (d.JOINT_PRESS_CONFERENCE, d.DOORSTEP, d.INTERVIEW, d.BRIEFING):
        return head.kind
    if head.kind == d.PRESS_CONFERENCE or has_questions:
        return d.JOINT_PRESS_CONFERENCE if joint else d.PRESS_CONFERENCE
    if head.kind:
        return head.kind
    voices = {p.key for p in pieces if p.key}
    return d.STATEMENT if len(voices) <= 1 else d.OTHER


def _turn(piece: Piece, exchange: int | None) -> d.ParsedTurn:
    journalist = piece.kind == d.T_QUESTION
    return d.ParsedTurn(
        kind=piece.kind,
        text=piece.text,
        speaker=piece.speaker,
        speaker_label=piece.label.printed if piece.label else "",
        role="" if journalist else piece.role,
        outlet=piece.outlet if journalist else "",
        outlet_label=piece.outlet_label if journalist else "",
        exchange=exchange,
        line=piece.line,
        interpretation=piece.interpretation,
        named_as=piece.named_as if journalist else "",
        name_source=piece.name_source if journalist and piece.named_as else "",
    )


def parse(source: list[Line]) -> d.ParsedDocument:
    head, accepted = _read(source)
    profile = profiles.declared(head.text)
    pieces, dropped = _segment(source[head.body_start :], accepted, profile)
    dropped = head.preamble + dropped
    pieces = _split_unlabelled_answers(questioners.resume_interrupted(pieces))

    people = People()
    for name, role in head.principals:
        if name:
            people.add(name, role)
    speakers.resolve(pieces, people, head.principals, _text_of(source, pieces))
    _attribute_unlabelled(pieces, head.principals)
    principal_keys = {key_of(n) for n, _ in head.principals if n}
    interview = head.interviewer if head.kind == d.INTERVIEW else None
    _timecoded_askers(source[head.body_start :], pieces, principal_keys)
    intros = speakers.assign_sides(pieces, principal_keys, interview)
    if interview and not interview[0] and interview[1]:  # "interview on BBC Radio 4": whose
        asking = {p.speaker for p in pieces if p.side == speakers.JOURNALIST and p.speaker}
        interview = (asking.pop(), interview[1]) if len(asking) == 1 else interview
    common = set(_LOWER_WORD.findall("\n".join(p.text for p in pieces)))
    found = exchanges.build(pieces, interview, common)
    briefers = {key_of(w) for p in pieces if p.side != JOURNALIST for w in p.speaker.split()}
    questioners.name_the_rest(pieces, found, briefers - {""}, common)
    if interview:
        intros.append(Intro(*interview))
    aliases = outlets.resolve(pieces, intros)

    of_exchange = {i: n for n, e in enumerate(found) for i in e.turns}
    doc = d.ParsedDocument(
        kind=_kind(head, pieces),
        title=head.title or _fallback_title(source),
        format="transcript",
        subtitle=head.subtitle if head.subtitle not in head.title else "",
        organisation=organisations.infer(
            head.lead,
            head.text,
            [f"{p.label.printed}\n{p.role}" for p in pieces if p.label and p.side != JOURNALIST],
            [p.label.printed for p in pieces if p.label and p.side == JOURNALIST],
            site=head.banner,
            publisher=head.publisher,
        ),
        date=head.date or find_date("\n".join(line.text for line in source[:30])),
        time=head.time,
        location=head.location,
        delivery_note=head.delivery_note,
        last_updated=head.last_updated,
        outlet_aliases=aliases,
        person_aliases=people.aliases,
        dropped=dropped,
    )
    doc.turns = [_turn(piece, of_exchange.get(i)) for i, piece in enumerate(pieces)]
    doc.exchanges = [
        d.ParsedExchange(
            question=e.question,
            turns=e.turns,
            journalist=doc.turns[e.question].speaker,
            outlet=doc.turns[e.question].outlet,
        )
        for e in found
    ]
    if not accepted:
        doc.warnings.append("no speaker labels found: the text is read as one speaker's")
    if not doc.turns:
        doc.warnings.append("no speech found after the header")
    return doc


def _timecoded_askers(body: list[Line], pieces: list[Piece], principal_keys: set[str]) -> None:
    """In a transcript labelled in the time-coded style of transcription services (``Jen
    Psaki: (00:00)``, ``Speaker 1: (05:12)``, profiles.py), whoever is not the briefer the
    header names and never gives the floor asks: reporters there are labelled "Speaker N" or
    by name, never "Q"."""
    if not principal_keys or sum(1 for line in body if profiles.timecoded_label(line.text)) < 2:
        return
    others = [
        p
        for p in pieces
        if p.label and p.label.kind == labels.PERSON and p.key not in principal_keys
    ]
    chairs = {
        p.key
        for p in others
        if introductions.FLOOR.search(p.text) or introductions.is_floor_giving(p.text)
    }
    for piece in others:
        if piece.key not in chairs:
            piece.side = JOURNALIST


def _text_of(source: list[Line], pieces: list[Piece]) -> str:
    """Where names of people labelled by their role or surname alone may be found, only when
    needed."""
    unnamed = any(
        p.label and p.label.kind == labels.PERSON and " " not in p.label.name for p in pieces
    )
    return "\n".join(line.text for line in source) if unnamed else ""


def _fallback_title(source: list[Line]) -> str:
    line = plain.title_line(source)
    return plain.title_text(line.text) if line else "Untitled"
