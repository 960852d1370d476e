"""The PySide6 user interface. No SQL here: every query is a core function."""
