"""Who may do what through the API: anyone may read, no one may write, and each client address
may make API_THROTTLE_RATE requests (EXPORT_THROTTLE_RATE for the CSV / JSON Lines exports).

Kept apart from the views because REST framework imports these classes while it defines its
own view class.
"""

from rest_framework.exceptions import MethodNotAllowed
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class ReadOnly(BasePermission):
    """GET, HEAD and OPTIONS only: records are edited in the admin, never through the API.
    Anything else is a 405 whatever the view defines."""

    def has_permission(self, request, view):
        if request.method not in SAFE_METHODS:
            raise MethodNotAllowed(
                request.method, "The API is read-only: records are edited in the admin."
            )
        return True


class ApiThrottle(AnonRateThrottle):
    """Requests per client address, counted in the cache; the rate is read at each request so
    that a changed setting applies at once."""

    scope = "api"

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


class ExportThrottle(ApiThrottle):
    scope = "export"
