"""Sealing: make the pseudonymisation permanent.

Stored texts are rewritten through ``replace_text`` (codings and turns remapped in the same
transaction), every other text in the file (names, metadata, speakers, memos, the change log) is
scrubbed, the key goes to a separate file, the register is replaced by salted digests (so the leak
check still recognises originals), and the file is VACUUMed with the WAL truncated so its bytes
hold no original. No Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.anonymise.candidates import AGE
from qcode.anonymise.keyfile import KeyEntry, write_key_file
from qcode.anonymise.render import load_view, render_document
from qcode.core import changes, entities
from qcode.core.documents import list_documents, replace_text
from qcode.core.errors import register_messages

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "anon.pending": ("{count} anonymisation candidates are still undecided; review them first.",
                     "{count} anonymiseringskandidater mangler en beslutning; gennemgå dem først."),
})


@dataclass(frozen=True)
class SealResult:
    """What sealing did."""

    documents: int
    entities: int
    replacements: int
    key_file: Path


def digest(salt: str, word: str) -> str:
    """The salted digest under which a sealed original is remembered."""
    return hashlib.sha256(f"{salt}\x00{word.casefold()}".encode()).hexdigest()


def _scrubber(entries: list[KeyEntry]):
    """A rewrite for every other text in the file: any case, also inside identifiers
    ("palle_interview"), but never inside a longer word or code ("#ea12cd" keeps its "ea")."""
    table: dict[str, str] = {}
    for entry in entries:
        if entry.kind == AGE:
            continue
        for form in {entry.core, *entry.forms}:
            if len(form) >= 2:
                table.setdefault(form.casefold(), entry.pseudonym)
    if not table:
        return lambda value: value
    alternatives = "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)
    return lambda value: pattern.sub(lambda m: table.get(m.group().casefold(), "[navn]"), value)


def key_entries(project: Project) -> list[KeyEntry]:
    """The accepted register as key entries."""
    view = load_view(project)
    result = []
    for entity in entities.list_entities(project, state=entities.ACCEPTED):
        pseudonym = view.by_id[entity.id].pseudonym
        result.append(KeyEntry(entity.kind, entity.core, tuple(entity.forms), pseudonym))
    return result


def seal_project(project: Project, key_file: str | Path, *, password: str | None = None,
                 allow_pending: bool = False, keep_digests: bool = True) -> SealResult:
    """Seal the project (permanent). The key is written first, so a failure leaves the texts intact.

    ``keep_digests`` keeps salted digests of the originals so later exports can still be checked for
    them; whoever has the file can test a guessed name against them, so turn it off when even that
    must be impossible.
    """
    from qcode.core.project import now

    pending = entities.list_entities(project, state=entities.PENDING)
    if pending and not allow_pending:
        raise entities.EntityError("anon.pending", count=len(pending))
    entries = key_entries(project)
    sealed_at = now()
    key_path = write_key_file(key_file, entries, project_name=project.path.stem, sealed_at=sealed_at,
                              password=password)
    salt = project.get_setting("anon.seed") or "qcode"
    scrub = _scrubber(entries)
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
            for entry in entries if keep_digests else ():
                if entry.kind != AGE:
                    for form in {entry.core, *entry.forms}:
                        for variant in {form, " ".join(re.findall(r"[^\W_]+(?:-[^\W_]+)*", form))}:
                            entities.add_sealed_digest(project, digest(salt, variant), entry.kind)
            entities.clear_register(project)
            # pseudonyms are not identifying; the leak check must not warn about them later
            known = json.loads(project.get_setting("anon.sealed_pseudonyms") or "[]")
            known = sorted({*known, *(e.pseudonym for e in entries)})
            project.set_setting("anon.sealed_pseudonyms", json.dumps(known, ensure_ascii=False))
            entities.scrub_text_columns(project, scrub, skip={("documents", "text"), ("project_info", "key")})
            project.set_setting("anon.seed", salt)  # the digests' salt must survive the scrub unchanged
            entities.rebuild_fulltext(project)
            project.set_setting("anon.sealed_at", sealed_at)
            # The log says that sealing happened, never what the originals were.
            project.log("anon_seal", "project", None, documents=len(documents), entities=len(entries),
                        replacements=total, key_file=key_path.name)
            project.announce(changes.Change(changes.ANONYMISATION, (), tuple(d.id for d in documents)))
            project.announce(changes.Change(changes.DOCUMENTS, tuple(d.id for d in documents),
                                            tuple(d.id for d in documents)))
    except BaseException:
        key_path.unlink(missing_ok=True)
        raise
    entities.compact_file(project)
    return SealResult(len(documents), len(entries), total, key_path)


def is_sealed(project: Project) -> bool:
    """True once the project has been sealed at least once."""
    return project.get_setting("anon.sealed_at") is not None
