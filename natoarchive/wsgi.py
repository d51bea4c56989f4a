import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natoarchive.settings")
application = get_wsgi_application()

# Each worker opens the search index and compiles the search page before its first request.
from statements.search_backend import warm_up  # noqa: E402

warm_up()
