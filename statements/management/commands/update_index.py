"""manage.py update_index: haystack's command, which then also removes stale documents.

haystack's update_index adds and refreshes documents but leaves those of statements, exchanges
and turns that no longer exist (an import killed midway, a deletion while the index was
unavailable). This one then compares the index with the database and reindexes the statements
that still differ, so that the index ends up holding exactly the database; it records which
revision of each statement the index holds (statements/index_state.py). It refuses a missing
index: ``rebuild_index`` creates one.
"""

from django.core.management.base import CommandError
from haystack import connections
from haystack.management.commands.update_index import Command as HaystackUpdateIndex

from statements import index_state
from statements.indexing import reindex_statements
from statements.models import Statement
from statements.search_backend.backend import SearchIndexUnavailable, index_version


class Command(HaystackUpdateIndex):
    help = (
        "Index every statement, exchange and passage, then remove the documents of those "
        "that no longer exist. Refuses a missing index: rebuild_index creates it."
    )

    def handle(self, **options):
        using = options.get("using") or ["default"]
        for alias in using:
            path = connections[alias].options.get("PATH")
            if path and index_version(path) is None:
                raise CommandError(
                    f"no search index at {path}: build it with python manage.py rebuild_index"
                )
        revisions = dict(Statement.objects.values_list("pk", "revision"))
        try:
            super().handle(**options)
        except SearchIndexUnavailable as exc:
            raise CommandError(str(exc)) from exc
        if "default" not in using:
            return
        index_state.record_indexed(revisions)
        difference = index_state.compare()
        if difference.unavailable:
            raise CommandError(difference.unavailable)
        if not difference.agree:
            reindex_statements(difference.to_reindex())
            if int(options.get("verbosity", 1)) >= 1:
                self.stdout.write(
                    f"Removed {difference.stale_documents} stale document(s); reindexed "
                    f"{len(difference.to_reindex())} statement(s) that differed."
                )
