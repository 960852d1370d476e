"""Sealing: make the pseudonymisation permanent.

Stored texts are rewritten through ``replace_text`` (codings and turns remapped in the same
transaction), every other text in the file (document names and metadata, speakers, case names and
attributes, memos, the change log) is scrubbed of the same names (possessives too) and recorded ages,
the key goes to a separate file, the register is replaced by salted digests (so the leak check still
recognises originals), and the file is VACUUMed with the WAL truncated so its bytes hold no original.
Sealing refuses while a document has never been through detection or a candidate is undecided.
No Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.anonymise.candidates import AGE
from qcode.anonymise.keyfile import PROJECT_ID_SETTING, KeyEntry, project_id, write_key_file
from qcode.anonymise.pseudonyms import render_age, render_name
from qcode.anonymise.render import load_view, render_document
from qcode.core import changes, entities
from qcode.core.documents import list_documents, replace_text
from qcode.core.errors import register_messages

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
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
_BEFORE, _AFTER = r"(?<![^\W_])", r"(?![^\W_])"
# a bare number is an age only on its own: not in "12.03.2019", "2019-12-04", "00:46:10" or "3/46"
_NUMBER_BEFORE, _NUMBER_AFTER = r"(?<![^\W_])(?<!\d[.,:/\-–])", r"(?![^\W_])(?![.,:/\-–]\d)"


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


def _scrubber(entries: list[KeyEntry]) -> Rewrite:
    """A rewrite of names for every other text in the file: any case, with possessives ("Palles" →
    "[Informant 1]s", as in the texts), also inside identifiers ("palle_interview"), but never inside a
    longer word or code ("#ea12cd" keeps its "ea")."""
    table: dict[str, tuple[str, str]] = {}  # casefolded form -> (form, pseudonym)
    for entry in entries:
        if entry.kind == AGE:
            continue
        for form in sorted({entry.core, *entry.forms}):
            if len(form) >= 2:
                table.setdefault(form.casefold(), (form, entry.pseudonym))
    if not table:
        return lambda value: value
    alternatives = "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"{_BEFORE}(?P<form>{alternatives}){_POSSESSIVE}{_AFTER}", re.IGNORECASE)

    def replace(match: re.Match[str]) -> str:
        form, pseudonym = table.get(match.group("form").casefold(), (match.group("form"), "[navn]"))
        return render_name(match.group(), form, pseudonym)

    return lambda value: pattern.sub(replace, value)


def age_surfaces(project: Project) -> dict[str, str]:
    """Every way an accepted age was written (recorded mentions, and "N år"/"N-årig" of its number)
    → its core; the scrub generalises these wherever they stand, as the texts do."""
    found: dict[str, str] = {}
    for entity in entities.list_entities(project, state=entities.ACCEPTED, kind=AGE):
        core = entity.core.strip()
        written = {*entities.mention_surfaces(project, entity.id), core}
        if core.isdigit():
            written |= {f"{core} år", f"{core}-årig", f"{core}-årige", f"{core} årig"}
        for surface in written:
            if surface.strip():
                found.setdefault(" ".join(surface.split()).casefold(), core)
    return found


def _age_scrubber(surfaces: dict[str, str], style: str, *, numbers: bool) -> Rewrite:
    """A rewrite of recorded ages: with ``numbers`` only the bare numbers ("56"), else every surface
    with a word in it ("56 år", "56-årige"); a bare number is too common to replace everywhere."""
    chosen = {s: core for s, core in surfaces.items() if any(c.isalpha() for c in s) != numbers}
    if not chosen:
        return lambda value: value
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in s.split(" "))
                            for s in sorted(chosen, key=len, reverse=True))
    before, after = (_NUMBER_BEFORE, _NUMBER_AFTER) if numbers else (_BEFORE, _AFTER + r"(?![.,]\d)")
    pattern = re.compile(rf"{before}(?:{alternatives}){after}", re.IGNORECASE)

    def replace(match: re.Match[str]) -> str:
        core = chosen.get(" ".join(match.group().split()).casefold(), "")
        return render_age(match.group(), core, style)

    return lambda value: pattern.sub(replace, value)


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


def key_entries(project: Project) -> list[KeyEntry]:
    """The accepted register as key entries."""
    view = load_view(project)
    result = []
    for entity in entities.list_entities(project, state=entities.ACCEPTED):
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


def seal_project(project: Project, key_file: str | Path, *, password: str | None = None,
                 allow_pending: bool = False, keep_digests: bool = True) -> SealResult:
    """Seal the project (permanent). The key is written first, so a failure leaves the texts intact.

    ``keep_digests`` keeps salted digests of the originals so later exports can still be checked for
    them; whoever has the file can test a guessed name against them, so turn it off when even that
    must be impossible.
    """
    from qcode.core.project import now

    check_ready(project, allow_pending=allow_pending)
    entries = key_entries(project)
    ages = age_surfaces(project)
    age_style = load_view(project).age_style
    identity = project_id(project)
    sealed_at = now()
    key_path = write_key_file(key_file, entries, project_name=project.path.stem, sealed_at=sealed_at,
                              password=password, project_id=identity)
    salt = project.get_setting("anon.seed") or "qcode"
    # Names and worded ages ("56 år") everywhere; bare numbers only in the header metadata, where
    # "Birgitte, 56" is an age and not a count or a time, and in the log's text values (an age's
    # "core": "56"; counts and offsets there are JSON numbers and stay).
    scrub = _in_json(_chain(_scrubber(entries), _age_scrubber(ages, age_style, numbers=False)))
    scrub_numbers = _in_json(_age_scrubber(ages, age_style, numbers=True), keys=False)
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
            entities.scrub_text_columns(project, scrub_numbers,
                                        only={("documents", "metadata"), ("change_log", "details")})
            project.set_setting("anon.seed", salt)  # the digests' salt must survive the scrub unchanged
            project.set_setting(PROJECT_ID_SETTING, identity)  # names the project in its key files
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
