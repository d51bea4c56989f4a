"""Where documents come from: files, folders (recursively) and zip archives.

A ``Source`` is one document to import, named by its path relative to the argument that led
to it (its name for a file given directly, its member name in a zip) so that the same folder
imported again finds the same statements. A path that cannot be read becomes a Source that
carries the reason, so the importer reports it with the rest.

Only regular files are read. Inside a folder, a symbolic link is never followed and a device,
FIFO or socket is never opened: each is a Source ``refused`` with the reason. A path given
directly is the operator's choice and is followed if it is a link, but it must still lead to
a regular file or a folder, and not into /proc, /sys or /dev. In a zip, a member whose name
climbs out of the archive (``..``), is absolute, or is a symbolic link is refused; what is
read of a member is counted as it is inflated and stops past the size limit, whatever size
the member declares.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from statements.parsing.formats import FORMATS, format_of

# Files read in folders and zips: plain text, Markdown and saved web pages.
TEXT_SUFFIXES = set(FORMATS)
_SYSTEM_TREES = ("/proc", "/sys", "/dev")
_CHUNK = 1 << 20


class TooLarge(ValueError):
    """More bytes than the limit: the file (or zip member) is refused."""


@dataclass
class Source:
    """One document to import: ``name`` identifies it across re-imports, ``where`` locates it."""

    name: str
    where: str
    size: int
    opener: object  # a callable (limit) returning at most limit + 1 bytes
    error: str = ""
    refused: str = ""  # why a link, a device or an unsafe zip member is not read

    def read(self, limit: int | None = None) -> bytes:
        """The bytes of the document; raises TooLarge past ``limit`` bytes, counting what is
        actually read, not what the file or zip member says its size is."""
        data = self.opener(limit)
        if limit is not None and len(data) > limit:
            raise TooLarge(f"it holds more than {limit} bytes")
        return data

    @property
    def format(self) -> str:
        """How its bytes are decoded: by its name's suffix (``parsing.formats.FORMATS``)."""
        return format_of(self.name)


def _nothing(_limit: int | None) -> bytes:
    return b""


def _failed(where: str, reason: str) -> Source:
    return Source(
        name=os.path.basename(where) or where, where=where, size=0, opener=_nothing, error=reason
    )


def _refused(where: str, name: str, reason: str) -> Source:
    return Source(name=name, where=where, size=0, opener=_nothing, refused=reason)


def _read_at_most(stream, limit: int | None) -> bytes:
    """Read ``stream`` in chunks, stopping one byte past ``limit``."""
    chunks, total = [], 0
    while limit is None or total <= limit:
        want = _CHUNK if limit is None else min(_CHUNK, limit + 1 - total)
        chunk = stream.read(want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _open_regular(path: Path, follow: bool):
    """A reader of ``path`` that opens it without following a link (unless ``follow``) and
    without blocking on a FIFO, and refuses anything but a regular file."""

    def opener(limit: int | None) -> bytes:
        flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow else os.O_NOFOLLOW)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as stream:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                raise OSError(f"{_kind_of(mode)}, not a regular file")
            return _read_at_most(stream, limit)

    return opener


def _in_system_tree(path: Path) -> bool:
    real = os.path.realpath(path)
    return any(real == tree or real.startswith(tree + "/") for tree in _SYSTEM_TREES)


def _file_source(path: Path, name: str, follow: bool = False) -> Source:
    try:
        info = path.stat() if follow else path.lstat()
    except OSError as exc:
        return _failed(str(path), f"cannot read it: {exc.strerror or exc}")
    if follow and _in_system_tree(path):
        return _failed(
            str(path), f"cannot read it: {os.path.realpath(path)} is a system file, not a document"
        )
    if not stat.S_ISREG(info.st_mode):
        return _failed(str(path), f"cannot read it: {_kind_of(info.st_mode)}, not a regular file")
    return Source(name=name, where=str(path), size=info.st_size, opener=_open_regular(path, follow))


def _unsafe_member(member: zipfile.ZipInfo) -> str:
    """Why a zip member must not be read, or ""."""
    name = member.filename.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "an absolute path in the archive: not read"
    if ".." in PurePosixPath(name).parts:
        return "its name climbs out of the archive ('..'): not read"
    if stat.S_ISLNK(member.external_attr >> 16):
        return "a symbolic link in the archive: not followed"
    return ""


def _member_opener(archive: zipfile.ZipFile, member: zipfile.ZipInfo):
    def opener(limit: int | None) -> bytes:
        with archive.open(member) as stream:
            return _read_at_most(stream, limit)

    return opener


def _zip_sources(path: Path) -> Iterator[Source]:
    try:
        archive = zipfile.ZipFile(path)
        members = sorted(
            (m for m in archive.infolist() if not m.is_dir()), key=lambda m: m.filename
        )
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield _failed(str(path), f"not a readable zip archive: {exc}")
        return
    for member in members:
        where = f"{path}:{member.filename}"
        unsafe = _unsafe_member(member)
        if unsafe:
            yield _refused(where, member.filename, unsafe)
        elif _is_text_name(member.filename):
            yield Source(
                name=member.filename,
                where=where,
                size=member.file_size,
                opener=_member_opener(archive, member),
            )


def _is_text_name(name: str) -> bool:
    parts = Path(name).parts
    hidden = any(p.startswith(".") or p == "__MACOSX" for p in parts)
    return not hidden and Path(name).suffix.lower() in TEXT_SUFFIXES


def _is_zip_name(name: str) -> bool:
    return Path(name).suffix.lower() == ".zip"


def _walk(folder: Path) -> Iterator[tuple[Path, os.stat_result]]:
    """Every entry under ``folder`` with its own status (links not followed), hidden folders
    left out; a folder that cannot be listed is left out too."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        child = Path(entry.path)
        yield child, info
        if stat.S_ISDIR(info.st_mode) and not entry.name.startswith("."):
            yield from _walk(child)


def _folder_sources(folder: Path) -> Iterator[Source]:
    for child, info in sorted(_walk(folder), key=lambda item: item[0]):
        relative = child.relative_to(folder).as_posix()
        wanted = _is_text_name(relative) or (_is_zip_name(relative) and "/." not in relative)
        if stat.S_ISLNK(info.st_mode):
            if wanted or (not child.name.startswith(".") and child.is_dir()):
                target = os.readlink(child)
                yield _refused(str(child), relative, f"a symbolic link (to {target}): not followed")
        elif stat.S_ISDIR(info.st_mode) or not wanted:
            continue
        elif not stat.S_ISREG(info.st_mode):
            yield _refused(str(child), relative, f"{_kind_of(info.st_mode)}, not a regular file")
        elif _is_text_name(relative):
            yield _file_source(child, relative)
        else:
            yield from _zip_sources(child)


def iter_sources(paths) -> Iterator[Source]:
    """Every document under ``paths``: files as given, folders recursively (*.txt, *.text,
    *.md, *.markdown, *.html, *.htm, sorted), zips by member. A source is named by its path relative to the argument that led
    to it, so the same folder imported again finds the same statements."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and _in_system_tree(path):
            yield _failed(str(path), f"{os.path.realpath(path)} holds system files, not documents")
        elif path.is_dir():
            yield from _folder_sources(path)
        elif _is_zip_name(path.name) and path.is_file() and not _in_system_tree(path):
            yield from _zip_sources(path)
        elif path.exists() or path.is_symlink():
            yield _file_source(path, path.name, follow=True)
        else:
            yield _failed(str(path), "no such file or folder")
