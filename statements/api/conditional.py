"""ETag and Last-Modified on the API's answers, and 304 Not Modified for conditional requests.

The ETag is a hash of the JSON itself, so it changes whenever anything shown changes (an edit
in the admin, a renamed person, a new tag): a client that sends ``If-None-Match`` always gets
fresh data. ``Last-Modified`` is sent on single records that carry modification times (the
latest of the statement's and of the people and outlets it shows): clients should prefer the
ETag, which also sees changes that leave no time stamp, such as a renamed topic.
"""

import hashlib

from django.utils.cache import get_conditional_response
from django.utils.http import http_date


class ConditionalMixin:
    """For API views: set ``self.modified`` (an aware datetime) to send Last-Modified."""

    modified = None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if getattr(response, "streaming", False):
            return response
        response.render()
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        last_modified = None
        if self.modified is not None:
            last_modified = int(self.modified.timestamp())
            response["Last-Modified"] = http_date(last_modified)
        return get_conditional_response(
            request, etag=etag, last_modified=last_modified, response=response
        )


def latest(*stamps):
    """The latest of the given datetimes (None ignored), or None."""
    known = [s for s in stamps if s is not None]
    return max(known) if known else None
