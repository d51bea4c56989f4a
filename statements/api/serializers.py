"""What each record looks like in the API's JSON.

Every record carries its stable key (a slug; an exchange's statement slug and position), its
``url`` in the API and its ``permalink``: the absolute address of its HTML page. Related records
are shown as small references (slug, name, url, permalink) so that a client can follow them.
The views load everything a serializer reads in a fixed number of queries (see views.py and
directory.py).
"""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from statements.models import Caption, Exchange, Outlet, Person, Statement, Topic, Turn


def absolute(serializer, path: str) -> str:
    request = serializer.context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


class Linked(serializers.ModelSerializer):
    """A record with an API ``url`` (the view ``api:<api_view>`` by slug) and a ``permalink``."""

    api_view = ""
    url = serializers.SerializerMethodField(help_text="This record in the API.")
    permalink = serializers.SerializerMethodField(help_text="This record's page on the site.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj) -> str:
        return absolute(self, reverse(f"api:{self.api_view}", kwargs={"slug": obj.slug}))

    @extend_schema_field(OpenApiTypes.URI)
    def get_permalink(self, obj) -> str:
        return absolute(self, obj.get_absolute_url())


# --- References ----------------------------------------------------------------------------------


class PersonRef(Linked):
    api_view = "person"

    class Meta:
        model = Person
        fields = ["slug", "name", "url", "permalink"]


class OutletRef(Linked):
    api_view = "outlet"

    class Meta:
        model = Outlet
        fields = ["slug", "name", "url", "permalink"]


class TopicRef(Linked):
    api_view = "topic"

    class Meta:
        model = Topic
        fields = ["slug", "name", "url", "permalink"]


class StatementRef(Linked):
    api_view = "statement"

    class Meta:
        model = Statement
        fields = ["slug", "title", "date", "kind", "url", "permalink"]


# --- Turns and exchanges ---------------------------------------------------------------------


class TurnSerializer(serializers.ModelSerializer):
    """One contiguous piece of speech, with the speaker and outlet as printed and as resolved."""

    speaker = PersonRef(allow_null=True, help_text="The person the label names, if known.")
    outlet = OutletRef(allow_null=True, help_text="A journalist's outlet, if known.")
    exchange = serializers.SerializerMethodField(
        help_text="Position of the exchange (question and answers) the turn belongs to."
    )
    permalink = serializers.SerializerMethodField(help_text="The turn in its transcript.")

    class Meta:
        model = Turn
        fields = [
            "position",
            "kind",
            "speaker",
            "speaker_label",
            "role",
            "outlet",
            "outlet_label",
            "named_as",
            "name_source",
            "exchange",
            "text",
            "permalink",
        ]

    def get_exchange(self, obj) -> int | None:
        return self.context.get("exchange_positions", {}).get(obj.exchange_id)

    @extend_schema_field(OpenApiTypes.URI)
    def get_permalink(self, obj) -> str:
        return absolute(self, obj.get_absolute_url())


class AnswerSerializer(TurnSerializer):
    class Meta(TurnSerializer.Meta):
        fields = ["position", "speaker", "speaker_label", "role", "text", "permalink"]


class ExchangeSerializer(serializers.ModelSerializer):
    """A question with the answers to it: who asked, for which outlet, who answered."""

    id = serializers.SerializerMethodField(help_text="Stable key: '<statement slug>/q<position>'.")
    statement = StatementRef()
    journalist = PersonRef(allow_null=True)
    journalist_label = serializers.CharField(
        source="question.speaker_label", help_text="Who asked, exactly as printed."
    )
    outlet = OutletRef(allow_null=True)
    outlet_label = serializers.CharField(
        source="question.outlet_label", help_text="The outlet, exactly as printed."
    )
    question = serializers.CharField(source="question.text", help_text="The opening question.")
    answers = AnswerSerializer(many=True, help_text="The answers, in order.")
    topics = TopicRef(many=True)
    url = serializers.SerializerMethodField()
    permalink = serializers.SerializerMethodField(help_text="The exchange's own page.")
    in_transcript = serializers.SerializerMethodField(help_text="The exchange in its transcript.")

    class Meta:
        model = Exchange
        fields = [
            "id",
            "statement",
            "position",
            "journalist",
            "journalist_label",
            "outlet",
            "outlet_label",
            "question",
            "answers",
            "topics",
            "url",
            "permalink",
            "in_transcript",
        ]

    def get_id(self, obj) -> str:
        return f"{obj.statement.slug}/q{obj.position}"

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj) -> str:
        kwargs = {"slug": obj.statement.slug, "position": obj.position}
        return absolute(self, reverse("api:exchange", kwargs=kwargs))

    @extend_schema_field(OpenApiTypes.URI)
    def get_permalink(self, obj) -> str:
        return absolute(self, obj.get_page_url())

    @extend_schema_field(OpenApiTypes.URI)
    def get_in_transcript(self, obj) -> str:
        return absolute(self, obj.get_absolute_url())


class ExchangeDetailSerializer(ExchangeSerializer):
    turns = TurnSerializer(
        many=True, source="all_turns", help_text="Every turn: questions, answers, in between."
    )

    class Meta(ExchangeSerializer.Meta):
        fields = [*ExchangeSerializer.Meta.fields, "turns"]


