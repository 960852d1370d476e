"""`qcode anonymise PROJECT` as a stranger used it (#13): merging keeps the entity named first, and
what the detector is unsure of waits for review with the reason shown. Real project files, real
detection without the statistical model."""

from __future__ import annotations

from pathlib import Path

from qcode.cli import main
from qcode.core import entities
from qcode.core.project import open_project

INTERVIEW = ("Interview med Sofie Lund, 34 år\nInterviewer: Karina Friis\n\n"
             "Karina: Hvem hjalp dig?\nSofie: Min nabo Bent hjalp mig, og Karina selvfølgelig.\n")


def _project(tmp_path: Path, *texts: str) -> Path:
    path = tmp_path / "p.qcode"
    assert main(["new", str(path)]) == 0
    files = []
    for i, text in enumerate(texts):
        files.append(tmp_path / f"interview_{i}.txt")
        files[-1].write_text(text, encoding="utf-8")
    assert main(["import", str(path), *map(str, files)]) == 0
    assert main(["anonymise", str(path), "--no-model"]) == 0
    return path


def _persons(path: Path) -> dict[str, entities.Entity]:
    with open_project(path) as project:
        return {e.core: e for e in entities.list_entities(project, kind="PERSON")}


def test_merge_keeps_the_pseudonym_and_role_of_the_first_id(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("QCODE_LANG", "en")
    path = _project(tmp_path, INTERVIEW)
    before = _persons(path)
    karina, sofie = before["Karina Friis"], before["Sofie Lund"]
    assert (sofie.role, karina.role) == (entities.INFORMANT, entities.OTHER)
    capsys.readouterr()
    assert main(["anonymise", str(path), "--merge", str(karina.id), str(sofie.id)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Merged {sofie.id} (Sofie Lund) into {karina.id} (Karina Friis): "
        f"both replaced by {karina.pseudonym}.")
    after = _persons(path)
    assert set(after) == {"Karina Friis", "Bent"}
    kept = after["Karina Friis"]
    assert (kept.pseudonym, kept.role, kept.number) == (karina.pseudonym, karina.role, karina.number)
    assert main(["anonymise", str(path), "--no-model", "--detect"]) == 0  # detection leaves the choice alone
    assert _persons(path)["Karina Friis"].pseudonym == karina.pseudonym
