"""Rebuild qcode's translations: extract strings from qcode/ui into qcode_da.ts (keeping existing
translations), then compile every .ts into the .qm files the app loads.

    .venv/bin/python resources/translations/update.py          # lupdate + lrelease
    .venv/bin/python resources/translations/update.py --release  # only lrelease (.ts -> .qm)

Translate new strings in qcode_da.ts with Qt Linguist (``pyside6-linguist``) or by editing the XML.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("da",)


def tool(name: str) -> str:
    """A Qt tool from the venv next to the interpreter, else from PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


# A module-level helper ``def _tr(text): return QCoreApplication.translate("Context", text)`` is
# invisible to lupdate, which only knows tr()/translate(); its calls are extracted here instead.
HELPER = re.compile(r'def (\w+)\(text: str\) -> str:\s*\n\s*'
                    r'return QCoreApplication\.translate\("(\w+)", text\)')


def helper_calls(path: Path) -> Iterator[tuple[str, str]]:
    """(context, text) for every literal passed to the file's translate helper, if it has one."""
    source = path.read_text(encoding="utf-8")
    found = HELPER.search(source)
    if found is None:
        return
    name, context = found.groups()
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
                and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            yield context, node.args[0].value


def update() -> None:
    files = sorted((ROOT / "qcode" / "ui").rglob("*.py"))
    # A fixed path (deleted again) keeps the .ts locations stable from run to run.
    shim = HERE / "_helper_strings.py"
    calls = [f"QCoreApplication.translate({json.dumps(c)}, {json.dumps(t, ensure_ascii=False)})\n"
             for path in files for c, t in helper_calls(path)]
    shim.write_text("".join(calls), encoding="utf-8")
    try:
        sources = [str(p.relative_to(ROOT)) for p in files] + [str(shim.relative_to(ROOT))]
        for lang in LANGUAGES:
            subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts",
                            str(HERE / f"qcode_{lang}.ts")], cwd=ROOT, check=True)
    finally:
        shim.unlink(missing_ok=True)


def release() -> None:
    for ts in sorted(HERE.glob("qcode_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    if "--release" not in sys.argv:
        update()
    release()