class ExchangeRef(serializers.ModelSerializer):
    journalist = PersonRef(allow_null=True)
    outlet = OutletRef(allow_null=True)
    url = serializers.SerializerMethodField()
    permalink = serializers.SerializerMethodField()

    class Meta:
        model = Exchange
        fields = ["position", "journalist", "outlet", "url", "permalink"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj) -> str:
        kwargs = {"slug": obj.statement.slug, "position": obj.position}
        return absolute(self, reverse("api:exchange", kwargs=kwargs))

    @extend_schema_field(OpenApiTypes.URI)
    def get_permalink(self, obj) -> str:
        return absolute(self, obj.get_page_url())


# --- Statements ------------------------------------------------------------------------------


class StatementSerializer(Linked):
    api_view = "statement"
    kind_label = serializers.CharField(source="get_kind_display")
    topics = TopicRef(many=True)
    turn_count = serializers.IntegerField(source="n_turns")
    exchange_count = serializers.IntegerField(source="n_exchanges")

    class Meta:
        model = Statement
        fields = [
            "id",
            "slug",
            "kind",
            "kind_label",
            "title",
            "subtitle",
            "date",
            "time",
            "location",
            "organisation",
            "source_url",
            "byline",
            "topics",
            "turn_count",
            "exchange_count",
            "modified",
            "url",
            "permalink",
        ]


class CaptionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Caption
        fields = ["position", "title", "text", "alt_text", "credit", "virin"]


class StatementDetailSerializer(StatementSerializer):
    exchanges = ExchangeRef(many=True, source="exchange_list")
    turns = TurnSerializer(many=True, source="turn_list")
    captions = CaptionSerializer(many=True, source="caption_list")
    original_text = serializers.SerializerMethodField(
        help_text="The imported text, verbatim, as plain text."
    )

    class Meta(StatementSerializer.Meta):
        fields = [
            *StatementSerializer.Meta.fields,
            "delivery_note",
            "last_updated",
            "edited",
            "exchanges",
            "turns",
            "captions",
            "original_text",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_original_text(self, obj) -> str:
        return absolute(self, reverse("statements:original_text", kwargs={"slug": obj.slug}))


# --- People, outlets, topics -----------------------------------------------------------------


class PersonCounts(serializers.Serializer):
    """How often a person appears in each role."""

    questions = serializers.IntegerField(source="n_questions", help_text="Questions asked.")
    answers = serializers.IntegerField(source="n_answers", help_text="Answer turns.")
    statements = serializers.IntegerField(
        source="n_statement_turns", help_text="Turns of an opening or prepared statement."
    )
    moderation = serializers.IntegerField(source="n_moderation", help_text="Moderator's turns.")
    quotations = serializers.IntegerField(source="n_quotations", help_text="Quoted in articles.")
    appearances = serializers.IntegerField(
        source="n_appearances", help_text="Statements in which they speak or ask."
    )


class PersonSerializer(Linked):
    api_view = "person"
    aliases = serializers.ListField(child=serializers.CharField(), source="alias_list")
    counts = PersonCounts(source="*")

    class Meta:
        model = Person
        fields = ["id", "slug", "name", "aliases", "counts", "modified", "url", "permalink"]


class CountedOutlet(serializers.Serializer):
    outlet = OutletRef()
    questions = serializers.IntegerField()


class CountedPerson(serializers.Serializer):
    person = PersonRef()
    questions = serializers.IntegerField()


class Exports(serializers.Serializer):
    csv = serializers.URLField()
    jsonl = serializers.URLField()


class PersonDetailSerializer(PersonSerializer):
    roles = serializers.ListField(
        child=serializers.CharField(), help_text="Roles printed beside the name, most frequent."
    )
    outlets = CountedOutlet(many=True, help_text="Outlets they asked questions for.")
    questions = serializers.URLField(help_text="Their questions, in the API.")
    exports = Exports(help_text="Their questions as CSV and JSON Lines.")

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "roles", "outlets", "questions", "exports"]


class OutletCounts(serializers.Serializer):
    questions = serializers.IntegerField(source="n_questions")
    journalists = serializers.IntegerField(source="n_journalists")


class OutletSerializer(Linked):
    api_view = "outlet"
    aliases = serializers.ListField(child=serializers.CharField(), source="alias_list")
    counts = OutletCounts(source="*")

    class Meta:
        model = Outlet
        fields = ["id", "slug", "name", "aliases", "counts", "modified", "url", "permalink"]


class OutletDetailSerializer(OutletSerializer):
    journalists = CountedPerson(many=True)
    questions = serializers.URLField(help_text="Questions asked for it, in the API.")
    exports = Exports(help_text="Questions asked for it, as CSV and JSON Lines.")

    class Meta(OutletSerializer.Meta):
        fields = [*OutletSerializer.Meta.fields, "journalists", "questions", "exports"]


class TopicCounts(serializers.Serializer):
    statements = serializers.IntegerField(source="n_statements")
    exchanges = serializers.IntegerField(source="n_exchanges")


class TopicSerializer(Linked):
    api_view = "topic"
    counts = TopicCounts(source="*")

    class Meta:
        model = Topic
        fields = ["id", "slug", "name", "description", "counts", "url", "permalink"]


class TopicDetailSerializer(TopicSerializer):
    keywords = serializers.ListField(
        child=serializers.CharField(), source="keyword_list", help_text="Tagging rules."
    )
    statements = serializers.URLField(
        source="statements_url", help_text="Statements tagged with it, in the API."
    )
    exchanges = serializers.URLField(
        source="exchanges_url", help_text="Exchanges tagged with it, in the API."
    )

    class Meta(TopicSerializer.Meta):
        fields = [*TopicSerializer.Meta.fields, "keywords", "statements", "exchanges"]
