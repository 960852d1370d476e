"""Reading REFI-QDA text sources: their plain text (inline, in the zip, beside a bare .qde, or a
.docx rendering when no plain text is given), normalised the way qcode stores text, with every
PlainTextSelection remapped into the normalised offsets. Overlapping codings of the same code by
the same coder are joined, as qcode does when coding. Non-text sources are counted, not read.
No Qt, no SQL.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import TYPE_CHECKING

from qcode.core.exchange import PlanCoding, PlanDocument, PlanMemo
from qcode.io.import_docx import docx_text
from qcode.io.refi_archive import RefiArchive, local
from qcode.io.refi_common import NormalisedText, normalise_with_map

if TYPE_CHECKING:
    from qcode.io.refi_import import RefiReading

NON_TEXT = {"PictureSource": "picture", "PDFSource": "PDF", "AudioSource": "audio",
            "VideoSource": "video"}


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            break
        return text
    return data.decode("cp1252", "replace")


def _docx_text(data: bytes) -> str:
    try:
        import docx  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)


        return docx_text(docx.Document(io.BytesIO(data)))[0]
    except Exception:  # a broken rich-text file only means there is no text to import
        return ""


def _timestamp(value: str | None) -> str | None:
    """xsd:dateTime as qcode writes timestamps ("…Z" becomes "…+00:00")."""
    if not value:
        return None
    return value[:-1] + "+00:00" if value.endswith("Z") else value


class SourceReader:
    """Turns ``<Sources>`` children into plan documents and codings."""

    def __init__(self, archive: RefiArchive, reading: RefiReading, users: dict[str, str],
                 codes: set[str], note_text: Callable[[ET.Element], list[tuple[str, str]]]):
        self.archive = archive
        self.reading = reading
        self.users = users
        self.codes = codes
        self.note_text = note_text
        self.document_keys: dict[str, str] = {}  # source guid -> plan document key
        self.non_text: dict[str, list[str]] = {}
        self.missing: list[str] = []
        self.empty: list[str] = []
        self.lost = 0  # codings on skipped sources or non-text selections
        self.bad_range = 0
        self.unknown_code = 0
        self.source_variables = 0

    def read(self, source: ET.Element) -> None:
        kind = local(source.tag)
        name = (source.get("name") or "").strip()
        self.source_variables += sum(1 for c in source if local(c.tag) == "VariableValue")
        if kind == "TextSource":
            self._text_source(source, name)
            return
        representation = [c for c in source if local(c.tag) == "Representation"]
        if kind == "PDFSource" and representation:  # the PDF's text rendering is a text source
            self._text_source(representation[0], name or representation[0].get("name", ""),
                              guid=source.get("guid"))
            self.lost += self._count_codings(source, exclude="Representation")
            return
        self.non_text.setdefault(NON_TEXT.get(kind, kind), []).append(name or source.get("guid", ""))
        self.lost += self._count_codings(source)

    @staticmethod
    def _count_codings(element: ET.Element, exclude: str = "") -> int:
        count = 0
        for child in element:
            if local(child.tag) == exclude:
                continue
            count += 1 if local(child.tag) == "Coding" else SourceReader._count_codings(child)
        return count

    def _raw_text(self, source: ET.Element) -> str | None:
        inline = [c for c in source if local(c.tag) == "PlainTextContent"]
        if inline:
            return inline[0].text or ""
        path = source.get("plainTextPath", "")
        data = self.archive.read_source(path) if path else None
        if data is not None:
            text = _decode(data)
            if text.strip() or not source.get("richTextPath"):
                return text
        rich = self.archive.read_source(source.get("richTextPath", ""))
        if rich is not None and source.get("richTextPath", "").lower().endswith(".docx"):
            return _docx_text(rich)
        return None if data is None else _decode(data)

    def _text_source(self, source: ET.Element, name: str, guid: str | None = None) -> None:
        guid = (guid or source.get("guid") or "").lower()
        path = source.get("plainTextPath", "") or source.get("richTextPath", "")
        label = name or path.rsplit("/", 1)[-1] or guid
        raw = self._raw_text(source)
        codings = self._count_codings(source)
        if raw is None:
            self.missing.append(label)
            self.lost += codings
            return
        mapped = normalise_with_map(raw)
        if not mapped.text.strip():
            self.empty.append(label)
            self.lost += codings
            return
        key = guid or f"source-{len(self.document_keys)}"
        self.document_keys[guid] = key
        plan = self.reading.plan
        plan.documents.append(PlanDocument(key, label, mapped.text, path.rsplit("/", 1)[-1]))
        for title, text in self.note_text(source):
            plan.memos.append(PlanMemo(title or "Note", text, document=key))
        for child in source:
            if local(child.tag) == "PlainTextSelection":
                self._selection(child, key, mapped)
            elif local(child.tag) == "Coding":  # coded as a whole source
                self._coding(child, key, 0, len(mapped.text), "")

    def _selection(self, selection: ET.Element, key: str, mapped: NormalisedText) -> None:
        codings = [c for c in selection if local(c.tag) == "Coding"]
        try:
            start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
        except ValueError:
            self.bad_range += len(codings)
            return
        if not (0 <= start < end <= mapped.raw_length):
            self.bad_range += len(codings)
            return
        new_start, new_end = mapped.map_start(start), mapped.map_end(end)
        if new_start >= new_end:
            self.bad_range += len(codings)
            return
        memo = "\n".join(t for t in [(c.text or "").strip() for c in selection
                                     if local(c.tag) == "Description"]
                         + [text for _, text in self.note_text(selection)] if t)
        user = (selection.get("creatingUser") or "").lower()
        for coding in codings:
            self._coding(coding, key, new_start, new_end, memo, user)

    def _coding(self, coding: ET.Element, key: str, start: int, end: int, memo: str,
                fallback_user: str = "") -> None:
        refs = [c for c in coding if local(c.tag) == "CodeRef"]
        code = (refs[0].get("targetGUID") or "").lower() if refs else ""
        if code not in self.codes:
            self.unknown_code += 1
            return
        user = (coding.get("creatingUser") or fallback_user).lower()
        notes = "\n".join(text for _, text in self.note_text(coding) if text)
        self.reading.plan.codings.append(PlanCoding(
            key, code, start, end, self.users.get(user), "\n".join(m for m in (memo, notes) if m),
            _timestamp(coding.get("creationDateTime"))))

    def finish(self) -> None:
        """Join overlapping same-code, same-coder codings and write the skip summary."""
        plan = self.reading.plan
        merged: list[PlanCoding] = []
        joined = 0
        for c in sorted(plan.codings, key=lambda c: (c.document, c.code, c.coder or "", c.start, c.end)):
            last = merged[-1] if merged else None
            if (last and (last.document, last.code, last.coder) == (c.document, c.code, c.coder)
                    and c.start <= last.end):
                memo = last.memo if not c.memo or c.memo == last.memo else "\n".join(
                    m for m in (last.memo, c.memo) if m)
                merged[-1] = PlanCoding(last.document, last.code, last.start, max(last.end, c.end),
                                        last.coder, memo, last.created_at)
                joined += 1
            else:
                merged.append(c)
        plan.codings = merged
        r = self.reading
        for kind, names in self.non_text.items():
            r.skip("refi.skip.non_text", len(names), names, kind=kind)
        r.skip("refi.skip.missing", len(self.missing), self.missing)
        r.skip("refi.skip.empty", len(self.empty), self.empty)
        r.skip("refi.skip.selections", self.lost)
        r.skip("refi.skip.bad_range", self.bad_range)
        r.skip("refi.skip.unknown_code", self.unknown_code)
        r.skip("refi.skip.merged", joined)
        r.skip("refi.skip.source_variables", self.source_variables)
