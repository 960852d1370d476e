"""The bundled demo project: three short synthetic Danish interviews, the default codebook with a few
sub-codes, cases with attributes, and codings already made. Built from ``resources/demo`` on first use."""

from __future__ import annotations

import json
import os
from pathlib import Path

from qcode.core.cases import ensure_case, link_document, set_attribute
from qcode.core.codebook import ensure_code_path
from qcode.core.coders import ensure_coder
from qcode.core.codings import add_coding
from qcode.core.documents import find_document
from qcode.core.inspection import peek_setting
from qcode.core.project import Project, create_project
from qcode.io.importing import import_documents
from qcode.resources import resource

DEMO_VERSION = "1"


def data_dir() -> Path:
    """qcode's per-user data folder (XDG_DATA_HOME/qcode, else ~/.local/share/qcode)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "qcode"


def build_demo(path: str | Path) -> Path:
    """Create the demo project at ``path`` (which must not exist) and return its path."""
    source = resource("demo")
    spec = json.loads((source / "codings.json").read_text(encoding="utf-8"))
    project = create_project(path, coder=spec["coder"])
    try:
        with project.transaction():
            report = import_documents(project, sorted(source.glob("*.txt")))
            if report.skipped:
                raise RuntimeError(f"demo transcripts could not be read: {report.skipped}")
            _add_codings(project, spec)
            _add_cases(project, spec)
            project.set_setting("demo_version", DEMO_VERSION)
    finally:
        path = project.path
        project.close()
    return path


def _add_codings(project: Project, spec: dict) -> None:
    coder_id = ensure_coder(project, spec["coder"])
    for item in spec["codings"]:
        document = find_document(project, item["document"])
        start = document.text.index(item["text"])
        code_id = ensure_code_path(project, item["code"])
        add_coding(project, document.id, code_id, start, start + len(item["text"]), coder_id)


def _add_cases(project: Project, spec: dict) -> None:
    for name, attributes in spec["cases"].items():
        case_id = ensure_case(project, name)
        link_document(project, find_document(project, f"interview_{name.lower()}").id, case_id)
        for attribute, value in attributes.items():
            set_attribute(project, case_id, attribute, value, "number" if value.isdigit() else "text")


def demo_project_path() -> Path:
    """The demo project in the user's data folder, built (or rebuilt when outdated) on first use."""
    path = data_dir() / "demo.qcode"
    if path.exists() and not _is_current(path):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    if not path.exists():
        build_demo(path)
    return path


def _is_current(path: Path) -> bool:
    return peek_setting(path, "demo_version") == DEMO_VERSION
