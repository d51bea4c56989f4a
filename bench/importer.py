"""Importer benchmark: ``python -m bench.importer --files 500 [--postgres] [--processes N]``.

Generates N realistic documents in both formats (bench/corpus.py: press conference transcripts
and news articles, half each), then measures three stages, each in a fresh child process with
a fresh database and index so that its peak memory is its own:

- parse:            decode + parse every file (the pure statements.parsing package)
- parse+database:   the importer (one transaction per file, bulk writes), no search index
- parse+db+index:   the same, with the search index written by one writer for the batch (with
                    --processes above 1 in one more process while the files are written)

It prints files/s, MB/s and peak memory per stage (the proportional set size of the child and
any processes it starts, sampled every 0.1 s), for all files and for the transcripts alone; for
the last stage also how long the import took after its last file, the index's size on disk and
the temporary disk it used on top (the index folder's peak size minus its final size). ``--stages`` picks stages, ``--only all``
skips the transcripts-only rows (for big runs: ``--files 10000 --stages parse+db+index``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

STAGES = ["parse", "parse+database", "parse+db+index"]


def write_corpus(folder: Path, n: int, seed: int) -> None:
    from bench.corpus import generate

    for name, data in generate(n, seed):
        (folder / name.replace("/", "-")).write_bytes(data)


def stage(name: str, folder: Path, only: str, processes: int = 0) -> dict:
    """Run one stage in this process (a child); return its figures."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natoarchive.settings")
    import django

    django.setup()
    from django.conf import settings

    processes = processes or settings.IMPORT_PROCESSES
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
        if name == "parse+db+index":  # an empty index to import into (never made behind one's back)
            call_command("index_status", repair=True, verbosity=0)
        importer = Importer()
        start, cpu = time.perf_counter(), time.process_time()
        failed = 0
        for result in importer.run_all(list(iter_sources(files)), processes=processes):
            failed += result.status == FAILED
        index_start, index_cpu = time.perf_counter(), time.process_time()
        if name == "parse+db+index":
            importer.finish()
        index_seconds = time.perf_counter() - index_start
        index_cpu = time.process_time() - index_cpu
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
        workers_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_cpu = workers_cpu.ru_utime + workers_cpu.ru_stime
        if failed:
            raise SystemExit(f"{failed} files failed to import")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    extra = {}
    if name != "parse":
        extra = {"workers_cpu": workers_cpu, "processes": processes, "workers": importer.workers}
    if name == "parse+db+index":
        extra |= {"index_seconds": index_seconds, "index_cpu": index_cpu}
        extra |= {"indexed_while": importer.indexed_while_importing, "written": importer.written}
    return extra | {
        "stage": name,
        "files": len(files),
        "mb": size / 1e6,
        "seconds": elapsed,
        "files_per_s": len(files) / elapsed,
        "files_per_cpu_s": len(files) / cpu,
        "mb_per_s": size / 1e6 / elapsed,
        "peak_mb": peak_kb / 1024,
    }


