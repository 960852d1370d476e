"""Sealing: make the pseudonymisation permanent.

Stored texts are rewritten through ``replace_text`` (codings and turns remapped in the same
transaction), every other text in the file (document names and metadata, speakers, case names and
attributes, memos, code names, the change log) is scrubbed of the same names (possessives too) and
recorded ages, age attributes become decades, the register is emptied, the pseudonym seed is replaced,
and the file is VACUUMed with the WAL truncated so its bytes hold no original. Nothing that could
confirm a guessed original stays behind (no digests of names, no seed the pseudonyms came from): the
key file, encrypted by default, is the only way back. It is written under a temporary name and
renamed only once the seal has committed; :mod:`qcode.core.maintenance` finishes either step after a
crash. Sealing refuses while a document has never been through detection or a candidate is undecided.
No Qt.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.anonymise.candidates import CONTEXT_BOUND, POSTCODE
from qcode.anonymise.keyfile import (
    PROJECT_ID_SETTING,
    KeyEntry,
    KeyFileError,
    check_writable,
    clear_leftover,
    project_id,
    temporary_key_path,
    write_key_file,
)
from qcode.anonymise.propagation import ambiguous
from qcode.anonymise.pseudonyms import Settings, label_for, render_name
from qcode.anonymise.render import entity_forms, load_view, render_document
from qcode.anonymise.state import SEALED_AT, replaced
from qcode.anonymise.written_ages import age_rewriter, ages_after_pseudonyms, written_ages
from qcode.core import backup, changes, entities, maintenance
from qcode.core.ages import age_band, is_age_attribute, is_band
from qcode.core.cases import generalise_age_attributes
from qcode.core.clock import now
from qcode.core.documents import forget_source_checksums, list_documents, replace_text
from qcode.core.errors import QcodeError, register_messages

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "anon.nothing_to_seal": (
        "There is nothing to seal: no name, age or place is waiting to be replaced (a sealed project is "
        "sealed again only after new documents were searched).",
        "Der er intet at forsegle: intet navn, ingen alder eller sted venter på at blive erstattet (et "
        "forseglet projekt forsegles kun igen, efter at nye dokumenter er gennemsøgt)."),
    "anon.pending": ("{count} anonymisation candidates are still undecided; review them first "
                     "(accept or reject each one) before sealing.",
                     "{count} anonymiseringskandidater mangler en beslutning; gennemgå dem først "
                     "(accepter eller afvis hver enkelt) før forseglingen."),
    "anon.not_scanned": ("{count} document(s) have never been searched for names and ages ({names}); "
                         "run detection and review its results before sealing.",
                         "{count} dokument(er) er aldrig blevet gennemsøgt for navne og aldre ({names}); "
                         "kør genkendelsen og gennemgå resultatet før forseglingen."),
})

Rewrite = Callable[[str], str]
_POSSESSIVE = r"(?:s|'s|’s|'|’)?"
# Running text a person writes (a code's definition, a memo): there a lower-case word that is also a
# participant's name is the word, as in the transcripts. Names, file names and every other column are
# identifiers, where "palle" is still Palle.
_PROSE_COLUMNS = frozenset({("codes", "description"), ("codes", "inclusion"), ("codes", "exclusion"),
                            ("codes", "example"), ("memos", "body"), ("codings", "memo")})
# a lower-case word between spaces or punctuation is running text; beside "_", "." or a digit it is part of
# an identifier or a file name ("bo_interview.txt"), where a name in lower case is still the name
_IN_PROSE = re.compile(r"(?:[ \t,;:!?)\]\"”]|\.(?!\w)|$)")
_PROSE_BEFORE = re.compile(r"(?:^|[ \t(\[\"“])$")
_BEFORE, _AFTER = r"(?<![^\W_])", r"(?![^\W_])"


@dataclass(frozen=True)
class SealResult:
    """What sealing did."""

    documents: int
    entities: int
    replacements: int
    key_file: Path
    # The seal committed, but compacting the file could not run (a full disk): freed pages may still
    # hold originals until the next open finishes it. None when the file was compacted.
    compaction_pending: QcodeError | None = None
    # backups of the project made before the seal, deleted because they hold the originals
    removed_backups: tuple[Path, ...] = ()


def _scrubber(entries: list[KeyEntry], *, prose: bool = False) -> Rewrite:
    """A rewrite of names for every other text in the file: any case, with possessives ("Palles" →
    "[Informant 1]s", as in the texts), also inside identifiers ("palle_interview"), but never inside a
    longer word or code ("#ea12cd" keeps its "ea")."""
    table: dict[str, tuple[str, str]] = {}  # casefolded form -> (form, pseudonym)
    for entry in entries:
        if entry.kind in CONTEXT_BOUND:
            continue
        for form in sorted(entity_forms(entry.kind, entry.core, entry.forms)):
            if len(form) >= 2:
                table.setdefault(form.casefold(), (form, entry.pseudonym))
    if not table:
        return lambda value: value
    alternatives = "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"{_BEFORE}(?P<form>{alternatives}){_POSSESSIVE}{_AFTER}", re.IGNORECASE)

    def replace(match: re.Match[str]) -> str:
        written = match.group("form")
        form, pseudonym = table.get(written.casefold(), (written, "[navn]"))
        if prose and written.islower() and ambiguous(written) and _IN_PROSE.match(match.string, match.end()) \
                and _PROSE_BEFORE.search(match.string, 0, match.start()):
            return match.group()  # "Ikke at bo alene" in a code's description: the word, as in the texts
        return render_name(match.group(), form, pseudonym)

    return lambda value: pattern.sub(replace, value)


def _postcodes(entries: list[KeyEntry]) -> Rewrite:
    """Recorded postcodes, where a bare number is recorded (an entity's core in the log)."""
    # Danish "8000" and foreign "80-264", "114 51", "D-10115" alike
    codes = sorted({e.core for e in entries if e.kind == POSTCODE and any(ch.isdigit() for ch in e.core)},
                   key=len, reverse=True)
    if not codes:
        return lambda value: value
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(c) for c in codes)})(?![\w-])")
    return lambda value: pattern.sub(label_for(POSTCODE, "", Settings()), value)


