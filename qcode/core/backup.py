"""Backups of the project file: a rotating copy made when a project is opened, copies on request, and
the list of those there are (restoring one is :mod:`qcode.core.restore`'s).

Copies are made with SQLite's online backup API from the open connection, so a copy is always a
consistent project even while another qcode reads it; each is written under a temporary name and renamed
only when whole, so a kill or a full disk never leaves a half copy that looks like a backup. They go in
``PROJECT.qcode-backups/`` beside the project unless the project names another folder
(``backup.folder``). Automatic copies rotate (``backup.keep``, default 5); copies made on request and the
copy kept before a restore are never deleted by the rotation. A sealed project has its unsealed copies
removed: they hold the original names the seal took out.
No Qt.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.errors import register_messages
from qcode.core.storage import StorageError, translate, write_error

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "backup.none": ("There is no backup of {name} in {folder}.",
                    "Der er ingen sikkerhedskopi af {name} i {folder}."),
    "backup.made": ("Backed up {name} to {path}.", "Sikkerhedskopierede {name} til {path}."),
    "backup.failed": ("No backup was made on opening ({reason}).",
                      "Der blev ikke lavet en sikkerhedskopi ved åbningen ({reason})."),
})

KEEP = 5  # automatic copies kept
INTERVAL = timedelta(minutes=10)  # no automatic copy if the newest is younger (scripts open often)
FOLDER_SETTING = "backup.folder"
KEEP_SETTING = "backup.keep"
SEALED_AT = "anon.sealed_at"  # the anonymiser's seal time (qcode.anonymise.state.SEALED_AT)
AUTO, MANUAL, BEFORE_RESTORE = "auto", "manual", "before-restore"
STAMP = "%Y-%m-%d_%H%M%S"
_PARTIAL_AGE = 3600  # a temporary copy older than this was left by a killed qcode


@dataclass(frozen=True)
class Backup:
    """One backup file of a project."""

    path: Path
    taken_at: datetime
    kind: str  # AUTO, MANUAL or BEFORE_RESTORE
    size: int


def default_folder(project_path: Path) -> Path:
    """``PROJECT.qcode-backups`` beside the project."""
    project_path = Path(project_path).absolute()
    return project_path.with_name(project_path.name + "-backups")


def backup_folder(project: Project) -> Path:
    """Where this project's backups go (its ``backup.folder`` setting, else beside it)."""
    chosen = project.get_setting(FOLDER_SETTING)
    return Path(chosen) if chosen else default_folder(project.path)


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}\.(\d{{4}}-\d\d-\d\d_\d{{6}})(?:-(\d+))?"
                      rf"(?:\.({MANUAL}|{BEFORE_RESTORE}))?\.qcode$")


def _taken_at(stamp: str) -> datetime:
    """The time in a backup's name (``STAMP``, digits checked by the name pattern). Not strptime: its
    first call in a process loads the locale's calendar and compiles its patterns (~3 ms at every start)."""
    return datetime(int(stamp[0:4]), int(stamp[5:7]), int(stamp[8:10]), int(stamp[11:13]), int(stamp[13:15]),
                    int(stamp[15:17]))


def list_backups(project_path: Path, folders: Iterable[Path] = ()) -> list[Backup]:
    """The backups of a project (in its default folder and ``folders``), newest first."""
    project_path = Path(project_path)
    pattern = _pattern(project_path.stem)
    found: dict[Path, tuple[int, Backup]] = {}
    for folder in (default_folder(project_path), *folders):
        try:
            entries = list(Path(folder).iterdir())
        except OSError:
            continue
        for entry in entries:
            match = pattern.match(entry.name)
            if not match:
                continue
            try:
                stat = entry.stat()
                taken = _taken_at(match.group(1))
            except (OSError, ValueError):
                continue
            # within one second the name's time ties: the file's own time orders them
            found[entry.resolve()] = (stat.st_mtime_ns, Backup(entry, taken, match.group(3) or AUTO,
                                                               stat.st_size))
    ordered = sorted(found.values(), key=lambda item: (item[1].taken_at, item[0]), reverse=True)
    return [backup for _mtime, backup in ordered]


def backup_target(folder: Path, stem: str, kind: str) -> Path:
    """A new backup's path in ``folder``: the project's name, the time and the kind (a name not taken)."""
    stamp = datetime.now().strftime(STAMP)
    suffix = "" if kind == AUTO else f".{kind}"
    candidate, number = folder / f"{stem}.{stamp}{suffix}.qcode", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}.{stamp}-{number}{suffix}.qcode"
    return candidate


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows it)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a whole, self-contained copy of ``source`` to ``target`` (which must not exist): to a
    temporary name first, renamed when complete; nothing is left behind on failure."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        dest = sqlite3.connect(str(temporary))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one file, readable from read-only media
            dest.commit()
        finally:
            dest.close()
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_dir(target.parent)
    except BaseException:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise


