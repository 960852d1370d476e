"""Importing a library without the optional heavy packages it would pick up if they were installed."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from types import ModuleType


def import_without(name: str, optional: Sequence[str]) -> ModuleType:
    """Import ``name`` as if the ``optional`` packages (not imported yet) were not installed; they stay
    importable afterwards for whoever really needs them."""
    if name in sys.modules:
        return sys.modules[name]
    hidden = [package for package in optional if package not in sys.modules]
    for package in hidden:
        sys.modules[package] = None  # type: ignore[assignment]  # None: an import raises ImportError
    try:
        return importlib.import_module(name)
    finally:
        for package in hidden:
            if sys.modules.get(package) is None:
                del sys.modules[package]
