from django.urls import path

from statements import views

app_name = "statements"

urlpatterns = [
    path("", views.home, name="home"),
    path("statements/<slug:slug>/", views.statement_detail, name="statement"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("outlets/<slug:slug>/", views.outlet_detail, name="outlet"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("search/", views.search, name="search"),
]