def create_backup(project: Project, folder: Path | None = None, *, kind: str = MANUAL) -> Backup:
    """Copy the project into its backup folder (or ``folder``) now; raises :class:`StorageError` when
    the copy cannot be written (it leaves nothing behind then)."""
    folder = Path(folder) if folder is not None else backup_folder(project)
    target = folder / "?"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = backup_target(folder, project.path.stem, kind)
        copy_database(project.conn, target)
    except sqlite3.Error as error:
        raise translate(error, target) or StorageError("file.write_failed", path=str(target),
                                                       detail=str(error)) from None
    except OSError as error:
        raise write_error(error, target) from None
    made = Backup(target, datetime.now(), kind, target.stat().st_size)
    _remove_partials(folder, project.path.stem)
    if kind == AUTO:
        prune(project, folder, keep_also=target)
    return made


def _remove_partials(folder: Path, stem: str) -> None:
    """Temporary copies a killed qcode left behind (old enough that no running copy owns them)."""
    try:
        entries = list(folder.glob(f".{stem}.*.partial*"))
    except OSError:
        return
    for entry in entries:
        try:
            if time.time() - entry.stat().st_mtime > _PARTIAL_AGE:
                entry.unlink()
        except OSError:
            continue


def prune(project: Project, folder: Path | None = None, *, keep_also: Path | None = None) -> list[Path]:
    """Delete automatic backups beyond the newest ``backup.keep`` (never ``keep_also``, the one just
    made); returns what was deleted."""
    folder = Path(folder) if folder is not None else backup_folder(project)
    try:
        keep = max(1, int(project.get_setting(KEEP_SETTING) or KEEP))
    except ValueError:
        keep = KEEP
    automatic = [b for b in list_backups(project.path, [folder]) if b.kind == AUTO
                 and b.path.parent.resolve() == folder.resolve()]
    removed = []
    for old in automatic[keep:]:
        if keep_also is not None and old.path == keep_also:
            continue
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            continue
    return removed


def _fingerprint(conn: sqlite3.Connection) -> tuple[int, ...]:
    """Changes to a project show here: the change log only grows, codings and documents come and go."""
    row = conn.execute(
        "SELECT (SELECT coalesce(max(id), 0) FROM change_log), (SELECT count(*) FROM change_log), "
        "(SELECT coalesce(max(id), 0) FROM codings), (SELECT count(*) FROM codings), "
        "(SELECT count(*) FROM documents)").fetchone()
    return tuple(row)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup (or any file that must not change)."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def auto_backup(project: Project, *, interval: timedelta | None = None) -> Backup | None:
    """The backup made on open: only when the project changed since the newest backup and that one is
    older than ``interval`` (default :data:`INTERVAL`). Raises :class:`StorageError` if the copy
    cannot be written."""
    interval = INTERVAL if interval is None else interval
    folder = backup_folder(project)
    existing = list_backups(project.path, [folder])
    if existing:
        newest = existing[0]
        if datetime.now() - newest.taken_at < interval:
            return None
        try:
            conn = open_read_only(newest.path)
            try:
                unchanged = _fingerprint(conn) == _fingerprint(project.conn)
            finally:
                conn.close()
        except sqlite3.Error:
            unchanged = False  # a damaged newest backup: make a good one
        if unchanged:
            return None
    return create_backup(project, folder, kind=AUTO)


def remove_unsealed_backups(project: Project) -> list[Path]:
    """After a seal: delete every backup of this project that is not sealed (it holds the original names
    the seal took out of the project); returns the deleted files."""
    removed = []
    for backup in list_backups(project.path, [backup_folder(project)]):
        try:
            conn = open_read_only(backup.path)
            try:
                row = conn.execute("SELECT value FROM project_info WHERE key = ?", [SEALED_AT]).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            row = None  # unreadable: it may still hold names, so it goes too
        if row is None:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                continue
    return removed


def latest_backup(project_path: Path, folders: Iterable[Path] = ()) -> Backup | None:
    """The newest backup of a project, if any."""
    backups = list_backups(project_path, folders)
    return backups[0] if backups else None


def set_backup_options(project: Project, folder: Path | None, keep: int) -> None:
    """Where automatic backups go (None: beside the project) and how many are kept (at least 1)."""
    with project.transaction():
        project.set_setting(FOLDER_SETTING, str(Path(folder).absolute()) if folder else "")
        project.set_setting(KEEP_SETTING, str(max(1, int(keep))))


def backup_keep(project: Project) -> int:
    """How many automatic backups are kept."""
    try:
        return max(1, int(project.get_setting(KEEP_SETTING) or KEEP))
    except ValueError:
        return KEEP