def _in_json(rewrite: Rewrite, *, keys: bool = True) -> Rewrite:
    """Apply ``rewrite`` to the strings inside a JSON text (metadata, log details) and write valid JSON
    back (a pseudonym with a quote must not break it); any other text is rewritten as it is."""
    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return rewrite(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {(walk(k) if keys else k): walk(v) for k, v in value.items()}
        return value

    def apply(value: str) -> str:
        if value.lstrip()[:1] in ("{", "["):
            try:
                data = json.loads(value)
            except ValueError:
                data = None
            if isinstance(data, (dict, list)):
                new = walk(data)
                return value if new == data else json.dumps(new, ensure_ascii=False)
        return rewrite(value)

    return apply


def _chain(*rewrites: Rewrite) -> Rewrite:
    def apply(value: str) -> str:
        for rewrite in rewrites:
            value = rewrite(value)
        return value

    return apply


def _keep_bands(rewrite: Rewrite) -> Rewrite:
    """Leave a value that is already a decade ("40'erne", an age attribute after sealing) as it is."""
    return lambda value: value if is_band(value) else rewrite(value)


_LOG_AGE_KEYS = ("core", "other_core", "surface")
_LOG_NAME_KEYS = ("name", "source", "old", "new")  # document names, as the documents table has them


def _log_scrubber(names: Rewrite, numbers: Rewrite, file_names: Rewrite) -> Rewrite:
    """The change log's details: names and worded ages everywhere; a bare number only where the entry
    records an age (an entity's core, an age attribute's value), never in counts or in names such as
    "iv_19", so the log still matches the documents it describes."""
    def structured(details: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in details.items():
            if isinstance(value, str):
                value = (file_names if key in _LOG_NAME_KEYS else names)(value)
                if key in _LOG_AGE_KEYS:
                    value = numbers(value)
                elif key == "value" and is_age_attribute(str(details.get("name", ""))):
                    value = age_band(value)
            elif isinstance(value, (int, float)) and key == "value" and is_age_attribute(
                    str(details.get("name", ""))):
                value = age_band(str(value))
            elif isinstance(value, (list, dict)):
                value = json.loads(_in_json(names)(json.dumps(value, ensure_ascii=False)))
            out[names(key)] = value
        return out

    def apply(text: str) -> str:
        try:
            details = json.loads(text)
        except ValueError:
            return names(text)
        if not isinstance(details, dict):
            return _in_json(names)(text)
        new = structured(details)
        return text if new == details else json.dumps(new, ensure_ascii=False)

    return apply


def key_entries(project: Project) -> list[KeyEntry]:
    """The accepted register as key entries."""
    view = load_view(project)
    result = []
    for entity in replaced(project):
        pseudonym = view.by_id[entity.id].pseudonym
        result.append(KeyEntry(entity.kind, entity.core, tuple(entity.forms), pseudonym))
    return result


def check_ready(project: Project, *, allow_pending: bool = False) -> None:
    """Refuse to seal (:class:`EntityError`) while a document has never been through detection (its
    names would stay for good) or, unless ``allow_pending``, a candidate is undecided."""
    unscanned = entities.documents_never_detected(project)
    if unscanned:
        names = ", ".join(name for _, name in unscanned[:5]) + (", …" if len(unscanned) > 5 else "")
        raise entities.EntityError("anon.not_scanned", count=len(unscanned), names=names)
    pending = entities.list_entities(project, state=entities.PENDING)
    if pending and not allow_pending:
        raise entities.EntityError("anon.pending", count=len(pending))
    if not replaced(project):  # e.g. a second seal with nothing new
        raise entities.EntityError("anon.nothing_to_seal")


def seal_project(project: Project, key_file: str | Path, *, password: str | None = None,
                 plaintext_key: bool = False, allow_pending: bool = False) -> SealResult:
    """Seal the project (permanent); the key is encrypted with ``password`` (``plaintext_key`` to
    write it in clear text instead). A failure leaves the project unsealed and no key file.
    """
    check_ready(project, allow_pending=allow_pending)
    final = Path(key_file)
    if not password and not plaintext_key:
        raise KeyFileError("anon.key_needs_password_to_write", path=str(final))
    if final.exists():
        raise KeyFileError("anon.key_exists", path=str(final))
    entries = key_entries(project)
    ages = written_ages(project)
    age_style = load_view(project).age_style
    identity = project_id(project)
    temporary = temporary_key_path(final)
    clear_leftover(temporary, project.get_setting(PROJECT_ID_SETTING) or "")
    sealed_at = now()
    try:  # before anything is stored: a key that cannot be written leaves the project untouched
        check_writable(temporary)
    except KeyFileError as error:  # the user chose the final name; the temporary one means nothing to them
        raise KeyFileError(error.message_id, **{**error.params, "path": str(final)}) from None
    with project.transaction():
        if project.get_setting(PROJECT_ID_SETTING) != identity:
            project.set_setting(PROJECT_ID_SETTING, identity)  # names the project in its key files
        maintenance.plan_discard(project, temporary)  # a crash before the seal commits: destroyed
    try:
        write_key_file(temporary, entries, project_name=project.path.stem, sealed_at=sealed_at,
                       password=password, plaintext=plaintext_key, project_id=identity,
                       seed=project.get_setting("anon.seed") or "")
    except BaseException:
        maintenance.shred(temporary)
        maintenance.forget(project, temporary)
        raise
    # Names and worded ages ("56 år") everywhere; bare numbers only where they are ages: the header
    # metadata ("Birgitte, 56"), case attribute values and the log's age entries.
    names = _chain(_scrubber(entries), age_rewriter(ages, age_style))
    prose = _chain(_scrubber(entries, prose=True), age_rewriter(ages, age_style))
    numbers = _chain(age_rewriter(ages, age_style, numbers=True), _postcodes(entries))
    file_names = _chain(names, ages_after_pseudonyms(ages, age_style))
    total = 0
    documents = list_documents(project)
    entities.set_secure_delete(project, True)
    try:
        with project.transaction():
            for summary in documents:
                replacements = list(render_document(project, summary.id).replacements)
                if replacements:
                    replace_text(project, summary.id, replacements)
                    total += len(replacements)
            entities.clear_register(project)
            # pseudonyms are not identifying; the leak check must not warn about them later
            known = json.loads(project.get_setting("anon.sealed_pseudonyms") or "[]")
            known = sorted({*known, *(e.pseudonym for e in entries)})
            project.set_setting("anon.sealed_pseudonyms", json.dumps(known, ensure_ascii=False))
            generalise_age_attributes(project, age_band)
            file_columns = {("documents", "name"), ("documents", "source_name")}
            skip = {("documents", "text"), ("project_info", "key"), ("change_log", "details"), *file_columns,
                    *_PROSE_COLUMNS}
            entities.scrub_text_columns(project, _keep_bands(_in_json(names)), skip=skip)
            entities.scrub_text_columns(project, _keep_bands(prose), only=_PROSE_COLUMNS)
            entities.scrub_text_columns(project, file_names, only=file_columns)
            entities.scrub_text_columns(project, _keep_bands(_in_json(numbers, keys=False)),
                                        only={("documents", "metadata"), ("case_attributes", "value")})
            entities.scrub_text_columns(project, _log_scrubber(names, _in_json(numbers, keys=False),
                                                               file_names), only={("change_log", "details")})
            forget_source_checksums(project)  # a file's checksum confirms a guess at its original text
            # substitute names were drawn with the old seed; with it gone they cannot be traced back
            project.set_setting("anon.seed", secrets.token_hex(16), secret=True)
            entities.rebuild_fulltext(project)
            project.set_setting(SEALED_AT, sealed_at)
            # The log says that sealing happened, never what the originals were.
            project.log("anon_seal", "project", None, documents=len(documents), entities=len(entries),
                        replacements=total, key_file=final.name)
            maintenance.request_compaction(project)
            maintenance.plan_rename(project, temporary, final)
            project.announce(changes.Change(changes.ANONYMISATION, (), tuple(d.id for d in documents)))
            project.announce(changes.Change(changes.DOCUMENTS, tuple(d.id for d in documents),
                                            tuple(d.id for d in documents)))
    except BaseException:
        maintenance.shred(temporary)
        try:
            maintenance.forget(project, temporary)
        except Exception:  # noqa: BLE001 (the next open discards it anyway)
            pass
        raise
    # Committed: from here on the project is sealed, and only an honest note may follow, not an error.
    final = maintenance.rename_to_free_name(temporary, final)
    try:
        maintenance.forget(project, temporary)
    except QcodeError:
        pass  # the plan's entry is harmless: the next open finds the key already renamed
    pending = maintenance.try_compact(project)
    removed = tuple(backup.remove_unsealed_backups(project))
    return SealResult(len(documents), len(entries), total, final, pending, removed)
