"""Batch anonymisation of transcript files outside any project (``qcode anonymise --out DIR FILES``).

Automatic decisions only: every detection at or above the automatic score is accepted, kept in an
in-memory register shared by all files (one pseudonym per entity across the batch), and rendered
with the same code the project uses. Plain text keeps its encoding, BOM and line ends; .docx keeps
its runs and formatting. No SQL, no Qt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.anonymise import pseudonyms, roles
from qcode.anonymise.candidates import AGE, CONTEXT_BOUND, PERSON, Candidate
from qcode.anonymise.linking import PersonIndex, link_document, looks_like_initials
from qcode.anonymise.register import AUTO_ACCEPT_SCORE, entity_key, interviewee_keys, is_interviewee
from qcode.anonymise.render import (
    EntityInfo,
    KeptRange,
    RegisterView,
    pseudonymise_file_name,
    render_text,
)
from qcode.anonymise.written_ages import ages_after_pseudonyms
from qcode.core.errors import QcodeError, register_messages
from qcode.core.storage import file_error

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

register_messages({
    "anon.batch_unsupported": ("{path}: only .txt and .docx files can be anonymised here.",
                               "{path}: kun .txt- og .docx-filer kan anonymiseres her."),
    "anon.batch_binary": ("{path}: this is a binary file, not text; it was skipped.",
                          "{path}: det er en binær fil, ikke tekst; den er sprunget over."),
    "anon.batch_empty": ("{path}: the file is empty; it was skipped.",
                         "{path}: filen er tom; den er sprunget over."),
    "anon.batch_unreadable": ("{path}: the file could not be read as a transcript; it was skipped.",
                              "{path}: filen kunne ikke læses som en transskription; den er sprunget over."),
    "anon.batch_none": ("None of the files could be read; nothing was written.",
                        "Ingen af filerne kunne læses; intet er skrevet."),
    "anon.batch_same_dir": ("The output folder must not be the folder of the input {path}.",
                            "Outputmappen må ikke være mappen med inputfilen {path}."),
})

DetectFn = Callable[..., list[Candidate]]
_MODEL_CHUNK = 16  # files the statistical model reads together


@dataclass
class SourceFile:
    """One input: its text as read (newlines normalised to \\n) and how to write it back."""

    path: Path
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    crlf: bool = False
    docx: DocxDocument | None = None
    paragraphs: list[list[Run]] = field(default_factory=list)  # docx: runs per paragraph
    candidates: list[Candidate] = field(default_factory=list)
    kept: list[KeptRange] = field(default_factory=list)  # stretches that stay (public figures, pets)
    interviewees: set[str] = field(default_factory=set)  # names the file presents as interviewees
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, entity id) in the view


def read_source(path: Path) -> SourceFile:
    """Read a .txt (strict UTF-8, then Windows-1252) or .docx transcript."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)

        document = docx.Document(str(path))
        paragraphs = [_runs(p) for p in _all_paragraphs(document)]
        text = "\n".join("".join(r.text for r in runs) for runs in paragraphs)
        return SourceFile(path, text, docx=document, paragraphs=paragraphs)
    if suffix not in (".txt", ".text", ""):
        raise QcodeError("anon.batch_unsupported", path=str(path))
    data = path.read_bytes()
    if not data.strip():
        raise QcodeError("anon.batch_empty", path=str(path))
    if b"\x00" in data[:8192]:
        raise QcodeError("anon.batch_binary", path=str(path))
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        raw, encoding = data[3 if bom else 0:].decode("utf-8"), "utf-8"
    except UnicodeDecodeError:  # Danish Word exports are often Windows-1252
        try:
            raw, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:  # bytes no text encoding has: a program or an image named .txt
            raise QcodeError("anon.batch_binary", path=str(path)) from None
    crlf = "\r\n" in raw
    return SourceFile(path, raw.replace("\r\n", "\n"), encoding, bom, crlf)


def _all_paragraphs(document: DocxDocument) -> list[Paragraph]:
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for section in document.sections:
        for part in (section.header, section.footer):
            paragraphs.extend(part.paragraphs)
    return paragraphs


def _runs(paragraph: Paragraph) -> list[Run]:
    from docx.text.run import Run  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)

    element = paragraph._p
    return [Run(r, paragraph) for r in element.xpath("./w:r | ./w:hyperlink/w:r")]


@dataclass
class BatchResult:
    """The shared register of a batch and the rendered texts."""

    view: RegisterView
    counts: Counter[int]
    outputs: dict[Path, str]


