"""Import a REFI-QDA project (.qdpx or .qde from NVivo, MAXQDA, ATLAS.ti, QualCoder, qcode).

:func:`read_refi` turns the file into a :class:`qcode.core.exchange.ImportPlan` without touching
any project (users → coders, code tree with colours and descriptions, text sources → documents with
normalised text and remapped selection offsets, codings, cases with variables, notes → memos) and a
list of what it had to skip. :func:`import_refi` stores the plan in one transaction. No Qt, no SQL.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.errors import MESSAGES, register_messages
from qcode.core.exchange import ImportPlan, PlanCase, PlanCode, PlanMemo, StoreResult, store_plan
from qcode.core.project import create_project
from qcode.io.refi_archive import RefiArchive, local
from qcode.io.refi_common import CRITERIA_LABELS, CRITERIA_NOTE, RefiError
from qcode.io.refi_sources import SourceReader

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "refi.skip.non_text": ("{count} {kind} source(s) (not text): {names}",
                           "{count} {kind}-kilde(r) (ikke tekst): {names}"),
    "refi.skip.missing": ("{count} text source(s) whose text is not in the file: {names}",
                          "{count} tekstkilde(r), hvis tekst ikke er i filen: {names}"),
    "refi.skip.empty": ("{count} empty text source(s): {names}", "{count} tomme tekstkilde(r): {names}"),
    "refi.skip.selections": ("{count} coding(s) on skipped sources or non-text selections",
                             "{count} kodning(er) på sprungne kilder eller ikke-tekst-markeringer"),
    "refi.skip.bad_range": ("{count} coding(s) outside their source's text",
                            "{count} kodning(er) uden for kildens tekst"),
    "refi.skip.unknown_code": ("{count} coding(s) of a code missing from the codebook",
                               "{count} kodning(er) af en kode, der mangler i kodebogen"),
    "refi.skip.merged": ("{count} coding(s) joined with an overlapping coding of the same code "
                         "and coder", "{count} kodning(er) slået sammen med en overlappende "
                         "kodning af samme kode og koder"),
    "refi.skip.sets": ("{count} set(s) (qcode has no sets): {names}",
                       "{count} sæt (qcode har ikke sæt): {names}"),
    "refi.skip.other": ("{count} {kind} (not supported)", "{count} {kind} (understøttes ikke)"),
    "refi.skip.source_variables": ("{count} variable value(s) on sources (qcode keeps attributes "
                                   "on cases)", "{count} variabelværdi(er) på kilder (qcode har "
                                   "attributter på cases)"),
    "refi.skip.attribute": ("attribute value not imported: {detail}",
                            "attributværdi ikke importeret: {detail}"),
})

_TYPES = {"text": "text", "boolean": "boolean", "integer": "number", "float": "number",
          "date": "date", "datetime": "text"}


@dataclass(frozen=True)
class Skipped:
    """One line of the summary of what was left out, in English or Danish."""

    message_id: str
    params: dict[str, object]

    def message(self, lang: str = "en") -> str:
        english, danish = MESSAGES[self.message_id]
        return (danish if lang == "da" else english).format(**self.params)


@dataclass
class RefiReading:
    """A read exchange file: what it would add, where it came from, what it leaves out."""

    plan: ImportPlan
    origin: str = ""
    name: str = ""
    skipped: list[Skipped] = field(default_factory=list)

    def skip(self, message_id: str, count: int, names: list[str] | None = None, **params: object) -> None:
        if count:
            shown = ", ".join(names[:5]) + (f", … (+{len(names) - 5})" if len(names) > 5 else "") \
                if names else ""
            self.skipped.append(Skipped(message_id, {"count": count, "names": shown, **params}))


@dataclass
class RefiImportResult:
    """What an import stored (``stored``) and what the file held that was left out."""

    reading: RefiReading
    stored: StoreResult

    def summary(self, lang: str = "en") -> list[str]:
        """Human lines: the counts, then every skipped item."""
        s = self.stored
        if lang == "da":
            head = (f"{s.documents} dokumenter, {s.codes_created} nye koder ({s.codes_reused} fandtes), "
                    f"{s.codings} kodninger, {s.cases} cases, {s.memos} memoer importeret")
            skipped = "Sprunget over: "
        else:
            head = (f"Imported {s.documents} documents, {s.codes_created} new codes ({s.codes_reused} "
                    f"existed), {s.codings} codings, {s.cases} cases, {s.memos} memos")
            skipped = "Skipped: "
        if self.reading.origin:
            head += f" {'fra' if lang == 'da' else 'from'} {self.reading.origin}"
        lines = [head + "."]
        if s.documents_merged:
            lines.append(
                f"{s.documents_merged} dokumenter fandtes allerede med samme tekst; deres kodninger er lagt "
                f"til ({s.duplicate_codings} kendte kodninger sprunget over)." if lang == "da" else
                f"{s.documents_merged} documents were already in the project with the same text; their "
                f"codings were added to them ({s.duplicate_codings} known codings skipped).")
        lines += [skipped + item.message(lang) for item in self.reading.skipped]
        lines += [skipped + Skipped("refi.skip.attribute", {"detail": n}).message(lang)
                  for n in s.notes]
        return lines


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if local(child.tag) == name]


def _child_text(element: ET.Element, name: str) -> str:
    found = _children(element, name)
    return (found[0].text or "").strip() if found else ""


def _colour(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if len(value) == 4 and value.startswith("#"):  # "#abc" is allowed by the schema
        value = "#" + "".join(ch * 2 for ch in value[1:])
    return value


def _code_name(raw: str | None) -> str:
    # qcode paths use '/', so a '/' inside a name would split it into two codes
    name = " ".join((raw or "").replace("/", "-").split())
    return name or "(unnamed)"


class _Reader:
    """Walks the XML once and fills a :class:`RefiReading`."""

    def __init__(self, archive: RefiArchive):
        self.archive = archive
        root = archive.root
        self.reading = RefiReading(ImportPlan(), root.get("origin", ""), root.get("name", ""))
        self.users: dict[str, str] = {}
        self.notes: dict[str, tuple[str, str]] = {}  # guid -> (title, text)
        self.used_notes: set[str] = set()
        self.codes: set[str] = set()

    def note_text(self, element: ET.Element) -> list[tuple[str, str]]:
        found = []
        for ref in _children(element, "NoteRef"):
            guid = (ref.get("targetGUID") or "").lower()
            if guid in self.notes:
                self.used_notes.add(guid)
                found.append(self.notes[guid])
        return found

    def read(self) -> RefiReading:
        root = self.archive.root
        for users in _children(root, "Users"):
            for user in _children(users, "User"):
                guid = (user.get("guid") or "").lower()
                self.users[guid] = ((user.get("name") or "").strip() or (user.get("id") or "").strip()
                                    or f"user {guid[:8]}")
        self.reading.plan.coders = sorted(set(self.users.values()))
        for notes in _children(root, "Notes"):
            for note in _children(notes, "Note"):
                text = _child_text(note, "PlainTextContent")
                if not text:
                    data = self.archive.read_source(note.get("plainTextPath", ""))
                    text = data.decode("utf-8-sig", "replace").strip() if data else ""
                self.notes[(note.get("guid") or "").lower()] = (note.get("name") or "", text)
        for codebook in _children(root, "CodeBook"):
            for codes in _children(codebook, "Codes"):
                for code in _children(codes, "Code"):
                    self._code(code, None)
        sources = SourceReader(self.archive, self.reading, self.users, self.codes, self.note_text)
        for section in _children(root, "Sources"):
            for source in section:
                sources.read(source)
        sources.finish()
        self.document_keys = sources.document_keys
        self._cases(root)
        sets = [s.get("name") or "" for section in _children(root, "Sets") for s in _children(section, "Set")]
        self.reading.skip("refi.skip.sets", len(sets), sets)
        for kind in ("Links", "Graphs"):
            count = sum(len(list(section)) for section in _children(root, kind))
            self.reading.skip("refi.skip.other", count, kind=kind.lower())
        for title, text in self.note_text(root):
            self.reading.plan.memos.append(PlanMemo(title or "Note", text))
        for guid, (title, text) in self.notes.items():  # notes nothing points at: project memos
            if guid not in self.used_notes and text:
                self.reading.plan.memos.append(PlanMemo(title or "Note", text))
        return self.reading

    def _code(self, element: ET.Element, parent: str | None) -> None:
        key = (element.get("guid") or "").lower() or f"code-{len(self.codes)}"
        fields = {}
        plan = self.reading.plan
        memos = []
        for title, text in self.note_text(element):
            if title == CRITERIA_NOTE:  # qcode's own inclusion/exclusion/example note
                current = None
                for line in text.splitlines():
                    label = next((a for a, lab in CRITERIA_LABELS if line.startswith(f"{lab}: ")), None)
                    if label is not None:
                        current = label
                        fields[label] = line.split(": ", 1)[1]
                    elif current is not None:  # a criterion written over several lines
                        fields[current] += "\n" + line
            else:
                memos.append(PlanMemo(title or "Note", text, code=key))
        plan.codes.append(PlanCode(key, _code_name(element.get("name")), parent,
                                   _colour(element.get("color")), _child_text(element, "Description"),
                                   **fields))
        plan.memos.extend(memos)
        self.codes.add(key)
        for child in _children(element, "Code"):
            self._code(child, key)

    def _cases(self, root: ET.Element) -> None:
        variables: dict[str, tuple[str, str]] = {}
        for section in _children(root, "Variables"):
            for declared in _children(section, "Variable"):
                variables[(declared.get("guid") or "").lower()] = (
                    (declared.get("name") or "").strip(),
                    _TYPES.get((declared.get("typeOfVariable") or "text").lower(), "text"))
        for section in _children(root, "Cases"):
            for number, case in enumerate(_children(section, "Case"), 1):
                attributes = []
                for value in _children(case, "VariableValue"):
                    refs = _children(value, "VariableRef")
                    variable = variables.get((refs[0].get("targetGUID") or "").lower()) if refs else None
                    data = [c for c in value if local(c.tag) != "VariableRef"]
                    if variable and variable[0] and data and (data[0].text or "").strip():
                        text = (data[0].text or "").strip()
                        attributes.append((variable[0], variable[1],
                                           text[:10] if local(data[0].tag) == "DateTimeValue"
                                           and variable[1] == "date" else text))
                documents = tuple(self.document_keys[g] for ref in _children(case, "SourceRef")
                                  if (g := (ref.get("targetGUID") or "").lower()) in self.document_keys)
                self.reading.plan.cases.append(PlanCase(
                    (case.get("name") or f"Case {number}").strip(), _child_text(case, "Description"),
                    tuple(attributes), documents))


def read_refi(path: str | Path, progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> RefiReading | None:
    """Read a .qdpx/.qde into an import plan (no project needed); None when cancelled."""
    archive = RefiArchive(path)
    try:
        if progress:
            progress(0, 1, Path(path).name)
        reading = _Reader(archive).read()
    finally:
        archive.close()
    if cancelled is not None and cancelled():
        return None
    if progress:
        progress(1, 1, Path(path).name)
    return reading


def import_refi(project: Project, path: str | Path) -> RefiImportResult:
    """Read a .qdpx/.qde and add everything it holds to ``project`` in one transaction."""
    reading = read_refi(path)
    assert reading is not None
    return store_reading(project, reading)


def store_reading(project: Project, reading: RefiReading) -> RefiImportResult:
    """Store an already read file (the GUI reads in the background, stores on its own thread)."""
    return RefiImportResult(reading, store_plan(project, reading.plan, reading.origin))


def import_refi_new(project_path: str | Path, path: str | Path, coder: str | None = None) -> RefiImportResult:
    """Make a new, empty project at ``project_path`` from a .qdpx/.qde (nothing is left on failure)."""

    project_path = Path(project_path)
    if project_path.exists():
        raise RefiError("refi.project_exists", path=str(project_path))
    reading = read_refi(path)  # a bad file fails here, before any project file exists
    assert reading is not None
    project = create_project(project_path, coder=coder, with_default_codebook=False)
    try:
        result = store_reading(project, reading)
    except BaseException:
        project.close()
        for leftover in (project.path, Path(f"{project.path}-wal"), Path(f"{project.path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    project.close()
    return result


__all__ = ["RefiImportResult", "RefiReading", "Skipped", "import_refi", "import_refi_new",
           "read_refi", "store_reading"]
