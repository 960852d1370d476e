"""Save docs/screenshot.png: the main window on the demo project, grabbed offscreen.

    .venv/bin/python tests/ui/screenshot_tool.py [out.png]

Not a test (pytest does not collect it); run it after visible changes and look at the result.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QCODE_LANG", "da")
# A private settings/data folder so the user's recent files and layout do not leak into the picture.
_tmp = tempfile.mkdtemp()
os.environ["XDG_CONFIG_HOME"] = str(Path(_tmp) / "config")
os.environ["XDG_DATA_HOME"] = str(Path(_tmp) / "data")

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from qcode.ui.app import application, create_window

    app = application()
    window = create_window(["--demo"])
    window.resize(1360, 820)
    window.show()
    ws = window.workspace
    codes = {c.name: c.id for c in ws.codebook.codes()}
    ws.tree.select_code(codes.get("ensomhed", next(iter(codes.values()))))
    app.processEvents()
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshot.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    window.grab().save(str(out))
    print(out)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
