"""Save the README pictures, grabbed offscreen on the demo project in the Danish UI:
docs/screenshot.png (main window), docs/screenshot_export.png (quote export dialog) and
docs/screenshot_anonymise.png (anonymisation review after detection).

    .venv/bin/python tests/ui/screenshot_tool.py [OUT_DIR]

Not a test (pytest does not collect it); run it after visible changes and look at the results.
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


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def grab_main(window, out: Path) -> None:
    """The coding workspace with the code 'ensomhed' selected."""
    from qcode.core.memos import add_memo

    ws = window.workspace
    codes = {c.name: c.id for c in ws.codebook.codes()}
    code = codes.get("ensomhed", next(iter(codes.values())))
    # A memo on the code (in the private demo copy), so the memo panel shows what it is for.
    memo = add_memo(window.project, "Ensomhed efter tab", "Birgit knytter stilheden til mandens død; "
                    "sammenlign med Jonas, hvor ensomheden følger bruddet med familien.", code_id=code)
    ws.tree.select_code(code)
    _settle()
    items = [ws.memos.list.item(i) for i in range(ws.memos.list.count())]
    ws.memos.list.setCurrentItem(next(i for i in items if i.data(0x0100) == memo))
    _settle()
    window.grab().save(str(out))


def grab_export(window, out: Path) -> None:
    """The quote workbench with the first two codes ticked."""
    from qcode.ui.dialogs.export_dialog import open_export

    dialog = open_export(window, window.workspace.events)
    dialog.resize(1360, 800)
    from PySide6.QtCore import Qt

    codes = dialog.choices.code_list
    for row in range(min(2, codes.count())):
        codes.item(row).setCheckState(Qt.Checked)
    _settle()
    dialog.grab().save(str(out))
    dialog.close()


def grab_anonymise(window, out: Path) -> None:
    """The review queue after detection over every demo document (run here, not in a thread)."""
    from qcode.anonymise import register
    from qcode.ui.dialogs.anonymise_review import AnonymiseReviewDialog, _detect_job

    project = window.project
    places, orgs = register.user_lists(project)
    found = _detect_job(register.detection_input(project), register.known_map(project), places, orgs,
                        lambda *a: None, lambda: False)
    register.store_detections(project, found)
    dialog = AnonymiseReviewDialog(window, window.workspace.events)
    dialog.resize(1200, 620)
    dialog.show()
    _settle()
    dialog.grab().save(str(out))
    dialog.close()


def main(argv: list[str]) -> int:
    from qcode.ui import settings
    from qcode.ui.app import application, create_window

    application()
    settings.set_coder_name("anna")
    window = create_window(["--demo"])
    window.resize(1360, 820)
    window.show()
    folder = Path(argv[0]) if argv else ROOT / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    for name, grab in (("screenshot.png", grab_main), ("screenshot_export.png", grab_export),
                       ("screenshot_anonymise.png", grab_anonymise)):
        grab(window, folder / name)
        print(folder / name)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
