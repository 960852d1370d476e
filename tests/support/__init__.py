"""Helpers shared by tests in more than one folder (tests/ is on the path: see pyproject)."""