def build_view(files: Sequence[SourceFile], style: pseudonyms.Settings) -> tuple[RegisterView, list[list]]:
    """One register for all files: persons by who they are in their file (``linking``: initials, bare
    first names and nicknames join the file's full name), other entities by kind and
    (confusable-insensitive) core; interviewees of any file are "[Informant N]", other persons
    "[Person N]", numbered apart."""
    view = RegisterView(age_style=style.age_style)
    keys: dict[tuple[str, str], int] = {}
    persons = PersonIndex()
    cores: dict[int, tuple[str, str]] = {}
    forms: dict[int, set[str]] = {}
    mentions: list[list[tuple[int, int, int]]] = []
    for source in files:
        found = []
        accepted = [c for c in source.candidates if c.score >= AUTO_ACCEPT_SCORE]
        here = interviewee_keys(source.interviewees)
        for linked in link_document(source.text, accepted):
            c = linked.candidate
            if c.label == PERSON:
                interviewed = is_interviewee([linked.person], here)
                entity_id = persons.find(linked.person, interviewed=interviewed) or len(cores) + 1
                persons.add(entity_id, [linked.person, c.surface])
                if interviewed:  # as the project register marks its informants (see PersonIndex.find)
                    persons.speakers.add(entity_id)
                cores.setdefault(entity_id, (c.label, linked.person))
            else:
                entity_id = keys.setdefault(entity_key(c.label, c.core), len(cores) + 1)
                cores.setdefault(entity_id, (c.label, c.core))
            if c.label not in CONTEXT_BOUND:
                forms.setdefault(entity_id, set()).add(c.surface)
            found.append((c.start, c.end, entity_id))
        mentions.append(found)
        source.mentions = found
    words = {w.casefold() for s in files for w in re.findall(r"\w+", s.text)}
    originals = [f for i, (kind, core) in cores.items() if kind == PERSON for f in (core, *forms.get(i, ()))]
    taken: set[str] = set()
    informant_keys = interviewee_keys(name for source in files for name in source.interviewees)
    numbers = dict.fromkeys(roles.ROLES, 0)
    for entity_id, (kind, core) in cores.items():
        if kind == PERSON and style.person_style == pseudonyms.NAME:
            pseudonym = pseudonyms.choose_substitute(core, pseudonyms.guess_gender(core), style.seed,
                                                     forbidden=words, originals=originals, taken=taken)
            taken.add(pseudonym)
        else:
            informant = is_interviewee((core, *forms.get(entity_id, ())), informant_keys)
            role = roles.INFORMANT if informant else roles.OTHER
            numbers[role] += kind == PERSON
            pseudonym = pseudonyms.label_for(kind, core, style, number=numbers[role], role=role)
        view.add(entity_id, EntityInfo(kind, core, pseudonym), forms.get(entity_id, ()))
    return view, mentions


def readable_sources(paths: Sequence[Path], skipped: Callable[[QcodeError], None]) -> list[Path]:
    """The paths that can be read as transcripts; for each other one ``skipped`` gets the reason (an empty,
    binary, missing or unsupported file), so one bad file does not stop a batch."""
    good: list[Path] = []
    for path in paths:
        try:
            read_source(Path(path))
        except QcodeError as error:
            skipped(error)
        except OSError as error:
            skipped(file_error(error))
        except Exception:  # noqa: BLE001 (a damaged .docx: python-docx raises its own kinds)
            skipped(QcodeError("anon.batch_unreadable", path=str(path)))
        else:
            good.append(Path(path))
    return good


