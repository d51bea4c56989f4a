"""What the search engine indexes: three kinds of hit, each one haystack SearchIndex.

- a whole **statement** (all its text, title and captions);
- an **exchange**: a question, its follow-ups and the answers, landing on ``#q<position>``;
- a **turn** outside the exchanges that is worth landing on by itself (an opening statement, a
  paragraph of an article, a quotation), landing on ``#t<position>``. Moderation turns ("Next
  question, please") are only searchable as part of their statement.

The searchable text of each is made by its ``prepare_text`` (plain string building: rendering a
template per document was a fifth of the index step); the filter and facet fields come from ``prepare_*`` methods and are exact (unanalysed) values:
slugs for people, outlets and topics, kind values, years. ``statement`` is the statement's key on
every document, so that all the documents of a statement can be replaced at once.

With the project's Whoosh engine each text is indexed once: a whole statement's own document
holds only what none of its parts holds (title, subtitle, place, moderation, captions;
statement_own_text.txt), and the engine finds and ranks whole statements through their parts
(statements/search_backend/evaluate.py, ``Lifting``); other engines index the whole text.
Only what the results page shows is stored.
"""

from django.conf import settings
from haystack import fields as haystack_fields
from haystack import indexes

from statements.models import Exchange, Statement, Turn

HIT_STATEMENT, HIT_EXCHANGE, HIT_TURN = "statement", "exchange", "turn"
PASSAGE_TURN_KINDS = [Turn.Kind.STATEMENT, Turn.Kind.NARRATIVE, Turn.Kind.QUOTE, Turn.Kind.ANSWER]
OWN_TURN_KINDS = {Turn.Kind.MODERATION, Turn.Kind.QUESTION}  # outside exchanges: no hit of theirs


def statements_for_indexing(queryset=None):
    """Statements with everything their documents need, in a fixed number of queries."""
    queryset = Statement.objects.all() if queryset is None else queryset
    return queryset.prefetch_related(
        "turns__speaker",
        "turns__outlet",
        "captions",
        "topics",
        "exchanges__journalist",
        "exchanges__outlet",
        "exchanges__topics",
        "exchanges__turns__speaker",
    )


def passage_turns(statement):
    """The turns of ``statement`` indexed as hits of their own (prefetch-friendly)."""
    return [
        t
        for t in statement.turns.all()
        if t.exchange_id is None and t.kind in PASSAGE_TURN_KINDS and t.text.strip()
    ]


def _names(records):
    """Names and aliases, for the ``speaker:``/``journalist:``/``outlet:``/``topic:`` prefixes."""
    parts = []
    for record in records:
        parts.append(record.name)
        parts.extend(getattr(record, "alias_list", []))
    return "\n".join(dict.fromkeys(parts))


def _said(label: str, text: str) -> str:
    """One turn as the text shows it: ``Label: text``."""
    return f"{label}: {text}\n" if label else f"{text}\n"


def _statement_text(statement, turns) -> str:
    """Title, subtitle, place, the ``turns`` given and the captions, one per line."""
    parts = [f"{statement.title}\n{statement.subtitle}\n{statement.location}\n"]
    parts += [_said(t.speaker_label, t.text) for t in turns]
    parts += [f"{c.title}\n{c.text}\n{c.alt_text}\n" for c in statement.captions.all()]
    return "".join(parts)


def _unique(records):
    return list({r.pk: r for r in records if r is not None}.values())


