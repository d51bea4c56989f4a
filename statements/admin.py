"""The Django admin: where imported records are corrected by hand.

Every save made here marks the statement as edited by a person, so that a later re-import
does not silently overwrite it (see the importer's --force).
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from statements.admin_turns import TurnPage
from statements.merging import merge, pick_target
from statements.models import (
    Caption,
    Exchange,
    ExchangeTopic,
    Outlet,
    Person,
    Statement,
    StatementTopic,
    Topic,
    Turn,
)

# Positions are moved out of the way by this much while a formset re-orders rows, so that
# the unique (statement, position) constraint holds after every single UPDATE.
REORDER_OFFSET = 1_000_000


def mark_edited(statement_ids) -> None:
    Statement.objects.filter(pk__in=statement_ids).update(edited=True, edited_at=timezone.now())


class PositionedInlineFormSet(forms.BaseInlineFormSet):
    """An inline formset whose rows can be re-ordered by editing their positions.

    The per-row check of the unique position against the database is replaced by a check
    across the submitted rows, so that two rows can swap places in one save.
    """

    def clean(self):
        super().clean()
        seen = {}
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form in self.deleted_forms:
                continue
            position = form.cleaned_data.get("position")
            if position is None:
                continue
            if position in seen:
                raise ValidationError(f"Two rows cannot share position {position}.")
            seen[position] = form
        # Rows of the same parent that this page of the formset does not show keep theirs.
        shown = [form.instance.pk for form in self.initial_forms]
        elsewhere = self.model.objects.filter(
            **{self.fk.name: self.instance}, position__in=list(seen)
        ).exclude(pk__in=shown)
        taken = sorted(elsewhere.values_list("position", flat=True))
        if taken:
            listed = ", ".join(map(str, taken))
            raise ValidationError(f"Position {listed} is taken by a row not shown on this page.")

    def save(self, commit=True):
        moved = [
            form.instance.pk
            for form in self.initial_forms
            if form in self.deleted_forms or "position" in form.changed_data
        ]
        if commit and moved:
            self.model.objects.filter(pk__in=moved).update(position=F("position") + REORDER_OFFSET)
        return super().save(commit=commit)


class PositionedInlineForm(forms.ModelForm):
    def _get_validation_exclusions(self):
        # Uniqueness of the position is checked across the whole formset instead.
        return super()._get_validation_exclusions() | {"position"}


class TurnInline(admin.StackedInline):
    """A statement's turns, each its text beside compact fields, a page of them at a time with
    a box to find turns (templates/admin/statements/turn_inline.html): the page fits a 1,280 px
    window, and a long transcript is neither one huge form nor over the POST field limit."""

    model = Turn
    form = PositionedInlineForm
    formset = PositionedInlineFormSet
    template = "admin/statements/turn_inline.html"
    fields = [
        "position",
        "kind",
        "speaker_label",
        "speaker",
        "role",
        "outlet_label",
        "outlet",
        "text",
    ]
    autocomplete_fields = ["speaker", "outlet"]
    ordering = ["position"]
    extra = 0
    formfield_overrides = {
        Turn._meta.get_field("text"): {"widget": forms.Textarea(attrs={"rows": 6, "cols": 60})},
    }

    def get_queryset(self, request):
        turns = super().get_queryset(request)
        statement = (request.resolver_match.kwargs if request.resolver_match else {}).get(
            "object_id"
        )
        # An inline instance lives for one request: the page is remembered for the template.
        self.turn_page = TurnPage(request, turns.filter(statement_id=statement))
        # Each row links to its place on the public page, which needs the statement's slug.
        page = turns.filter(pk__in=self.turn_page.pks).select_related("statement")
        return page.defer("statement__original_text")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        """Speaker and outlet keep only the pencil that edits the record chosen: the add, delete
        and view buttons of every row would leave the name itself no room."""
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in ("speaker", "outlet") and field is not None:
            widget = field.widget
            widget.can_add_related = widget.can_delete_related = widget.can_view_related = False
        return field


class ExchangeInline(admin.TabularInline):
    model = Exchange
    fields = ["position", "journalist", "outlet", "question_excerpt"]
    readonly_fields = ["position", "journalist", "outlet", "question_excerpt"]
    ordering = ["position"]
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("journalist", "outlet", "question")

    @admin.display(description="Question")
    def question_excerpt(self, exchange):
        return Truncator(exchange.question.text).words(30)


class StatementTopicInline(admin.TabularInline):
    model = StatementTopic
    fields = ["topic", "automatic"]
    extra = 0
    verbose_name = "topic"
    verbose_name_plural = "topics (automatic tags come from keyword rules)"


class ExchangeTopicInline(admin.TabularInline):
    model = ExchangeTopic
    fields = ["topic", "automatic"]
    extra = 0
    verbose_name = "topic"


class CaptionInline(admin.StackedInline):
    model = Caption
    form = PositionedInlineForm
    formset = PositionedInlineFormSet
    fields = ["position", "title", "alt_text", "text", "credit", "virin"]
    ordering = ["position"]
    extra = 0


class AdminMedia:
    css = {"all": ["css/admin.css"]}


class EditMarkingAdmin(admin.ModelAdmin):
    """Marks the statement(s) behind a saved object as edited by a person."""

    Media = AdminMedia

    def statement_ids(self, obj) -> list[int]:
        return [obj.statement_id]

    def save_model(self, request, obj, form, change):
        # The statement first, as the importer locks it: a re-import of its file waits for
        # this save and then leaves the statement alone (no deadlock, no lost edit).
        mark_edited(self.statement_ids(obj))
        super().save_model(request, obj, form, change)


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["date", "title_excerpt", "kind", "organisation", "location", "edited"]
    list_display_links = ["title_excerpt"]
    list_filter = ["kind", "organisation", "edited", "topics"]
    date_hierarchy = "date"
    search_fields = ["title", "subtitle", "original_text"]
    readonly_fields = [
        "content_hash",
        "source_file",
        "created",
        "modified",
        "edited_at",
        "view_link",
    ]
    inlines = [StatementTopicInline, TurnInline, ExchangeInline, CaptionInline]
    Media = AdminMedia
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["kind", "title", "subtitle", "slug", "view_link"]}),
        ("When and where", {"fields": ["date", "time", "location", "organisation"]}),
        (
            "Source",
            {"fields": ["source_url", "source_file", "byline", "delivery_note", "last_updated"]},
        ),
        ("Record", {"fields": ["edited", "edited_at", "content_hash", "created", "modified"]}),
        ("Original text", {"classes": ["collapse"], "fields": ["original_text"]}),
    ]

    @admin.display(description="Title", ordering="title")
    def title_excerpt(self, statement):
        return Truncator(statement.title).chars(90)

    @admin.display(description="Public page")
    def view_link(self, statement):
        if not statement.pk:
            return "-"
        return format_html('<a href="{0}">{0}</a>', statement.get_absolute_url())

    def save_model(self, request, obj, form, change):
        obj.edited = True
        obj.edited_at = timezone.now()
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.has_changed():
            mark_edited([form.instance.pk])


@admin.register(Turn)
class TurnAdmin(EditMarkingAdmin):
    list_display = [
        "statement",
        "position",
        "kind",
        "speaker_label",
        "speaker",
        "outlet",
        "excerpt",
    ]
    list_filter = ["kind"]
    list_select_related = ["statement", "speaker", "outlet"]
    search_fields = ["text", "speaker_label", "speaker__name"]
    autocomplete_fields = ["statement", "speaker", "outlet", "exchange"]

    @admin.display(description="Text")
    def excerpt(self, turn):
        return Truncator(turn.text).words(20)


@admin.register(Exchange)
class ExchangeAdmin(EditMarkingAdmin):
    list_display = ["statement", "position", "journalist", "outlet"]
    list_select_related = ["statement", "journalist", "outlet"]
    search_fields = ["journalist__name", "outlet__name", "question__text", "statement__title"]
    autocomplete_fields = ["statement", "journalist", "outlet", "question"]
    inlines = [ExchangeTopicInline]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.has_changed():
            mark_edited([form.instance.statement_id])


@admin.register(Caption)
class CaptionAdmin(EditMarkingAdmin):
    list_display = ["statement", "position", "title", "credit", "virin"]
    search_fields = ["text", "title", "virin"]
    autocomplete_fields = ["statement"]


class NamedEntityAdmin(admin.ModelAdmin):
    """Shared admin for people and outlets: search by any spelling, merge duplicates."""

    list_display = ["name", "aliases_shown", "turn_count", "exchange_count"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_turns=Count("turns", distinct=True),
                n_exchanges=Count("exchanges", distinct=True),
            )
        )

    @admin.display(description="Also printed as")
    def aliases_shown(self, obj):
        return ", ".join(obj.alias_list)

    @admin.display(description="Turns", ordering="n_turns")
    def turn_count(self, obj):
        return obj.n_turns

    @admin.display(description="Exchanges", ordering="n_exchanges")
    def exchange_count(self, obj):
        return obj.n_exchanges

    @admin.action(description="Merge selected into the one with the most turns")
    def merge_selected(self, request, queryset):
        records = list(queryset)
        if len(records) < 2:
            self.message_user(request, "Select two or more to merge.", messages.WARNING)
            return
        target = pick_target(records)
        others = [r for r in records if r.pk != target.pk]
        merge(target, others)
        names = ", ".join(o.name for o in others)
        self.message_user(request, f"Merged {names} into {target.name}.", messages.SUCCESS)


@admin.register(Person)
class PersonAdmin(NamedEntityAdmin):
    pass


@admin.register(Outlet)
class OutletAdmin(NamedEntityAdmin):
    pass


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "keyword_count", "statement_count"]
    search_fields = ["name", "keywords", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_statements=Count("statements"))

    @admin.display(description="Keyword rules")
    def keyword_count(self, topic):
        return len(topic.keyword_list)

    @admin.display(description="Statements", ordering="n_statements")
    def statement_count(self, topic):
        return topic.n_statements
