"""manage.py import_statements PATH [PATH ...]: text files, folders and zips into the archive."""

import json
import sys
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from tqdm import tqdm

from statements.importer import (
    FAILED,
    IMPORTED,
    PARSED,
    REFUSED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    Importer,
)
from statements.sources import iter_sources


class Command(BaseCommand):
    help = (
        "Import press statements from text files. Each PATH is a .txt/.text file, a folder "
        "(read recursively, sorted) or a .zip of such files. Each file is one transaction; a "
        "file that fails is reported on stderr with the reason and the rest go on. Exit status "
        "is 1 when any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="File, folder or .zip.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and report; write nothing."
        )
        parser.add_argument(
            "--json",
            dest="as_json",
            action="store_true",
            help="Print one JSON object per file on stdout (JSON Lines); the summary goes to stderr.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Re-import files even when unchanged, and overwrite statements edited in the admin.",
        )
        parser.add_argument(
            "--processes",
            type=int,
            default=None,
            help="Parse files in this many worker processes while this one writes them, and "
            "index them in one more (default: the IMPORT_PROCESSES setting; 1 parses and "
            "indexes in this process).",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=None,
            help="Refuse files larger than this many bytes (default: the IMPORT_MAX_BYTES setting).",
        )

    def handle(
        self, *args, paths, dry_run, as_json, force, max_bytes, processes, verbosity, **options
    ):
        if "statements_topic" not in connection.introspection.table_names():
            raise CommandError(
                "the database has no archive tables yet: run 'python manage.py migrate' first"
            )
        importer = Importer(force=force, dry_run=dry_run, max_bytes=max_bytes)
        sources = list(iter_sources(paths))
        counts = Counter()
        processes = settings.IMPORT_PROCESSES if processes is None else processes
        tqdm.monitor_interval = 0  # no monitor thread: the import forks workers (can_fork)
        progress = tqdm(
            importer.run_all(sources, processes=max(1, processes)),
            total=len(sources),
            unit="file",
            disable=verbosity < 1 or not sys.stderr.isatty() or len(sources) < 2,
            file=sys.stderr,
            leave=False,
        )
        try:
            for result in progress:
                counts[result.status] += 1
                self.report(result, as_json=as_json, verbosity=verbosity)
        finally:
            importer.finish()
        self.summarise(counts, to=self.stderr if as_json else self.stdout, verbosity=verbosity)
        if verbosity >= 2:
            self.report_processes(importer, to=self.stderr if as_json else self.stdout)
        self.report_index(importer, to=self.stderr if as_json else self.stdout, verbosity=verbosity)
        if counts[FAILED] or counts[REFUSED]:
            n = len(sources)
            message = f"{counts[FAILED]} of {n} file(s) failed" if counts[FAILED] else ""
            if counts[REFUSED]:  # links, devices, unsafe zip members: see statements/sources.py
                refused = f"{counts[REFUSED]} of {n} refused"
                message = f"{message}; {refused}" if message else refused
            raise CommandError(message, returncode=1)

    def report(self, result, *, as_json, verbosity):
        if result.status == FAILED:
            self.stderr.write(f"error: {result.source.where}: {result.error}")
        elif result.status == SKIPPED:
            self.stderr.write(f"skipped: {result.source.where}: {result.error}")
        elif result.status == REFUSED:
            self.stderr.write(f"refused: {result.source.where}: {result.error}")
        elif verbosity >= 2 and not as_json:
            doc = result.document
            self.stdout.write(
                f"{result.status}: {result.source.where}: {doc.kind}, {doc.date or 'no date'}, "
                f"{len(doc.turns)} turns, {len(doc.exchanges)} exchanges: {doc.title}"
            )
        if as_json:
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))

    def report_processes(self, importer, *, to):
        """Which processes parsed and indexed: a batch of few files, --processes 1 or a
        process that may not fork (statements/parallel.py) does both in this one."""
        workers = f"{importer.workers} worker processes" if importer.workers else "this process"
        if importer.dry_run:
            to.write(f"Parsed in {workers}.")
        elif importer.indexed_while_importing is None:
            to.write(f"Parsed in {workers}; indexed in this process after the last file.")
        else:
            to.write(
                f"Parsed in {workers}; indexed while importing: "
                f"{importer.indexed_while_importing} of {importer.written} statement(s) written."
            )

    def report_index(self, importer, *, to, verbosity):
        if importer.repaired and verbosity >= 1:
            to.write(
                f"Indexed {importer.repaired} statement(s) that an earlier import or a failed "
                "index write had left out of the search index."
            )
        if importer.awaiting:
            self.stderr.write(
                f"warning: {importer.awaiting} statement(s) are not in the search index yet (see "
                "the error above); repair with: python manage.py index_status --repair"
            )

    def summarise(self, counts, *, to, verbosity):
        if verbosity < 1:
            return
        refused = f", refused {counts[REFUSED]}" if counts[REFUSED] else ""
        if counts[PARSED]:
            line = (
                f"Parsed {counts[PARSED]}{refused}, failed {counts[FAILED]} "
                "(dry run: nothing written)."
            )
        else:
            line = (
                f"Imported {counts[IMPORTED]}, updated {counts[UPDATED]}, "
                f"unchanged {counts[UNCHANGED]}, skipped {counts[SKIPPED]}{refused}, "
                f"failed {counts[FAILED]}."
            )
        to.write(line)
