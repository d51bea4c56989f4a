"""Settings for the test suite: the project's settings with a throwaway Whoosh index.

The database comes from DATABASE_URL as usual (./dev test runs the suite on SQLite and on
PostgreSQL); the index lives in a temporary folder so tests never touch var/.
"""

import os
import tempfile

os.environ.setdefault("WHOOSH_PATH", tempfile.mkdtemp(prefix="natoarchive-test-whoosh-"))
# The suite makes many API requests from one address; tests/test_api_errors.py sets low rates.
os.environ.setdefault("API_THROTTLE_RATE", "100000/minute")
os.environ.setdefault("EXPORT_THROTTLE_RATE", "100000/minute")

from natoarchive.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
STATIC_ROOT = tempfile.mkdtemp(prefix="natoarchive-test-static-")

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not shared-cache memory: concurrency tests use several connections and processes.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.mkdtemp(prefix="natoarchive-test-db-"), "test.sqlite3")
    }
