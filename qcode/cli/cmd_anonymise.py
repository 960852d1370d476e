"""CLI: `qcode anonymise` — batch files (``--out DIR FILES``) or a project (``PROJECT.qcode``).

One parser for both forms: when the first path ends in ``.qcode`` the command works on that project
(detect and accept automatic decisions, ``--review``, decisions, ``--seal``); otherwise every path
is a transcript file and ``--out`` receives the pseudonymised copies.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from qcode.anonymise import pseudonyms, review
from qcode.anonymise import register as anon_register
from qcode.anonymise.batch import anonymise_files, read_source, readable_sources, write_outputs
from qcode.anonymise.explain import explain_texts
from qcode.anonymise.keyfile import destroy_key
from qcode.anonymise.seal import seal_project
from qcode.anonymise.triage import why_text
from qcode.cli.common import columns, print_table, text_progress, value_word
from qcode.core.documents import get_document, list_documents
from qcode.core.entities import get_entity
from qcode.core.errors import MESSAGES, QcodeError, register_messages, ui_language
from qcode.core.inspection import SUFFIX
from qcode.core.project import Project, open_project
from qcode.core.types import EntityId

register_messages({
    "anon.cli_no_out": ("Give --out DIR for the pseudonymised copies (or a .qcode project first).",
                        "Angiv --out MAPPE til de pseudonymiserede kopier (eller et .qcode-projekt først)."),
    "anon.cli_key_file": ("--seal needs --key-file FILE (kept apart from the project).",
                          "--seal kræver --key-file FIL (opbevares adskilt fra projektet)."),
    "anon.cli_password_env": ("The environment variable {name} is not set.",
                              "Miljøvariablen {name} er ikke sat."),
    "anon.cli_contradiction": ("Entity {ids} cannot be both accepted and rejected in one call; nothing "
                               "was changed.",
                               "Enhed {ids} kan ikke både accepteres og afvises i samme kald; intet er "
                               "ændret."),
    "anon.cli_bad_id": ("'{value}' is not an entity id (the number in the first column of --review).",
                        "'{value}' er ikke et enheds-id (tallet i første kolonne af --review)."),
    # confirmations on stdout, one line per decision
    "anon.cli_accepted": ("Accepted {id} ({kind} {core}): replaced by {pseudonym}.",
                          "Accepteret {id} ({kind} {core}): erstattes af {pseudonym}."),
    "anon.cli_rejected": ("Rejected {id} ({kind} {core}): left as written.",
                          "Afvist {id} ({kind} {core}): bevares som skrevet."),
    "anon.cli_merged": ("Merged {other} ({other_core}) into {id} ({core}): both replaced by {pseudonym}.",
                        "Flettet {other} ({other_core}) ind i {id} ({core}): begge erstattes af "
                        "{pseudonym}."),
    "anon.cli_pseudonym": ("Pseudonym of {id} ({core}) set to {pseudonym}.",
                           "Pseudonymet for {id} ({core}) er nu {pseudonym}."),
    "anon.cli_role": ("{id} ({core}) is now {role}: replaced by {pseudonym}.",
                      "{id} ({core}) er nu {role}: erstattes af {pseudonym}."),
    "anon.cli_destroyed": ("Destroyed the key file {path}.", "Nøglefilen {path} er destrueret."),
    "anon.cli_key_password_needed": (
        "Sealing writes an encrypted key file: name the variable that holds its password with "
        "--password-env VAR (or run the command in a terminal to type it); --plaintext-key writes the key "
        "unencrypted. Nothing was changed.",
        "Forseglingen skriver en krypteret nøglefil: angiv variablen med adgangskoden med --password-env "
        "VAR (eller kør kommandoen i en terminal for at skrive den); --plaintext-key skriver nøglen "
        "ukrypteret. Intet er ændret."),
    "anon.cli_plaintext_and_password": (
        "--plaintext-key and --password-env contradict each other: choose an encrypted key (a password) or "
        "an unencrypted one; nothing was changed.",
        "--plaintext-key og --password-env modsiger hinanden: vælg en krypteret nøgle (en adgangskode) eller "
        "en ukrypteret; intet er ændret."),
    "anon.cli_key_beside_project": (
        "Note: the key file {path} lies in the project's folder. Move it somewhere the project never goes "
        "(anyone who gets both can undo the pseudonymisation).",
        "Bemærk: nøglefilen {path} ligger i projektets mappe. Flyt den et sted hen, hvor projektet aldrig "
        "kommer (den, der får begge, kan fortryde pseudonymiseringen)."),
    "anon.cli_ask_password": ("Password for the key file: ", "Adgangskode til nøglefilen: "),
    "anon.cli_repeat_password": ("Repeat the password: ", "Gentag adgangskoden: "),
    "anon.cli_password_mismatch": ("The two passwords differ; nothing was changed.",
                                   "De to adgangskoder er forskellige; intet er ændret."),
    "anon.cli_password_short": ("Choose a password of at least {length} characters; nothing was changed.",
                                "Vælg en adgangskode på mindst {length} tegn; intet er ændret."),
    "anon.cli_backups_removed": (
        "{count} backup(s) made before the seal were deleted: they hold the original names.",
        "{count} sikkerhedskopi(er) fra før forseglingen er slettet: de indeholder de oprindelige navne.",
    ),
    "anon.cli_plaintext_warning": (
        "Warning: the key file {path} is NOT encrypted. Anyone who reads it can re-identify every "
        "participant: keep it off shared drives and destroy it (--destroy-key) when it is no longer needed.",
        "Advarsel: nøglefilen {path} er IKKE krypteret. Alle, der kan læse den, kan genidentificere alle "
        "deltagere: hold den væk fra delte drev, og destruér den (--destroy-key), når den ikke længere "
        "skal bruges."),
    # what a run did, on stdout
    "anon.cli_wrote": ("Wrote {n} pseudonymised file(s) to {path} ({entities} entities, {total} "
                       "replacements).",
                       "Skrev {n} pseudonymiserede fil(er) til {path} ({entities} enheder, {total} "
                       "erstatninger)."),
    "anon.cli_detected": (
        "Detected {mentions} mention(s): {entities} entities, {accepted} accepted, {pending} to review "
        "(--review says why; they are replaced until you reject them). The documents are unchanged; exports "
        "are pseudonymised.",
        "Fandt {mentions} forekomst(er): {entities} enheder, {accepted} accepteret, {pending} til "
        "gennemsyn (--review siger hvorfor; de erstattes, indtil du afviser dem). Dokumenterne er uændrede; "
        "eksporter pseudonymiseres."),
    "anon.cli_sealed": (
        "Sealed {documents} document(s): {replacements} replacements of {entities} entities. Key written "
        "to {path}.",
        "Forseglede {documents} dokument(er): {replacements} erstatninger af {entities} enheder. Nøglen er "
        "skrevet til {path}."),
    "anon.cli_sealed_encrypted": (
        "Sealed {documents} document(s): {replacements} replacements of {entities} entities. Key written "
        "to {path} (encrypted).",
        "Forseglede {documents} dokument(er): {replacements} erstatninger af {entities} enheder. Nøglen er "
        "skrevet til {path} (krypteret)."),
    "anon.cli_explained": ("{replaced} replaced, {review} review, {kept} kept, {dropped} dropped",
                           "{replaced} erstattes, {review} til gennemsyn, {kept} bevares, {dropped} "
                           "kasseret"),
})

MIN_PASSWORD = 8


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "anonymise", help="pseudonymise transcripts (files → --out DIR) or a project (.qcode)",
        description="Batch: qcode anonymise --out DIR FILES... (automatic decisions only). "
                    "Project: qcode anonymise PROJECT.qcode [--review | --accept ID | --seal ...].")
    p.add_argument("paths", nargs="+", metavar="PROJECT|FILE", help="a .qcode project, or .txt/.docx files")
    p.add_argument("--out", type=Path, help="batch: folder for the pseudonymised copies (same names)")
    p.add_argument("--report", action="store_true", help="print the entities found and their pseudonyms")
    p.add_argument("--keep-names", action="store_true",
                   help="batch: keep the original file names (they are pseudonymised by default)")
    p.add_argument("--explain", action="store_true",
                   help="print every decision and why: the detector, its rule, list or context, the "
                        "score, where a known name came from, and why a candidate was kept or dropped "
                        "(changes nothing)")
    p.add_argument("--review", action="store_true", help="project: list the register for review")
    p.add_argument("--accept", type=int, nargs="+", default=[], metavar="ID", help="project: accept entities")
    p.add_argument("--reject", type=int, nargs="+", default=[], metavar="ID", help="project: reject entities")
    p.add_argument("--merge", type=int, nargs=2, metavar=("KEEP", "OTHER"),
                   help="project: merge OTHER into KEEP, which keeps its pseudonym and role")
    p.add_argument("--pseudonym", nargs=2, metavar=("ID", "TEXT"), help="project: set an entity's pseudonym")
    p.add_argument("--role", nargs=2, metavar=("ID", "ROLE"),
                   help="project: make a person an interviewee (informant) or another person (person)")
    p.add_argument("--detect", action="store_true",
                   help="project: detect again even when combined with review or decisions")
    p.add_argument("--seal", action="store_true", help="project: make pseudonyms permanent")
    p.add_argument("--key-file", type=Path, help="where --seal writes the key (original ↔ pseudonym)")
    p.add_argument("--password-env", metavar="VAR",
                   help="the key's password is in $VAR (else it is asked for; --destroy-key: an old key's)")
    p.add_argument("--plaintext-key", action="store_true",
                   help="--seal: write the key unencrypted (anyone who reads it can re-identify everyone)")
    p.add_argument("--allow-pending", action="store_true",
                   help="seal even with undecided candidates (they are sealed replaced)")
    # Sealed files no longer keep digests of originals at all; the old switch is accepted and ignored.
    p.add_argument("--no-digests", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--destroy-key", type=Path, metavar="FILE",
                   help="project: destroy this project's key file (refused for any other file; logged)")
    p.add_argument("--style", choices=pseudonyms.PERSON_STYLES,
                   help="person pseudonyms: [Informant N]/[Person N], [navn] or substitute names")
    p.add_argument("--informant-label", metavar="TEXT",
                   help='interviewees become "[TEXT N]" (default Informant; "[…]" is used unnumbered)')
    p.add_argument("--other-label", metavar="TEXT",
                   help='other persons become "[TEXT N]" (default Person; e.g. "[navn]", unnumbered)')
    p.add_argument("--age-style", choices=pseudonyms.AGE_STYLES, help="ages: [40'erne] or [40-49 år]")
    p.add_argument("--places", type=Path, help="a file with your own place names, one per line")
    p.add_argument("--orgs", type=Path, help="a file with your own organisations, one per line")
    p.add_argument("--no-model", action="store_true", help="skip the statistical NER model")
    p.add_argument("--coder", help="project: work as this coder")
    p.set_defaults(handler=cmd_anonymise)


def _lines(path: Path | None) -> list[str]:
    if path is None:
        return []
    return [s.strip() for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]


def cmd_anonymise(args: argparse.Namespace) -> int:
    if args.explain:
        return _explain(args)
    if args.paths[0].endswith(SUFFIX):
        return _project_mode(args)
    return _batch_mode(args)


def _batch_mode(args: argparse.Namespace) -> int:

    style = pseudonyms.Settings.from_mapping({
        "anon.person_style": args.style, "anon.age_style": args.age_style,
        "anon.person_label": args.informant_label, "anon.other_label": args.other_label})
    if args.out is None and not args.report:
        raise QcodeError("anon.cli_no_out")
    def skipped(error: QcodeError) -> None:
        print(f"qcode: {error.message(ui_language())}", file=sys.stderr)

    paths = readable_sources([Path(p) for p in args.paths], skipped)
    if not paths:
        raise QcodeError("anon.batch_none")
    result, files = anonymise_files(paths, style=style, places=_lines(args.places),
                                     orgs=_lines(args.orgs), use_model=not args.no_model,
                                     progress=text_progress)
    if args.report:
        rows = [(info.kind, info.core, info.pseudonym, result.counts.get(i, 0))
                for i, info in sorted(result.view.by_id.items())]
        print_table(columns("kind", "original", "pseudonym", "replaced"), rows)
    if args.out is not None:
        written = write_outputs(result, files, args.out, keep_names=args.keep_names)
        total = sum(result.counts.values())
        print(_say("anon.cli_wrote", n=len(written), path=args.out, entities=len(result.view.by_id),
                   total=total))
    return 0


def _explain(args: argparse.Namespace) -> int:
    """Print the decisions for files or a project's documents; nothing is written or stored."""
    if args.paths[0].endswith(SUFFIX):
        project = open_project(args.paths[0], coder=args.coder)
        try:
            texts = [(d.name, get_document(project, d.id).text) for d in list_documents(project)]
            known = anon_register.known_map(project)
            places, orgs = anon_register.user_lists(project)
        finally:
            project.close()
    else:
        texts = [(Path(p).name, read_source(Path(p)).text) for p in args.paths]
        known, places, orgs = {}, _lines(args.places), _lines(args.orgs)
    decisions = explain_texts(texts, known=known, places=places, orgs=orgs, use_model=not args.no_model)
    rows = [(d.document, d.line, d.surface.replace("\n", " ")[:40], d.kind, value_word(d.decision),
             d.detector, f"{d.score:.2f}", d.why) for d in decisions]
    print_table(columns("document", "line", "text", "kind", "decision", "detector", "score", "why"), rows)
    counts = {state: sum(d.decision == state for d in decisions) for state in ("replaced", "review", "kept",
                                                                                 "dropped")}
    print(_say("anon.cli_explained", **counts))
    return 0


