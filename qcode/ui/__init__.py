"""The PySide6 user interface. No SQL here: every query is a core function."""

# From PySide6's first import on, Shiboken reads the source of every module imported after it, to see
# whether it uses PySide6 (~0.1 ms a module). The Qt-free modules the main window needs (with sqlite-utils
# and filelock, some 140) are therefore imported before it.
from qcode.core import project as _project  # noqa: F401
from qcode.ui import pyside_compat

pyside_compat.apply()  # before any widget exists: see the module for the PySide6 6.12 bug
