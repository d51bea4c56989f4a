"""Topics and the tags that put them on statements and exchanges.

A Topic carries its own keyword rules for automatic tagging; StatementTopic and ExchangeTopic are
the through tables of ``Statement.topics`` and ``Exchange.topics``, each tag saying whether the
keyword rules set it (and may remove it) or a person did.
"""

from django.db import models
from django.urls import reverse

from statements.models.documents import Statement
from statements.models.exchanges import Exchange
from statements.models.slugs import SLUG_MAX, unique_slug


class Topic(models.Model):
    """A subject statements and exchanges are tagged with, automatically or by a person."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=SLUG_MAX, unique=True)
    description = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True,
        help_text=(
            "Keyword rules for automatic tagging, one word or phrase per line, matched as whole "
            "words regardless of case. End a word with * to match its beginning (missile*)."
        ),
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Topic, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("statements:topic", kwargs={"slug": self.slug})

    @property
    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]


class TopicTag(models.Model):
    """A topic on a statement or an exchange, set by keyword rules or by a person."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE)
    automatic = models.BooleanField(
        default=False, help_text="Set by keyword rules; re-tagging may remove it."
    )

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.topic} ({'automatic' if self.automatic else 'set by a person'})"


class StatementTopic(TopicTag):
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["statement", "topic"], name="statementtopic_unique"),
        ]
        indexes = [
            # A topic's page: its statements.
            models.Index(fields=["topic", "statement"], name="statementtopic_topic_idx"),
        ]


class ExchangeTopic(TopicTag):
    exchange = models.ForeignKey(Exchange, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["exchange", "topic"], name="exchangetopic_unique"),
        ]
        indexes = [
            # A topic's page: its exchanges.
            models.Index(fields=["topic", "exchange"], name="exchangetopic_topic_idx"),
        ]
