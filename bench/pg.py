"""The PostgreSQL side of the search benchmark: a throwaway server, and full-text search the way
a Django user would build it (SearchVector column, GIN index, SearchQuery/SearchRank,
SearchHeadline snippets, COUNT and GROUP BY facets) over the same documents as the index,
rendered with the same template as the search page.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

POSTGRES_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))


class Server:
    """initdb + pg_ctl on a free loopback port in a temporary folder (like ./dev test)."""

    def __init__(self, folder: Path | None = None):
        if not POSTGRES_BIN:
            raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
        self.bin = POSTGRES_BIN[-1]
        self.keep = folder is not None
        self.dir = folder or Path(tempfile.mkdtemp(prefix="natoarchive-bench-pg."))
        self.dir.mkdir(parents=True, exist_ok=True)
        self.dir.chmod(0o755)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        if self.run_as:
            shutil.chown(self.dir, "postgres")

    def _run(self, *args):
        subprocess.run([*self.run_as, *args], check=True, stdout=subprocess.DEVNULL)

    @property
    def existing(self) -> bool:
        return (self.dir / "data" / "PG_VERSION").exists()

    def start(self) -> str:
        data = self.dir / "data"
        fresh = not self.existing
        if fresh:
            self._run(
                str(self.bin / "initdb"),
                "-D",
                str(data),
                "--auth=trust",
                "--username=postgres",
                "--encoding=UTF8",
            )
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB -c work_mem=64MB"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(self.dir / "log"),
            "-w",
            "start",
            "-o",
            options,
        )
        if fresh:
            self._run(
                str(self.bin / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "natoarchive",
            )
        return f"postgres://postgres@127.0.0.1:{self.port}/natoarchive"

    def stop(self):
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "stop")
        finally:
            if not self.keep:
                shutil.rmtree(self.dir, ignore_errors=True)


# --- the Django side (imported after django.setup()) -------------------------------------------

TABLE = "bench_fts_document"


def define_model():
    from django.contrib.postgres.fields import ArrayField
    from django.contrib.postgres.search import SearchVector, SearchVectorField
    from django.db import models

    class FtsDocument(models.Model):
        hit = models.CharField(max_length=20)
        url = models.CharField(max_length=400)
        title = models.CharField(max_length=600)
        label = models.CharField(max_length=200)
        asked_by = models.CharField(max_length=300)
        asked_for = models.CharField(max_length=300)
        spoken_by = models.CharField(max_length=600)
        question_text = models.TextField()
        date = models.DateField(null=True)
        year = models.CharField(max_length=4)
        kind = models.CharField(max_length=40)
        speakers = ArrayField(models.CharField(max_length=200))
        journalist = ArrayField(models.CharField(max_length=200))
        outlet = ArrayField(models.CharField(max_length=200))
        topics = ArrayField(models.CharField(max_length=200))
        text = models.TextField()
        search = models.GeneratedField(
            expression=SearchVector("text", config="english"),
            output_field=SearchVectorField(),
            db_persist=True,
        )

        class Meta:
            app_label = "statements"
            db_table = TABLE
            managed = False

        def __str__(self):
            return self.title

    return FtsDocument


def load(model, documents) -> int:
    """Create the table and its indexes and copy ``documents`` (the index's own) into it."""
    from django.db import connection

    fields = ["hit", "url", "title", "label", "asked_by", "asked_for", "spoken_by", "question_text"]
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
        cursor.execute(
            f"""CREATE TABLE {TABLE} (id bigserial PRIMARY KEY, hit text, url text, title text,
            label text, asked_by text, asked_for text, spoken_by text, question_text text,
            date date, year text, kind text, speakers varchar(200)[], journalist varchar(200)[], outlet varchar(200)[],
            topics varchar(200)[], text text,
            search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)"""
        )
    rows = []
    for doc in documents:
        rows.append(
            model(
                **{f: doc.get(f) or "" for f in fields},
                date=doc.get("date"),
                year=doc.get("year") or "",
                kind=doc.get("kind") or "",
                speakers=doc.get("speakers") or [],
                journalist=doc.get("journalist") or [],
                outlet=doc.get("outlet") or [],
                topics=doc.get("topics") or [],
                text=doc.get("text") or "",
            )
        )
        if len(rows) >= 2000:
            model.objects.bulk_create(rows)
            rows = []
    model.objects.bulk_create(rows)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE INDEX {TABLE}_search ON {TABLE} USING GIN (search)")
        cursor.execute(f"CREATE INDEX {TABLE}_date ON {TABLE} (date)")
        cursor.execute(f"CREATE INDEX {TABLE}_journalist ON {TABLE} USING GIN (journalist)")
        cursor.execute(f"CREATE INDEX {TABLE}_topics ON {TABLE} USING GIN (topics)")
        cursor.execute(f"VACUUM ANALYZE {TABLE}")
    return model.objects.count()


ARRAY_FACETS = {
    "speakers": "speakers",
    "journalist": "journalist",
    "outlet": "outlet",
    "topics": "topics",
}


def make_view(model):
    """A view answering the search page's query string from PostgreSQL, same template."""
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
    from django.db import connection
    from django.db.models import Count, F
    from django.shortcuts import render

    from statements.forms import SearchForm
    from statements.search import (
        MARK_CLOSE,
        MARK_OPEN,
        PER_PAGE,
        facet_groups,
        filter_chips,
        shown,
        snippet_html,
        trend_series,
        with_params,
    )

    def facet(qs, column):
        if column in ARRAY_FACETS:
            sql, params = qs.values("id", column).query.sql_with_params()
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT v, count(*) FROM ({sql}) t, unnest(t.{column}) v GROUP BY v", params
                )
                return list(cursor.fetchall())
        return [(row[column], row["n"]) for row in qs.values(column).annotate(n=Count("id"))]

    def view(request):
        form = SearchForm(request.GET)
        form.is_valid()
        data = form.cleaned_data
        qs = model.objects.filter(hit__in=["exchange", "turn"])
        query = None
        if data.get("q"):
            query = SearchQuery(data["q"], search_type="websearch", config="english")
            qs = qs.filter(search=query)
        if data.get("start"):
            qs = qs.filter(date__gte=data["start"])
        if data.get("end"):
            qs = qs.filter(date__lte=data["end"])
        if data.get("journalist"):
            qs = qs.filter(journalist__contains=[data["journalist"]])
        if data.get("topic"):
            qs = qs.filter(topics__contains=[data["topic"]])
        count = qs.count()
        page = qs.order_by("-date")
        if query is not None:
            page = qs.annotate(rank=SearchRank(F("search"), query, cover_density=True))
            page = page.order_by("-rank", "-date")
            page = page.annotate(
                headline=SearchHeadline(
                    "text", query, config="english", start_sel=MARK_OPEN, stop_sel=MARK_CLOSE,
                    max_words=45, min_words=25,
                )
            )  # fmt: skip
        rows = list(page[:PER_PAGE])
        counts = {"fields": {f: facet(qs, f) for f in ["year", "kind", *ARRAY_FACETS]}}
        params = dict(request.GET.items())
        results = []
        for row in rows:
            row.highlighted = {"text": [getattr(row, "headline", row.text[:280])]}
            results.append(
                shown({
                    "hit": row.hit, "title": row.title, "url": row.url, "date": row.date,
                    "label": row.label, "asked_by": row.asked_by, "asked_for": row.asked_for,
                    "spoken_by": row.spoken_by, "question": row.question_text,
                    "snippet": snippet_html(row),
                })
            )  # fmt: skip
        context = {
            "form": form, "query": data.get("q") or "", "searched": True, "results": results,
            "count": count, "elapsed_ms": 0, "facets": facet_groups(counts, data, params),
            "trend": trend_series(counts, data, params), "chips": filter_chips(data, params),
            "extra_query": with_params(params)[1:],
        }  # fmt: skip
        return render(request, "search/search.html", context)

    return view
