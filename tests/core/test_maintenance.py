"""Renames that make a written file durable under its final name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qcode.core import maintenance


def test_a_folder_that_cannot_be_synced_still_gives_the_name(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # It returned None here (found by mypy), so sealing reported no key file.
    temporary, final = tmp_path / "key.tmp", tmp_path / "key.json"
    temporary.write_text("key", encoding="utf-8")
    real_open = os.open

    def no_folders(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path) == tmp_path:
            raise PermissionError("cannot open a folder here")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", no_folders)
    assert maintenance.rename_to_free_name(temporary, final) == final
    assert final.read_text(encoding="utf-8") == "key"
    assert not temporary.exists()
