"""Export benchmark: ``python -m bench.export --statements 10000 20000 [--search]``.

For each size, builds a generated archive (bench/corpus.py, imported with the importer into a
fresh SQLite database) and then, each in a fresh child process so that its peak memory is its
own, streams:

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


def measure(export: str) -> dict:
    """(A child.) Stream one export to nowhere; count its rows and bytes."""
    setup_django()
    from django.test import Client

    from statements import exports, opendata
    from statements.dataset import default_license, write_package
    from statements.dataset.tables import tables
    from statements.models import Exchange

    before = current_rss_mb()
    start = time.perf_counter()
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
    return {
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
        "--statements", type=int, nargs="+", default=[10_000], help="archive sizes to measure"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--search", action="store_true", help="also index and measure a search's download"
    )
    parser.add_argument("--keep", type=Path, help="keep the built archives under this folder")
    parser.add_argument("--build", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--measure", choices=EXPORTS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:  # a child: build, figures as JSON on the last line
        print(json.dumps(build(args.build, args.seed, args.search)))
        return
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return

    exports = [e for e in EXPORTS if e != "search" or args.search]
    print(f"{'statements':>10} {'export':<10}{'rows':>10}{'MB':>8}{'s':>8}{'rows/s':>9}"
          f"{'peak MB':>9}{'rise MB':>9}")  # fmt: skip
    for n in args.statements:
        work = Path(tempfile.mkdtemp(prefix=f"natoarchive-bench-export-{n}.", dir=args.keep))
        try:
            flags = ["--seed", str(args.seed), *(["--search"] if args.search else [])]
            built = child(["--build", str(n), *flags], work)
            print(
                f"# {built['statements']} statements, {built['exchanges']} exchanges "
                f"built in {built['seconds']:.0f} s",
                flush=True,
            )
            for export in exports:
                r = child(["--measure", export], work)
                print(
                    f"{n:>10} {export:<10}{r['rows']:>10}{r['mb']:>8.1f}{r['seconds']:>8.1f}"
                    f"{r['rows_per_s']:>9.0f}{r['peak_mb']:>9.0f}{r['rise_mb']:>9.1f}",
                    flush=True,
                )
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
