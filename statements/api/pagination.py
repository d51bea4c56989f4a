"""Cursor pagination for the lists: stable under inserts, one query per page however deep.

Records come in the order they were added (their ``id``). ``next``/``previous`` are complete
addresses (also sent as a ``Link`` header); a cursor is opaque: follow the links, do not build
one. A bad ``page_size`` or ``cursor`` is a 400 naming it.
"""

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def page_size_of(request, default: int, maximum: int) -> int:
    raw = request.query_params.get("page_size")
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise ValidationError({"page_size": [f"Give a whole number from 1 to {maximum}."]})
    return int(raw)


class ArchiveCursorPagination(CursorPagination):
    ordering = ("id",)
    page_size = PAGE_SIZE
    max_page_size = MAX_PAGE_SIZE
    page_size_query_param = "page_size"
    page_size_query_description = f"Records per page, 1 to {MAX_PAGE_SIZE} (default {PAGE_SIZE})."
    cursor_query_description = "Where a page starts: copy it from a `next` or `previous` link."

    def get_page_size(self, request):
        return page_size_of(request, self.page_size, self.max_page_size)

    def decode_cursor(self, request):
        message = "This cursor is not valid: use the `next` and `previous` links as given."
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise ValidationError({self.cursor_query_param: [message]}) from None
        position = cursor.position if cursor is not None else None
        if position is not None and not str(position).isdigit():  # positions are ids
            raise ValidationError({self.cursor_query_param: [message]})
        return cursor

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        links = [(self.get_next_link(), "next"), (self.get_previous_link(), "prev")]
        header = ", ".join(f'<{url}>; rel="{rel}"' for url, rel in links if url)
        if header:
            response["Link"] = header
        return response

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update({"minimum": 1, "maximum": self.max_page_size})
        return parameters
