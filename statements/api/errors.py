"""Every API error as JSON, naming the parameter at fault:

    {"status": 400, "code": "invalid", "detail": "Not valid: start.",
     "errors": {"start": ["Enter a valid date: YYYY-MM-DD."]}}

400 for a bad query parameter, 404 for a record or address that does not exist (``errors``
names the path parameter), 405 for anything but GET/HEAD/OPTIONS, 429 when a client asks too
often (with Retry-After), 503 when the search index is unavailable. An unexpected error is
logged with its traceback and answered with a JSON 500.
"""

import logging

from django.http import Http404
from drf_spectacular.utils import OpenApiResponse
from haystack.exceptions import SearchBackendError
from rest_framework import exceptions, serializers
from rest_framework.views import APIView
from rest_framework.views import exception_handler as rest_exception_handler

log = logging.getLogger("statements.api")
REBUILD = "python manage.py rebuild_index"


class ErrorSerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text="The HTTP status.")
    code = serializers.CharField(help_text="invalid, not_found, method_not_allowed, throttled...")
    detail = serializers.CharField(help_text="What went wrong, for a person.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages per parameter at fault (query or path).",
    )


class SearchUnavailable(exceptions.APIException):
    status_code = 503
    default_code = "search_unavailable"
    default_detail = (
        "Search is unavailable: the search index is missing or damaged. "
        "Everything else works; an administrator can rebuild the index."
    )


def not_found(message: str, field: str = "slug") -> exceptions.NotFound:
    """A 404 naming the path parameter that matched nothing."""
    exc = exceptions.NotFound(message)
    exc.field = field
    return exc


def body(status: int, code: str, detail: str, errors: dict | None = None) -> dict:
    return {"status": status, "code": code, "detail": detail, "errors": errors or {}}


def _messages(value) -> list[str]:
    if isinstance(value, dict):
        return [m for v in value.values() for m in _messages(v)]
    if isinstance(value, list):
        return [m for v in value for m in _messages(v)]
    return [str(value)]


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        exc = not_found(str(exc) or "Nothing is at this address.", field="path")
    elif isinstance(exc, SearchBackendError):
        log.error("Search is unavailable (%s). Rebuild the index with: %s", exc, REBUILD)
        exc = SearchUnavailable()
    response = rest_exception_handler(exc, context)
    if response is None:
        log.exception("API error at %s", getattr(context.get("request"), "path", "?"))
        from rest_framework.response import Response

        return Response(body(500, "server_error", "Something went wrong on our side."), 500)
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail if isinstance(exc.detail, dict) else {"non_field": exc.detail}
        errors = {name: _messages(value) for name, value in detail.items()}
        message = "Not valid: " + ", ".join(errors) + "."
        response.data = body(response.status_code, "invalid", message, errors)
    else:
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        field = getattr(exc, "field", None)
        detail = str(exc.detail) if hasattr(exc, "detail") else str(exc)
        errors = {field: [detail]} if field else {}
        response.data = body(response.status_code, str(codes), detail, errors)
    return response


class NotFoundView(APIView):
    """Any other address under /api/: a JSON 404."""

    schema = None  # not an operation of the API

    def get(self, request, *args, **kwargs):
        raise not_found(f"There is nothing at {request.path}: see /api/.", field="path")


def responses(*statuses: int) -> dict:
    """The error responses an operation documents, for extend_schema(responses=...)."""
    texts = {
        400: "A query parameter is not valid (named in `errors`).",
        404: "No such record (the path parameter is named in `errors`).",
        429: "Too many requests: wait for Retry-After seconds.",
        503: "The search index is unavailable.",
    }
    return {s: OpenApiResponse(ErrorSerializer, description=texts[s]) for s in statuses}
