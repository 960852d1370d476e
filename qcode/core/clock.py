"""The one clock of the project file: every created/updated column and log entry is stamped here."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    """UTC timestamp (ISO 8601, seconds) for every created/updated column."""
    return datetime.now(UTC).isoformat(timespec="seconds")
