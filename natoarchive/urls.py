from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "natoarchive administration"
admin.site.site_title = "natoarchive admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("statements.urls")),
]
