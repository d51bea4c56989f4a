"""Related-statements benchmark: ``python -m bench.related --statements 2000``.

Builds a generated corpus (bench/corpus.py, through the importer, as bench.search does) into a
SQLite database and a Whoosh index in a throwaway folder (``--keep DIR`` keeps them for another
run), then times, for the same random statements: the related-statements lookup alone
(statements.related: haystack's more_like_this), a search page of one common word for
comparison, and the whole statement page (which includes the lookup). Prints p50/p95 in ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.search import folder_size, load_corpus, percentile


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=50, help="statements looked up")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep (and reuse) the built data")
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="natoarchive-related."))
    workdir.mkdir(parents=True, exist_ok=True)
    reuse = (workdir / "db.sqlite3").exists() and (workdir / "whoosh").exists()
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"
    os.environ["WHOOSH_PATH"] = str(workdir / "whoosh")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natoarchive.settings")
    try:
        run(args, workdir, reuse)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def run(args, workdir: Path, reuse: bool):
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import RequestFactory

    from statements import views
    from statements.models import Statement
    from statements.related import related_statements

    say = lambda *a: print(*a, flush=True)  # noqa: E731
    call_command("migrate", verbosity=0)
    if reuse:
        say(f"reusing {workdir}")
    else:
        started = time.perf_counter()
        importer, _ = load_corpus(args.statements, args.seed)
        importer.finish()
        say(f"built {args.statements} statements in {time.perf_counter() - started:.0f} s")
    say(
        f"index: {folder_size(workdir / 'whoosh') / 1e6:.0f} MB, {Statement.objects.count()} statements"
    )
    factory = RequestFactory()
    ids = list(Statement.objects.values_list("pk", flat=True))
    chosen = random.Random(args.seed).sample(ids, min(args.runs, len(ids)))
    statements = list(Statement.objects.filter(pk__in=chosen).defer("original_text"))
    views.search(factory.get("/search/", {"q": "allies"}))  # opens the index once
    related_statements(statements[0])

    def timed(call) -> float:
        started = time.perf_counter()
        call()
        return (time.perf_counter() - started) * 1000

    found = [len(related_statements(s)) for s in statements]
    rows = {
        "related statements (lookup)": [
            timed(lambda s=s: related_statements(s)) for s in statements
        ],
        "search page, one word": [
            timed(lambda: views.search(factory.get("/search/", {"q": "russia"})))
            for _ in statements
        ],
        "statement page (with related)": [
            timed(lambda s=s: views.statement_detail(factory.get(s.get_absolute_url()), s.slug))
            for s in statements
        ],
    }
    say(
        f"{len(statements)} statements; related found per statement: min {min(found)}, max {max(found)}"
    )
    say(f"{'':<32}{'p50 ms':>8}{'p95 ms':>8}")
    for label, values in rows.items():
        say(f"{label:<32}{statistics.median(values):>8.1f}{percentile(values, 0.95):>8.1f}")


if __name__ == "__main__":
    main()
