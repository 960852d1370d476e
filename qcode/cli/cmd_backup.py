"""CLI: keep the project safe (`check`, `backup`, `restore`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qcode.cli.common import add_project_argument, columns, opened, print_table, text_progress
from qcode.core import backup as backups
from qcode.core.errors import ProjectError, register_messages, say, ui_language
from qcode.core.integrity import full_check, repair
from qcode.core.migrations import latest_version
from qcode.core.project import open_project
from qcode.core.restore import restore_backup

register_messages({
    "cli.check_problems": ("{count} problem(s) found in {path}:", "{count} fejl fundet i {path}:"),
    "cli.check_after_repair": ("Still wrong after the repair:", "Stadig forkert efter rettelsen:"),
    "cli.backup_folder_set": ("Automatic backups of {name} now go to {folder} (keeping {keep}).",
                              "Automatiske sikkerhedskopier af {name} lægges nu i {folder} (der gemmes "
                              "{keep})."),
    "cli.restore_which": ("Restoring {backup} ({taken}).", "Gendanner {backup} ({taken})."),
})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="check the project file, its codings, texts and search index",
        description="Check that the file is whole (SQLite's integrity and foreign-key checks), that every "
        "document's text is the one its codings were made on, that codings and speaker turns lie inside "
        "their texts and that the search index agrees with the texts. Exit code 1 when something is "
        "wrong; --repair fixes what can be fixed without guessing.")
    add_project_argument(p)
    p.add_argument("--repair", action="store_true",
                   help="fix what can be fixed (search index, digests, NUL characters, offsets past the "
                   "end), in one transaction, logged")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "backup", help="back up the project now, or list or configure its backups",
        description="Copy the project into its backup folder (PROJECT.qcode-backups beside it, unless "
        "another folder was set). qcode also makes a rotating backup when it opens a project that "
        "changed since the last one.")
    add_project_argument(p)
    p.add_argument("--folder", type=Path, help="write this backup to FOLDER")
    p.add_argument("--set-folder", type=Path, metavar="FOLDER",
                   help="put this project's automatic backups in FOLDER from now on")
    p.add_argument("--keep", type=int, metavar="N", help="keep the N newest automatic backups (default 5)")
    p.add_argument("--list", action="store_true", help="list the backups instead of making one")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", help="put a backup in place of the project",
        description="Restore the newest backup (or BACKUP). The project must not be open elsewhere. Its "
        "current state is kept as a backup first, or, if it is too damaged to read, kept beside it.")
    p.add_argument("project", metavar="PROJECT", help="the .qcode project file")
    p.add_argument("backup", nargs="?", type=Path, metavar="BACKUP",
                   help="the backup file (default: the newest)")
    p.add_argument("--from", dest="folder", type=Path, metavar="FOLDER",
                   help="look for backups in FOLDER too")
    p.add_argument("--list", action="store_true", help="list the backups instead of restoring")
    p.set_defaults(handler=cmd_restore)


def cmd_check(args: argparse.Namespace) -> int:
    lang = ui_language()
    with opened(args, read_only=not args.repair) as project:
        report = full_check(project, text_progress)
        if report.ok:
            print(say("check.ok", lang, path=project.path, documents=report.documents,
                      codings=report.codings))
            return 0
        print(say("cli.check_problems", lang, count=len(report.problems), path=project.path))
        for line in report.lines(lang):
            print(f"- {line}")
        if not args.repair:
            return 1
        repaired = repair(project, report)
        if repaired:
            print(say("check.repaired", lang, what=", ".join(repaired)))
        after = full_check(project)
    if after.ok:
        return 0
    print(say("cli.check_after_repair", lang))
    for line in after.lines(lang):
        print(f"- {line}")
    return 1


def _print_backups(found: list[backups.Backup]) -> None:
    print_table(columns("taken", "kind", "size", "file"),
                [(b.taken_at.isoformat(sep=" "), b.kind, f"{b.size / 1e6:.1f} MB", b.path) for b in found])


def cmd_backup(args: argparse.Namespace) -> int:
    lang = ui_language()
    if args.list:
        with opened(args, read_only=True) as project:
            found = backups.list_backups(project.path, [backups.backup_folder(project)])
        _print_backups(found)
        return 0
    if args.set_folder is not None or args.keep is not None:
        with opened(args) as project:
            if args.set_folder is not None:
                project.set_setting(backups.FOLDER_SETTING, str(args.set_folder.absolute()))
            if args.keep is not None:
                project.set_setting(backups.KEEP_SETTING, str(max(1, args.keep)))
            print(say("cli.backup_folder_set", lang, name=project.path.name,
                      folder=backups.backup_folder(project),
                      keep=project.get_setting(backups.KEEP_SETTING) or backups.KEEP))
        return 0
    # A backup only reads: it works while another qcode has the project open.
    with opened(args, read_only=True) as project:
        made = backups.create_backup(project, args.folder)
    print(say("backup.made", lang, name=Path(args.project).name, path=made.path))
    return 0


def _folders(project_path: Path, extra: Path | None) -> list[Path]:
    """Where to look for backups: the project's chosen folder (read without opening it for changes, as
    it may be damaged) and the one given."""
    folders = [extra] if extra else []
    try:
        with open_project(project_path, read_only=True) as project:
            folders.append(backups.backup_folder(project))
    except ProjectError:
        pass  # damaged or missing: the default folder and --from still count
    return folders


def cmd_restore(args: argparse.Namespace) -> int:
    lang = ui_language()
    project_path = Path(args.project)
    found = backups.list_backups(project_path, _folders(project_path, args.folder))
    if args.list:
        _print_backups(found)
        return 0
    if args.backup is not None:
        chosen = args.backup
    elif found:
        chosen = found[0].path
        print(say("cli.restore_which", lang, backup=chosen.name, taken=found[0].taken_at.isoformat(sep=" ")),
              file=sys.stderr)
    else:
        raise ProjectError("backup.none", name=project_path.name,
                           folder=backups.default_folder(project_path))
    result = restore_backup(project_path, chosen, latest_version=latest_version())
    with open_project(project_path, backup=False) as project, project.transaction():
        # opening migrates an older backup forward; the log says what happened to the file
        project.log("restore_backup", "project", None, backup=Path(chosen).name)
    print(say("backup.restored", lang, name=project_path.name, backup=Path(chosen).name))
    if result.kept is not None:
        print(say("backup.kept", lang, path=result.kept))
    if result.damaged is not None:
        print(say("backup.damaged_kept", lang, path=result.damaged))
    return 0
