"""Save the README pictures of the lead's tools, in the Danish UI, on the known-history project of
tests/lead_history.py extended by ten more interviews (iv7–iv16, coded 12–21 March, where new codes taper
off: the last five add none), so the saturation curve looks like a real one:

    docs/overview.png          Analysis → Overview (the document table)
    docs/saturation.png        Analysis → Saturation
    docs/codebook_history.png  Analysis → Codebook history, the split selected
    docs/appendix_page1.png …  the Danish methods appendix, rendered with LibreOffice and pdftoppm

    .venv/bin/python tests/ui/lead_pictures.py [OUT_DIR]

Not a test (pytest does not collect it); run it after visible changes and look at the results.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QCODE_LANG", "da")
os.environ.setdefault("TZ", "Europe/Copenhagen")
_tmp = tempfile.mkdtemp()
os.environ["XDG_CONFIG_HOME"] = str(Path(_tmp) / "config")
os.environ["XDG_DATA_HOME"] = str(Path(_tmp) / "data")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

# (interview, day in March, [(sentence, code path)]); codes new to the project are created on first use
MORE = [
    ("iv7", 12, [("Huslejen æder hele pensionen.", "økonomi"),
                 ("Jeg er alene om aftenen.", "ensomhed/social"),
                 ("Lægen siger, jeg skal gå mere.", "helbred")]),
    ("iv8", 13, [("Jeg har ikke råd til bussen.", "økonomi"),
                 ("Min datter kommer om lørdagen.", "netværk"),
                 ("Kirken er mit faste holdepunkt.", "tro")]),
    ("iv9", 14, [("Ryggen gør ondt hver dag.", "helbred"),
                 ("Jeg skammer mig over regningerne.", "skam"),
                 ("Jeg går til banko om torsdagen.", "fritid")]),
    ("iv10", 15, [("Pengene slipper op før den første.", "økonomi"),
                  ("Ingen ringer til mig.", "ensomhed/social"),
                  ("Lejligheden er kold om vinteren.", "bolig")]),
    ("iv11", 16, [("Jeg beder hver aften.", "tro"),
                  ("Jeg savner min mand.", "ensomhed/emotionel"),
                  ("Jeg er med i et gåhold.", "netværk/gåhold")]),
    ("iv12", 17, [("Naboen hjælper med indkøb.", "netværk"), ("Medicinen er dyr.", "økonomi")]),
    ("iv13", 18, [("Jeg føler mig set ned på.", "skam"), ("Jeg går i klubben.", "fritid")]),
    ("iv14", 19, [("Jeg drømmer om en altan.", "ønsker"), ("Om natten er det værst.", "ensomhed/emotionel")]),
    ("iv15", 20, [("Gåholdet er det bedste i ugen.", "netværk/gåhold"),
                  ("Benene vil ikke mere.", "helbred")]),
    ("iv16", 21, [("Jeg går i kirke om søndagen.", "tro"), ("Jeg har ikke råd til tandlægen.", "økonomi")]),
]


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(8):
        QApplication.processEvents()


def build_project(folder: Path):
    """The known-history project plus iv7–iv16; open (the caller closes it)."""
    from lead_history import build, install_clock

    from qcode.core.cases import add_case, link_document, set_attribute
    from qcode.core.codebook import ensure_code_path
    from qcode.core.codings import add_coding
    from qcode.core.documents import add_document

    clock = install_clock(setattr)
    history = build(folder / "ældreliv.qcode", clock)
    project = history.project
    for number, (name, day, sentences) in enumerate(MORE, start=7):
        clock.day(1)
        text = "Interviewer: Fortæl om din hverdag.\nInformant: " + " ".join(s for s, _ in sentences) + "\n"
        doc = add_document(project, name, text)
        case = add_case(project, f"P{number}")
        link_document(project, doc, case)
        set_attribute(project, case, "alder", str(60 + number), "number")
        set_attribute(project, case, "køn", "kvinde" if number % 2 else "mand")
        clock.day(day)
        for sentence, path in sentences:
            start = text.index(sentence)
            add_coding(project, doc, ensure_code_path(project, path), start, start + len(sentence),
                       history.coders["anna"])
    return history


def grab_views(window, folder: Path) -> None:
    from qcode.ui.analysis import open_analysis
    from qcode.ui.dialogs.codebook_history import open_history

    overview = open_analysis(window, window.workspace.events, "overview")
    analysis = overview.window()
    analysis.resize(1280, 640)
    _settle()
    analysis.grab().save(str(folder / "overview.png"))
    saturation = open_analysis(window, window.workspace.events, "saturation")
    saturation.view.setColumnWidth(0, 60)
    _settle()
    analysis.grab().save(str(folder / "saturation.png"))
    analysis.close()
    dialog = open_history(window, window.workspace.events)
    dialog.resize(1240, 640)
    dialog.select_row(1)
    _settle()
    dialog.grab().save(str(folder / "codebook_history.png"))
    dialog.close()


def render_appendix(project, folder: Path) -> list[Path]:
    """The Danish appendix as .docx → PDF (LibreOffice) → one PNG per page (pdftoppm)."""
    from qcode.export.run import export_methods_appendix

    work = Path(tempfile.mkdtemp())
    docx = work / "metodebilag.docx"
    export_methods_appendix(project, docx, "da", acknowledge_warnings=True)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None or shutil.which("pdftoppm") is None:
        print("LibreOffice or pdftoppm missing: apt-get install -y libreoffice-writer-nogui poppler-utils")
        return []
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{work}/lo", "--convert-to", "pdf",
                    "--outdir", str(work), str(docx)], check=True, capture_output=True, timeout=300)
    for old in folder.glob("appendix_page*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(work / "metodebilag.pdf"),
                    str(folder / "appendix_page")], check=True, timeout=300)
    pages = sorted(folder.glob("appendix_page*.png"))
    for page in pages:  # pdftoppm numbers with leading zeros when there are ten pages or more
        page.rename(page.with_name(f"appendix_page{int(page.stem.split('-')[-1])}.png"))
    return sorted(folder.glob("appendix_page*.png"))


def main(argv: list[str]) -> int:
    from qcode.ui import settings
    from qcode.ui.app import application
    from qcode.ui.i18n import install_language
    from qcode.ui.main_window import MainWindow

    application()
    install_language("da")
    settings.set_coder_name("anna")
    folder = Path(argv[0]) if argv else ROOT / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    history = build_project(Path(_tmp))
    window = MainWindow(history.project)
    window.resize(1280, 800)
    window.show()
    _settle()
    grab_views(window, folder)
    for page in render_appendix(history.project, folder):
        print(page)
    window.close()
    print(*(folder / n for n in ("overview.png", "saturation.png", "codebook_history.png")), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
