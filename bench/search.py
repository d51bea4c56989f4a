"""Search benchmark: ``python -m bench.search --statements 10000``.

Builds a generated corpus (bench/corpus.py) into a throwaway PostgreSQL database through the
importer as ``import_statements --processes 2`` runs it (parsing workers, the index written by
one writer in another process while the files are written), copies
the same documents into a PostgreSQL full-text table, then runs a fixed mix of queries against
the search VIEW (full page: count, 20 hits with snippets, facets, chart) and against the same
page served from PostgreSQL FTS, interleaved, and prints p50/p95 per query type and the ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def load_corpus(n: int, seed: int, processes: int):
    """Import the generated corpus as ``import_statements`` does: parsed in ``processes``
    workers, written in order, indexed in one more process meanwhile (statements/importer.py)."""
    from bench.corpus import generate
    from statements.importer import FAILED, Importer
    from statements.sources import Source

    def sources():
        for name, data in generate(n, seed):
            yield Source(
                name=name, where=name, size=len(data), opener=lambda _limit, data=data: data
            )

    importer = Importer()
    failed = sum(r.status == FAILED for r in importer.run_all(list(sources()), processes))
    if failed:
        raise SystemExit(f"{failed} generated files failed to import")
    return importer


def query_mix(journalist: str, topic: str, rare: str):
    words = {
        "common word": "russia",
        "rare word": rare,
        "phrase": '"collective defence"',
        "two words": "ukraine support",
    }
    filters = {
        "": {},
        "+date": {"start": "2015-01-01", "end": "2018-12-31"},
        "+journalist": {"journalist": journalist},
        "+topic": {"topic": topic},
    }
    return [
        (f"{label} {fname}".strip(), {"q": q, **fparams})
        for label, q in words.items()
        for fname, fparams in filters.items()
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=21, help="timed runs per query type")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR",
        help="keep the database and index in DIR; a later run with the same DIR reuses them",
    )  # fmt: skip
    parser.add_argument(
        "--no-postings-cache", action="store_true",
        help="decode every posting list from disk on every query (WHOOSH_POSTINGS_CACHE_MB=0)",
    )  # fmt: skip
    parser.add_argument(
        "--profile", metavar="QUERY_TYPE", help="print a cProfile of one query type"
    )
    parser.add_argument(
        "--only-ours", action="store_true",
        help="time our search alone (no PostgreSQL queries: quicker, no ratio)",
    )  # fmt: skip
    parser.add_argument(
        "--processes", type=int, default=2,
        help="import with this many parsing processes (import_statements --processes)",
    )  # fmt: skip
    args = parser.parse_args(argv)

    from bench.pg import Server

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="natoarchive-bench."))
    server = Server(workdir / "pg" if args.keep else None)
    args.reuse = server.existing and (workdir / "whoosh").exists()
    os.environ["DATABASE_URL"] = server.start()
    os.environ["WHOOSH_PATH"] = str(workdir / "whoosh")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    if args.no_postings_cache:
        os.environ["WHOOSH_POSTINGS_CACHE_MB"] = "0"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natoarchive.settings")
    try:
        run(args, workdir)
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def run(args, workdir: Path):
    import django

    django.setup()
    from bench import pg

    say = lambda *a: print(*a, flush=True)  # noqa: E731
    model = pg.define_model()
    index_dir = Path(os.environ["WHOOSH_PATH"])
    if args.reuse:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)  # the code may have moved on since the build
        say(
            f"reusing the database and index in {workdir}: {folder_size(index_dir) / 1e6:.0f} MB index"
        )
    else:
        build_all(args, say, model, index_dir)
    queries(args, say, model)


def build_all(args, say, model, index_dir):
    from django.core.management import call_command

    from bench import pg
    from statements.indexing import documents_for
    from statements.models import Statement

    call_command("migrate", verbosity=0)
    call_command("index_status", repair=True, verbosity=0)  # an empty index to import into
    from bench.importer import ForkedSampler

    sampler = ForkedSampler(index_dir)
    sampler.start()
    t, cpu = time.perf_counter(), time.process_time()
    importer = load_corpus(args.statements, args.seed, args.processes)
    written = time.perf_counter() - t
    importer.finish()  # the index's commit (and whatever it could not index)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    others = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler.stop()
    size = folder_size(index_dir)
    say(
        f"import: {args.statements} generated files parsed in {importer.workers or 'no'} worker "
        f"processes (indexed while importing: {importer.indexed_while_importing or 0} of "
        f"{importer.written}), written "
        f"to PostgreSQL and indexed in {elapsed:.0f} s ({args.statements / elapsed:.0f} files/s; "
        f"{elapsed - written:.0f} s after the last file); CPU: importing process {cpu:.0f} s, "
        f"the others {others.ru_utime + others.ru_stime:.0f} s"
    )
    say(
        f"index: {size / 1e6:.0f} MB on disk; peak memory of the import's processes "
        f"{sampler.peak_memory / 1e6:.0f} MB (proportional set size), temporary disk "
        f"{max(sampler.peak_disk - size, 0) / 1e6:.0f} MB"
    )

    t = time.perf_counter()
    ids = list(Statement.objects.values_list("pk", flat=True))
    rows = pg.load(model, documents_for(ids))
    say(
        f"postgresql fts: {rows} documents copied and GIN-indexed in {time.perf_counter() - t:.0f} s"
    )


def queries(args, say, model):
    import random

    from django.db.models import Count
    from django.test import RequestFactory

    from bench import pg
    from bench.corpus import Writer
    from statements import views
    from statements.models import Exchange, StatementTopic

    journalist = (
        Exchange.objects.values("journalist__slug").annotate(n=Count("pk")).order_by("-n")[0]
    )["journalist__slug"]
    topic = (
        StatementTopic.objects.values("topic__slug").annotate(n=Count("pk")).order_by("-n")[2]
    )["topic__slug"]
    rare = Writer(random.Random(args.seed)).codenames[123].lower()
    pg_view = pg.make_view(model)
    factory = RequestFactory()
    say(f"filters: years 2015-2018, journalist={journalist}, topic={topic}; rare word={rare}")
    say("")
    for line in fresh_process_searches():
        say(line)
    t = time.perf_counter()
    views.search(factory.get("/search/", {"q": "allies"}))
    say(
        f"first search of this process (opens the index, reads columns): {(time.perf_counter() - t) * 1000:.0f} ms"
    )
    say("first: the query type's first run (its words' postings not yet decoded), not in p50/p95")
    header = f"{'query type':<26}{'hits':>8}{'pg hits':>8}{'first':>7}{'p50 ms':>8}{'p95 ms':>8}{'pg 1st':>8}{'pg p50':>8}{'pg p95':>8}{'p95 ratio':>10}"
    say(header)
    say("-" * len(header))
    worst = 0.0
    for label, params in query_mix(journalist, topic, rare):
        ours, theirs = [], []
        count = pg_count = None
        for i in range(args.runs + 1):
            request = factory.get("/search/", params)
            t = time.perf_counter()
            response = views.search(request)
            elapsed = time.perf_counter() - t
            assert response.status_code == 200, (label, response.status_code)
            request = factory.get("/search/", params)
            t = time.perf_counter()
            pg_response = response if args.only_ours else pg_view(request)
            pg_elapsed = time.perf_counter() - t
            if i == 0:  # the first run of each type warms caches on both sides: shown apart
                count, first = _count(response), elapsed * 1000
                pg_count, pg_first = _count(pg_response), pg_elapsed * 1000
                continue
            ours.append(elapsed * 1000)
            theirs.append(pg_elapsed * 1000)
        ratio = percentile(ours, 0.95) / percentile(theirs, 0.95) if not args.only_ours else 0
        worst = max(worst, ratio)
        pg = (
            f"{pg_count:>8}",
            f"{pg_first:>8.0f}{statistics.median(theirs):>8.1f}"
            f"{percentile(theirs, 0.95):>8.1f}{ratio:>10.2f}",
        )
        if args.only_ours:
            pg = (f"{'-':>8}", f"{'-':>8}{'-':>8}{'-':>8}{'-':>10}")
        say(
            f"{label:<26}{count:>8}{pg[0]}{first:>7.0f}{statistics.median(ours):>8.1f}"
            f"{percentile(ours, 0.95):>8.1f}{pg[1]}"
        )
    say("")
    if not args.only_ours:
        say(f"worst p95 ratio ours/PostgreSQL: {worst:.2f}")
    after_an_edit(say, views, factory)
    if args.profile:
        import cProfile
        import pstats

        params = dict(query_mix(journalist, topic, rare))[args.profile]
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(10):
            views.search(factory.get("/search/", params))
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


FRESH = """
import os, sys, time
started = time.perf_counter()
import natoarchive.wsgi  # what a gunicorn worker loads before its first request
from django.test import RequestFactory
from statements import views
ready = time.perf_counter()
factory = RequestFactory()
timings = []
for q in ("allies", "russia", "allies"):
    t = time.perf_counter()
    response = views.search(factory.get("/search/", {"q": q}))
    assert response.status_code == 200, response.status_code
    timings.append((time.perf_counter() - t) * 1000)
