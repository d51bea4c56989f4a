"""Turn kinds and question-and-answer exchanges, read in order like a listener would.

A principal speaking before any question makes a statement; after a question, an answer, and
every answer until the floor is given again belongs to that question's exchange (several
principals may answer one question). A question by the same journalist right after an answer is
a follow-up in the same exchange; a moderator who introduces the next questioner, or a closing
word, ends the exchange. A bare "Q:" takes the name and outlet the moderator just introduced.
An interpreter's turn keeps the kind of what it renders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from statements.parsing import document as d
from statements.parsing import introductions, questioners
from statements.parsing.introductions import CLOSING, Intro
from statements.parsing.roles import key_of
from statements.parsing.speakers import (
    INTERPRETER,
    JOURNALIST,
    MODERATOR,
    PRINCIPAL,
    SPOKES_ROLE,
    Piece,
)

# A bare question that continues the previous one ("And on Iran?", "Just to follow up").
FOLLOW_UP = re.compile(
    r"^(?:and|but|also|just|sorry|so just|a (?:quick )?follow|(?:quick |just a |one )?follow[- ]?up|"
    r"to follow|can i follow|if i (?:could|may) follow|one more|on that)\b",
    re.I,
)
# "And what about Sweden and Finland?": the same interviewer, another subject.
_NEW_SUBJECT = re.compile(
    r"^(?:and|but|also|now)[, ]+(?:what about|how about|on|turning to|regarding|moving on)\b", re.I
)
_EXPLICIT_FOLLOW_UP = re.compile(
    r"^(?:(?:and|but|so|just|sorry)[, ]+)*(?:a (?:quick )?|one )?follow[- ]?up|^(?:and |just )?to "
    r"follow|^can i follow|^if i (?:could|may) follow",
    re.I,
)
# A question said in another language, rendered by the interpreter's next turn.
FOREIGN = re.compile(
    r"[\[(](?:in|speaks?|speaking|asked in|question in) [A-Z][a-z]+|[\[(](?:inaudible|"
    r"not interpreted|no interpretation)|[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]{3}",
    re.I,
)
# The end of a question someone else asked, read out: "... asks: 'Will NATO ...?'".
_READ_OUT = re.compile(r"[:,]\s*[\"“‘']?[A-Z][^\"”’]{10,}\?[\"”’']?\s*$")
_HARD_MODERATION = re.compile(r"\bquestions?\b|\bgo ahead\b|\bfloor\b|\bmicrophone\b", re.I)
_TRAILING_FLOOR = re.compile(
    r"^\s*(?:(?:yes|okay|ok|next|all right)[,.]?\s+)*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\?$"
)


_THANKS = re.compile(
    r"^(?:(?:okay|ok|all right|right|good|great)[,.!]?\s+)?(?:thank you|thanks)"
    r"(?:,? (?:very much|so much|all|everyone|everybody|again|indeed))*[.!]*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?]\s+")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _last_sentence(text: str) -> str:
    tail = text[-200:]
    ends = list(_SENTENCE_END.finditer(tail))
    return tail[ends[-1].end() :] if ends else tail


def _is_remark(text: str) -> bool:
    """ "Thank you." after an answer: the same journalist, not a new question."""
    return len(text) <= 40 and "?" not in text


@dataclass
class Exchange:
    question: int
    turns: list[int] = field(default_factory=list)
    key: str = ""  # the journalist's key, "" when unknown

    @property
    def known(self) -> bool:
        return bool(self.key) and not self.key.startswith("label:")


class _Reader:
    """Walks the pieces once, giving each its kind and its exchange."""

    def __init__(self, pieces: list[Piece], interview: tuple[str, str] | None, common: set[str]):
        self.pieces = pieces
        self.common = common  # words the document prints in lower case: no one's name
        self.officials = {key_of(p.speaker) for p in pieces if p.speaker and p.side in "PM"}
        self.interview = interview  # (journalist, outlet) when the document is an interview
        self.exchanges: list[Exchange] = []
        self.current: Exchange | None = None
        self.held: list[int] = []  # moderation that may or may not end the exchange
        self.pending: list[Intro] = []  # introduced, not yet asked
        self.pending_by = -1  # the piece that introduced them
        self.queued = 0  # how many it introduced ("We'll take A, then B.")
        self.previous: Piece | None = None  # the last piece that is not an interpreter's
        self.previous_index = -1
        self.questions_began = False
        self._interpreted: Piece | None = None  # see _interpreted_principal

    def run(self) -> list[Exchange]:
        for index, piece in enumerate(self.pieces):
            if piece.side == JOURNALIST:
                self._question(index, piece)
            elif piece.side == MODERATOR:
                self._moderation(index, piece)
            elif piece.side == INTERPRETER:
                self._interpretation(index, piece)
                continue
            else:
                self._principal(index, piece)
            self.previous, self.previous_index = piece, index
        return self.exchanges

    def _close(self) -> None:
        self.current, self.held = None, []

    def _question(self, index: int, piece: Piece) -> None:
        piece.kind = d.T_QUESTION
        self.questions_began = True
        current, previous = self.current, self.previous
        bare = not piece.speaker and not piece.outlet_label
        # In an interview every question is the same journalist's: only "And ..." follows up.
        same_journalist = (
            current is not None
            and self.interview is None
            and bool(piece.key)
            and piece.key == current.key
        )
        follows_answer = (bare or self.interview is not None) and (
            previous is not None and previous.side == PRINCIPAL
        )
        if current is not None and (
            (same_journalist and current.known)
            or (follows_answer and (self._follows_up(piece.text) or _is_remark(piece.text)))
        ):
            self._follow_up(index, piece, current)
            return
        if bare:
            self._attribute(piece)
        else:
            self._claim(piece)
        self._open(index, piece)

    def _follows_up(self, text: str) -> bool:
        """ "And on Iran?", "Just to follow up": the question before goes on. In an interview,
        where one journalist asks everything, only a short question does so ("And if there is
        one?"); a long one or one on a new subject ("And defence spending: ...") is new."""
        if not FOLLOW_UP.match(text):
            return False
        if self.interview is None or _EXPLICIT_FOLLOW_UP.match(text):
            return True
        return len(text) <= 60 and ":" not in text and not _NEW_SUBJECT.match(text)

    def _open(self, index: int, piece: Piece) -> None:
        self.questions_began = True
        self.current = Exchange(question=index, turns=[index], key=piece.key)
        self.exchanges.append(self.current)
        self.held = []

    def _follow_up(self, index: int, piece: Piece, current: Exchange) -> None:
        first = self.pieces[current.question]
        if not piece.speaker and not piece.outlet_label:
            piece.speaker, piece.intro = first.speaker, first.intro
            piece.named_as = first.named_as
            piece.name_source = questioners.FOLLOW_UP if first.named_as else ""
        current.turns.extend([*self.held, index])
        self.held = []

    def _attribute(self, piece: Piece) -> None:
        """A bare "Q:": who the moderator introduced, who names themself, the interviewer."""
        intro = self.pending.pop(0) if self._introduced() else None
        own = questioners.self_introduction(piece.text, self.common)
        intro = questioners.preferred(intro, own)
        if intro is None and self.interview and any(self.interview):
            intro = Intro(*self.interview, source=questioners.HEADER)
        if intro:
            questioners.name(piece, intro)

    def _introduce(self, index: int, intros: list[Intro], source: str = questioners.FLOOR):
        """The journalists a turn introduces, for the questions that follow it."""
        intros = questioners.tagged(intros, source, self.common)
        intros = [i for i in intros if not i.name or key_of(i.name) not in self.officials]
        if intros:
            self.pending, self.pending_by, self.queued = intros, index, len(intros)

    def _introduced(self) -> bool:
        """Someone introduced is waiting to ask: the turn just before introduced them, or
        a moderator named several in a row ("We'll take A, then B.")."""
        if not self.pending:
            return False
        previous = self.previous
        spoke_since = self.pending_by != self.previous_index
        if spoke_since and (self.queued == 1 or (previous and previous.kind == d.T_STATEMENT)):
            self.pending = []  # named in passing before someone else spoke, never called on
        return bool(self.pending)

    def _claim(self, piece: Piece) -> None:
        """A named question takes its own introduction off the list, or, printed without an
        outlet, the outlet the moderator named without a name ("the gentleman from Reuters")."""
        for i, intro in enumerate(self.pending):
            if intro.name and key_of(intro.name) == piece.key:
                piece.intro = self.pending.pop(i)
                return
        if self.pending and not self.pending[0].name and not piece.outlet_label:
            piece.intro = self.pending.pop(0)

    def _moderation(self, index: int, piece: Piece) -> None:
        if self.interview is not None and self._asks(index, piece):
            piece.side = JOURNALIST  # a fireside chat's moderator interviews the principal
            self._question(index, piece)
            return
        piece.kind = d.T_MODERATION
        intros = piece.intros if piece.intros is not None else introductions.find(piece.text)
        if intros and self._reads_out_a_question(index, piece):
            # "We have a question from Teri Schultz of NPR: 'Will NATO ...?'": hers, read out
            piece.role = ""
            questioners.name(piece, replace(intros[0], source=questioners.MODERATOR))
            piece.side, piece.kind = JOURNALIST, d.T_QUESTION
            self._open(index, piece)
            return
        if intros:
            self._introduce(index, intros, questioners.MODERATOR)
        if intros or CLOSING.search(piece.text) or _HARD_MODERATION.search(piece.text):
            self._close()
        elif self.current is not None:
            self.held.append(index)

    def _following(self, index: int) -> Piece | None:
        """The next piece that is not an interpreter's (by index: a slice would copy the rest
        of the document at every turn)."""
        pieces = self.pieces
        return next(
            (pieces[i] for i in range(index + 1, len(pieces)) if pieces[i].side != INTERPRETER),
            None,
        )

    def _asks(self, index: int, piece: Piece) -> bool:
        """The turn ends with a question the principal then answers."""
        following = self._following(index)
        asked = _last_sentence(piece.text).rstrip().endswith("?")
        return asked and following is not None and following.side == PRINCIPAL

    def _reads_out_a_question(self, index: int, piece: Piece) -> bool:
        following = self._following(index)
        return (
            following is not None
            and following.side == PRINCIPAL
            and _READ_OUT.search(piece.text[-300:]) is not None
        )

    def _gives_floor(self, index: int, piece: Piece) -> bool:
        """A principal's short turn that only gives the floor before the next question
        ("Shaun.", "James?", "Go ahead.") or closes ("Okay, thanks everybody."); "Sure." and
        "Thank you." are not enough, and right after a question a short reply is an answer."""
        text = piece.text
        following = self._following(index)
        if following is None and _THANKS.match(text):  # the last word, after an answer
            return self.previous is None or self.previous.kind != d.T_QUESTION
        if not introductions.is_floor_giving(text):
            return False
        if following is None or following.side != JOURNALIST:
            return bool(CLOSING.search(text))
        previous = self.previous
        if previous is not None and previous.kind == d.T_QUESTION and "?" in previous.text:
            return all(introductions.FLOOR.search(s) for s in _sentences(text))
        return bool(introductions.FLOOR.search(text)) or introductions.names_someone(text)

    def _introduces(self, index: int, piece: Piece) -> bool:
        """Before the questions, a short turn that hands over to another principal by name
        or post: the host's or the spokesperson's, not a statement."""
        following = self._following(index)
        if following is None or following.side != PRINCIPAL or following.key == piece.key:
            return False
        if len(piece.text) > (500 if SPOKES_ROLE.search(piece.role) else 200):
            return False  # "... And with that, I'll turn it over to General Milley." states
        return introductions.hands_over(_last_sentence(piece.text).strip())

    def _principal(self, index: int, piece: Piece) -> None:
        if self._gives_floor(index, piece):
            piece.kind = d.T_MODERATION  # "Shaun.": the next questioner has the floor
            self._introduce(index, introductions.find(piece.text))
            self._close()
            return
        current = self.current
        if current is None and not self.questions_began and self._introduces(index, piece):
            piece.kind = d.T_MODERATION  # "I'm joined by General Freers ... General."
            return
        if current is None:
            piece.kind = d.T_STATEMENT
            last = _last_sentence(piece.text)
            if len(last) < 120 and introductions.FLOOR.search(last):
                # "... With that, I'll take your questions. We'll go to AP, Tara Copp."
                self._introduce(index, introductions.find(last))
            return
        piece.kind = d.T_ANSWER
        current.turns.extend([*self.held, index])
        self.held = []
        last_sentence = _last_sentence(piece.text)
        if _TRAILING_FLOOR.search(last_sentence) or CLOSING.search(piece.text[-120:]):
            self._close()  # "... and that's where we are. Tom?"
        elif len(last_sentence) < 80 and introductions.FLOOR.search(last_sentence):
            self._introduce(index, introductions.find(last_sentence))
            self._close()  # "... Next question goes to Tara Copp, Defense One."

    def _interpretation(self, index: int, piece: Piece) -> None:
        """The interpreter renders the turn before: same kind and speaker, unless a question
        in English was followed by the interpreter, who then renders the foreign answer."""
        previous = self.previous
        piece.interpretation = True
        if previous is None:
            piece.kind = d.T_STATEMENT
            return
        foreign = FOREIGN.search(previous.text) or (
            previous.label is not None and FOREIGN.search(previous.label.printed)
        )
        if previous.kind == d.T_QUESTION and not foreign:
            piece.kind = d.T_ANSWER
            speaker = self._interpreted_principal()
            piece.speaker, piece.role = speaker.speaker, speaker.role
        else:
            piece.kind = previous.kind
            piece.speaker, piece.role = previous.speaker, previous.role
            piece.outlet, piece.outlet_label, piece.intro = (
                previous.outlet,
                previous.outlet_label,
                previous.intro,
            )
            piece.named_as, piece.name_source = previous.named_as, previous.name_source
        if self.current is not None:
            self.current.turns.extend([*self.held, index])
            self.held = []

    def _interpreted_principal(self) -> Piece:
        """The principal most recently rendered by the interpreter (the one who speaks in
        another language), else the last principal who spoke. Found once: principals keep
        their side and speaker while the pieces are read, and a document may interpret
        thousands of questions."""
        if self._interpreted is None:
            self._interpreted = self._find_interpreted_principal()
        return self._interpreted

    def _find_interpreted_principal(self) -> Piece:
        last_principal = Piece(label=None, line=0)
        for i, piece in enumerate(self.pieces):
            if piece.side == PRINCIPAL and piece.speaker:
                if last_principal.line == 0:
                    last_principal = piece
                following = self.pieces[i + 1] if i + 1 < len(self.pieces) else None
                if (following and following.side == INTERPRETER) or (
                    piece.label and piece.label.interpreted
                ):
                    return piece
        return last_principal


def build(
    pieces: list[Piece], interview: tuple[str, str] | None = None, common: set[str] = frozenset()
) -> list[Exchange]:
    """Give every piece its kind; return the exchanges in order. ``interview`` is the
    (journalist, outlet) the header names when the document is an interview."""
    return _Reader(pieces, interview, common).run()
