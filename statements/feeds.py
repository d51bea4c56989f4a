"""Atom feeds of statements: the latest, per topic, per person, per search.

``StatementFeed`` is the base: a subclass says what the feed is about (``get_object``,
``title``, ``link``) and which statements it lists (``statements``); the entries are the same
everywhere. A feed of search results can subclass it and return the matching statements.
"""

import datetime
import re

from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator

from statements.models import Person, Statement, Topic, Turn

SITE = "natoarchive"
OPENING_WORDS = 60  # of the statement's opening text in each entry
# Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF): a
# feed's title must not hold what someone typed into the search box unfiltered.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class StatementFeed(Feed):
    feed_type = Atom1Feed
    limit = 30
    author_name = SITE

    def statements(self, obj):
        raise NotImplementedError

    def items(self, obj):
        # The text an entry opens with: the first two turns (a greeting alone says little).
        turns = Turn.objects.filter(statement=OuterRef("pk")).exclude(text="").order_by("position")
        return (
            self.statements(obj)
            .defer("original_text")
            .annotate(
                opening=Subquery(turns.values("text")[:1]),
                opening_next=Subquery(turns.values("text")[1:2]),
            )
            .prefetch_related("topics")
            .order_by("-date", "-time", "-pk")[: self.limit]
        )

    def item_title(self, item):
        return _NOT_XML.sub("", item.title)

    def item_description(self, item):
        """Plain text escaped once as HTML: Atom's summary is type="html", so a feed reader
        unescapes the XML and renders the rest as HTML; "<img ...>" from an imported file
        must reach it as text."""
        facts = [item.get_kind_display(), item.organisation, item.location]
        line = " · ".join(fact for fact in facts if fact)
        line = f"{line}. {item.subtitle}" if item.subtitle else line
        opening = " ".join(t for t in (item.opening, item.opening_next) if t)
        text = f"{line}\n\n{Truncator(opening).words(OPENING_WORDS)}" if opening else line
        return escape(_NOT_XML.sub("", text))

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        if item.date is None:
            return item.created
        moment = datetime.datetime.combine(item.date, item.time or datetime.time(0))
        return timezone.make_aware(moment)

    def item_updateddate(self, item):
        return item.modified

    def item_categories(self, item):
        return [_NOT_XML.sub("", topic.name) for topic in item.topics.all()]


class LatestStatementsFeed(StatementFeed):
    title = f"{SITE}: latest statements"
    subtitle = "Press conferences, doorsteps, speeches and news articles, newest first."

    def link(self):
        return reverse("statements:home")

    def statements(self, obj):
        return Statement.objects.all()


class TopicFeed(StatementFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def title(self, obj):
        return f"{SITE}: statements on {_NOT_XML.sub('', obj.name)}"

    def link(self, obj):
        return obj.get_absolute_url()

    def statements(self, obj):
        return obj.statements.all()


class PersonFeed(StatementFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Person, slug=slug)

    def title(self, obj):
        return f"{SITE}: statements in which {_NOT_XML.sub('', obj.name)} speaks or asks"

    def link(self, obj):
        return obj.get_absolute_url()

    def statements(self, obj):
        return Statement.objects.filter(pk__in=obj.turns.values("statement"))


class SearchFeed(StatementFeed):
    """The newest statements matching a search: its words and filters, as on /search/."""

    def get_object(self, request):
        from statements.forms import SearchForm
        from statements.search_syntax import parse

        form = SearchForm(request.GET)
        form.is_valid()
        data = dict(form.cleaned_data, show="statements", sort="newest")
        query = request.GET.copy()
        query.pop("page", None)
        return {
            "parsed": parse(data.get("q") or ""),
            "data": data,
            "query": _NOT_XML.sub("", data.get("q") or ""),
            "params": query.urlencode(),
        }

    def title(self, obj):
        what = f"“{obj['query']}”" if obj["query"] else "a filtered search"
        return f"{SITE}: statements matching {what}"

    def link(self, obj):
        return f"{reverse('statements:search')}?{obj['params']}"

    def statements(self, obj):
        from haystack.exceptions import SearchBackendError

        from statements.search import build_queryset

        if obj["parsed"].empty and not any(
            obj["data"].get(name)
            for name in ("start", "end", "journalist", "outlet", "speaker", "topic", "kind")
        ):
            return Statement.objects.none()
        try:
            hits = build_queryset(obj["parsed"], obj["data"])[: self.limit]
            ids = [int(hit.pk) for hit in hits]
        except SearchBackendError:
            return Statement.objects.none()
        return Statement.objects.filter(pk__in=ids)
