"""`qcode anonymise PROJECT` as a stranger used it (#13): merging keeps the entity named first, and
what the detector is unsure of waits for review with the reason shown. Real project files, real
detection without the statistical model."""

from __future__ import annotations

from pathlib import Path

from qcode.anonymise.leak_check import check_texts
from qcode.anonymise.render import render_document
from qcode.cli import main
from qcode.core import entities
from qcode.core.documents import get_document, list_documents
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


UNSURE = ("Interview med Mette Sørensen, 41 år\nInterviewer: Lars\n\n"
          "Lars: Hvordan kommer vi i kontakt?\n"
          "Mette: Ring på 28 14 63 07 eller skriv til mette.s@mail.dk.\n"
          "Mette: Vi bor i Skørping, tæt på Rold Skov. Jeg så Bo i Netto forleden.\n")


def test_uncertain_findings_wait_for_review_with_the_reason_and_are_replaced_meanwhile(
        tmp_path, capsys, monkeypatch):
    """From a stranger's run (#13): all 176 of 176 entities were accepted, so the review showed nothing."""
    monkeypatch.setenv("QCODE_LANG", "en")
    path = tmp_path / "p.qcode"
    assert main(["new", str(path)]) == 0
    source = tmp_path / "samtale.txt"
    source.write_text(UNSURE, encoding="utf-8")
    assert main(["import", str(path), str(source)]) == 0
    capsys.readouterr()
    assert main(["anonymise", str(path), "--no-model"]) == 0
    assert "2 to review (--review says why" in capsys.readouterr().out
    with open_project(path) as project:
        states = {e.core: e.state for e in entities.list_entities(project)}
    certain = ("Mette Sørensen", "Lars", "41", "28 14 63 07", "mette.s@mail.dk", "Skørping")
    assert {states[c] for c in certain} == {"accepted"}
    assert states["Bo"] == states["Rold"] == "pending"
    assert main(["anonymise", str(path), "--review"]) == 0
    listed = {line.split()[2]: line for line in capsys.readouterr().out.splitlines()[2:]}
    assert "an ordinary word taken as a name, mentioned once" in listed["Bo"]
    assert "a name from elsewhere in the text" in listed["Rold"]
    assert "pending" not in listed["Lars"]
    # meanwhile the pseudonymised text has them replaced, and the seal waits for the review
    with open_project(path) as project:
        text = render_document(project, list_documents(project)[0].id).text
    assert "Bo " not in text and "Rold" not in text and "Netto" in text
    key = tmp_path / "apart" / "key.json"
    assert main(["anonymise", str(path), "--seal", "--key-file", str(key), "--plaintext-key"]) == 1
    assert "2 anonymisation candidates are still undecided" in capsys.readouterr().err
    assert main(["anonymise", str(path), "--seal", "--key-file", str(key), "--plaintext-key",
                 "--allow-pending"]) == 0
    with open_project(path) as project:
        sealed = get_document(project, list_documents(project)[0].id).text
    assert "Bo " not in sealed and "Rold" not in sealed and "Mette" not in sealed
    assert "Bo" in (key.read_text(encoding="utf-8"))  # the key knows what was replaced


def test_a_rejected_finding_stays_and_a_pending_one_is_blocked_by_the_leak_check(tmp_path, monkeypatch):
    monkeypatch.setenv("QCODE_LANG", "en")
    path = _project(tmp_path, UNSURE)
    with open_project(path) as project:
        bo = next(e for e in entities.list_entities(project) if e.core == "Bo")
        report = check_texts(project, [("quote", "Jeg så Bo i går.")], use_detect=False)
        assert [h.found for h in report.hits] == ["Bo"]  # waiting is no reason to let it out
    assert main(["anonymise", str(path), "--reject", str(bo.id)]) == 0
    with open_project(path) as project:
        assert "Jeg så Bo i Netto" in render_document(project, list_documents(project)[0].id).text
