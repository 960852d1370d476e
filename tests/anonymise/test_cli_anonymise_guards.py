"""`qcode anonymise PROJECT` guards: destroying only this project's key, no self-merge, sealing that
leaves no original anywhere in the file, no seal before detection, a clear error for an unwritable key
file, no pseudonym that is an original, no contradictory decisions, and a confirmation per decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qcode.anonymise import review
from qcode.anonymise.keyfile import PROJECT_ID_SETTING, KeyEntry, KeyFileError, destroy_key, write_key_file
from qcode.anonymise.seal import seal_project
from qcode.cli import main
from qcode.core import entities
from qcode.core.cases import find_case, set_attribute
from qcode.core.codebook import ensure_code_path
from qcode.core.codings import add_coding
from qcode.core.documents import get_document, list_documents
from qcode.core.history import read_log
from qcode.core.memos import add_memo
from qcode.core.project import open_project

TRANSCRIPT = ("Interview 12\nInterviewperson: Birgitte, 56 år\nInterviewer: I\n\n"
              "I: Hvor gammel er du?\n\nIP: Jeg er 56 år, og jeg hedder Birgitte.\n\n"
              "I: Og din søster?\n\nIP: Hun hedder Karen og bor i Odense.\n")


def _project(tmp_path: Path, name: str = "p.qcode", *, detect: bool = True) -> Path:
    """A project made the way a user makes one: `new`, `import` of a transcript with a header,
    and (unless ``detect`` is false) `anonymise` with its automatic decisions."""
    folder = tmp_path / name.removesuffix(".qcode")
    folder.mkdir()
    source = folder / "birgitte_interview.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    path = tmp_path / name
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(source)]) == 0
    if detect:
        assert main(["anonymise", str(path), "--no-model"]) == 0
    return path


def _ids(path: Path) -> dict[str, int]:
    with open_project(path) as project:
        return {e.core: e.id for e in entities.list_entities(project)}


def _entity(path: Path, entity_id: int) -> entities.Entity:
    with open_project(path) as project:
        return entities.get_entity(project, entity_id)


def _seal(path: Path, key: Path) -> int:
    return main(["anonymise", str(path), "--seal", "--key-file", str(key), "--plaintext-key"])


def _error(capsys) -> str:
    """The one human line on stderr (and no traceback)."""
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


# -- 1. --destroy-key only destroys this project's key ---------------------------------------------

def test_destroy_key_refuses_the_open_project_itself(tmp_path, capsys):
    path = _project(tmp_path)
    assert _seal(path, tmp_path / "key.json") == 0
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["anonymise", str(path), "--destroy-key", str(path)]) == 1
    assert "project file itself" in _error(capsys)
    assert path.read_bytes() == before
    with open_project(path) as project:
        assert not read_log(project, action="anon_destroy_key")


@pytest.mark.parametrize("victim", ["other project", "transcript", "other key", "other json"])
def test_destroy_key_refuses_any_file_that_is_not_this_projects_key(tmp_path, capsys, victim):
    path = _project(tmp_path)
    assert _seal(path, tmp_path / "key.json") == 0
    other = _project(tmp_path, "other.qcode")
    files = {"other project": other, "transcript": tmp_path / "p" / "birgitte_interview.txt",
             "other key": tmp_path / "other-key.json", "other json": tmp_path / "settings.json"}
    assert _seal(other, files["other key"]) == 0
    files["other json"].write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    target = files[victim]
    before = target.read_bytes()
    capsys.readouterr()
    assert main(["anonymise", str(path), "--destroy-key", str(target)]) == 1
    message = _error(capsys)
    assert "nothing was destroyed" in message
    assert ("another project" in message) == (victim == "other key")
    assert target.read_bytes() == before
    assert (tmp_path / "key.json").is_file()


def test_destroy_key_destroys_this_projects_key_and_logs_it(tmp_path, capsys, monkeypatch):
    path = _project(tmp_path)
    key = tmp_path / "apart" / "key.json"
    assert _seal(path, key) == 0
    with open_project(path) as project:
        identity = project.get_setting(PROJECT_ID_SETTING)
    assert identity and json.loads(key.read_text(encoding="utf-8"))["project_id"] == identity
    capsys.readouterr()
    monkeypatch.setenv("QCODE_LANG", "da")
    assert main(["anonymise", str(path), "--destroy-key", str(key)]) == 0
    assert capsys.readouterr().out.strip() == f"Nøglefilen {key} er destrueret."
    assert not key.exists()
    with open_project(path) as project:
        assert read_log(project, action="anon_destroy_key")[0].details["key_file"] == "key.json"


def test_destroy_key_matches_an_older_key_file_only_by_its_seal_time(tmp_path):
    path = _project(tmp_path)
    assert _seal(path, tmp_path / "key.json") == 0
    entries = [KeyEntry("PERSON", "Birgitte", ("Birgitte",), "[Informant 1]")]
    with open_project(path) as project:
        sealed_at = project.get_setting("anon.sealed_at")
        # key files written before the project id was recorded carry only the seal time
        wrong = write_key_file(tmp_path / "old-other.json", entries, sealed_at="2020-01-01T00:00:00+00:00",
                               plaintext=True)
        locked = write_key_file(tmp_path / "old-locked.json", entries, sealed_at=sealed_at, password="pw")
        plain = write_key_file(tmp_path / "old-plain.json", entries, sealed_at=sealed_at, plaintext=True)
        with pytest.raises(KeyFileError) as refused:
            destroy_key(project, wrong)
        assert refused.value.message_id == "anon.key_unmatched" and wrong.is_file()
        with pytest.raises(KeyFileError) as refused:
            destroy_key(project, locked)
        assert refused.value.message_id == "anon.key_unmatched" and locked.is_file()
        destroy_key(project, locked, password="pw")
        destroy_key(project, plain)
        assert not locked.exists() and not plain.exists()


# -- 2. no merge of an entity with itself ----------------------------------------------------------

def test_merging_an_entity_with_itself_is_refused(tmp_path, capsys):
    path = _project(tmp_path)
    karen = _ids(path)["Karen"]
    with open_project(path) as project, pytest.raises(entities.EntityError) as refused:
        review.merge(project, karen, karen)  # the core refuses, so the review dialog is covered too
    assert refused.value.message_id == "anon.merge_self"
    capsys.readouterr()
    assert main(["anonymise", str(path), "--merge", str(karen), str(karen)]) == 1
    assert "merged with itself" in _error(capsys)
    assert _entity(path, karen).core == "Karen"


# -- 3. sealing scrubs every stored string, ages included ------------------------------------------

def test_seal_leaves_no_name_or_exact_age_anywhere_in_the_file(tmp_path, capsys):
    path = _project(tmp_path, detect=False)
    with open_project(path) as project:
        doc = list_documents(project)[0].id
        code = ensure_code_path(project, "netværk")
        add_coding(project, doc, code, 0, 12, memo="Birgittes søster Karen, den 56-årige")
        add_memo(project, "Om Birgitte", "Birgitte er 56 år; Karens by er Odense.", document_id=doc)
        set_attribute(project, find_case(project, "Birgitte").id, "baggrund", "Karens søster, 56 år")
    assert main(["anonymise", str(path), "--no-model"]) == 0
    with open_project(path) as project:
        originals = sorted({f for e in entities.list_entities(project, state=entities.ACCEPTED)
                            if e.kind != "AGE" for f in (e.core, *e.forms)})
    assert {"Birgitte", "Karen", "Odense"} <= set(originals)
    assert _seal(path, tmp_path / "key.json") == 0
    data = path.read_bytes()
    for name in originals:
        assert name.casefold().encode() not in data.lower(), name
    assert "56 år".encode() not in data and "56-år".encode() not in data
    with open_project(path) as project:
        document = get_document(project, doc)
        assert document.metadata == {"title": "Interview 12", "Interviewer": "I",
                                     "Interviewperson": "[Informant 1], [halvtredserne]"}
        assert document.text.startswith("Interview 12\nInterviewperson: [Informant 1], [halvtredserne]\n")
        memo = project.db.execute("SELECT memo FROM codings").fetchone()[0]
        assert memo == "[Informant 1]s søster [Person 1], den [halvtredserne]"
        log = read_log(project, limit=10_000)
        assert not [e for e in log if "56" in e.details.values()]  # the age's "core" in the audit trail
        assert any(e.details.get("core") == "[halvtredserne]" for e in log)
        assert any(isinstance(e.details.get("mentions"), int) for e in log)  # counts are left alone


# -- 4. no seal before detection, nor with undecided candidates ------------------------------------

def test_seal_refuses_a_project_whose_documents_were_never_searched(tmp_path, capsys):
    path = _project(tmp_path, detect=False)
    before = path.read_bytes()
    key = tmp_path / "key.json"
    capsys.readouterr()
    assert _seal(path, key) == 1
    assert "never been searched" in _error(capsys)
    assert not key.exists() and path.read_bytes() == before
    with open_project(path) as project:
        assert "Birgitte" in get_document(project, 1).text


def test_seal_refuses_a_document_imported_after_detection_and_undecided_candidates(tmp_path, capsys):
    path = _project(tmp_path)
    later = tmp_path / "later.txt"
    later.write_text("Interviewer: Hvem er du?\n\nJonas: Jeg hedder Jonas.\n", encoding="utf-8")
    assert main(["import", str(path), str(later)]) == 0
    with open_project(path) as project, pytest.raises(entities.EntityError) as refused:
        seal_project(project, tmp_path / "key.json", plaintext_key=True)  # the GUI's seal calls this too
    assert refused.value.message_id == "anon.not_scanned" and "later" in refused.value.message()
    assert main(["anonymise", str(path), "--no-model"]) == 0
    with open_project(path) as project:
        review.decide(project, entities.find_entity(project, "PERSON", "Karen").id, entities.PENDING)
    capsys.readouterr()
    assert _seal(path, tmp_path / "key.json") == 1
    assert "undecided" in _error(capsys)
    assert not (tmp_path / "key.json").exists()


# -- 5. an unwritable key file is a clear error and changes nothing --------------------------------

@pytest.mark.parametrize("where", ["under a file", "proc"])
def test_unwritable_key_file_is_a_clear_error_and_the_project_is_unchanged(tmp_path, capsys, where):
    if where == "proc" and not Path("/proc/self").is_dir():
        pytest.skip("no /proc on this system")
    path = _project(tmp_path)
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    key = tmp_path / "plain.txt" / "key.json" if where == "under a file" else Path("/proc/qcode-key.json")
    before = path.read_bytes()
    capsys.readouterr()
    assert _seal(path, key) == 1
    message = _error(capsys)
    assert f"The key file {key} cannot be written" in message and "not changed" in message
    assert path.read_bytes() == before and not key.exists()


# -- 6. a pseudonym must not be an original ------------------------------------------------------------

@pytest.mark.parametrize("pseudonym", ["Birgitte", "birgitte", "Karen", "Birgitte Hansen"])
def test_pseudonym_that_is_or_contains_an_original_is_refused(tmp_path, capsys, pseudonym):
    path = _project(tmp_path)
    birgitte = _ids(path)["Birgitte"]
    before = _entity(path, birgitte).pseudonym
    capsys.readouterr()
    assert main(["anonymise", str(path), "--pseudonym", str(birgitte), pseudonym]) == 1
    assert "original" in _error(capsys)
    assert _entity(path, birgitte).pseudonym == before
    assert main(["anonymise", str(path), "--pseudonym", str(birgitte), "Hanne"]) == 0
    assert _entity(path, birgitte).pseudonym == "Hanne"


# -- 7. contradictory decisions in one call; one call is one transaction ------------------------------

def test_accept_and_reject_of_the_same_id_is_refused(tmp_path, capsys):
    path = _project(tmp_path)
    karen = _ids(path)["Karen"]
    capsys.readouterr()
    assert main(["anonymise", str(path), "--accept", str(karen), "--reject", str(karen)]) == 1
    assert f"Entity {karen} cannot be both accepted and rejected" in _error(capsys)
    assert _entity(path, karen).state == entities.ACCEPTED


def test_decisions_of_one_call_are_all_or_nothing(tmp_path, capsys):
    path = _project(tmp_path)
    karen = _ids(path)["Karen"]
    capsys.readouterr()
    assert main(["anonymise", str(path), "--reject", str(karen), "--pseudonym", "9999", "X"]) == 1
    assert "9999" in _error(capsys)
    assert _entity(path, karen).state == entities.ACCEPTED
    assert main(["anonymise", str(path), "--pseudonym", "Karen", "X"]) == 1
    assert "not an entity id" in _error(capsys)


# -- 8. one confirmation line per decision, in the user's language ---------------------------------------

def test_each_decision_prints_one_confirmation_line(tmp_path, capsys, monkeypatch):
    path = _project(tmp_path)
    ids = _ids(path)
    karen, odense, birgitte, age = ids["Karen"], ids["Odense"], ids["Birgitte"], ids["56"]
    capsys.readouterr()
    assert main(["anonymise", str(path), "--reject", str(odense), "--accept", str(karen),
                 "--pseudonym", str(karen), "Hanne", "--role", str(karen), "informant"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Accepted {karen} (PERSON Karen): replaced by [Person 1].",
        f"Rejected {odense} (PLACE Odense): left as written.",
        f"Pseudonym of {karen} (Karen) set to Hanne.",
        f"{karen} (Karen) is now informant: replaced by Hanne.",
    ]
    monkeypatch.setenv("QCODE_LANG", "da")
    assert main(["anonymise", str(path), "--accept", str(age), "--merge", str(birgitte), str(karen)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Accepteret {age} (AGE 56): erstattes af [halvtredserne].",
        f"Flettet {karen} (Karen) ind i {birgitte} (Birgitte): begge erstattes af [Informant 1].",
    ]


def test_seal_numbers_document_names_that_become_the_same(project, tmp_path):
    from anon_helpers import fake_detect

    from qcode.anonymise import register
    from qcode.core.documents import add_document

    add_document(project, "Palle", "Palle: Jeg er 46 år.\n")
    add_document(project, "palle", "Palle: Hej Line.\n")
    register.detect_project(project, detect_fn=fake_detect)
    seal_project(project, tmp_path / "key.json", plaintext_key=True)
    assert sorted(d.name for d in list_documents(project)) == ["[Informant 1]", "[Informant 1] (2)"]
