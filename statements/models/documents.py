"""Statements and their parts: the published document, its turns and its captions.

A Statement is one published document (a transcript or a news article) with what the source
printed about it; its text is split into ordered Turns, each keeping the speaker and outlet
labels as printed beside the Person and Outlet they resolve to; a news article's photo captions
are Captions. ``new_revision`` gives the value that tells the search index a statement changed.
"""

import secrets

from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from statements.models.people import Outlet, Person
from statements.models.slugs import SLUG_MAX, unique_slug


def new_revision() -> int:
    """A fresh value for ``Statement.revision``: only ever compared for equality."""
    return secrets.randbits(62)


class StatementQuerySet(models.QuerySet):
    def between(self, start, end):
        """Statements dated from ``start`` to ``end``, both included; either may be None."""
        qs = self
        if start:
            qs = qs.filter(date__gte=start)
        if end:
            qs = qs.filter(date__lte=end)
        return qs

    def in_year(self, year: int):
        return self.filter(date__year=year)

    def of_kind(self, kind: str):
        return self.filter(kind=kind)

    def with_speaker(self, person):
        return self.filter(turns__speaker=person).distinct()

    def tagged(self, topic):
        return self.filter(topics=topic)

    def awaiting_index(self):
        """Statements whose latest revision the search index does not hold yet."""
        return self.exclude(indexed_revision=F("revision"))


class Statement(models.Model):
    """One published document: a transcript, a speech, a news article."""

    class Kind(models.TextChoices):
        PRESS_CONFERENCE = "press_conference", "Press conference"
        JOINT_PRESS_CONFERENCE = "joint_press_conference", "Joint press conference"
        DOORSTEP = "doorstep", "Doorstep statement"
        SPEECH = "speech", "Speech"
        INTERVIEW = "interview", "Interview"
        BRIEFING = "briefing", "Press briefing"
        STATEMENT = "statement", "Statement"
        NEWS_ARTICLE = "news_article", "News article"
        OTHER = "other", "Other"

    slug = models.SlugField(
        max_length=SLUG_MAX + 11,
        unique=True,
        help_text="Permalink: date and title. Kept when the statement is re-imported.",
    )
    kind = models.CharField(max_length=32, choices=Kind, default=Kind.OTHER)
    title = models.CharField(max_length=500)
    subtitle = models.CharField(
        max_length=1000, blank=True, help_text="The occasion, as printed under the title."
    )
    date = models.DateField(null=True, blank=True)
    time = models.TimeField(null=True, blank=True)
    location = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(
        max_length=200, blank=True, help_text="Who issued it: NATO, U.S. Department of Defense..."
    )
    source_url = models.URLField(max_length=1000, blank=True)
    source_file = models.CharField(
        max_length=500,
        blank=True,
        help_text="The file it was imported from; a re-import of this file updates this record.",
    )
    original_text = models.TextField(help_text="The imported text, verbatim.")
    content_hash = models.CharField(
        max_length=64, blank=True, help_text="SHA-256 of the imported file's bytes."
    )
    delivery_note = models.CharField(max_length=100, blank=True, help_text="e.g. As delivered")
    byline = models.CharField(
        max_length=300,
        blank=True,
        help_text="A news article's author line: By Jim Garamone, DOD News",
    )
    last_updated = models.DateTimeField(
        null=True, blank=True, help_text="The 'Last updated' stamp printed on the page."
    )
    edited = models.BooleanField(
        default=False,
        help_text="Set when a person edits this statement in the admin; "
        "re-imports then leave it alone unless forced.",
    )
    edited_at = models.DateTimeField(null=True, blank=True)
    # What the search index holds (statements/index_state.py): ``revision`` takes a new value,
    # in the same transaction, whenever something the statement's documents show changes;
    # ``indexed_revision`` is set to it once the index has committed those documents.
    revision = models.BigIntegerField(default=new_revision, editable=False)
    indexed_revision = models.BigIntegerField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)
    topics = models.ManyToManyField(
        "Topic", through="StatementTopic", related_name="statements", blank=True
    )

    objects = StatementQuerySet.as_manager()

    # A transcript page holds the turns of this many positions (statements.browsing).
    TURNS_PER_PAGE = 150

    class Meta:
        ordering = ["-date", "-time", "title"]
        constraints = [
            # One statement per imported file: a re-import finds and updates it.
            models.UniqueConstraint(
                fields=["source_file"],
                condition=~Q(source_file=""),
                name="statement_unique_source_file",
            ),
        ]
        indexes = [
            # Latest statements, date archives, date-range filters.
            models.Index(fields=["-date", "-time"], name="statement_date_idx"),
            # Browsing one kind by date.
            models.Index(fields=["kind", "-date"], name="statement_kind_date_idx"),
            # Browsing one organisation by date.
            models.Index(fields=["organisation", "-date"], name="statement_org_date_idx"),
            # Re-import detection of a file already imported under another name.
            models.Index(fields=["content_hash"], name="statement_hash_idx"),
            # Re-import detection by file name: the importer asks "this name or these bytes?",
            # which the partial unique constraint's index cannot answer (a table scan a file).
            models.Index(fields=["source_file"], name="statement_source_file_idx"),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.title}" if self.date else self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.make_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # Kept per slug: indexing asks for it once per document of the statement.
        cached = self.__dict__.get("_url")
        if cached is None or cached[0] != self.slug:
            cached = self._url = (
                self.slug,
                reverse("statements:statement", kwargs={"slug": self.slug}),
            )
        return cached[1]

    def url_at(self, position: int, anchor: str) -> str:
        """The transcript page showing the turn at ``position``, scrolled to ``anchor``."""
        page = (position - 1) // self.TURNS_PER_PAGE + 1
        query = f"?page={page}" if page > 1 else ""
        return f"{self.get_absolute_url()}{query}#{anchor}"

    def make_slug(self) -> str:
        prefix = f"{self.date:%Y-%m-%d} " if self.date else ""
        return unique_slug(
            Statement, prefix + self.title, max_length=SLUG_MAX + 11, exclude_pk=self.pk
        )


