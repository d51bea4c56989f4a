"""Pages a person browses: function-based views over the statements app's models.

Each view issues a fixed number of queries whatever the size of the archive (the tests in
tests/test_page_queries.py hold them to it); the queries themselves live in browsing.py.
"""

from django.db.models import Count, Max, Min, OuterRef, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from statements import browsing, datearchive
from statements.browsing import count_of, paginate, per_year, topic_counts, with_params
from statements.citations import cite_exchange, cite_statement
from statements.models import (
    Exchange,
    ExchangeTopic,
    Outlet,
    Person,
    Statement,
    StatementTopic,
    Topic,
    Turn,
)
from statements.related import related_statements

LIST_FIELDS = ("slug", "title", "subtitle", "date", "kind", "organisation", "location")


def listed(statements):
    """Statements as the lists show them: the fields a list item needs and its question count."""
    return statements.only(*LIST_FIELDS).annotate(n_questions=count_of(Exchange, "statement"))


def home(request):
    statements = Statement.objects.all()
    size = statements.aggregate(statements=Count("pk"), first=Min("date"), last=Max("date"))
    size["exchanges"] = Exchange.objects.count()
    size["people"] = Person.objects.count()
    size["outlets"] = Outlet.objects.count()
    return render(
        request,
        "statements/home.html",
        {
            "latest": listed(statements)[:8],
            "timeline": browsing.per_month(statements),
            "size": size,
            "topics": browsing.most_active(Topic, StatementTopic, "topic")[:16],
            "journalists": browsing.most_active(Person, Exchange, "journalist")[:8],
            "outlets": browsing.most_active(Outlet, Exchange, "outlet")[:8],
        },
    )


# --- A statement, its exchanges, its original text -------------------------------------------


