"""/api/: the read-only JSON API, its OpenAPI schema and its documentation page."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from statements.api import directory, views
from statements.api.errors import NotFoundView
from statements.api.search import SearchView

app_name = "api"

urlpatterns = [
    path("", views.Root.as_view(), name="root"),
    path("statements/", views.StatementList.as_view(), name="statements"),
    path(
        "statements/<slug:slug>/q<int:position>/",
        views.ExchangeDetail.as_view(),
        name="exchange",
    ),
    path("statements/<slug:slug>/", views.StatementDetail.as_view(), name="statement"),
    path("exchanges/", views.ExchangeList.as_view(), name="exchanges"),
    path("people/", directory.PersonList.as_view(), name="people"),
    path("people/<slug:slug>/", directory.PersonDetail.as_view(), name="person"),
    path("outlets/", directory.OutletList.as_view(), name="outlets"),
    path("outlets/<slug:slug>/", directory.OutletDetail.as_view(), name="outlet"),
    path("topics/", directory.TopicList.as_view(), name="topics"),
    path("topics/<slug:slug>/", directory.TopicDetail.as_view(), name="topic"),
    path("search/", SearchView.as_view(), name="search"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    # Anything else under /api/ ending in a slash is a JSON 404 (without the slash, Django
    # first redirects to it).
    re_path(r"^[\s\S]*/$", NotFoundView.as_view(), name="not_found"),
]
