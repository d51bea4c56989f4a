"""The archive's read-only JSON API under /api/ (Django REST framework, OpenAPI 3 schema by
drf-spectacular at /api/schema/, Swagger UI at /api/docs/).

Every record has a stable key (its slug; an exchange is its statement's slug and position), an
absolute ``permalink`` to its HTML page and a ``url`` in the API. Lists are cursor-paginated;
search takes exactly the parameters of /search/ and runs through the same form, parser and
haystack query (statements.search). Nothing here writes: the admin is the only way to edit.

- ``serializers``: what a record looks like in JSON
- ``filters``: the query parameters of the lists, validated (a bad one is a 400 naming it)
- ``pagination``: cursors for the lists, pages for search
- ``conditional``: ETag / Last-Modified and 304 responses
- ``errors``: every error as JSON, naming the parameter at fault
- ``policies``: read-only permission and rate limiting (settings.API_THROTTLE_RATE)
- ``views``, ``search``, ``urls``
"""
