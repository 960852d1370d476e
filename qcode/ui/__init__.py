"""The PySide6 user interface. No SQL here: every query is a core function."""

# From PySide6's first import on, Shiboken reads the source of every module imported after it, to see
# whether it uses PySide6 (~0.1 ms a module). The Qt-free modules the main window needs (some 200 with
# sqlite-utils and filelock) are therefore imported before it.
from qcode.anonymise import register as _register  # noqa: F401
from qcode.anonymise import state as _state  # noqa: F401
from qcode.core import project as _project  # noqa: F401
from qcode.ui import pyside_compat

pyside_compat.apply()  # before any widget exists: see the module for the PySide6 6.12 bug
