"""Shared fixtures: offscreen Qt, isolated settings, real project files in tmp dirs, the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Fixtures used by tests in several folders (the analysis and export projects, also by tests/cli).
pytest_plugins = ["support.analysis_fixtures", "support.export_fixtures", "support.lead_fixtures"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QCODE_LANG", "en")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip where a clone has none."""
    if not (SHARED / "corpus" / "gold.json").is_file():
        pytest.skip("../shared/corpus is not beside this checkout (only CI and developers have it)")
    return SHARED


@pytest.fixture
def project(tmp_path: Path):
    """A new project with the default codebook in a real SQLite file, closed after the test."""
    from qcode.core.project import create_project

    p = create_project(tmp_path / "test.qcode", coder="tester")
    yield p
    p.close()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and qcode's data folder (demo project, recent files) out of the user's home."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
