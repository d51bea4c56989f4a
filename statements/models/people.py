"""People and outlets: the named records shared across documents.

A Person is anyone who speaks or is quoted, an Outlet a news organisation that journalists ask
questions for. Both are a ``NamedEntity``: one canonical name, a slug for its page, and the other
spellings (aliases) that the importer resolves printed labels with.
"""

from django.db import models
from django.urls import reverse

from statements.models.slugs import SLUG_MAX, unique_slug


class NamedEntity(models.Model):
    """A person or an outlet: one canonical name plus the other spellings that mean it."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=SLUG_MAX, unique=True)
    aliases = models.TextField(
        blank=True,
        help_text="Other spellings or abbreviations that mean the same one, one per line.",
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def add_alias(self, alias: str) -> bool:
        """Remember ``alias`` as another spelling; return whether anything was added."""
        alias = alias.strip()
        known = {self.name.casefold(), *(a.casefold() for a in self.alias_list)}
        if not alias or alias.casefold() in known:
            return False
        self.aliases = "\n".join([*self.alias_list, alias])
        return True


class Person(NamedEntity):
    """Anyone who speaks or is quoted: an official, a moderator, a journalist."""

    class Meta(NamedEntity.Meta):
        verbose_name_plural = "people"
        indexes = [
            # Resolving a printed name to a person at import, and the admin's search.
            models.Index(fields=["name"], name="person_name_idx"),
        ]

    def get_absolute_url(self):
        return reverse("statements:person", kwargs={"slug": self.slug})


class Outlet(NamedEntity):
    """A news organisation that journalists ask questions for."""

    class Meta(NamedEntity.Meta):
        indexes = [
            # Resolving a printed outlet to a record at import, and the admin's search.
            models.Index(fields=["name"], name="outlet_name_idx"),
        ]

    def get_absolute_url(self):
        return reverse("statements:outlet", kwargs={"slug": self.slug})
