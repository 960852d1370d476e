"""The ``history`` fixture: the project with a known history (support/lead_history.py), built at fixed
times in UTC, for the lead's overview and the methods appendix alike."""

from __future__ import annotations

import time

import pytest

from support.lead_history import build, install_clock


@pytest.fixture
def history(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    h = build(tmp_path / "lead.qcode", install_clock(monkeypatch.setattr))
    yield h
    h.project.close()
    monkeypatch.undo()
    time.tzset()
