"""Where documents come from: files, folders (recursively) and zip archives.

A ``Source`` is one document to import, named by its path relative to the argument that led
to it (its name for a file given directly, its member name in a zip) so that the same folder
imported again finds the same statements. A path that cannot be read becomes a Source that
carries the reason, so the importer reports it with the rest.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from statements.parsing.formats import FORMATS, format_of

# Files read in folders and zips: plain text, Markdown and saved web pages.
TEXT_SUFFIXES = set(FORMATS)


@dataclass
class Source:
    """One document to import: ``name`` identifies it across re-imports, ``where`` locates it."""

    name: str
    where: str
    size: int
    opener: object  # a callable returning the bytes
    error: str = ""

    def read(self) -> bytes:
        return self.opener()

    @property
    def format(self) -> str:
        """How its bytes are decoded: by its name's suffix (``parsing.formats.FORMATS``)."""
        return format_of(self.name)


def _failed(where: str, reason: str) -> Source:
    return Source(
        name=os.path.basename(where) or where, where=where, size=0, opener=bytes, error=reason
    )


def _file_source(path: Path, name: str) -> Source:
    try:
        size = path.stat().st_size
    except OSError as exc:
        return _failed(str(path), f"cannot read it: {exc.strerror or exc}")
    return Source(name=name, where=str(path), size=size, opener=path.read_bytes)


def _zip_sources(path: Path) -> Iterator[Source]:
    try:
        archive = zipfile.ZipFile(path)
        members = sorted(
            (m for m in archive.infolist() if _is_text_name(m.filename) and not m.is_dir()),
            key=lambda m: m.filename,
        )
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield _failed(str(path), f"not a readable zip archive: {exc}")
        return
    for member in members:
        yield Source(
            name=member.filename,
            where=f"{path}:{member.filename}",
            size=member.file_size,
            opener=lambda member=member: archive.read(member),
        )


def _is_text_name(name: str) -> bool:
    parts = Path(name).parts
    hidden = any(p.startswith(".") or p == "__MACOSX" for p in parts)
    return not hidden and Path(name).suffix.lower() in TEXT_SUFFIXES


def iter_sources(paths) -> Iterator[Source]:
    """Every document under ``paths``: files as given, folders recursively (*.txt, *.text,
    *.md, *.markdown, *.html, *.htm, sorted), zips by member. A source is named by its path relative to the argument that led
    to it, so the same folder imported again finds the same statements."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if child.is_file() and _is_text_name(str(relative)):
                    yield _file_source(child, relative.as_posix())
                elif child.is_file() and child.suffix.lower() == ".zip":
                    yield from _zip_sources(child)
        elif path.suffix.lower() == ".zip" and path.is_file():
            yield from _zip_sources(path)
        elif path.exists():
            yield _file_source(path, path.name)
        else:
            yield _failed(str(path), "no such file or folder")