def anonymise_files(paths: Sequence[Path], *, style: pseudonyms.Settings | None = None,
                    places: Sequence[str] = (), orgs: Sequence[str] = (), use_model: bool = True,
                    detect_fn: DetectFn | None = None,
                    progress: Callable[[int, int, str], None] | None = None) -> tuple[BatchResult, list]:
    """Detect in every file, build one register, and render each file (nothing is written)."""
    style = style or pseudonyms.Settings()
    files = [read_source(Path(p)) for p in paths]
    known: dict[str, str] = {}
    model_found: dict[int, list[Candidate]] = {}
    for index, source in enumerate(files):
        if progress:
            progress(index, len(files), source.path.name)
        if detect_fn is None:
            from qcode.anonymise.detect import detect_full, model_hits_many  # noqa: PLC0415 (spaCy loads only when detection runs)

            if use_model and index not in model_found:
                # the model does not depend on what earlier files found, so it reads the next files
                # together (a chunk at a time, so progress moves and memory stays bounded)
                chunk = range(index, min(index + _MODEL_CHUNK, len(files)))
                model_found.update(zip(chunk, model_hits_many([files[i].text for i in chunk]), strict=True))
            found = detect_full(source.text, known=dict(known), places=places, orgs=orgs, use_model=use_model,
                                model_found=model_found.pop(index, None))
            source.candidates = found.candidates
            source.kept = [(k.start, k.end, k.listed) for k in found.kept]
        else:
            source.candidates = detect_fn(source.text, known=dict(known), places=places, orgs=orgs,
                                          use_model=use_model)
        source.interviewees = roles.interviewee_names(source.text)
        for c in source.candidates:  # a name found in one file is looked for in the next
            if c.label not in CONTEXT_BOUND and c.score >= AUTO_ACCEPT_SCORE and not (
                    c.label == PERSON and looks_like_initials(c.core)):  # initials: see known_map
                known.setdefault(c.core, c.label)
    view, mentions = build_view(files, style)
    counts: Counter[int] = Counter()
    outputs = {}
    for source, recorded in zip(files, mentions, strict=True):
        rendered = render_text(source.text, view, recorded, source.kept)
        for rep in rendered.replacements:
            counts[_owner(view, source.text[rep.start:rep.end], recorded, rep.start)] += 1
        outputs[source.path] = rendered.text
    return BatchResult(view, counts, outputs), files


def _owner(view: RegisterView, surface: str, found: list[tuple[int, int, int]], start: int) -> int:
    for s, _e, entity_id in found:
        if s == start:
            return entity_id
    return view.entity_at(surface) or 0


def output_name(result: BatchResult, source: SourceFile) -> str:
    """The copy's file name: the original's with the names in it replaced ("interview_sofie_34.txt" →
    "interview_[Informant 1]_[trediverne].txt"), since a file name is read as often as the text."""
    stem = pseudonymise_file_name(result.view, source.path.stem)
    ages = {info.core: info.core for info in result.view.by_id.values()
            if info.kind == AGE and info.core.isdigit()}
    stem = ages_after_pseudonyms(ages, result.view.age_style)(stem)
    stem = re.sub(r'[\\/:*?"<>|]', "_", stem)  # a pseudonym must not make the name unusable
    return stem + source.path.suffix


def write_outputs(result: BatchResult, files: Sequence[SourceFile], out_dir: Path, *,
                  keep_names: bool = False) -> list[Path]:
    """Write each rendered file under ``out_dir`` with its encoding and line ends, named as
    :func:`output_name` says (``keep_names``: the original names, e.g. for scoring against gold files)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in files:
        target = out_dir / (source.path.name if keep_names else output_name(result, source))
        if target.resolve() == source.path.resolve():
            raise QcodeError("anon.batch_same_dir", path=str(source.path))
        if source.docx is not None:
            _write_docx(source, result.view, target)
        else:
            text = result.outputs[source.path]
            if source.crlf:
                text = text.replace("\n", "\r\n")
            data = text.encode(source.encoding, errors="replace")
            target.write_bytes((b"\xef\xbb\xbf" if source.bom else b"") + data)
        written.append(target)
    return written


def _write_docx(source: SourceFile, view: RegisterView, target: Path) -> None:
    """Apply the replacements run by run, so formatting and paragraph structure survive."""
    rendered = render_text(source.text, view, source.mentions, source.kept)
    offset = 0
    reps = list(rendered.replacements)
    for runs in source.paragraphs:
        length = sum(len(r.text) for r in runs)
        local = [(max(r.start, offset) - offset, min(r.end, offset + length) - offset,
                  r.text if r.start >= offset else "")
                 for r in reps if r.start < offset + length and r.end > offset]
        for start, end, text in reversed(local):
            _replace_in_runs(runs, start, end, text)
        offset += length + 1  # the "\n" that joined the paragraphs
    assert source.docx is not None  # write_outputs calls this for Word files only
    props = source.docx.core_properties
    props.author = props.last_modified_by = ""
    props.title = render_text(props.title or "", view).text
    source.docx.save(str(target))


def _replace_in_runs(runs: list[Run], start: int, end: int, text: str) -> None:
    position = 0
    first = True
    for run in runs:
        value = run.text
        run_start, run_end = position, position + len(value)
        position = run_end
        if run_end <= start or run_start >= end:
            if run_start >= end:
                break
            continue
        cut_start, cut_end = max(start, run_start) - run_start, min(end, run_end) - run_start
        run.text = value[:cut_start] + (text if first else "") + value[cut_end:]
        first = False
