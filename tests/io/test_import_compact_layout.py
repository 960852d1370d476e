"""Transcripts with one turn per line and no blank line between the header and the first turn (every
PDF after text extraction, many .txt and .docx files): header lines are metadata, not speakers (#3)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from import_makers import make_docx

from qcode.core.cases import attributes_of_case, cases_of_document
from qcode.core.documents import find_document, normalise_text, turns_for_document
from qcode.core.project import Project
from qcode.io.importing import import_documents
from qcode.io.transcript import detect_structure

HENRIK = [
    "Interview 3 – transskription",
    "Interviewperson: Henrik, 52 år",
    "Køn: mand",
    "Sted: værested i Odense",
    "Interviewer: Hvordan har du det i dag?",
    "Henrik: Det går. Jeg har sovet dårligt.",
    "Interviewer: Hvorfor det?",
    "Henrik: Der var larm på herberget.",
]
HENRIK_METADATA = {"title": "Interview 3 – transskription", "Interviewperson": "Henrik, 52 år",
                   "Køn": "mand", "Sted": "værested i Odense"}
PALLE = [
    "Interview 07 – transskription",
    "Interviewperson: Palle, 46 år",
    "Interviewer: I",
    "Sted: værested i [bynavn]",
    "IP: Altså mit problem i skolen, det var lektier.",
    "I: Du havde bare krudt i røven?",
    "IP: Ja, simpelthen... også altså ikke?",
    "I: Var der nogen, der hjalp dig?",
    "IP: Nej, ikke rigtigt.",
]
ANNE_METTE = [
    "INTERVIEW MED ANNE-METTE, F. 1978",
    "ANNE-METTE:\tJeg kommer her tre gange om ugen.",
    "INTERVIEWER:\tOg så går du her mandag, tirsdag, onsdag?",
    "ANNE-METTE:\tTorsdag og fredag går jeg til læge og tandlæge.",
    "INTERVIEWER:\tHvad med weekenden?",
    "ANNE-METTE:\tSå kommer ungerne hjem.",
]


def _txt(path: Path, lines: list[str]) -> Path:
    path = path.with_suffix(".txt")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _docx(path: Path, lines: list[str]) -> Path:
    return make_docx(path.with_suffix(".docx"), lines)  # one paragraph per line, no empty ones


def _pdf(path: Path, lines: list[str]) -> Path:
    """A PDF with one text line per transcript line, as a transcript printed to PDF comes out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = path.with_suffix(".pdf")
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    y = A4[1] - 60
    for line in lines:
        pdf.drawString(50, y, line.replace("\t", "    "))
        y -= 14
    pdf.save()
    return path


MAKERS: dict[str, Callable[[Path, list[str]], Path]] = {"txt": _txt, "docx": _docx, "pdf": _pdf}