def statement_detail(request, slug):
    last_turn = Turn.objects.filter(statement=OuterRef("pk")).order_by("-position")
    statement = get_object_or_404(
        Statement.objects.defer("original_text").annotate(
            last_position=Subquery(last_turn.values("position")[:1])
        ),
        slug=slug,
    )
    pages = max(1, -(-(statement.last_position or 0) // Statement.TURNS_PER_PAGE))
    page = browsing.page_number(request, pages)
    earlier, later = browsing.neighbours(statement)
    speakers = browsing.speakers(statement)
    permalink = request.build_absolute_uri(statement.get_absolute_url())
    return render(
        request,
        "statements/statement_detail.html",
        {
            "statement": statement,
            "blocks": browsing.transcript_page(statement, page),
            "page": page,
            "pages": range(1, pages + 1) if pages > 1 else None,
            "contents": browsing.contents(statement),
            "speakers": speakers,
            "captions": statement.captions.all() if page == 1 else [],
            "topics": statement.topics.all(),
            "earlier": earlier,
            "later": later,
            "citation": cite_statement(statement, speakers, permalink, timezone.localdate()),
            "related": related_statements(statement),
        },
    )


def exchange_detail(request, slug, position):
    exchange = get_object_or_404(
        Exchange.objects.select_related("statement", "journalist", "outlet", "question"),
        statement__slug=slug,
        position=position,
    )
    turns = exchange.turns.select_related("speaker", "outlet").order_by("position")
    nearby = set(
        exchange.statement.exchanges.filter(position__in=[position - 1, position + 1]).values_list(
            "position", flat=True
        )
    )
    answers = [t for t in turns if t.kind == Turn.Kind.ANSWER]
    permalink = request.build_absolute_uri(exchange.get_page_url())
    citation = cite_exchange(exchange, browsing.answerers(answers), permalink, timezone.localdate())
    return render(
        request,
        "statements/exchange_detail.html",
        {
            "exchange": exchange,
            "statement": exchange.statement,
            "turns": turns,
            "answers": answers,
            "citation": citation,
            "topics": exchange.topics.all(),
            "previous": position - 1 if position - 1 in nearby else None,
            "next": position + 1 if position + 1 in nearby else None,
        },
    )


def statement_original(request, slug):
    statement = get_object_or_404(Statement, slug=slug)
    return render(request, "statements/statement_original.html", {"statement": statement})


def statement_original_text(request, slug):
    statement = get_object_or_404(Statement.objects.only("original_text"), slug=slug)
    return HttpResponse(statement.original_text, content_type="text/plain; charset=utf-8")


# --- People, outlets, topics -----------------------------------------------------------------


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    questions = Exchange.objects.by_journalist(person)
    remarks = browsing.remarks_of(person)
    counts = {"questions": questions.count(), "remarks": remarks.count()}
    show = browsing.tab(request, counts)
    year, topic = browsing.year_filter(request), browsing.topic_filter(request)
    by_year = {"url": lambda y: with_params(request, year=y, topic=None)}
    if show == "questions":
        items, topic_lookup = browsing.exchanges_with_answers(questions), "topics"
        series = per_year(questions, "statement__date", **by_year)
        by_topic = topic_counts(ExchangeTopic.objects.filter(exchange__in=questions), "exchange")
    else:
        items, topic_lookup = remarks, "statement__topics"
        spoken_in = Statement.objects.filter(pk__in=remarks.values("statement_id"))
        series = per_year(spoken_in, "date", **by_year)
        by_topic = topic_counts(StatementTopic.objects.filter(statement__in=spoken_in), "statement")
    if topic:
        items = items.filter(**{topic_lookup: topic})
    if year:
        items = items.filter(statement__date__year=year)
    return render(
        request,
        "statements/person_detail.html",
        {
            "person": person,
            "show": show,
            "counts": counts,
            "tabs": [
                ("remarks", "Statements and answers", counts["remarks"]),
                ("questions", "Questions asked", counts["questions"]),
            ],
            "roles": browsing.roles_of(person),
            "outlets": browsing.most_active(Outlet, Exchange, "outlet", journalist=person),
            "per_year": series,
            "by_topic": by_topic,
            "year": year,
            "filter_topic": topic,
            "items": paginate(request, items),
        },
    )


def outlet_detail(request, slug):
    outlet = get_object_or_404(Outlet, slug=slug)
    exchanges = Exchange.objects.for_outlet(outlet)
    year = browsing.year_filter(request)
    items = browsing.exchanges_with_answers(exchanges)
    if year:
        items = items.filter(statement__date__year=year)
    return render(
        request,
        "statements/outlet_detail.html",
        {
            "outlet": outlet,
            "journalists": browsing.most_active(Person, Exchange, "journalist", outlet=outlet),
            "per_year": per_year(
                exchanges, "statement__date", url=lambda y: with_params(request, year=y)
            ),
            "year": year,
            "items": paginate(request, items),
        },
    )


def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    statements = topic.statements.all()
    exchanges = topic.exchanges.all()
    counts = {"statements": statements.count(), "questions": exchanges.count()}
    show = browsing.tab(request, counts, default="statements")
    year = browsing.year_filter(request)
    if show == "questions":
        items = browsing.exchanges_with_answers(exchanges)
    else:
        items = listed(statements)
    if year:
        items = items.filter(
            **{"statement__date__year" if show == "questions" else "date__year": year}
        )
    return render(
        request,
        "statements/topic_detail.html",
        {
            "topic": topic,
            "show": show,
            "counts": counts,
            "tabs": [
                ("statements", "Statements", counts["statements"]),
                ("questions", "Questions", counts["questions"]),
            ],
            "per_year": per_year(statements, "date", url=lambda y: with_params(request, year=y)),
            "year": year,
            "items": paginate(request, items),
        },
    )


def topic_list(request):
    topics = Topic.objects.annotate(
        n_statements=count_of(StatementTopic, "topic"),
        n_questions=count_of(ExchangeTopic, "topic"),
    ).order_by("-n_statements", "name")
    return render(request, "statements/topic_list.html", {"topics": topics})


def person_list(request):
    counts = {
        "officials": Person.objects.filter(turns__kind__in=browsing.SPOKEN).distinct().count(),
        "journalists": Person.objects.filter(exchanges__isnull=False).distinct().count(),
    }
    show = browsing.tab(request, counts, default="officials")
    if show == "journalists":
        people = browsing.most_active(Person, Exchange, "journalist")
    else:  # the number of statements each speaks in, not of turns
        people = browsing.most_active(
            Person, Turn, "speaker", count="statement", kind__in=browsing.SPOKEN
        )
    return render(
        request,
        "statements/person_list.html",
        {
            "show": show,
            "tabs": [
                ("officials", "Speakers", counts["officials"]),
                ("journalists", "Journalists", counts["journalists"]),
            ],
            "people": paginate(request, people, per_page=60),
        },
    )


def outlet_list(request):
    outlets = browsing.most_active(Outlet, Exchange, "outlet").annotate(
        n_journalists=count_of(Exchange, "outlet", count="journalist")
    )
    return render(
        request, "statements/outlet_list.html", {"outlets": paginate(request, outlets, 60)}
    )


# --- Date archive ------------------------------------------------------------------------------


def archive_index(request):
    dated = Statement.objects.filter(date__isnull=False)
    years = per_year(dated, "date", url=lambda y: datearchive.year_url(y))
    return render(
        request,
        "statements/archive_index.html",
        {"years": years, "listed_years": [y for y in reversed(years) if y[1]]},
    )


def archive_year(request, year):
    year = datearchive.valid_date(year, 1).year
    statements = Statement.objects.in_year(year)
    page = paginate(request, listed(statements))
    if not page.paginator.count:
        raise Http404("No statements that year")
    return render(
        request,
        "statements/archive_year.html",
        {
            "year": year,
            "months": datearchive.months_of_year(statements, year),
            "chart_title": f"Statements per month in {year}",
            "statements": page,
            **datearchive.adjacent_years(year),
        },
    )


def archive_month(request, year, month):
    first = datearchive.valid_date(year, month)
    statements = Statement.objects.filter(date__year=first.year, date__month=first.month)
    page = paginate(request, listed(statements))
    if not page.paginator.count:
        raise Http404("No statements that month")
    return render(
        request,
        "statements/archive_month.html",
        {
            "month": first,
            "weeks": datearchive.calendar_of(statements, first),
            "statements": page,
            **datearchive.adjacent_months(first),
        },
    )


def archive_day(request, year, month, day):
    date = datearchive.valid_date(year, month, day)
    page = paginate(request, listed(Statement.objects.filter(date=date)))
    if not page.paginator.count:
        raise Http404("No statements that day")
    return render(request, "statements/archive_day.html", {"day": date, "statements": page})


def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


def search(request):
    """Full-text search: the form validates GET, haystack runs it, one page of hits with facets."""
    from statements.search import search_page

    context, status = search_page(request)
    return render(request, "search/search.html", context, status=status)
