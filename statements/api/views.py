"""The API's records: lists (cursor-paginated, filtered) and single records by slug, here for
statements and exchanges, in directory.py for people, outlets and topics.

Each view issues a fixed number of queries whatever the page size or the size of the archive
(tests/test_api_queries.py pins them): lists annotate their counts with subqueries and
prefetch their related rows once per page.
"""

from django.db.models import Prefetch
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.reverse import reverse as api_reverse
from rest_framework.views import APIView

from statements.api import filters
from statements.api import serializers as s
from statements.api.conditional import ConditionalMixin, latest
from statements.api.errors import not_found, responses
from statements.api.pagination import ArchiveCursorPagination
from statements.browsing import count_of
from statements.models import (
    Exchange,
    Statement,
    Topic,
    Turn,
)

TOPICS = Prefetch("topics", queryset=Topic.objects.only("name", "slug"))


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


class ListView(ConditionalMixin, generics.ListAPIView):
    """A cursor-paginated list narrowed by ``filter_class``'s query parameters."""

    pagination_class = ArchiveCursorPagination
    filter_class: type[filters.ListFilter] | None = None

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        queryset = self.base_queryset()
        if self.filter_class is not None:
            params = self.filter_class(data=self.request.query_params)
            params.is_valid(raise_exception=True)
            queryset = params.narrow(queryset)
        return queryset

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.prepare(page)
        return page

    def prepare(self, rows) -> None:
        """Finish the page's records in memory before they are serialized."""


class PositionsContext:
    """Tells the turn serializer the position of each turn's exchange."""

    exchange_positions: dict = {}

    def get_serializer_context(self):
        return super().get_serializer_context() | {"exchange_positions": self.exchange_positions}


def answers_know_their_statement(exchanges) -> None:
    """Give each prefetched answer its exchange's statement (for its permalink), no query."""
    for exchange in exchanges:
        for answer in exchange.answers:
            answer.statement = exchange.statement


# --- Statements ------------------------------------------------------------------------------


def statements_listed():
    return (
        Statement.objects.defer("original_text")
        .annotate(n_turns=count_of(Turn, "statement"), n_exchanges=count_of(Exchange, "statement"))
        .prefetch_related(TOPICS)
    )


@extend_schema_view(
    get=extend_schema(
        summary="Statements",
        description="Every statement (press conference, speech, article...), oldest added first.",
        parameters=[filters.StatementFilter],
        responses={200: s.StatementSerializer(many=True), **responses(400, 429)},
    )
)
class StatementList(ListView):
    serializer_class = s.StatementSerializer
    filter_class = filters.StatementFilter

    def base_queryset(self):
        return statements_listed()


@extend_schema_view(
    get=extend_schema(
        summary="A statement with its turns",
        description="The statement's facts, every turn in order, its exchanges and captions.",
        responses={200: s.StatementDetailSerializer, **responses(404, 429)},
    )
)
class StatementDetail(PositionsContext, ConditionalMixin, generics.RetrieveAPIView):
    serializer_class = s.StatementDetailSerializer

    def get_object(self):
        slug = self.kwargs["slug"]
        statement = statements_listed().filter(slug=slug).first()
        if statement is None:
            raise not_found(f"No statement has the slug “{slug}”.")
        turns = list(
            statement.turns.select_related("speaker", "outlet").order_by("position")
        )  # fmt: skip
        exchanges = list(
            statement.exchanges.select_related("journalist", "outlet").order_by("position")
        )
        statement.turn_list = turns
        statement.exchange_list = exchanges
        statement.caption_list = list(statement.captions.all())
        self.exchange_positions = {e.pk: e.position for e in exchanges}
        shown = [t.speaker for t in turns] + [t.outlet for t in turns]
        self.modified = latest(
            statement.modified,
            statement.edited_at,
            *(r.modified for r in shown if r is not None),
        )
        return statement


# --- Exchanges -------------------------------------------------------------------------------


def exchanges_listed():
    answers = Turn.objects.answers().select_related("speaker").order_by("position")
    return (
        Exchange.objects.select_related("statement", "journalist", "outlet", "question")
        .only(*EXCHANGE_FIELDS)
        .prefetch_related(Prefetch("turns", queryset=answers, to_attr="answers"), TOPICS)
    )


EXCHANGE_FIELDS = [
    "position",
    "statement__slug",
    "statement__title",
    "statement__date",
    "statement__kind",
    "statement__modified",
    "statement__edited_at",
    "journalist__slug",
    "journalist__name",
    "journalist__modified",
    "outlet__slug",
    "outlet__name",
    "outlet__modified",
    "question__position",
    "question__speaker_label",
    "question__outlet_label",
    "question__text",
]


@extend_schema_view(
    get=extend_schema(
        summary="Exchanges: questions and their answers",
        description="Every question with who asked it, for which outlet, and the answers.",
        parameters=[filters.ExchangeFilter],
        responses={200: s.ExchangeSerializer(many=True), **responses(400, 429)},
    )
)
class ExchangeList(ListView):
    serializer_class = s.ExchangeSerializer
    filter_class = filters.ExchangeFilter

    def base_queryset(self):
        return exchanges_listed()

    def prepare(self, rows):
        answers_know_their_statement(rows)


@extend_schema_view(
    get=extend_schema(
        summary="An exchange with all its turns",
        parameters=[OpenApiParameter("position", int, OpenApiParameter.PATH)],
        responses={200: s.ExchangeDetailSerializer, **responses(404, 429)},
    )
)
class ExchangeDetail(PositionsContext, ConditionalMixin, generics.RetrieveAPIView):
    serializer_class = s.ExchangeDetailSerializer

    def get_object(self):
        slug, position = self.kwargs["slug"], self.kwargs["position"]
        exchange = exchanges_listed().filter(statement__slug=slug, position=position).first()
        if exchange is None:
            raise not_found(f"The statement “{slug}” has no exchange {position}.", "position")
        answers_know_their_statement([exchange])
        exchange.all_turns = list(
            exchange.turns.select_related("speaker", "outlet").order_by("position")
        )
        for turn in exchange.all_turns:
            turn.statement = exchange.statement
        shown = [exchange.journalist, exchange.outlet]
        shown += [t.speaker for t in exchange.all_turns] + [t.outlet for t in exchange.all_turns]
        self.modified = latest(
            exchange.statement.modified,
            exchange.statement.edited_at,
            *(r.modified for r in shown if r is not None),
        )
        self.exchange_positions = {exchange.pk: exchange.position}
        return exchange


# --- The root ----------------------------------------------------------------------------------


class Root(ConditionalMixin, APIView):
    """What the API offers, with links."""

    @extend_schema(
        summary="The API's endpoints",
        responses={200: {"type": "object", "additionalProperties": {"type": "string"}}},
    )
    def get(self, request):
        names = ["statements", "exchanges", "people", "outlets", "topics", "search"]
        links = {name: api_reverse(f"api:{name}", request=request) for name in names}
        links["schema"] = api_reverse("api:schema", request=request)
        links["docs"] = api_reverse("api:docs", request=request)
        links["about"] = absolute(request, reverse("statements:data"))
        return Response(links)