def _tree_memory(pid: int) -> int:
    """Memory of ``pid`` and its descendants (Linux /proc): the proportional set size, which
    shares a page that forked processes have in common among them instead of counting it in
    each (the resident size when /proc has no smaps_rollup)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            total += _own_memory(p)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            continue
    return total


def _own_memory(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except FileNotFoundError:
        pass
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _folder_bytes(folder: Path) -> int:
    total = 0
    for root, _, names in os.walk(folder):
        for name in names:
            with contextlib.suppress(OSError):  # a file deleted meanwhile
                total += os.stat(os.path.join(root, name)).st_size
    return total


class Sampler(threading.Thread):
    """Peak memory of a process tree and peak size of a folder, every ``every`` seconds."""

    def __init__(self, pid: int, folder: Path, every: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.folder, self.every = pid, folder, every
        self.peak_memory = self.peak_disk = 0
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            self.sample()
            self.done.wait(self.every)

    def sample(self, besides: int = 0) -> None:
        """Take one sample; ``besides``: the memory of a sampling process not to count."""
        self.peak_memory = max(self.peak_memory, _tree_memory(self.pid) - besides)
        self.peak_disk = max(self.peak_disk, _folder_bytes(self.folder))


class ForkedSampler:
    """A Sampler of this very process, run in a forked process rather than a thread: the
    importer forks its workers only while its process runs one thread (parallel.can_fork)."""

    def __init__(self, folder: Path, every: float = 0.5):
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.peak_memory = self.peak_disk = 0
        self._conn, theirs = context.Pipe()
        self._process = context.Process(
            target=self._sample, args=(theirs, os.getpid(), folder, every), daemon=True
        )

    @staticmethod
    def _sample(conn, pid: int, folder: Path, every: float) -> None:
        sampler = Sampler(pid, folder)  # its loop, in this process: the pipe says when to stop
        while not conn.poll(every):
            sampler.sample(besides=_own_memory(os.getpid()))
        conn.send((sampler.peak_memory, sampler.peak_disk))

    def start(self) -> None:
        self._process.start()

    def stop(self) -> None:
        self._conn.send(None)
        self.peak_memory, self.peak_disk = self._conn.recv()
        self._process.join()


def run_child(name: str, folder: Path, only: str, database_url: str | None, processes: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="natoarchive-bench-import."))
    env = dict(os.environ)
    env["WHOOSH_PATH"] = str(work / "whoosh")
    env["LOG_LEVEL"] = "WARNING"
    env["DATABASE_URL"] = database_url or f"sqlite:///{work / 'db.sqlite3'}"
    try:
        child = subprocess.Popen(
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
                "--processes",
                str(processes),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        sampler = Sampler(child.pid, work / "whoosh")
        sampler.start()
        out, err = child.communicate()
        sampler.done.set()
        sampler.join()
        if child.returncode:
            raise SystemExit(f"stage {name} failed:\n{err}")
        final = _folder_bytes(work / "whoosh")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = json.loads(out.strip().splitlines()[-1])
    result["tree_peak_mb"] = sampler.peak_memory / 1e6
    result["index_mb"] = final / 1e6
    result["temp_mb"] = max(sampler.peak_disk - final, 0) / 1e6
    return result


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
    parser.add_argument(
        "--stages", default=",".join(STAGES), help="comma-separated stages to run (default: all)"
    )
    parser.add_argument(
        "--kinds", choices=["both", "all"], default="both",
        help="'all' skips the rows for transcripts alone",
    )  # fmt: skip
    parser.add_argument(
        "--processes", type=int, default=0,
        help="parsing worker processes (default: the IMPORT_PROCESSES setting; 1: none)",
    )  # fmt: skip
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--only", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:  # a child: one stage, figures as JSON on the last line
        print(json.dumps(stage(args.stage, args.folder, args.only, args.processes)))
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
        load = os.getloadavg()
        print(
            f"load average before: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} ({os.cpu_count()} CPUs)"
        )
        print(
            "files/s: wall clock; per CPU s: the importing process's own CPU time (one core, less"
        )
        print("noisy); workers CPU s: the other processes' CPU time in all (the parsing workers")
        print("and, with --processes above 1, the process indexing while the files are written);")
        print("peak MB: the stage's processes together (proportional set size: pages forked")
        print("processes share counted once); index wait s: what the import still took after its")
        print(
            "last file (the index's commit); the index's size and the temporary disk it used on top"
        )
        print(
            f"{'stage':<16}{'files':<16}{'files/s':>9}{'per CPU s':>10}{'MB/s':>7}{'peak MB':>9}"
            f"{'workers CPU s':>14}{'index wait s':>13}{'index MB':>9}"
            f"{'temp MB':>8}"
        )
        stages = [s for s in args.stages.split(",") if s]
        kinds = [("", "all"), ("transcript", "transcripts")][: 1 if args.kinds == "all" else 2]
        for only, label in kinds:
            for name in stages:
                if url:
                    reset_postgres(url)
                r = run_child(name, folder, only, url, args.processes)
                line = (
                    f"{name:<16}{label + ' ' + str(r['files']):<16}{r['files_per_s']:>9.0f}"
                    f"{r['files_per_cpu_s']:>10.0f}{r['mb_per_s']:>7.2f}{r['tree_peak_mb']:>9.0f}"
                )
                if "workers_cpu" in r:
                    line += f"{r['workers_cpu']:>14.1f}"
                if "index_seconds" in r:
                    line += f"{r['index_seconds']:>13.1f}{r['index_mb']:>9.0f}{r['temp_mb']:>8.0f}"
                print(line, flush=True)
                if "workers" in r:  # the path taken: a process that may not fork parses alone
                    path = f"  ({r['workers'] or 'no'} parsing worker processes"
                    if r.get("indexed_while") is not None:
                        path += f"; indexed while importing: {r['indexed_while']} of {r['written']}"
                    print(path + ")", flush=True)
        load = os.getloadavg()
        print(f"load average after: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    finally:
        if server:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
