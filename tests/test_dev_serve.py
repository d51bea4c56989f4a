"""`./dev serve` shows a newcomer the site as deployed: its own 404 page, not Django's debug
page, with a secret key made once under var/ (here a temporary VAR_DIR)."""

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture
def served(tmp_path):
    """./dev serve on a free port, its data in tmp_path; (base url, VAR_DIR)."""
    if not (ROOT / ".venv" / ".installed").exists():
        pytest.skip("needs ./dev setup first")
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("./dev serve uses its own SQLite database: run once, in the SQLite run")
    port = free_port()
    drop = {"DATABASE_URL", "WHOOSH_PATH", "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DEBUG"}
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PYTEST")}
    env |= {"PORT": str(port), "VAR_DIR": str(tmp_path / "var")}
    # The two hand-made samples: the 244 real briefings would take most of a minute.
    env["SAMPLES"] = "samples/nato-transcript.txt samples/dod-article.txt"
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        ["./dev", "serve"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=5)
                break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail("./dev serve did not answer in 300 s")
        yield base, tmp_path / "var"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


def test_dev_serve_shows_the_sites_pages_with_debug_off(served):
    base, var = served
    status, _, body = fetch(base + "/no/such/page/")
    assert status == 404
    assert b"There is nothing at this address" in body
    assert b"URLconf" not in body and b"DEBUG = True" not in body
    status, headers, body = fetch(base + "/favicon.ico")
    assert (status, headers["Content-Type"]) == (200, "image/x-icon")
    status, _, body = fetch(base + "/")
    assert status == 200 and re.search(
        rb'<link rel="canonical" href="http://127.0.0.1:\d+/">', body
    )
    key = var / "secret_key"
    assert len(key.read_text().strip()) >= 50
    assert key.stat().st_mode & 0o077 == 0  # readable by its owner only
    status, headers, _ = fetch(base + "/admin/login/")
    assert status == 200 and "Secure" not in (headers["Set-Cookie"] or "")
