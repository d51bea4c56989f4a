"""Exchanges: a question and the answers to it, grouped within one statement.

An Exchange points at the turn that asks the question, at the journalist and outlet it was asked
for, and at the statement it belongs to; its turns are linked to it through ``Turn.exchange``.
"""

from django.db import models
from django.urls import reverse

from statements.models.documents import Statement, Turn
from statements.models.people import Outlet, Person


class ExchangeQuerySet(models.QuerySet):
    def by_journalist(self, person):
        return self.filter(journalist=person)

    def for_outlet(self, outlet):
        return self.filter(outlet=outlet)


class Exchange(models.Model):
    """A question and the answers to it, follow-up questions included, within one statement.

    Its turns (``exchange.turns``) are the question, any follow-ups, the answers and whatever
    was said in between, in document order.
    """

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="exchanges")
    position = models.PositiveIntegerField(help_text="Order among the statement's exchanges.")
    question = models.OneToOneField(
        Turn, on_delete=models.CASCADE, related_name="opened_exchange", help_text="The question."
    )
    journalist = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="exchanges"
    )
    outlet = models.ForeignKey(
        Outlet, on_delete=models.SET_NULL, null=True, blank=True, related_name="exchanges"
    )
    topics = models.ManyToManyField(
        "Topic", through="ExchangeTopic", related_name="exchanges", blank=True
    )

    objects = ExchangeQuerySet.as_manager()

    class Meta:
        ordering = ["statement", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "position"], name="exchange_unique_position"
            ),
        ]
        indexes = [
            # A journalist's page: every question they asked.
            models.Index(fields=["journalist"], name="exchange_journalist_idx"),
            # An outlet's page.
            models.Index(fields=["outlet"], name="exchange_outlet_idx"),
        ]

    def __str__(self):
        who = self.journalist.name if self.journalist_id else "Unnamed journalist"
        return f"Q{self.position} by {who} in {self.statement.title[:60]}"

    def get_absolute_url(self):
        """The exchange in its transcript (load ``statement`` and ``question`` with it)."""
        return self.statement.url_at(self.question.position, self.anchor)

    def get_page_url(self):
        """The exchange's own page: a permalink that can be shared, with its own preview."""
        return reverse(
            "statements:exchange", kwargs={"slug": self.statement.slug, "position": self.position}
        )

    @property
    def anchor(self) -> str:
        return f"q{self.position}"
