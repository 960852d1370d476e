"""Fitting the main window to the screen it opens on: never larger than the available area (a small
laptop screen, or a HiDPI screen at scale 2, where 1280×800 logical pixels are 2560×1600 real ones),
and placed inside it. The dock sizes that give the transcript the room are the workspace's."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
FRAME_ALLOWANCE = QSize(8, 40)  # a window manager's border and title bar, before the window is shown


def available_area(window: QWidget) -> QRect | None:
    """The available geometry (without panels and docks) of the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Resize (to ``preferred`` or the current size, whichever is given) within the available area of
    the window's screen, and move it inside that area."""
    area = available_area(window)
    if area is None or area.isEmpty():
        return
    wanted = preferred if preferred is not None else window.size()
    if preferred is not None:  # a large screen gets a larger first window (most of it, not all)
        wanted = wanted.expandedTo(QSize(area.width() * 4 // 5, area.height() * 4 // 5))
    frame = window.frameGeometry().size() - window.geometry().size()
    if not window.isVisible() or frame.isEmpty():
        frame = FRAME_ALLOWANCE
    room = QSize(max(area.width() - frame.width(), 1), max(area.height() - frame.height(), 1))
    size = wanted.boundedTo(room).expandedTo(window.minimumSize().boundedTo(room))
    window.resize(size)
    geometry = window.frameGeometry()
    x = min(max(geometry.x(), area.left()), max(area.left(), area.right() + 1 - geometry.width()))
    y = min(max(geometry.y(), area.top()), max(area.top(), area.bottom() + 1 - geometry.height()))
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(x, y)


def within_screen(window: QWidget) -> bool:
    """Whether the whole window (with its frame) lies inside the available area."""
    area = available_area(window)
    return area is not None and area.contains(window.frameGeometry())