def _say(message_id: str, **params: object) -> str:
    """A confirmation line in the user's language (QCODE_LANG)."""
    english, danish = MESSAGES[message_id]
    return (danish if ui_language() == "da" else english).format(**params)


def _entity_id(value: str) -> EntityId:
    try:
        return EntityId(int(value))
    except ValueError:
        raise QcodeError("anon.cli_bad_id", value=value) from None


def _project_mode(args: argparse.Namespace) -> int:

    both = sorted(set(args.accept) & set(args.reject))
    if both:  # refused before the project is touched
        raise QcodeError("anon.cli_contradiction", ids=", ".join(map(str, both)))
    pseudonym_id = _entity_id(args.pseudonym[0]) if args.pseudonym else None
    role_id = _entity_id(args.role[0]) if args.role else None
    decisions = bool(args.accept or args.reject or args.merge or args.pseudonym or args.role)
    changes = (args.detect or decisions or args.seal or args.destroy_key or args.places or args.orgs
               or args.style or args.age_style or args.informant_label or args.other_label)
    # listing the register changes nothing: it may read a project another qcode has open for changes
    project = open_project(args.paths[0], coder=args.coder, read_only=bool(args.review and not changes))
    try:
        if args.places or args.orgs:
            with project.transaction():
                if args.places:
                    project.set_setting("anon.places", "\n".join(_lines(args.places)))
                if args.orgs:
                    project.set_setting("anon.orgs", "\n".join(_lines(args.orgs)))
        styles = {k: v for k, v in (("person_style", args.style), ("age_style", args.age_style),
                                    ("person_label", args.informant_label),
                                    ("other_label", args.other_label)) if v}
        if styles:
            anon_register.change_settings(project, **styles)
        if args.destroy_key:

            destroy_key(project, args.destroy_key, password=_password(args) if args.password_env else None)
            print(_say("anon.cli_destroyed", path=args.destroy_key))
            return 0
        if args.detect or not (args.review or decisions or args.seal):
            mentions = anon_register.detect_project(project, progress=text_progress,
                                                    use_model=not args.no_model)
            items = review.review_items(project)
            accepted = sum(i.entity.state == "accepted" for i in items)
            pending = sum(i.entity.state == "pending" for i in items)
            print(_say("anon.cli_detected", mentions=mentions, entities=len(items), accepted=accepted,
                       pending=pending))
        if decisions:
            for line in _decide(project, args, pseudonym_id, role_id):
                print(line)
        if args.review or args.report:
            rows = [(e.id, e.kind, e.core, e.pseudonym, value_word(e.state), why_text(i.why, ui_language()),
                     value_word(e.role), i.mentions, ", ".join(f for f in e.forms if f != e.core)[:30],
                     i.context[:70])
                    for i in review.review_items(project) for e in [i.entity]]
            print_table(columns("id", "kind", "original", "pseudonym", "state", "why", "role", "n",
                                "other forms", "context"), rows)
        if args.seal:
            return _seal(project, args)
    finally:
        project.close()
    return 0


