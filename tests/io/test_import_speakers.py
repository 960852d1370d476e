"""Speaker review logic (rename, merge, not-a-speaker, roles), cases and autocode-by-speaker."""

from __future__ import annotations

from pathlib import Path

from qcode.core.cases import cases_of_document, list_cases
from qcode.core.codebook import find_code
from qcode.core.codings import codings_for_code
from qcode.core.documents import get_document, turns_for_document
from qcode.core.importing import known_checksums
from qcode.io.importing import import_documents, read_files, store_reviewed
from qcode.io.speaker_map import (
    SpeakerDecision,
    apply_decisions,
    collect_speakers,
    default_decisions,
    merge_into,
)

TRANSCRIPT = (
    "Interviewer: Hvordan går det?\n\n"
    "Karen: Godt. Min søn Jonas: han kommer tit.\n\n"
    "Interivewer: Hvor tit?\n\n"
    "Karen: Hver uge.\n\n"
    "Interivewer: Og din datter?\n\n"
    "Mor: Kom nu ind!\n\n"
    "Note: optagelsen stoppede her\n\n"
    "Interviewer: Tak.\n"
)


def _write(tmp_path: Path, name: str = "karen.txt", text: str = TRANSCRIPT) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_typo_labels_count_as_the_interviewer(tmp_path: Path) -> None:
    result = read_files([_write(tmp_path)])
    document = result.documents[0]
    turns = document.turns
    note_at = document.text.index("Note:")
    assert [t.speaker for t in turns if t.start < note_at < t.end] == ["Mor"]  # a note is no turn
    assert [t.speaker for t in turns][:5] == ["Interviewer", "Karen", "Interviewer", "Karen",
                                              "Interviewer"]
    assert [t.label for t in turns][2] == "Interivewer"
    assert {t.role for t in turns if t.speaker == "Karen"} == {"interviewee"}


def test_collect_and_apply_decisions(tmp_path: Path) -> None:
    other = _write(tmp_path, "ole.txt",
                   "I: Hvad laver du?\n\nOle: Jeg fisker.\n\nI: Hvor?\n\nOle: Ved havnen.\n")
    documents = read_files([_write(tmp_path), other]).documents
    speakers = {s.name: s for s in collect_speakers(documents)}
    assert speakers["Interviewer"].documents == ["karen", "ole"]
    assert speakers["Interviewer"].role == "interviewer"
    assert set(speakers["Interviewer"].labels) >= {"Interviewer", "Interivewer", "I"}
    assert speakers["Karen"].turns == 2 and speakers["Karen"].sample.startswith("Godt.")
    decisions = default_decisions(list(speakers.values()))
    decisions["Mor"] = SpeakerDecision(None)
    decisions["Karen"] = SpeakerDecision("Karen Holm", "interviewee")
    merge_into(decisions, "Ole", "Karen Holm")
    changed = apply_decisions(documents[0], decisions)
    assert "Mor" not in {t.speaker for t in changed.turns}
    note_at = changed.text.index("Mor:")
    assert any(t.start < note_at < t.end for t in changed.turns)  # folded into the turn before
    assert {t.speaker for t in changed.turns} == {"Interviewer", "Karen Holm"}
    assert {t.speaker for t in apply_decisions(documents[1], decisions).turns} == {
        "Interviewer", "Karen Holm"}
    assert documents[0].turns != changed.turns  # the read result itself is untouched


def test_store_with_decisions_makes_cases_and_autocodes(project, tmp_path: Path) -> None:
    result = read_files([_write(tmp_path)], project_checksums=known_checksums(project))
    decisions = default_decisions(collect_speakers(result.documents))
    decisions["Mor"] = SpeakerDecision(None)
    report = store_reviewed(project, result.documents, decisions, autocode_roles=("interviewer",))
    (path, document_id), = report.imported
    assert [c.name for c in cases_of_document(project, document_id)] == ["Karen"]
    stored = turns_for_document(project, document_id)
    assert [t.speaker for t in stored].count("Interviewer") == 4
    assert all(t.case_id is not None for t in stored if t.speaker == "Karen")
    code = find_code(project, "Interviewer")
    codings = codings_for_code(project, code.id)
    text = get_document(project, document_id).text
    assert len(codings) == 4 and report.autocoded == 4
    assert sorted(text[c.start:c.end] for c in codings)[0].startswith("Interivewer: Hvor tit?")
    again = read_files([path], project_checksums=known_checksums(project))
    assert again.documents == [] and len(again.report.duplicates) == 1


def test_import_documents_autocode_all_roles(project, tmp_path: Path) -> None:
    report = import_documents(project, [_write(tmp_path)], autocode_roles=("interviewer", "interviewee"))
    assert report.autocoded == 7  # every turn; "Mor" is a speaker until the review says otherwise
    assert {c.name for c in list_cases(project)} == {"Karen", "Mor"}
    assert find_code(project, "Karen") and find_code(project, "Interviewer")


def test_read_files_cancel_and_progress(tmp_path: Path) -> None:
    paths = [_write(tmp_path, f"f{n}.txt", TRANSCRIPT + f"\nInterviewer: {n}\n") for n in range(4)]
    seen: list[tuple[int, int, str]] = []
    result = read_files(paths, lambda d, t, label: seen.append((d, t, label)),
                        lambda: len(seen) >= 2)
    assert result.report.cancelled and len(result.documents) == 2
    total = sum(p.stat().st_size for p in paths)  # progress counts bytes, not files
    assert seen[0] == (0, total, "f0.txt")
    assert seen[1] == (paths[0].stat().st_size, total, "f1.txt")


def test_header_age_and_gender_become_case_attributes(project, tmp_path: Path, shared_dir: Path) -> None:
    from qcode.core.cases import attributes_of_case, find_case, set_attribute
    from qcode.core.speakers import attributes_from_metadata

    assert attributes_from_metadata({"Deltager": "Uffe (51-årig mand), hjemløs"}) == {
        "alder": "51", "køn": "mand"}
    assert attributes_from_metadata({"Deltager": "Christine, 24 år, kvinde"}) == {
        "alder": "24", "køn": "kvinde"}
    assert attributes_from_metadata({"Sted": "Odense, 5 år siden"}) == {}
    corpus = shared_dir / "corpus"
    import_documents(project, [corpus / "var_01_ip.txt", corpus / "var_03_speaker.txt"])
    assert attributes_of_case(project, find_case(project, "Palle").id) == {"alder": "46"}
    christine = find_case(project, "Christine").id
    assert attributes_of_case(project, christine) == {"alder": "24", "køn": "kvinde"}
    set_attribute(project, christine, "alder", "25", "number")  # the coder corrected it
    import_documents(project, [corpus / "var_03_speaker.docx"])
    assert attributes_of_case(project, christine)["alder"] == "25"  # never overwritten
