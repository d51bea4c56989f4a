"""Export benchmark: ``python -m bench.export --statements 10000 20000 [--search]``.

Builds a generated archive of the first size (bench/corpus.py, imported with the importer into
a fresh SQLite database); each next size must double the one before and is made by copying
every statement once more under another slug (SQL, seconds; see ``double``). At each size,
each in a fresh child process so that its peak memory is its own, it streams:

- ``exchanges``: every exchange as CSV, through the same functions as the downloads of a
  person's or an outlet's questions (statements.opendata.download, statements.exports);
- ``dataset``: manage.py export_dataset's Data Package (every table), into a temporary folder;
- ``search`` (with --search, which also builds the search index): every hit of a search for
  all press conferences (``/search/export.csv?kind=press_conference``) through the view.

It prints rows/s and the peak memory of each: the process's peak resident size, and how far
it rose above the resident size before the export started. Streaming in constant memory means
the rise stays flat as the archive doubles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXPORTS = ["exchanges", "dataset", "search"]


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natoarchive.settings")
    import django

    django.setup()


def build(n: int, seed: int, search: bool) -> dict:
    """(A child.) Import ``n`` generated statements; index them when ``search``."""
    setup_django()
    from django.core.management import call_command

    from bench.search import load_corpus
    from statements.models import Exchange, Statement

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    importer, _ = load_corpus(n, seed)
    if search:
        importer.finish()
    return {
        "statements": Statement.objects.count(),
        "exchanges": Exchange.objects.count(),
        "seconds": time.perf_counter() - start,
    }


def count() -> dict:
    setup_django()
    from statements.models import Exchange, Statement

    return {"statements": Statement.objects.count(), "exchanges": Exchange.objects.count()}


def double(search: bool) -> dict:
    """(A child.) Make the archive twice as large: every statement again under another slug,
    with its turns, exchanges, captions and tags (people, outlets and topics shared, as the
    same journalists come back). SQL in one transaction: seconds, where importing takes an
    hour on a busy machine."""
    setup_django()
    from django.db import connection, transaction
    from django.db.models import Max

    from statements.models import (
        Caption,
        Exchange,
        ExchangeTopic,
        Statement,
        StatementTopic,
        Turn,
    )

    start = time.perf_counter()
    models = [Statement, Turn, Exchange, Caption, StatementTopic, ExchangeTopic]
    top = {m: m.objects.aggregate(top=Max("pk"))["top"] or 0 for m in models}
    s, t, e = top[Statement], top[Turn], top[Exchange]
    changes = {
        Statement: {
            "slug": f"slug || '-' || (id + {s})",
            "source_file": f"CASE WHEN source_file = '' THEN '' ELSE source_file || '#' || (id + {s}) END",
        },
        Turn: {"statement_id": f"statement_id + {s}", "exchange_id": f"exchange_id + {e}"},
        Exchange: {"statement_id": f"statement_id + {s}", "question_id": f"question_id + {t}"},
        Caption: {"statement_id": f"statement_id + {s}"},
        StatementTopic: {"statement_id": f"statement_id + {s}"},
        ExchangeTopic: {"exchange_id": f"exchange_id + {e}"},
    }
    with transaction.atomic(), connection.cursor() as cursor:
        for model in models:
            table = model._meta.db_table
            columns = [f.column for f in model._meta.local_concrete_fields]
            values = {"id": f"id + {top[model]}", **changes[model]}
            select = ", ".join(values.get(c, c) for c in columns)
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"SELECT {select} FROM {table} WHERE id <= {top[model]}"
            )
    if search:
        from statements.indexing import reindex_statements

        reindex_statements(range(s + 1, 2 * s + 1))
    return {
        "statements": Statement.objects.count(),
        "exchanges": Exchange.objects.count(),
        "seconds": time.perf_counter() - start,
    }


def measure(export: str) -> dict:
    """(A child.) Stream one export to nowhere; count its rows and bytes."""
    setup_django()
    from django.test import Client
    from django.urls import reverse

    from statements import exports, opendata
    from statements.dataset import default_license, write_package
    from statements.dataset.tables import tables
    from statements.models import Exchange

    reverse("statements:home")  # load the URL configuration before the clock starts
    before = current_rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    size = rows = 0
    if export == "exchanges":
        lines = exports.exchange_rows(
            opendata.newest_first(Exchange.objects.all()), lambda path: "http://bench" + path
        )
        response = opendata.download(lines, exports.EXCHANGE_COLUMNS, "csv", "bench")
        for chunk in response.streaming_content:
            size += len(chunk)
            rows += 1
        rows -= 1  # the header
    elif export == "search":
        client = Client(HTTP_HOST="localhost")
        response = client.get("/search/export.csv", {"kind": "press_conference"})
        assert response.status_code == 200, response.status_code
        for chunk in response.streaming_content:
            size += len(chunk)
            rows += 1
        rows -= 1
    else:
        folder = Path(tempfile.mkdtemp(prefix="natoarchive-bench-dataset."))
        try:
            descriptor = write_package(folder, license=default_license())
            size = sum(r["bytes"] for r in descriptor["resources"])
            rows = sum(table.count() for table in tables())
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    return {
        "rows_per_cpu_s": rows / cpu if cpu else 0.0,
        "export": export,
        "rows": rows,
        "mb": size / 1e6,
        "seconds": elapsed,
        "rows_per_s": rows / elapsed if elapsed else 0.0,
        "peak_mb": peak_rss_mb(),
        "rise_mb": peak_rss_mb() - before,
    }


def child(args: list[str], work: Path) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"sqlite:///{work / 'db.sqlite3'}",
        WHOOSH_PATH=str(work / "whoosh"),
        LOG_LEVEL="WARNING",
        DEBUG="1",
        EXPORT_THROTTLE_RATE="1000000/minute",
    )
    out = subprocess.run(
        [sys.executable, "-m", "bench.export", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--statements",
        type=int,
        nargs="+",
        default=[10_000, 20_000],
        help="archive sizes to measure, each twice the one before",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--search", action="store_true", help="also index and measure a search's download"
    )
    parser.add_argument("--keep", type=Path, help="keep the built archive under this folder")
    parser.add_argument(
        "--from",
        dest="start_from",
        type=Path,
        help="start from an archive kept before (its folder: db.sqlite3, whoosh/)",
    )
    parser.add_argument("--build", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--double", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--count", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure", choices=EXPORTS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    # Children: one step each, figures as JSON on the last line.
    if args.build:
        print(json.dumps(build(args.build, args.seed, args.search)))
        return
    if args.double:
        print(json.dumps(double(args.search)))
        return
    if args.count:
        print(json.dumps(count()))
        return
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return

    exports = [e for e in EXPORTS if e != "search" or args.search]
    work = args.start_from or Path(
        tempfile.mkdtemp(prefix="natoarchive-bench-export.", dir=args.keep)
    )
    flags = ["--seed", str(args.seed), *(["--search"] if args.search else [])]
    current = child(["--count"], work)["statements"] if args.start_from else 0
    print("rows/s: wall clock; per CPU s: the exporting process's own CPU time (less noisy)")
    print(f"{'statements':>10} {'export':<10}{'rows':>10}{'MB':>8}{'s':>8}{'rows/s':>9}"
          f"{'per CPU s':>10}{'peak MB':>9}{'rise MB':>9}")  # fmt: skip
    try:
        for n in args.statements:
            if current and n == 2 * current:
                built = child(["--double", *flags], work)
                how = "doubled"
            elif not current:
                built = child(["--build", str(n), *flags], work)
                how = "imported"
            elif n != current:
                raise SystemExit(f"{n}: give sizes that double ({current}, {2 * current}, ...)")
            else:
                built = child(["--count"], work) | {"seconds": 0}
                how = "as found"
            current = built["statements"]
            print(
                f"# {current} statements, {built['exchanges']} exchanges "
                f"({how} in {built['seconds']:.0f} s)",
                flush=True,
            )
            for export in exports:
                r = child(["--measure", export], work)
                print(
                    f"{current:>10} {export:<10}{r['rows']:>10}{r['mb']:>8.1f}{r['seconds']:>8.1f}"
                    f"{r['rows_per_s']:>9.0f}{r['rows_per_cpu_s']:>10.0f}{r['peak_mb']:>9.0f}"
                    f"{r['rise_mb']:>9.1f}",
                    flush=True,
                )
    finally:
        if not (args.keep or args.start_from):
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
