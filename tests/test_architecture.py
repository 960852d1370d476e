"""Boundaries: the headless packages never import Qt, and only qcode/core writes SQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "qcode"
HEADLESS = ("core", "anonymise", "io", "analysis")


def test_headless_packages_do_not_load_qt():
    imports = "; ".join(
        f"import qcode.{p.relative_to(PACKAGE.parent).with_suffix('').as_posix().replace('/', '.')[6:]}"
        for package in HEADLESS for p in sorted((PACKAGE / package).rglob("*.py"))
        if p.name != "__init__.py" or p.parent != PACKAGE
    )
    code = f"import sys; {imports}; print([m for m in sys.modules if m.startswith('PySide6')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_sql_outside_core():
    pattern = re.compile(r"\.execute\(|import sqlite3|sqlite_utils")
    offenders = [
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
        if p.parts[len(PACKAGE.parts)] != "core" and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
