"""manage.py index_status [--repair]: how the search index and the database differ."""

from django.core.management.base import BaseCommand, CommandError

from statements import index_state


class Command(BaseCommand):
    help = (
        "Compare the search index with the database: statements missing from the index, out of "
        "date in it (an older revision, or documents missing), and documents of statements "
        "that no longer exist. Exit status 1 while they differ. --repair makes them agree."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--repair",
            action="store_true",
            help="Reindex what differs and remove stale documents; rebuild the whole index "
            "from the database if it is missing or cannot be read.",
        )

    def handle(self, *args, repair: bool, verbosity: int, **options):
        difference = index_state.compare()
        self.show(difference, verbosity)
        if difference.agree:
            return
        if not repair:
            raise CommandError(
                "The search index and the database differ: repair with "
                "python manage.py index_status --repair",
                returncode=1,
            )
        try:
            count = index_state.repair(difference)
        except Exception as exc:
            raise CommandError(f"the repair failed: {exc}", returncode=1) from exc
        if verbosity >= 1:
            self.stdout.write(f"Reindexed {count} statement(s).")
        difference = index_state.compare()
        self.show(difference, verbosity)
        if not difference.agree:
            raise CommandError("The search index still differs from the database.", returncode=1)

    def show(self, difference, verbosity):
        if verbosity < 1:
            return
        for line in difference.lines():
            self.stdout.write(line)
        if difference.agree:
            self.stdout.write("The search index and the database agree.")
