"""Typed access to qcode's QSettings: window layout, recent projects, UI language, coding options, the
quote workbench's last choices. Project data (codes, coders, pseudonyms) never goes here; it lives in the
project file."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

ORGANISATION = "qcode"
APPLICATION = "qcode"
SETTINGS_VERSION = 1
MAX_RECENT = 8


def init_names() -> None:
    """Set organisation and application names once, before any QSettings is made."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


def _config_dir() -> str:
    return os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")


def _settings() -> QSettings:
    # Qt reads XDG_CONFIG_HOME once per process; follow it on every access so that tests (and
    # tools) that point it elsewhere never touch the user's real settings.
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, _config_dir())
    s = QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANISATION, APPLICATION)
    if int(s.value("settings_version", 0) or 0) < SETTINGS_VERSION:
        s.setValue("settings_version", SETTINGS_VERSION)  # migrations go here when keys change
    return s


def _recent_list() -> list[Path]:
    value = _settings().value("recent_projects", []) or []
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in value]


def recent_projects() -> list[Path]:
    """Recently opened project files that exist now, newest first."""
    return [p for p in _recent_list() if p.is_file()]


def add_recent_project(path: Path) -> None:
    """Put a project at the top of the recent list. Entries whose file is missing for now (a USB stick,
    a network drive) keep their place instead of dropping out; the same file under another spelling
    of its path is one entry."""
    path = Path(path).resolve()
    current = _recent_list()
    items = [str(path)] + [str(p) for p in current if p.resolve() != path]
    if items[:MAX_RECENT] != [str(p) for p in current]:  # reopening the newest one writes nothing
        _settings().setValue("recent_projects", items[:MAX_RECENT])


def language() -> str:
    """'da', 'en', or '' for 'follow the system'."""
    return str(_settings().value("language", "") or "")


def set_language(code: str) -> None:
    """Remember the UI language ('da', 'en' or '' for the system's)."""
    _settings().setValue("language", code)


def snap_to_words() -> bool:
    """Whether a selection is widened to whole words before coding (default on)."""
    return str(_settings().value("snap_to_words", "true")).lower() == "true"


def set_snap_to_words(on: bool) -> None:
    """Turn snapping selections to whole words on or off."""
    _settings().setValue("snap_to_words", "true" if on else "false")


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    """Saved (geometry, dock state) of the main window."""
    s = _settings()
    return s.value("window/geometry"), s.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    """Remember the main window's geometry and dock layout."""
    s = _settings()
    if (s.value("window/geometry"), s.value("window/state")) != (geometry, state):  # else no write
        s.setValue("window/geometry", geometry)
        s.setValue("window/state", state)


def coder_name() -> str:
    """The coder name chosen by the user ('' until it is asked on first start)."""
    return str(_settings().value("coder/name", "") or "").strip()


def set_coder_name(name: str) -> None:
    """Remember who codes on this machine (codings and the change log carry the name)."""
    _settings().setValue("coder/name", name.strip())


def _project_key(project_path: Path) -> str:
    # one group per project file; a hash, so the settings file does not list the user's project paths
    return "quote_workbench/" + hashlib.sha256(str(project_path.resolve()).encode("utf-8")).hexdigest()[:16]


def quote_workbench_choices(project_path: Path) -> dict[str, object]:
    """What the quote workbench showed last for this project (ticked codes and display options; never the
    free-text title, which may hold a name); empty the first time."""
    raw = _settings().value(_project_key(project_path), "")
    try:
        value = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save_quote_workbench_choices(project_path: Path, choices: dict[str, object]) -> None:
    """Remember the quote workbench's choices for this project."""
    _settings().setValue(_project_key(project_path), json.dumps(choices))
