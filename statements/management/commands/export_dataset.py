"""manage.py export_dataset DIR: the archive as a Frictionless Data Package."""

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from statements.dataset import license_of, write_package


class Command(BaseCommand):
    help = (
        "Write the archive as a Frictionless Data Package into DIR: datapackage.json (tables, "
        "column types, keys, licence, each file's size and SHA-256) and one CSV per table "
        "(statements, turns, exchanges, people, outlets, topics, tags). Check it with "
        "'frictionless validate DIR/datapackage.json'."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR", help="Folder to write (created if missing).")
        parser.add_argument(
            "--license",
            default=settings.DATASET_LICENSE,
            help="Licence id for datapackage.json, e.g. CC-BY-4.0 (default: DATASET_LICENSE, "
            "'notspecified': the texts are their publishers' and no licence is granted).",
        )
        parser.add_argument(
            "--license-url",
            default=settings.DATASET_LICENSE_URL,
            help="Address of the licence's text (default: DATASET_LICENSE_URL).",
        )
        parser.add_argument(
            "--base-url",
            default="",
            help="The site's address (https://archive.example.org) to make permalinks "
            "absolute; without it they are paths.",
        )

    def handle(self, *args, folder, license, license_url, base_url, verbosity, **options):
        target = Path(folder)
        if target.exists() and not target.is_dir():
            raise CommandError(f"{target}: exists and is not a folder")
        if license and not all(c.isalnum() or c in "-._" for c in license):
            raise CommandError(f"--license {license!r}: use an id such as CC-BY-4.0")
        if base_url and not base_url.startswith(("http://", "https://")):
            raise CommandError(f"--base-url {base_url!r}: give an http:// or https:// address")

        def progress(table):
            return tqdm(
                total=table.count(),
                desc=f"{table.name:<10}",
                unit=" rows",
                file=sys.stderr,
                disable=verbosity < 1,
                leave=verbosity >= 2,
            )

        try:
            descriptor = write_package(
                target,
                license=license_of(license, license_url),
                base_url=base_url,
                progress=progress,
            )
        except OSError as exc:
            raise CommandError(f"{target}: {exc.strerror or exc}") from exc
        if verbosity >= 1:
            for resource in descriptor["resources"]:
                self.stdout.write(
                    f"{resource['path']:<16} {resource['bytes']:>12,} bytes  "
                    f"{resource['hash'][:19]}…"
                )
            self.stdout.write(f"Wrote {target / 'datapackage.json'}")
