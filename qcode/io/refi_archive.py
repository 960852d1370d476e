"""Opening a REFI-QDA file: a .qdpx zip (``project.qde`` plus ``sources/``) or a bare .qde whose
sources may lie in a ``sources`` folder beside it, or nowhere. Finds a source's file the way the
exporting programs name it (``internal://x.txt``, a bare relative name, a ``file://`` path).
No Qt, no SQL.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from qcode.io.refi_common import INTERNAL, PROJECT_FILE, SOURCES_DIR, RefiError

MAX_QDE_BYTES = 512 * 1024 * 1024  # refuse a zip bomb before parsing it


def local(tag: str) -> str:
    """An element's name without its namespace (some writers use none, or a different prefix)."""
    return tag.rsplit("}", 1)[-1]


class RefiArchive:
    """The project XML and a way to read the files it refers to."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise RefiError("refi.not_found", path=str(self.path))
        self._zip: zipfile.ZipFile | None = None
        self._names: dict[str, str] = {}  # lower-case member path / base name -> member
        if zipfile.is_zipfile(self.path):
            self._zip = zipfile.ZipFile(self.path)
            for member in self._zip.namelist():
                lowered = member.lower()
                self._names.setdefault(lowered, member)
                self._names.setdefault(PurePosixPath(lowered).name, member)
            data = self._project_bytes()
        else:
            try:
                data = self.path.read_bytes()
            except OSError as error:
                raise RefiError("refi.not_refi", path=str(self.path), reason=str(error)) from None
        self.root = self._parse(data)

    def _not_refi(self, reason: str) -> RefiError:
        return RefiError("refi.not_refi", path=str(self.path), reason=reason)

    def _project_bytes(self) -> bytes:
        assert self._zip is not None
        member = self._names.get(PROJECT_FILE) or next(
            (m for m in self._zip.namelist() if m.lower().endswith(".qde")), None)
        if member is None:
            raise self._not_refi("the zip holds no project.qde")
        if self._zip.getinfo(member).file_size > MAX_QDE_BYTES:
            raise self._not_refi("project.qde is too large")
        return self._zip.read(member)

    def _parse(self, data: bytes) -> ET.Element:
        try:
            root = ET.fromstring(data)
        except ET.ParseError as error:
            raise self._not_refi(f"the XML cannot be read ({error})") from None
        if local(root.tag) != "Project":
            raise self._not_refi(f"its root element is <{local(root.tag)}>, not <Project>")
        return root

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def read_source(self, reference: str) -> bytes | None:
        """The bytes of a file a source refers to, or None when the file is not there."""
        if not reference:
            return None
        name = reference
        if name.lower().startswith(INTERNAL):
            name = name[len(INTERNAL):]
        elif name.lower().startswith("file:"):
            name = unquote(urlparse(name).path)
        name = name.replace("\\", "/")
        if self._zip is not None:
            lowered = name.lower().lstrip("/")
            for candidate in (f"{SOURCES_DIR}/{lowered}", lowered, PurePosixPath(lowered).name):
                member = self._names.get(candidate)
                if member is not None:
                    return self._zip.read(member)
            return None
        base = self.path.parent
        for on_disk in (base / SOURCES_DIR / name, base / name, Path(name),
                        base / SOURCES_DIR / PurePosixPath(name).name):
            try:
                if on_disk.is_file():
                    return on_disk.read_bytes()
            except OSError:
                continue
        return None
