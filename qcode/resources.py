"""Where qcode's shipped data lives (codebooks, demo transcripts, lexicons, translations)."""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside it when frozen."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("qcode's resources/ folder is missing from this installation")


def resource(*parts: str) -> Path:
    """Path of one file under ``resources/``."""
    return resource_dir().joinpath(*parts)
