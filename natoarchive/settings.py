"""Settings for natoarchive, driven by environment variables.

Every variable is listed and explained in .env.example. With nothing set you get a
working local archive: DEBUG on, SQLite database and Whoosh index under var/.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from natoarchive.env import envbool, envfloat, envint, envlist, envrate, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(envstr("VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)  # the default database and index live here

# --- Core -----------------------------------------------------------------------------
DEBUG = envbool("DEBUG", True)

SECRET_KEY = envstr("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "django-insecure-local-development-key-never-use-in-production-0123456789"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served from static/, no CDN
    "corsheaders",
    # Before haystack: its update_index command is replaced by the one in statements.
    "statements",
    "haystack",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # before CommonMiddleware, as it asks
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "natoarchive.urls"
WSGI_APPLICATION = "natoarchive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        envstr("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for a concurrent writer (an import beside the admin) instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # Take the write lock when a transaction starts: a deferred transaction that reads, then
    # writes while another writer holds the lock fails at once with "database is locked".
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    # Write-ahead logging: readers never wait for the importer, and a commit does not fsync
    # the database file each time (measured: 10 ms per imported file on its own otherwise).
    DATABASES["default"]["OPTIONS"]["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Search ---------------------------------------------------------------------------
SEARCH_ENGINE = envstr("SEARCH_ENGINE", "whoosh")
if SEARCH_ENGINE == "whoosh":
    HAYSTACK_CONNECTIONS = {
        "default": {
            # haystack's Whoosh backend made fast and safe for concurrent writers:
            # see statements/search_backend/.
            "ENGINE": "statements.search_backend.FastWhooshEngine",
            "PATH": envstr("WHOOSH_PATH", str(VAR_DIR / "whoosh")),
            "INCLUDE_SPELLING": True,
            "POSTINGS_CACHE_MB": envint("WHOOSH_POSTINGS_CACHE_MB", 128),
            "WRITER_PROCS": envint("WHOOSH_WRITER_PROCS", 1),
            "WRITER_MEMORY_MB": envint("WHOOSH_WRITER_MEMORY_MB", 128),
        }
    }
elif SEARCH_ENGINE == "elasticsearch":
    HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "haystack.backends.elasticsearch7_backend.Elasticsearch7SearchEngine",
            "URL": envstr("SEARCH_URL", "http://127.0.0.1:9200/"),
            "INDEX_NAME": envstr("SEARCH_INDEX_NAME", "natoarchive"),
            "INCLUDE_SPELLING": True,
        }
    }
else:
    raise ImproperlyConfigured(f"SEARCH_ENGINE={SEARCH_ENGINE!r}: use 'whoosh' or 'elasticsearch'")
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20
# Admin edits, additions and deletions reach the index at once (statements/indexing.py).
HAYSTACK_SIGNAL_PROCESSOR = "statements.indexing.StatementSignalProcessor"

# --- Importer -------------------------------------------------------------------------
IMPORT_MAX_BYTES = envint("IMPORT_MAX_BYTES", 20 * 1024 * 1024)
# Time a file may take to parse: the floor plus so much per MB; 0 and 0 turn the budget off.
IMPORT_SECONDS_MIN = envfloat("IMPORT_SECONDS_MIN", 10)
IMPORT_SECONDS_PER_MB = envfloat("IMPORT_SECONDS_PER_MB", 5)
# Processes that parse files while the importing one writes them (a batch of a few files is
# parsed in the importing process itself); 1 parses everything there.
IMPORT_PROCESSES = envint("IMPORT_PROCESSES", min(4, os.cpu_count() or 1))
# Longest an import waits after its last file for the process indexing its statements to
# finish (a commit of 50,000 statements takes about 70 s); then it stops that process and
# indexes what it did not itself.
IMPORT_INDEX_WAIT_SECONDS = envfloat("IMPORT_INDEX_WAIT_SECONDS", 600)

# --- Open data: the JSON API, exports and the dataset (statements/api/, exports, dataset) ---
# Requests per client address, e.g. 60/minute; throttling counts in the cache (per process).
API_THROTTLE_RATE = envrate("API_THROTTLE_RATE", "120/minute")
EXPORT_THROTTLE_RATE = envrate("EXPORT_THROTTLE_RATE", "20/minute")
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],  # read-only: nothing to parse
    "DEFAULT_AUTHENTICATION_CLASSES": [],  # anonymous and read-only; the admin is for writing
    "DEFAULT_PERMISSION_CLASSES": ["statements.api.policies.ReadOnly"],
    "DEFAULT_THROTTLE_CLASSES": ["statements.api.policies.ApiThrottle"],
    "DEFAULT_THROTTLE_RATES": {"api": API_THROTTLE_RATE, "export": EXPORT_THROTTLE_RATE},
    "EXCEPTION_HANDLER": "statements.api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "natoarchive API",
    "DESCRIPTION": "Read-only JSON API of the archive: statements with their turns, exchanges "
    "(question, journalist, outlet, answers), people, outlets, topics and search. See /data/.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "statements.api.schema.empty_query_values",
    ],
    "ENUM_NAME_OVERRIDES": {
        "StatementKindEnum": "statements.models.Statement.Kind",
        "TurnKindEnum": "statements.models.Turn.Kind",
    },
}
# Any origin may read the API and the exports (GET only): they are public data.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/(api/.*|.*\.(csv|jsonl))$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Link"]
# The licence export_dataset writes into datapackage.json (an Open Definition / SPDX id). The
# texts are their publishers'; the default claims no licence the archive cannot grant.
DATASET_LICENSE = envstr("DATASET_LICENSE", "notspecified")
DATASET_LICENSE_URL = envstr("DATASET_LICENSE_URL", "")

# --- Internationalisation -------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = envstr("TIME_ZONE", "Europe/Brussels")
USE_I18N = True
USE_TZ = True

# --- Static files ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(envstr("STATIC_ROOT", str(VAR_DIR / "staticfiles")))
WHITENOISE_ROOT = BASE_DIR / "static" / "root"  # served at the site's root: /favicon.ico
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Security (production) ------------------------------------------------------------
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = envbool("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Logging --------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
