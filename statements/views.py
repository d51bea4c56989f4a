"""Pages a person browses: function-based views over the statements app's models."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from statements.models import Exchange, Outlet, Person, Statement, Topic, Turn

PAGE_SIZE = 25


def paginate(request, queryset, per_page=PAGE_SIZE):
    """The requested page of ``queryset``; 404 for a page number that does not exist."""
    paginator = Paginator(queryset, per_page, orphans=3)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except Exception as exc:  # PageNotAnInteger and EmptyPage both mean "no such page".
        raise Http404(f"No page {number!r}") from exc


def home(request):
    latest = Statement.objects.only("slug", "title", "date", "kind", "organisation")[:10]
    topics = Topic.objects.annotate(n=Count("statements")).filter(n__gt=0).order_by("-n")[:20]
    return render(
        request,
        "statements/home.html",
        {"latest": latest, "topics": topics, "total": Statement.objects.count()},
    )


def statement_detail(request, slug):
    statement = get_object_or_404(Statement, slug=slug)
    turns = statement.turns.select_related("speaker", "outlet", "exchange")
    return render(
        request,
        "statements/statement_detail.html",
        {
            "statement": statement,
            "turns": turns,
            "captions": statement.captions.all(),
            "topics": statement.topics.all(),
        },
    )


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    questions = (
        Exchange.objects.by_journalist(person)
        .select_related("statement", "outlet", "question")
        .order_by("-statement__date", "position")
    )
    turns = (
        Turn.objects.by(person)
        .exclude(kind=Turn.Kind.QUESTION)
        .select_related("statement")
        .order_by("-statement__date", "statement_id", "position")
    )
    return render(
        request,
        "statements/person_detail.html",
        {"person": person, "questions": questions[:50], "turns": paginate(request, turns)},
    )


def outlet_detail(request, slug):
    outlet = get_object_or_404(Outlet, slug=slug)
    exchanges = (
        Exchange.objects.for_outlet(outlet)
        .select_related("statement", "journalist", "question")
        .order_by("-statement__date", "position")
    )
    return render(
        request,
        "statements/outlet_detail.html",
        {"outlet": outlet, "exchanges": paginate(request, exchanges)},
    )


def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    statements = topic.statements.prefetch_related(
        Prefetch("topics", queryset=Topic.objects.only("name", "slug"))
    )
    return render(
        request,
        "statements/topic_detail.html",
        {"topic": topic, "statements": paginate(request, statements)},
    )


def search(request):
    """Full-text search: the form validates GET, haystack runs it, one page of hits with facets."""
    from statements.search import search_page

    context, status = search_page(request)
    return render(request, "search/search.html", context, status=status)