class TurnQuerySet(models.QuerySet):
    def questions(self):
        return self.filter(kind=Turn.Kind.QUESTION)

    def answers(self):
        return self.filter(kind=Turn.Kind.ANSWER)

    def spoken(self):
        """Turns somebody said (not the narrative of a news article)."""
        return self.exclude(kind=Turn.Kind.NARRATIVE)

    def by(self, person):
        return self.filter(speaker=person)


class Turn(models.Model):
    """One contiguous piece of speech (or, in an article, one paragraph), in document order."""

    class Kind(models.TextChoices):
        STATEMENT = "statement", "Statement"
        MODERATION = "moderation", "Moderation"
        QUESTION = "question", "Question"
        ANSWER = "answer", "Answer"
        QUOTE = "quote", "Quotation"
        NARRATIVE = "narrative", "Narrative"

    class NameSource(models.TextChoices):
        """How the text names a question's journalist (statements.parsing.questioners)."""

        LABEL = "label", "as printed"
        FLOOR = "floor", "named by the briefer"
        MODERATOR = "moderator", "introduced by the moderator"
        INTRODUCTION = "introduction", "introduced themself"
        HEADER = "header", "named in the header"
        FOLLOW_UP = "follow_up", "follow-up of the named questioner"

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="turns")
    position = models.PositiveIntegerField(help_text="Order within the statement, from 1.")
    exchange = models.ForeignKey(
        "Exchange", on_delete=models.SET_NULL, null=True, blank=True, related_name="turns"
    )
    speaker_label = models.CharField(
        max_length=300, blank=True, help_text="The speaker exactly as printed."
    )
    speaker = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="turns"
    )
    role = models.CharField(
        max_length=300, blank=True, help_text="The role as printed: Secretary General..."
    )
    outlet_label = models.CharField(
        max_length=300, blank=True, help_text="The journalist's outlet exactly as printed."
    )
    outlet = models.ForeignKey(
        Outlet, on_delete=models.SET_NULL, null=True, blank=True, related_name="turns"
    )
    named_as = models.CharField(
        max_length=200,
        blank=True,
        help_text="A question's journalist as the text names them (a first name alone stays).",
    )
    name_source = models.CharField(
        max_length=16,
        choices=NameSource,
        blank=True,
        help_text="Where the text names the journalist of a question.",
    )
    kind = models.CharField(max_length=16, choices=Kind, default=Kind.STATEMENT)
    text = models.TextField()

    objects = TurnQuerySet.as_manager()

    class Meta:
        ordering = ["statement", "position"]
        constraints = [
            # Explicit document order; no two turns share a place.
            models.UniqueConstraint(fields=["statement", "position"], name="turn_unique_position"),
        ]
        indexes = [
            # A person's page: their answers / statements / questions.
            models.Index(fields=["speaker", "kind"], name="turn_speaker_kind_idx"),
            # An outlet's page: the questions asked for it.
            models.Index(fields=["outlet", "kind"], name="turn_outlet_kind_idx"),
        ]

    def __str__(self):
        who = self.speaker_label or "Unattributed"
        return f"{who}: {self.text[:60]}"

    def get_absolute_url(self):
        return self.statement.url_at(self.position, self.anchor)

    @property
    def anchor(self) -> str:
        return f"t{self.position}"


class Caption(models.Model):
    """A photo caption printed with a news article, kept apart from the body."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="captions")
    position = models.PositiveIntegerField()
    alt_text = models.TextField(blank=True, help_text="The description of the image.")
    title = models.CharField(max_length=300, blank=True)
    text = models.TextField(blank=True)
    credit = models.CharField(max_length=300, blank=True, help_text="Photo By: ...")
    virin = models.CharField(max_length=60, blank=True, help_text="Visual information record id.")

    class Meta:
        ordering = ["statement", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "position"], name="caption_unique_position"
            ),
        ]

    def __str__(self):
        return self.title or self.text[:60]

    @property
    def heading(self) -> str:
        """The title shown above the caption: none when the caption's text already says it
        ("Jens Stoltenberg" over "NATO Secretary General Jens Stoltenberg discusses ...")."""
        title = " ".join(self.title.split())
        return "" if title.casefold() in " ".join(self.text.split()).casefold() else title
