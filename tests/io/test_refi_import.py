"""REFI-QDA import: the real exports in ../shared/refi-qda, offsets after normalisation, and bad
files that must leave the project as it was."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest

from qcode.core.codebook import code_path, find_code, list_codes
from qcode.core.codings import codings_for_document
from qcode.core.documents import get_document, list_documents
from qcode.core.errors import QcodeError
from qcode.core.history import read_log
from qcode.io.refi_common import normalise_with_map
from qcode.io.refi_import import import_refi, read_refi


@pytest.fixture
def refi_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "refi-qda"
    if not folder.is_dir():
        pytest.skip("../shared/refi-qda is not beside this checkout")
    return folder


def _counts(project) -> tuple[int, int, int]:
    documents = list_documents(project)
    codings = sum(len(codings_for_document(project, d.id)) for d in documents)
    return len(documents), len(list_codes(project)), codings


@pytest.mark.parametrize("name, coders, codes, documents, codings, skipped", [
    ("qc132-export-with-codings.qdpx", 1, 262, 2, 205, []),
    ("nvivo15-mac-export.qdpx", 2, 262, 0, 0, ["2 empty text source(s)"]),
    ("maxqda24-export-project.qde", 1, 307, 0, 0,
     ["10 text source(s) whose text is not in the file", "2 set(s)"]),
    ("target-atlas-project.qdpx", 2, 3, 0, 0, []),
    ("blank-atlas-project.qdpx", 2, 0, 0, 0, []),
])
def test_shared_exports_are_read_with_the_counts_they_hold(refi_dir, name, coders, codes, documents,
                                                           codings, skipped):
    reading = read_refi(refi_dir / name)
    plan = reading.plan
    assert (len(plan.coders), len(plan.codes), len(plan.documents), len(plan.codings)) == (
        coders, codes, documents, codings)
    messages = [s.message() for s in reading.skipped]
    assert len(messages) == len(skipped)
    assert all(m.startswith(prefix) for m, prefix in zip(messages, skipped, strict=True))


def test_qc_export_imports_codings_on_the_right_text(refi_dir, tmp_path):
    from qcode.core.project import create_project

    with create_project(tmp_path / "qc.qcode", coder="me", with_default_codebook=False) as project:
        result = import_refi(project, refi_dir / "qc132-export-with-codings.qdpx")
        assert (result.stored.documents, result.stored.codes_created, result.stored.codings) == (2, 262, 205)
        assert _counts(project) == (2, 262, 205)
        board = next(d for d in list_documents(project) if d.name == "board_2017.txt")
        text = get_document(project, board.id).text
        first = codings_for_document(project, board.id)[0]
        assert text[first.start:first.end].startswith("This district goal is engage every student")
        # nested codes keep their place in the tree
        assert code_path(project, find_code(project, "rq1_definition/competencies/programming").id) \
            == "rq1_definition/competencies/programming"


def test_maxqda_codebook_keeps_colours_and_descriptions(refi_dir, project):
    import_refi(project, refi_dir / "maxqda24-export-project.qde")
    code = find_code(project, "Additional Themes and Ideas/THEME - Affordances")
    assert code.colour == "#ef8256"
    assert code.description.startswith("This code is applied when a paper includes the idea of affordances")


def _qdpx(path: Path, text: str, selections: list[tuple[int, int]], raw_bytes: bytes | None = None) -> Path:
    sel = "".join(
        f'<PlainTextSelection guid="00000000-0000-0000-0000-00000000010{i}" startPosition="{s}" '
        f'endPosition="{e}"><Coding guid="00000000-0000-0000-0000-00000000020{i}" '
        'creatingUser="00000000-0000-0000-0000-000000000001"><CodeRef '
        'targetGUID="00000000-0000-0000-0000-000000000002"/></Coding></PlainTextSelection>'
        for i, (s, e) in enumerate(selections))
    xml = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="t" '
           'origin="hand"><Users><User guid="00000000-0000-0000-0000-000000000001" name="ane"/></Users>'
           '<CodeBook><Codes><Code guid="00000000-0000-0000-0000-000000000002" name="a/b" '
           'isCodable="true" color="#abc"/></Codes></CodeBook><Sources><TextSource '
           'guid="00000000-0000-0000-0000-000000000003" name="kilde" '
           f'plainTextPath="internal://00000000-0000-0000-0000-000000000003.txt">{sel}</TextSource>'
           '<PictureSource guid="00000000-0000-0000-0000-000000000004" name="foto"/></Sources></Project>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr("sources/00000000-0000-0000-0000-000000000003.txt",
                         raw_bytes if raw_bytes is not None else text.encode("utf-8"))
    return path


def test_offsets_follow_crlf_nfd_and_bom_normalisation(project, tmp_path):
    raw = "Linje et\r\nSøster " + unicodedata.normalize("NFD", "på Ærø og Åse") + "\r\nslut 😀 her"
    wanted = ["Søster", unicodedata.normalize("NFD", "på Ærø og Åse"), "slut 😀 her"]
    selections = [(raw.index(w), raw.index(w) + len(w)) for w in wanted]
    # the byte-order mark is an encoding mark, not a character the offsets count
    path = _qdpx(tmp_path / "t.qdpx", raw, selections, b"\xef\xbb\xbf" + raw.encode("utf-8"))
    result = import_refi(project, path)
    assert result.stored.codings == 3
    document = next(d for d in list_documents(project) if d.name == "kilde")
    text = get_document(project, document.id).text
    assert "\r" not in text and not text.startswith("\ufeff")
    coded = [text[c.start:c.end] for c in codings_for_document(project, document.id)]
    assert coded == ["Søster", "på Ærø og Åse", "slut 😀 her"]
    assert code_path(project, codings_for_document(project, document.id)[0].code_id) == "a-b"
    assert find_code(project, "a-b").colour == "#aabbcc"
    assert any(s.message().startswith("1 picture source(s)") for s in result.reading.skipped)


def test_offset_map_inside_a_changed_cluster():
    mapped = normalise_with_map("a\r\nb" + "e\u0301x")
    assert mapped.text == "a\nbéx"
    assert (mapped.map_start(1), mapped.map_end(3)) == (1, 2)  # "\r\n" → "\n"
    assert (mapped.map_start(4), mapped.map_end(6)) == (3, 4)  # "e\u0301" → "é"
    assert mapped.map_end(mapped.raw_length) == len(mapped.text)


def test_selections_outside_the_text_are_skipped_and_counted(project, tmp_path):
    path = _qdpx(tmp_path / "t.qdpx", "kort tekst", [(0, 4), (5, 99), (6, 6)])
    result = import_refi(project, path)
    assert result.stored.codings == 1
    assert any(s.message() == "2 coding(s) outside their source's text" for s in result.reading.skipped)


@pytest.mark.parametrize("content, reason", [
    (b"just some text", "the XML cannot be read"),
    (b'<?xml version="1.0"?><Codebook xmlns="urn:QDA-XML:codebook:1.0"/>', "not <Project>"),
    (None, "no project.qde"),
])
def test_bad_files_leave_the_project_unchanged(project, tmp_path, content, reason):
    path = tmp_path / "bad.qdpx"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    else:
        path.write_bytes(content)
    before = (_counts(project), len(read_log(project)))
    with pytest.raises(QcodeError) as raised:
        import_refi(project, path)
    assert reason in raised.value.message("en") and str(path) in raised.value.message("en")
    assert raised.value.message("da") != raised.value.message("en")
    assert (_counts(project), len(read_log(project))) == before


def test_missing_file_is_a_clear_error(project, tmp_path):
    with pytest.raises(QcodeError, match="No file at"):
        import_refi(project, tmp_path / "nowhere.qdpx")


def test_docx_only_source_and_source_variables(project, tmp_path):
    import docx

    rich = tmp_path / "rich.docx"
    word = docx.Document()
    word.add_paragraph("Jeg bor på Ærø.")
    word.add_paragraph("Det er stille.")
    word.save(rich)
    xml = ('<Project xmlns="urn:QDA-XML:project:1.0" name="t"><CodeBook><Codes><Code '
           'guid="00000000-0000-0000-0000-000000000002" name="sted" isCodable="true"/></Codes></CodeBook>'
           '<Sources><TextSource guid="00000000-0000-0000-0000-000000000003" name="Ærø-interview" '
           'richTextPath="internal://00000000-0000-0000-0000-000000000003.docx">'
           '<PlainTextSelection guid="00000000-0000-0000-0000-000000000004" startPosition="11" '
           'endPosition="14"><Coding guid="00000000-0000-0000-0000-000000000005" '
           'creationDateTime="2024-09-15T15:36:47Z"><CodeRef '
           'targetGUID="00000000-0000-0000-0000-000000000002"/></Coding></PlainTextSelection>'
           '<VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-000000000006"/>'
           '<TextValue>x</TextValue></VariableValue></TextSource></Sources></Project>')
    path = tmp_path / "docx.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.write(rich, "sources/00000000-0000-0000-0000-000000000003.docx")
    result = import_refi(project, path)
    document = next(d for d in list_documents(project) if d.name == "Ærø-interview")
    text = get_document(project, document.id).text
    assert text.startswith("Jeg bor på Ærø.\n") and "Det er stille." in text
    (coding,) = codings_for_document(project, document.id)
    assert text[coding.start:coding.end] == "Ærø"
    assert coding.created_at == "2024-09-15T15:36:47+00:00"
    assert [s.message() for s in result.reading.skipped] == [
        "1 variable value(s) on sources (qcode keeps attributes on cases)"]


def test_bare_qde_finds_its_sources_in_a_folder_beside_it(project, tmp_path):
    guid = "C5E4C960-5296-4FDE-8C63-DEABA4E17F92"
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / f"{guid}.txt").write_text("Første linje\r\nAnden linje\r\n", encoding="utf-8")
    qde = tmp_path / "project.qde"
    qde.write_text(
        '<Project xmlns="urn:QDA-XML:project:1.0" name="m" origin="MAXQDA 24"><CodeBook><Codes>'
        '<Code guid="00000000-0000-0000-0000-000000000001" name="tema" isCodable="true"/></Codes>'
        f'</CodeBook><Sources><TextSource guid="{guid}" name="ICLS 2024 3-10" '
        f'plainTextPath="internal://{guid}.txt"><PlainTextSelection '
        'guid="00000000-0000-0000-0000-000000000002" startPosition="14" endPosition="25"><Coding '
        'guid="00000000-0000-0000-0000-000000000003"><CodeRef '
        'targetGUID="00000000-0000-0000-0000-000000000001"/></Coding></PlainTextSelection>'
        '</TextSource></Sources></Project>', encoding="utf-8")
    result = import_refi(project, qde)
    assert result.reading.skipped == []
    document = next(d for d in list_documents(project) if d.name == "ICLS 2024 3-10")
    text = get_document(project, document.id).text
    (coding,) = codings_for_document(project, document.id)
    assert text[coding.start:coding.end] == "Anden linje"
