"""Importer benchmark: ``python -m bench.importer --files 500 [--postgres]``.

Generates N realistic documents in both formats (bench/corpus.py: press conference transcripts
and news articles, half each), then measures three stages, each in a fresh child process with
a fresh database and index so that its peak memory is its own:

- parse:            decode + parse every file (the pure statements.parsing package)
- parse+database:   the importer (one transaction per file, bulk writes), no search index
- parse+db+index:   the same, then the search index updated with one writer for the batch

It prints files/s, MB/s and peak resident memory per stage, for all files and for the
transcripts alone (the issue's target: parse+database >= 100 files/s on one core).
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

STAGES = ["parse", "parse+database", "parse+db+index"]


def write_corpus(folder: Path, n: int, seed: int) -> None:
    from bench.corpus import generate

    for name, data in generate(n, seed):
        (folder / name.replace("/", "-")).write_bytes(data)


def stage(name: str, folder: Path, only: str) -> dict:
    """Run one stage in this process (a child); return its figures."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natoarchive.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from statements.importer import FAILED, Importer
    from statements.parsing import read
    from statements.sources import iter_sources

    files = sorted(p for p in folder.iterdir() if only in p.name)
    size = sum(p.stat().st_size for p in files)
    if name == "parse":
        start, cpu = time.perf_counter(), time.process_time()
        for path in files:
            read(path.read_bytes())
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
    else:
        call_command("migrate", verbosity=0)
        importer = Importer()
        start, cpu = time.perf_counter(), time.process_time()
        failed = 0
        for source in iter_sources(files):
            failed += importer.run(source).status == FAILED
        if name == "parse+db+index":
            importer.finish()
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
        if failed:
            raise SystemExit(f"{failed} files failed to import")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "stage": name,
        "files": len(files),
        "mb": size / 1e6,
        "seconds": elapsed,
        "files_per_s": len(files) / elapsed,
        "files_per_cpu_s": len(files) / cpu,
        "mb_per_s": size / 1e6 / elapsed,
        "peak_mb": peak_kb / 1024,
    }


def run_child(name: str, folder: Path, only: str, database_url: str | None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="natoarchive-bench-import."))
    env = dict(os.environ)
    env["WHOOSH_PATH"] = str(work / "whoosh")
    env["LOG_LEVEL"] = "WARNING"
    env["DATABASE_URL"] = database_url or f"sqlite:///{work / 'db.sqlite3'}"
    try:
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.importer",
                "--stage",
                name,
                "--folder",
                str(folder),
                "--only",
                only,
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return json.loads(out.strip().splitlines()[-1])


def reset_postgres(url: str) -> None:
    """Drop and recreate the benchmark database so each stage starts empty."""
    import psycopg

    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS natoarchive")
        conn.execute("CREATE DATABASE natoarchive")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500, help="documents to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--postgres", action="store_true", help="write to a throwaway PostgreSQL, not SQLite"
    )
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--only", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:  # a child: one stage, figures as JSON on the last line
        print(json.dumps(stage(args.stage, args.folder, args.only)))
        return

    folder = Path(tempfile.mkdtemp(prefix="natoarchive-bench-corpus."))
    server = None
    try:
        write_corpus(folder, args.files, args.seed)
        kinds = {
            "transcripts": sum("transcript" in p.name for p in folder.iterdir()),
            "articles": sum("article" in p.name for p in folder.iterdir()),
        }
        total = sum(p.stat().st_size for p in folder.iterdir())
        print(
            f"corpus: {args.files} files, {total / 1e6:.1f} MB "
            f"({kinds['transcripts']} transcripts, {kinds['articles']} articles), "
            f"database: {'PostgreSQL' if args.postgres else 'SQLite'}"
        )
        url = None
        if args.postgres:
            from bench.pg import Server

            server = Server()
            url = server.start()
        print("files/s: wall clock; per CPU s: the process's own CPU time (one core, less noisy)")
        print(f"{'stage':<16}{'files':<16}{'files/s':>9}{'per CPU s':>10}{'MB/s':>7}{'peak MB':>9}")
        for only, label in [("", "all"), ("transcript", "transcripts")]:
            for name in STAGES:
                if url:
                    reset_postgres(url)
                r = run_child(name, folder, only, url)
                print(
                    f"{name:<16}{label + ' ' + str(r['files']):<16}{r['files_per_s']:>9.0f}"
                    f"{r['files_per_cpu_s']:>10.0f}{r['mb_per_s']:>7.2f}{r['peak_mb']:>9.0f}"
                )
    finally:
        if server:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