class HitIndex(indexes.SearchIndex):
    """Fields every kind of hit has. Subclasses fill them from their model."""

    text = indexes.CharField(document=True)
    # Exact fields: filters and facet counts (searched, not shown: not stored, except ``hit``).
    hit = indexes.FacetCharField()
    statement = indexes.FacetCharField(stored=False)
    kind = indexes.FacetCharField(stored=False)
    organisation = indexes.FacetCharField(stored=False)
    date = indexes.DateField(null=True)
    year = indexes.FacetCharField(stored=False)
    month = indexes.FacetCharField(stored=False)
    speakers = haystack_fields.FacetMultiValueField(stored=False)
    journalist = haystack_fields.FacetMultiValueField(stored=False)
    outlet = haystack_fields.FacetMultiValueField(stored=False)
    topics = haystack_fields.FacetMultiValueField(stored=False)
    turn_kinds = haystack_fields.FacetMultiValueField(stored=False)
    # Analysed names, for the field prefixes of the query syntax.
    speaker_names = indexes.CharField(stored=False)
    journalist_names = indexes.CharField(stored=False)
    outlet_names = indexes.CharField(stored=False)
    topic_names = indexes.CharField(stored=False)
    # Question / answer text apart, for "questions only" and "answers only".
    question = indexes.CharField(stored=False)
    answers = indexes.CharField(stored=False)
    # Shown on the results page without touching the database.
    title = indexes.CharField(indexed=False)
    url = indexes.CharField(indexed=False)
    label = indexes.CharField(indexed=False)
    asked_by = indexes.CharField(indexed=False)
    asked_for = indexes.CharField(indexed=False)
    spoken_by = indexes.CharField(indexed=False)
    question_text = indexes.CharField(indexed=False)

    hit_type = ""

    # Hooks: what a kind of hit shows.
    def _statement(self, obj) -> Statement:
        raise NotImplementedError

    def _speakers(self, obj) -> list:
        return []

    def _journalists(self, obj) -> list:
        return []

    def _outlets(self, obj) -> list:
        return []

    def _topics(self, obj):
        return self._statement(obj).topics.all()

    # Fields from the hooks.
    def prepare_hit(self, obj):
        return self.hit_type

    def prepare_url(self, obj):
        return obj.get_absolute_url()

    def prepare_statement(self, obj):
        return str(self._statement(obj).pk)

    def prepare_kind(self, obj):
        return self._statement(obj).kind

    def prepare_organisation(self, obj):
        return self._statement(obj).organisation

    def prepare_date(self, obj):
        return self._statement(obj).date

    def prepare_year(self, obj):
        date = self._statement(obj).date
        return f"{date:%Y}" if date else ""

    def prepare_month(self, obj):
        date = self._statement(obj).date
        return f"{date:%Y-%m}" if date else ""

    def prepare_title(self, obj):
        return self._statement(obj).title

    def prepare_speakers(self, obj):
        return [p.slug for p in self._speakers(obj)]

    def prepare_speaker_names(self, obj):
        return _names(self._speakers(obj))

    def prepare_journalist(self, obj):
        return [p.slug for p in self._journalists(obj)]

    def prepare_journalist_names(self, obj):
        return _names(self._journalists(obj))

    def prepare_outlet(self, obj):
        return [o.slug for o in self._outlets(obj)]

    def prepare_outlet_names(self, obj):
        return _names(self._outlets(obj))

    def prepare_topics(self, obj):
        return [t.slug for t in self._topics(obj)]

    def prepare_topic_names(self, obj):
        return _names(self._topics(obj))

    # Only exchanges have these.
    def prepare_question(self, obj):
        return ""

    def prepare_answers(self, obj):
        return ""

    def prepare_asked_by(self, obj):
        return ""

    def prepare_asked_for(self, obj):
        return ""

    def prepare_question_text(self, obj):
        return ""


class StatementIndex(HitIndex, indexes.Indexable):
    hit_type = HIT_STATEMENT
    own_text_only = settings.SEARCH_ENGINE == "whoosh"

    def get_model(self):
        return Statement

    def index_queryset(self, using=None):
        return statements_for_indexing()

    def _statement(self, obj):
        return obj

    def _speakers(self, obj):
        return _unique(
            t.speaker for t in obj.turns.all() if t.kind != Turn.Kind.QUESTION and t.speaker
        )

    def _journalists(self, obj):
        return _unique(e.journalist for e in obj.exchanges.all())

    def _outlets(self, obj):
        return _unique(e.outlet for e in obj.exchanges.all())

    def prepare_text(self, obj):
        # The project's Whoosh engine finds a whole statement through its parts, so the
        # statement's own document holds only what no part holds; other engines get it all.
        turns = obj.turns.all()
        if self.own_text_only:
            turns = [t for t in turns if t.exchange_id is None and t.kind in OWN_TURN_KINDS]
        return _statement_text(obj, turns)

    def prepare_label(self, obj):
        return obj.get_kind_display()

    def prepare_turn_kinds(self, obj):
        return sorted({t.kind for t in obj.turns.all()})

    def prepare_spoken_by(self, obj):
        return ", ".join(p.name for p in self._speakers(obj)[:3])


