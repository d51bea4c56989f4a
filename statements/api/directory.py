"""The API's people, outlets and topics: lists with their counts, and each one's record.

Like the statements and exchanges (views.py), each view issues a fixed number of queries
whatever the page size or the size of the archive (tests/test_api_queries.py pins them).
"""

from django.db.models import Count
from django.urls import reverse
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics

from statements.api import filters
from statements.api import serializers as s
from statements.api.conditional import ConditionalMixin
from statements.api.errors import not_found, responses
from statements.api.views import ListView, absolute
from statements.browsing import SPOKEN, count_of, most_active
from statements.models import Exchange, ExchangeTopic, Outlet, Person, StatementTopic, Topic, Turn


def people_listed():
    turn_counts = {
        "n_answers": Turn.Kind.ANSWER,
        "n_statement_turns": Turn.Kind.STATEMENT,
        "n_moderation": Turn.Kind.MODERATION,
        "n_quotations": Turn.Kind.QUOTE,
    }
    return Person.objects.annotate(
        n_questions=count_of(Exchange, "journalist"),
        n_spoken=count_of(Turn, "speaker", kind__in=SPOKEN),
        n_appearances=count_of(Turn, "speaker", count="statement"),
        **{name: count_of(Turn, "speaker", kind=kind) for name, kind in turn_counts.items()},
    )


def exports_of(request, kind: str, slug: str) -> dict:
    return {
        fmt: absolute(
            request, reverse(f"statements:{kind}_export", kwargs={"slug": slug, "fmt": fmt})
        )
        for fmt in ("csv", "jsonl")
    }


@extend_schema_view(
    get=extend_schema(
        summary="People",
        description="Everyone who speaks, is quoted or asks, with counts per role.",
        parameters=[filters.PersonFilter],
        responses={200: s.PersonSerializer(many=True), **responses(400, 429)},
    )
)
class PersonList(ListView):
    serializer_class = s.PersonSerializer
    filter_class = filters.PersonFilter

    def base_queryset(self):
        return people_listed()


@extend_schema_view(
    get=extend_schema(
        summary="A person",
        responses={200: s.PersonDetailSerializer, **responses(404, 429)},
    )
)
class PersonDetail(ConditionalMixin, generics.RetrieveAPIView):
    serializer_class = s.PersonDetailSerializer

    def get_object(self):
        slug = self.kwargs["slug"]
        person = people_listed().filter(slug=slug).first()
        if person is None:
            raise not_found(f"No person has the slug “{slug}”.")
        person.roles = list(
            Turn.objects.by(person)
            .exclude(role="")
            .order_by()
            .values_list("role", flat=True)
            .annotate(n=Count("pk"))
            .order_by("-n", "role")[:10]
        )
        outlets = most_active(Outlet, Exchange, "outlet", journalist=person)
        person.outlets = [{"outlet": o, "questions": o.n} for o in outlets]
        url = reverse("api:exchanges")
        person.questions = absolute(self.request, f"{url}?journalist={person.slug}")
        person.exports = exports_of(self.request, "person", person.slug)
        self.modified = person.modified
        return person


def outlets_listed():
    return Outlet.objects.annotate(
        n_questions=count_of(Exchange, "outlet"),
        n_journalists=count_of(Exchange, "outlet", count="journalist"),
    )


@extend_schema_view(
    get=extend_schema(
        summary="Outlets",
        description="News organisations journalists ask for, with their counts.",
        responses={200: s.OutletSerializer(many=True), **responses(400, 429)},
    )
)
class OutletList(ListView):
    serializer_class = s.OutletSerializer

    def base_queryset(self):
        return outlets_listed()


@extend_schema_view(
    get=extend_schema(
        summary="An outlet",
        responses={200: s.OutletDetailSerializer, **responses(404, 429)},
    )
)
class OutletDetail(ConditionalMixin, generics.RetrieveAPIView):
    serializer_class = s.OutletDetailSerializer

    def get_object(self):
        slug = self.kwargs["slug"]
        outlet = outlets_listed().filter(slug=slug).first()
        if outlet is None:
            raise not_found(f"No outlet has the slug “{slug}”.")
        people = most_active(Person, Exchange, "journalist", outlet=outlet)
        outlet.journalists = [{"person": p, "questions": p.n} for p in people]
        url = reverse("api:exchanges")
        outlet.questions = absolute(self.request, f"{url}?outlet={outlet.slug}")
        outlet.exports = exports_of(self.request, "outlet", outlet.slug)
        self.modified = outlet.modified
        return outlet


def topics_listed():
    return Topic.objects.annotate(
        n_statements=count_of(StatementTopic, "topic"),
        n_exchanges=count_of(ExchangeTopic, "topic"),
    )


@extend_schema_view(
    get=extend_schema(
        summary="Topics",
        responses={200: s.TopicSerializer(many=True), **responses(400, 429)},
    )
)
class TopicList(ListView):
    serializer_class = s.TopicSerializer

    def base_queryset(self):
        return topics_listed()


@extend_schema_view(
    get=extend_schema(
        summary="A topic",
        responses={200: s.TopicDetailSerializer, **responses(404, 429)},
    )
)
class TopicDetail(ConditionalMixin, generics.RetrieveAPIView):
    serializer_class = s.TopicDetailSerializer

    def get_object(self):
        slug = self.kwargs["slug"]
        topic = topics_listed().filter(slug=slug).first()
        if topic is None:
            raise not_found(f"No topic has the slug “{slug}”.")
        for name, view in [("statements", "api:statements"), ("exchanges", "api:exchanges")]:
            url = absolute(self.request, f"{reverse(view)}?topic={topic.slug}")
            setattr(topic, f"{name}_url", url)
        return topic