def _decide(project: Project, args: argparse.Namespace, pseudonym_id: EntityId | None,
            role_id: EntityId | None) -> list[str]:
    """Apply the decisions of one call in one transaction (all or none); their confirmation lines.
    The ids come from argparse as ints and become EntityIds here."""

    def said(message_id: str, entity_id: EntityId, **extra: object) -> str:
        entity = get_entity(project, entity_id)
        return _say(message_id, id=entity.id, kind=entity.kind, core=entity.core,
                    pseudonym=entity.pseudonym, role=entity.role, **extra)

    lines = []
    with project.transaction():
        for entity_id in map(EntityId, args.accept):
            review.accept(project, entity_id)
            lines.append(said("anon.cli_accepted", entity_id))
        for entity_id in map(EntityId, args.reject):
            review.reject(project, entity_id)
            lines.append(said("anon.cli_rejected", entity_id))
        if args.merge:
            keep_id, other_id = map(EntityId, args.merge)
            other_core = get_entity(project, other_id).core
            review.merge(project, keep_id, other_id)
            lines.append(said("anon.cli_merged", keep_id, other=other_id, other_core=other_core))
        if pseudonym_id is not None:
            review.edit_pseudonym(project, pseudonym_id, args.pseudonym[1])
            lines.append(said("anon.cli_pseudonym", pseudonym_id))
        if role_id is not None:
            review.set_role(project, role_id, args.role[1])
            lines.append(said("anon.cli_role", role_id))
    return lines


