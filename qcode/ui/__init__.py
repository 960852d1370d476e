"""The PySide6 user interface. No SQL here: every query is a core function."""

from qcode.ui import pyside_compat

pyside_compat.apply()  # before any widget exists: see the module for the PySide6 6.12 bug