class ExchangeIndex(HitIndex, indexes.Indexable):
    hit_type = HIT_EXCHANGE

    def get_model(self):
        return Exchange

    def index_queryset(self, using=None):
        return Exchange.objects.select_related(
            "statement", "question", "journalist", "outlet"
        ).prefetch_related("turns__speaker", "topics", "statement__topics")

    def _statement(self, obj):
        return obj.statement

    def _topics(self, obj):
        return obj.topics.all()

    def _turns(self, obj, kind):
        return [t for t in obj.turns.all() if t.kind == kind]

    def _speakers(self, obj):
        return _unique(t.speaker for t in self._turns(obj, Turn.Kind.ANSWER))

    def _journalists(self, obj):
        return _unique([obj.journalist])

    def _outlets(self, obj):
        return _unique([obj.outlet])

    def prepare_text(self, obj):
        parts = []
        for turn in obj.turns.all():
            label, outlet = turn.speaker_label, turn.outlet_label
            if label and outlet and outlet not in label:
                label = f"{label} ({outlet})"
            parts.append(_said(label, turn.text))
        return "".join(parts)

    def prepare_label(self, obj):
        return f"Question {obj.position}"

    def prepare_turn_kinds(self, obj):
        return sorted({t.kind for t in obj.turns.all()})

    def prepare_question(self, obj):
        return "\n\n".join(t.text for t in self._turns(obj, Turn.Kind.QUESTION))

    def prepare_answers(self, obj):
        return "\n\n".join(t.text for t in self._turns(obj, Turn.Kind.ANSWER))

    def prepare_asked_by(self, obj):
        if obj.journalist:
            return obj.journalist.name
        questions = self._turns(obj, Turn.Kind.QUESTION)
        return questions[0].speaker_label if questions else ""

    def prepare_asked_for(self, obj):
        return obj.outlet.name if obj.outlet else ""

    def prepare_spoken_by(self, obj):
        names = [p.name for p in self._speakers(obj)]
        if not names:  # answers by unresolved speakers: show the labels as printed
            names = [t.speaker_label for t in self._turns(obj, Turn.Kind.ANSWER)]
        return ", ".join(dict.fromkeys(n for n in names if n))

    def prepare_question_text(self, obj):
        questions = self._turns(obj, Turn.Kind.QUESTION)
        return questions[0].text[:400] if questions else ""


class TurnIndex(HitIndex, indexes.Indexable):
    hit_type = HIT_TURN

    def get_model(self):
        return Turn

    def index_queryset(self, using=None):
        return (
            Turn.objects.filter(exchange__isnull=True, kind__in=PASSAGE_TURN_KINDS)
            .exclude(text="")
            .select_related("statement", "speaker", "outlet")
            .prefetch_related("statement__topics")
        )

    def _statement(self, obj):
        return obj.statement

    def _speakers(self, obj):
        return _unique([obj.speaker])

    def _outlets(self, obj):
        return _unique([obj.outlet])

    def prepare_text(self, obj):
        return _said(obj.speaker_label, obj.text)

    def prepare_label(self, obj):
        return obj.get_kind_display()

    def prepare_turn_kinds(self, obj):
        return [obj.kind]

    def prepare_spoken_by(self, obj):
        who = obj.speaker.name if obj.speaker else obj.speaker_label
        return f"{who}, {obj.role}" if who and obj.role else who