def _password(args: argparse.Namespace) -> str:
    password = os.environ.get(args.password_env)
    if not password:
        raise QcodeError("anon.cli_password_env", name=args.password_env)
    return password


def _new_password(args: argparse.Namespace) -> str | None:
    """The new key's password: from --password-env, else typed twice at the terminal; None only with
    --plaintext-key."""
    if args.plaintext_key:
        if args.password_env:  # which one was meant? a key in clear text must never be a surprise
            raise QcodeError("anon.cli_plaintext_and_password")
        return None
    if args.password_env:
        password = _password(args)
        if len(password) < MIN_PASSWORD:
            raise QcodeError("anon.cli_password_short", length=MIN_PASSWORD)
        return password
    if not sys.stdin.isatty():
        raise QcodeError("anon.cli_key_password_needed")
    password = getpass.getpass(_say("anon.cli_ask_password"))
    if len(password) < MIN_PASSWORD:
        raise QcodeError("anon.cli_password_short", length=MIN_PASSWORD)
    if getpass.getpass(_say("anon.cli_repeat_password")) != password:
        raise QcodeError("anon.cli_password_mismatch")
    return password


def _seal(project: Project, args: argparse.Namespace) -> int:

    if args.key_file is None:
        raise QcodeError("anon.cli_key_file")
    password = _new_password(args)
    result = seal_project(project, args.key_file, password=password, plaintext_key=args.plaintext_key,
                          allow_pending=args.allow_pending)
    print(_say("anon.cli_sealed_encrypted" if password else "anon.cli_sealed", documents=result.documents,
               replacements=result.replacements, entities=result.entities, path=result.key_file),
          file=sys.stdout)
    if not password:
        print(_say("anon.cli_plaintext_warning", path=result.key_file), file=sys.stderr)
    if Path(result.key_file).resolve().parent == project.path.resolve().parent:
        print(_say("anon.cli_key_beside_project", path=result.key_file), file=sys.stderr)
    if result.removed_backups:
        print(_say("anon.cli_backups_removed", count=len(result.removed_backups)), file=sys.stderr)
    if result.compaction_pending is not None:  # sealed all the same: say so, and what is still to do
        print(f"qcode: {result.compaction_pending.message(ui_language())}", file=sys.stderr)
    return 0
