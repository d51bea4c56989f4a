from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from statements.sitemaps import SITEMAPS
from statements.views import robots_txt

admin.site.site_header = "natoarchive administration"
admin.site.site_title = "natoarchive admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("robots.txt", robots_txt, name="robots"),
    path("api/", include("statements.api.urls")),
    path("", include("statements.urls")),
]