print(f"{(ready - started) * 1000:.0f} {timings[0]:.0f} {timings[1]:.0f} {timings[2]:.0f}")
"""


def fresh_process_searches(runs: int = 3):
    """The first searches of new processes, each loading the WSGI application first as a new
    gunicorn worker does before it takes a request (Django set up, the index opened)."""
    import subprocess

    root = Path(__file__).resolve().parent.parent
    figures = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", FRESH], cwd=root, env=dict(os.environ),
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        figures.append([float(x) for x in out.split()])
    setup, first, other, again = (statistics.median(f[i] for f in figures) for i in range(4))
    return [
        f"fresh process, median of {runs}: loading the app {setup:.0f} ms; first search "
        f"{first:.0f} ms (opens the index), a second word {other:.0f} ms, the first word again "
        f"{again:.0f} ms"
    ]


def after_an_edit(say, views, factory):
    """What one admin edit costs: its index write, then the next search (a new generation:
    the big segment's decoded data is kept, the new small segment is read)."""
    from statements.indexing import reindex_statements
    from statements.models import Statement

    pk = Statement.objects.order_by("pk").values_list("pk", flat=True)[0]
    t = time.perf_counter()
    reindex_statements([pk])
    write = time.perf_counter() - t
    timings = []
    for _ in range(3):
        t = time.perf_counter()
        views.search(factory.get("/search/", {"q": "russia"}))
        timings.append((time.perf_counter() - t) * 1000)
    say(
        f"one statement edited: index write {write * 1000:.0f} ms; next searches "
        + ", ".join(f"{ms:.0f}" for ms in timings)
        + " ms"
    )


def _count(response) -> int:
    import re

    html = response.content.decode()
    found = re.search(r'class="search-count">\s*([\d,]+)', html)
    return int(found.group(1).replace(",", "")) if found else -1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
