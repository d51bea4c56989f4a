"""Serving benchmark: ``python -m bench.serve [--files 1000] [--clients 8] [--seconds 20]``.

Imports a generated corpus (bench/corpus.py) into a fresh SQLite database and index, starts
gunicorn as ``./dev serve`` does (natoarchive.wsgi, 2 workers, loopback; production settings:
DEBUG off), and drives it from
this process with several concurrent clients (threads, one keep-alive connection each): the home
page, a statement page and three searches (a common word, a rare word, a phrase), each for a
fixed time. Prints requests/s and p50/p99 latency per page, first alone, then while
``import_statements`` adds another ``--files`` documents to the same archive (its index update
at the end included).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def write_corpus(folder: Path, n: int, seed: int) -> None:
    from bench.corpus import generate

    folder.mkdir(parents=True, exist_ok=True)
    for name, data in generate(n, seed):
        (folder / name.replace("/", "-")).write_bytes(data)


def manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer")


def drive(port: int, path: str, clients: int, seconds: float) -> tuple[float, list[float], int]:
    """(requests/s, latencies in ms, errors) of ``clients`` threads requesting ``path``."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client():
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine, failed = [], 0
        while time.monotonic() < stop:
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                ok = False
            if ok:
                mine.append((time.perf_counter() - t) * 1000)
            else:
                failed += 1
        with lock:
            latencies.extend(mine)
            errors += failed

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(latencies) / (time.perf_counter() - started), latencies, errors


def pages(env) -> list[tuple[str, str]]:
    out = subprocess.run(
        [sys.executable, "-c", PAGES], cwd=ROOT, env=env, check=True, capture_output=True,
        text=True,
    ).stdout.split()  # fmt: skip
    statement, rare = out[0], out[1]
    return [
        ("home page", "/"),
        ("statement page", statement),
        ("search: common word", "/search/?q=russia"),
        ("search: rare word", f"/search/?q={rare}"),
        ("search: phrase", "/search/?q=%22collective+defence%22"),
    ]


PAGES = """
import random, django
django.setup()
from bench.corpus import Writer
from statements.models import Statement
print(Statement.objects.order_by("pk")[len(Statement.objects.all()) // 2].get_absolute_url())
print(Writer(random.Random(1)).codenames[123].lower())
"""


def measure(say, port, targets, clients, seconds, label):
    say(f"{label}: {clients} clients, {seconds:.0f} s per page")
    say(f"  {'page':<24}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name, path in targets:
        rate, latencies, errors = drive(port, path, clients, seconds)
        p50 = statistics.median(latencies) if latencies else float("nan")
        p99 = percentile(latencies, 0.99) if latencies else float("nan")
        say(f"  {name:<24}{rate:>8.1f}{p50:>9.0f}{p99:>9.0f}{errors:>8}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--files", type=int, default=1000, help="documents before, and imported during"
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    say = lambda *a: print(*a, flush=True)  # noqa: E731

    work = Path(tempfile.mkdtemp(prefix="natoarchive-bench-serve."))
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"sqlite:///{work / 'db.sqlite3'}",
        WHOOSH_PATH=str(work / "whoosh"),
        DJANGO_SETTINGS_MODULE="natoarchive.settings",
        LOG_LEVEL="WARNING",
        DEBUG="0",
        SECRET_KEY="bench-serve-only",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        STATIC_ROOT=str(work / "static"),
        SECURE_SSL_REDIRECT="0",  # production settings, served over plain HTTP on loopback
    )
    server = importer = log = None
    try:
        write_corpus(work / "first", args.files, args.seed)
        write_corpus(work / "second", args.files, args.seed + 1)
        manage(env, "migrate", "--noinput", stdout=subprocess.DEVNULL)
        # An empty index to import into, as ./dev serve makes it (never made behind one's back).
        manage(env, "index_status", "--repair", stdout=subprocess.DEVNULL)
        manage(env, "collectstatic", "--noinput", "-v0")
        t = time.perf_counter()
        manage(env, "import_statements", str(work / "first"), "-v0")
        say(
            f"archive: {args.files} generated files imported and indexed in {time.perf_counter() - t:.0f} s"
        )
        load = os.getloadavg()
        say(f"load average: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} ({os.cpu_count()} CPUs)")
        port = free_port()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        log = (work / "gunicorn.log").open("w")
        server = subprocess.Popen(
            [str(gunicorn), "natoarchive.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
        try:
            wait_until_up(port)
        except SystemExit:
            say((work / "gunicorn.log").read_text()[-3000:])
            raise
        targets = pages(env)
        measure(say, port, targets, args.clients, args.seconds, "alone")
        importer = subprocess.Popen(
            [sys.executable, "manage.py", "import_statements", str(work / "second"), "-v0"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        t = time.perf_counter()
        measure(
            say,
            port,
            targets,
            args.clients,
            args.seconds,
            f"while importing {args.files} more files",
        )
        importer.wait()
        say(f"that import took {time.perf_counter() - t:.0f} s (index update included)")
        load = os.getloadavg()
        say(f"load average: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    finally:
        for process in (importer, server):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
        if log is not None:
            log.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    random.seed(0)
    main()
