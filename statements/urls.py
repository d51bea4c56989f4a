from django.urls import path, re_path

from statements import feeds, opendata, views

app_name = "statements"

urlpatterns = [
    path("", views.home, name="home"),
    # Browsing (issue 5).
    path("statements/<slug:slug>/q<int:position>/", views.exchange_detail, name="exchange"),
    path("statements/<slug:slug>/original/", views.statement_original, name="original"),
    path(
        "statements/<slug:slug>/original.txt",
        views.statement_original_text,
        name="original_text",
    ),
    path("people/", views.person_list, name="people"),
    path("outlets/", views.outlet_list, name="outlets"),
    path("topics/", views.topic_list, name="topics"),
    path("archive/", views.archive_index, name="archive"),
    re_path(r"^archive/(?P<year>[0-9]{4})/$", views.archive_year, name="archive_year"),
    re_path(
        r"^archive/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$",
        views.archive_month,
        name="archive_month",
    ),
    re_path(
        r"^archive/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/(?P<day>[0-9]{2})/$",
        views.archive_day,
        name="archive_day",
    ),
    path("feed/", feeds.LatestStatementsFeed(), name="feed"),
    path("topics/<slug:slug>/feed/", feeds.TopicFeed(), name="topic_feed"),
    path("people/<slug:slug>/feed/", feeds.PersonFeed(), name="person_feed"),
    path("statements/<slug:slug>/", views.statement_detail, name="statement"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("outlets/<slug:slug>/", views.outlet_detail, name="outlet"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("search/", views.search, name="search"),
    path("search/feed/", feeds.SearchFeed(), name="search_feed"),
    # Open data (issue 13): downloads and the page that explains them and the API.
    re_path(r"^search/export\.(?P<fmt>csv|jsonl)$", opendata.search_export, name="search_export"),
    re_path(
        r"^people/(?P<slug>[-\w]+)/questions\.(?P<fmt>csv|jsonl)$",
        opendata.person_export,
        name="person_export",
    ),
    re_path(
        r"^outlets/(?P<slug>[-\w]+)/questions\.(?P<fmt>csv|jsonl)$",
        opendata.outlet_export,
        name="outlet_export",
    ),
    path("data/", opendata.data_page, name="data"),
]
