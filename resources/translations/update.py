"""Rebuild qcode's translations: extract strings from qcode/ui into qcode_da.ts (keeping existing
translations), then compile every .ts into the .qm files the app loads.

    .venv/bin/python resources/translations/update.py          # lupdate + lrelease
    .venv/bin/python resources/translations/update.py --release  # only lrelease (.ts -> .qm)

Translate new strings in qcode_da.ts with Qt Linguist (``pyside6-linguist``) or by editing the XML.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("da",)


def tool(name: str) -> str:
    """A Qt tool from the venv next to the interpreter, else from PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "qcode" / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts",
                        str(HERE / f"qcode_{lang}.ts")], cwd=ROOT, check=True)


def release() -> None:
    for ts in sorted(HERE.glob("qcode_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    if "--release" not in sys.argv:
        update()
    release()
