"""sitemap.xml: every statement, person, outlet and topic page, and the browsing entry points."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from statements.models import Outlet, Person, Statement, Topic


class StatementSitemap(Sitemap):
    changefreq = "yearly"
    priority = 0.8

    def items(self):
        return Statement.objects.only("slug", "modified").order_by("pk")

    def lastmod(self, item):
        return item.modified


class NamedSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5
    model = None

    def items(self):
        return self.model.objects.only("slug").order_by("pk")


class PersonSitemap(NamedSitemap):
    model = Person


class OutletSitemap(NamedSitemap):
    model = Outlet


class TopicSitemap(NamedSitemap):
    model = Topic


class PagesSitemap(Sitemap):
    changefreq = "daily"
    priority = 1.0

    def items(self):
        return ["home", "archive", "topics", "people", "outlets"]

    def location(self, item):
        return reverse(f"statements:{item}")


SITEMAPS = {
    "pages": PagesSitemap,
    "statements": StatementSitemap,
    "people": PersonSitemap,
    "outlets": OutletSitemap,
    "topics": TopicSitemap,
}
