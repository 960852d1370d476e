"""Render qcode's SVG icon to the PNG sizes a Linux desktop looks up (hicolor theme), with Qt's own
SVG renderer so the build needs no other tool.

    .venv/bin/python packaging/render_icons.py resources/icons/qcode.svg OUT/usr/share/icons/hicolor
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, hicolor: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write ``hicolor/NxN/apps/qcode.png`` for each size and ``scalable/apps/qcode.svg``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = hicolor / f"{size}x{size}" / "apps" / "qcode.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise SystemExit(f"render_icons: could not write {out}")
        written.append(out)
    scalable = hicolor / "scalable" / "apps" / "qcode.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    return [*written, scalable]


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    for path in render(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
