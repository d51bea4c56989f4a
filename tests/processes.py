"""Real processes on the test database and the test search index: management commands and a
gunicorn server with a logged-in admin, as an operator and an editor would use them.

When the tests run as root, these processes run without the capability to override file
permissions (``setpriv``), so that an index folder made read-only is read-only to them, as it
is to a web server's own user.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
INDEX = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def environment() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url(),
        "WHOOSH_PATH": str(INDEX),
        "LOG_LEVEL": "INFO",
    }


def unprivileged(command: list[str]) -> list[str]:
    """``command`` without root's power to write read-only files, when run as root."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to run the tests' processes as root"
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *command]


def manage(*args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
    """``manage.py ARGS`` in a process of its own (not waited for), with ``env`` added to its
    environment."""
    return subprocess.Popen(
        unprivileged([sys.executable, "manage.py", *args]),
        cwd=ROOT,
        env=environment() | (env or {}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def run_manage(
    *args: str, env: dict | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    process = manage(*args, env=env)
    stdout, stderr = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Server:
    """gunicorn serving the archive (one worker) on a free port of 127.0.0.1."""

    def __init__(self, log_path: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.log_path = log_path
        self.log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        command = [sys.executable, "-m", "gunicorn", "natoarchive.wsgi"]
        command += ["--bind", f"127.0.0.1:{self.port}", "--workers", "1", "--timeout", "120"]
        self.process = subprocess.Popen(
            unprivileged(command),
            cwd=ROOT,
            env=environment(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirects
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                self.get("/robots.txt")
                break
            except OSError:
                assert self.process.poll() is None, self.output()
                assert time.monotonic() < deadline, self.output()
                time.sleep(0.2)

    def output(self) -> str:
        self.log.flush()
        return self.log_path.read_text()

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        """(status, body) of a GET, or of a POST of ``data``. Raises OSError when the server
        drops the connection (a worker that died)."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        url = f"http://127.0.0.1:{self.port}{path}"
        try:
            with self.opener.open(url, data=body, timeout=120) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def get(self, path: str, **params) -> tuple[int, str]:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        return self.request(path + query)

    def post_form(self, path: str, data: dict) -> int:
        """POST ``data`` to the form at ``path`` as a browser does (with its CSRF token)."""
        status, html = self.get(path)
        assert status == 200, (status, path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return self.request(path, {**data, "csrfmiddlewaretoken": token})[0]

    def log_in(self, username: str, password: str) -> None:
        status = self.post_form("/admin/login/", {"username": username, "password": password})
        assert status == 302, status

    def workers_lost(self) -> int:
        """How many times gunicorn had to replace its worker."""
        return len(re.findall(r"Booting worker", self.output())) - 1

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
