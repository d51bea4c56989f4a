"""The archive as a Frictionless Data Package: ``datapackage.json`` and one CSV per table.

Tables: statements, turns, exchanges (question/answer pairs), people, outlets, topics and tags.
``datapackage.json`` describes each one's columns with their types, primary key and foreign
keys, and gives each file's size (``bytes``) and SHA-256 (``hash``) so that a copy can be
checked. Rows are read from the database in chunks and written as they come: memory stays the
same whatever the size of the archive. Files are written under temporary names and renamed
when complete, datapackage.json last.

Values are kept exactly as stored (no apostrophes before a leading ``=``, unlike the CSV
downloads): this is data for data tools.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from statements.dataset.tables import Links, Table, tables
from statements.models import Statement

NO_LICENSE = "notspecified"
RIGHTS = (
    "The texts are those of their publishers (NATO, governments' press offices and the other "
    "organisations named in each statement's `organisation` and `source_url`), reproduced "
    "verbatim; their terms of use apply to them. The structure added by the archive (who spoke, "
    "who asked for which outlet, which answer replies to which question, topics) is offered "
    "under the licence below."
)


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class _Line:
    def write(self, value: str) -> str:
        return value


def write_table(folder: Path, table: Table, links: Links, progress=None) -> dict:
    """Write ``table`` as ``<name>.csv``; return its resource (with bytes and hash)."""
    path = folder / f"{table.name}.csv"
    partial = path.with_suffix(".csv.part")
    digest, size = hashlib.sha256(), 0
    writer = csv.writer(_Line(), lineterminator="\n")
    with open(partial, "wb") as out:
        for values in [[f["name"] for f in table.fields]]:
            data = writer.writerow(values).encode()
            digest.update(data)
            size += out.write(data)
        for row in table.rows(links):
            data = writer.writerow([cell(v) for v in row]).encode()
            digest.update(data)
            size += out.write(data)
            if progress is not None:
                progress.update(1)
    os.replace(partial, path)
    return {
        "name": table.name,
        "path": path.name,
        "profile": "tabular-data-resource",
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": size,
        "hash": f"sha256:{digest.hexdigest()}",
        "schema": table.schema(),
    }


def license_of(name: str, url: str = "") -> dict:
    if name == NO_LICENSE:
        title = "No licence granted by the archive; the texts belong to their publishers"
    else:
        title = name
    entry = {"name": name, "title": title}
    if url:
        entry["path"] = url
    return entry


def package(resources: list[dict], license: dict, base_url: str = "") -> dict:
    organisations = (
        Statement.objects.exclude(organisation="")
        .order_by("organisation")
        .values_list("organisation", flat=True)
        .distinct()
    )
    descriptor = {
        "profile": "tabular-data-package",
        "name": "natoarchive",
        "title": "natoarchive: press statements, questions and answers",
        "description": "Press conferences, briefings, speeches and news articles as structured "
        "records: who spoke, in which role, which journalist asked what for which outlet, and "
        "what the answer was. " + RIGHTS,
        "created": timezone.now().replace(microsecond=0).isoformat(),
        "licenses": [license],
        "sources": [{"title": name} for name in organisations],
        "resources": resources,
    }
    if base_url:
        descriptor["homepage"] = base_url
    return descriptor


def write_package(folder: Path, *, license: dict, base_url: str = "", progress=None) -> dict:
    """Write every table and then datapackage.json into ``folder``; return the descriptor.
    ``progress(table)`` returns a progress bar (with ``update`` and ``close``) or None."""
    folder.mkdir(parents=True, exist_ok=True)
    links = Links(base_url)
    resources = []
    for table in tables():
        bar = progress(table) if progress else None
        try:
            resources.append(write_table(folder, table, links, bar))
        finally:
            if bar is not None:
                bar.close()
    descriptor = package(resources, license, base_url)
    partial = folder / "datapackage.json.part"
    partial.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")
    os.replace(partial, folder / "datapackage.json")
    return descriptor


def default_license() -> dict:
    return license_of(settings.DATASET_LICENSE, settings.DATASET_LICENSE_URL)