def _import(project: Project, path: Path) -> tuple[dict[str, str], list[str], list[tuple[str, str, str]]]:
    """Import one real file; (document metadata, case names, (speaker, role, turn text) per turn)."""
    report = import_documents(project, [path])
    assert not report.skipped, report.skipped
    document = find_document(project, path.stem)
    cases = [case.name for case in cases_of_document(project, document.id)]
    turns = [(t.speaker, t.role, document.text[t.start:t.end])
             for t in turns_for_document(project, document.id)]
    return document.metadata, cases, turns


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_header_without_blank_line_is_metadata(project: Project, tmp_path: Path, fmt: str) -> None:
    path = MAKERS[fmt](tmp_path / f"henrik_{fmt}", HENRIK)
    metadata, cases, turns = _import(project, path)
    assert metadata == HENRIK_METADATA
    assert cases == ["Henrik"]
    case = cases_of_document(project, find_document(project, path.stem).id)[0]
    assert attributes_of_case(project, case.id) == {"alder": "52", "køn": "mand"}
    assert [(speaker, role) for speaker, role, _ in turns] == [
        ("Interviewer", "interviewer"), ("Henrik", "interviewee")] * 2
    assert turns[0][2] == "Interviewer: Hvordan har du det i dag?"
    assert not any(label in text for _, _, text in turns for label in ("Interviewperson:", "Sted:", "Køn:"))


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_compact_layout_gives_what_a_blank_line_gives(project: Project, tmp_path: Path, fmt: str) -> None:
    compact = _import(project, MAKERS[fmt](tmp_path / "compact", HENRIK))
    spaced = _import(project, MAKERS[fmt](tmp_path / "spaced", [*HENRIK[:4], "", *HENRIK[4:]]))
    assert compact[0] == spaced[0] == HENRIK_METADATA
    assert compact[1] == spaced[1] == ["Henrik"]
    assert [t[:2] for t in compact[2]] == [t[:2] for t in spaced[2]]


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_i_ip_layout_with_header_and_no_blank_lines(project: Project, tmp_path: Path, fmt: str) -> None:
    path = MAKERS[fmt](tmp_path / f"palle_{fmt}", PALLE)
    metadata, cases, turns = _import(project, path)
    assert metadata == {"title": "Interview 07 – transskription", "Interviewperson": "Palle, 46 år",
                        "Interviewer": "I", "Sted": "værested i [bynavn]"}
    assert cases == ["Palle"]
    case = cases_of_document(project, find_document(project, path.stem).id)[0]
    assert attributes_of_case(project, case.id) == {"alder": "46"}
    assert [speaker for speaker, _, _ in turns] == ["Palle", "Interviewer", "Palle", "Interviewer", "Palle"]
    assert turns[0][2].startswith("IP: Altså")


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_upper_case_tab_labels_under_a_title(project: Project, tmp_path: Path, fmt: str) -> None:
    if fmt == "txt":  # as such files arrive: Windows-1252 with CRLF
        path = tmp_path / "anne_mette_txt.txt"
        path.write_bytes("\r\n".join(ANNE_METTE).encode("cp1252"))
    else:
        path = MAKERS[fmt](tmp_path / f"anne_mette_{fmt}", ANNE_METTE)
    metadata, cases, turns = _import(project, path)
    assert metadata == {"title": "INTERVIEW MED ANNE-METTE, F. 1978"}
    assert cases == ["Anne-Mette"]
    assert [speaker for speaker, _, _ in turns] == ["Anne-Mette", "Interviewer"] * 2 + ["Anne-Mette"]


def test_metadata_keys_used_as_speaker_labels_stay_speakers() -> None:
    # "Interviewperson:" recurs as a label further down, so its first line is a turn too
    text = ("Interviewperson: Henrik, 52 år\nInterviewer: Og hvordan går det?\nInterviewperson: Godt.\n"
            "Interviewer: Fint.\nInterviewperson: Ja.\n")
    structure = detect_structure(text)
    assert structure.metadata == {}
    speakers = [t.speaker for t in structure.turns]
    assert speakers == ["Interviewperson", "Interviewer"] * 2 + ["Interviewperson"]
    # a question under a metadata key is a turn, even when the key is not repeated
    text = "Sted: værested i Odense\nInterviewer: Hvordan går det?\nHenrik: Godt.\nI: Og så?\nHenrik: Ja.\n"
    structure = detect_structure(text)
    assert structure.metadata == {"Sted": "værested i Odense"}
    assert [t.speaker for t in structure.turns] == ["Interviewer", "Henrik"] * 2


def test_header_of_several_keys_before_timestamped_turns() -> None:
    text = ("Informant: Ali, 33 år\nFødselsår: 1990\nDato: 3. maj 2023, kl. 10:30\n"
            "[00:00:05] Interviewer: Hvad laver du?\n[00:00:09] Ali: Jeg kører taxa.\n"
            "[00:00:15] Interviewer: Hvor længe?\n[00:00:18] Ali: Ti år.\n")
    structure = detect_structure(text)
    assert structure.metadata == {"Informant": "Ali, 33 år", "Fødselsår": "1990",
                                  "Dato": "3. maj 2023, kl. 10:30"}
    assert [(t.speaker, t.timestamp) for t in structure.turns][:2] == [
        ("Interviewer", "00:00:05"), ("Ali", "00:00:09")]


def test_corpus_variants_without_blank_lines_match_the_originals(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    gold = json.loads((corpus / "gold.json").read_text("utf-8"))["files"]
    names = [name for name in sorted(gold) if name.startswith("var_")]
    assert len(names) >= 4
    for name in names:
        text = normalise_text((corpus / name).read_bytes().decode(gold[name]["encoding"]))
        compact = "\n".join(line for line in text.split("\n") if line.strip())
        original, squeezed = detect_structure(text), detect_structure(compact)
        assert squeezed.metadata == original.metadata != {}, name
        assert [(t.speaker, t.role, t.label) for t in squeezed.turns] == [
            (t.speaker, t.role, t.label) for t in original.turns], name
