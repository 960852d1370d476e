"""Sealing: texts rewritten with codings remapped, key kept apart, no original left in the file."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.anon_helpers import fake_detect

from qcode.anonymise import register
from qcode.anonymise.keyfile import KeyEntry, KeyFileError, destroy_key, read_key_file, write_key_file
from qcode.anonymise.render import render_span
from qcode.anonymise.seal import seal_project
from qcode.anonymise.state import is_sealed
from qcode.core import entities
from qcode.core.codebook import ensure_code_path, list_codes, update_code
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.documents import add_document, get_document, list_documents, rename_document
from qcode.core.history import read_log
from qcode.core.project import create_project, open_project

TEXT = ("Interviewer: Hvordan har du det, Palle?\nPalle: Godt. Lines far og Mathias' mor bor i Odense.\n"
        "Line: Palle er min bror, og jeg er 46 år. Anne-Mette arbejder i Røde Kors.\n")
ORIGINALS = ["Palle", "Line", "Mathias", "Odense", "Anne-Mette", "Røde Kors"]


def _coded_project(project):
    doc = add_document(project, "Palle interview", TEXT, source_name="palle_interview.txt")
    code = ensure_code_path(project, "netværk/familie")
    spans = [(TEXT.index("Lines"), TEXT.index(" bor")), (0, 20), (TEXT.index("jeg er"), len(TEXT) - 1)]
    for start, end in spans:
        add_coding(project, doc, code, start, end, memo="Palle siger noget om Line")
    register.detect_project(project, detect_fn=fake_detect)
    return doc


def test_seal_remaps_codings_and_leaves_no_original_bytes(project, tmp_path):
    doc = _coded_project(project)
    before = {c.id: render_span(project, doc, c.start, c.end) for c in codings_for_document(project, doc)}
    result = seal_project(project, tmp_path / "key.json", password="pw")
    text = get_document(project, doc).text
    for coding in codings_for_document(project, doc):
        assert text[coding.start:coding.end] == before[coding.id]
    assert result.documents == 1 and result.replacements > 5
    assert is_sealed(project) and entities.list_entities(project) == []
    sealed = read_log(project, action="anon_seal")
    assert sealed and sealed[0].details["entities"] >= 5
    assert not any(name in str(e.details) for e in read_log(project) for name in ORIGINALS)
    for suffix in ("", "-wal"):
        path = project.path.with_name(project.path.name + suffix)
        data = path.read_bytes() if path.exists() else b""
        for name in ORIGINALS:
            assert name.encode("utf-8") not in data, (name, suffix)
            assert name.lower().encode("utf-8") not in data.lower(), (name, suffix)
    project.close()
    data = project.path.read_bytes()
    assert not any(n.encode() in data for n in ORIGINALS)
    reopened = open_project(project.path)
    try:
        assert "[Informant" in get_document(reopened, doc).text
    finally:
        reopened.close()


def test_seal_refuses_pending_and_keeps_text_when_key_exists(project, tmp_path):
    doc = _coded_project(project)
    key = tmp_path / "key.json"
    key.write_text("{}")
    with pytest.raises(KeyFileError):
        seal_project(project, key, password="pw")
    assert get_document(project, doc).text == TEXT
    with project.transaction():
        entities.set_state(project, entities.find_entity(project, "PERSON", "Palle").id, entities.PENDING)
    with pytest.raises(entities.EntityError):
        seal_project(project, tmp_path / "other.json", password="pw")


@pytest.mark.parametrize("password", [None, "hemmelig kode æøå"])
def test_key_file_round_trip(tmp_path, password):
    entries = [KeyEntry("PERSON", "Palle", ("Palle", "Palles"), "[Informant 1]"),
               KeyEntry("AGE", "46", (), "[40'erne]")]
    path = write_key_file(tmp_path / "k.json", entries, project_name="p", password=password,
                          plaintext=password is None)
    meta, read = read_key_file(path, password)
    assert read == entries and meta["project"] == "p"
    raw = path.read_bytes()
    assert (b"Palle" in raw) is (password is None)
    if password:
        with pytest.raises(KeyFileError):
            read_key_file(path, "forkert")
        with pytest.raises(KeyFileError):
            read_key_file(path)


def test_seal_writes_key_and_destroy_key_is_logged(project, tmp_path):
    _coded_project(project)
    rename_document(project, 1, "Interview med Palle")
    key = tmp_path / "secret" / "key.json"
    seal_project(project, key, password="pw")
    _, entries = read_key_file(key, "pw")
    assert {e.core for e in entries} >= {"Palle", "Line", "Mathias"}
    assert "Palle" not in get_document(project, 1).name
    destroy_key(project, key)
    assert not key.exists()
    assert read_log(project, action="anon_destroy_key")


def test_seal_scrub_keeps_codes_and_colours_and_replaces_the_seed(project, tmp_path):
    _coded_project(project)
    from qcode.core.codebook import find_code

    code = find_code(project, "netværk/familie")
    update_code(project, code.id, colour="#ea1234", description="Familien og Line, palle_noter")
    entities.insert_entity(project, "PERSON", "Ea", state=entities.ACCEPTED, number=9)
    seed = project.get_setting("anon.seed")
    seal_project(project, tmp_path / "key.json", password="pw")
    code = find_code(project, "netværk/familie")
    assert code.colour == "#ea1234"
    assert "Line" not in code.description and "palle" not in code.description.lower()
    # substitute names were drawn with the old seed: it leaves the file, into the key
    assert project.get_setting("anon.seed") not in (None, seed)
    assert read_key_file(tmp_path / "key.json", "pw")[0]["seed"] == seed
    assert seed not in str([e.details for e in read_log(project)])


WORDS = ["og", "jeg", "bor", "Palle", "Line", "Lines", "hus", "Mathias", "i", "Odense", "det", "46 år"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), min_size=3, max_size=40),
       cuts=st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 60)), min_size=1, max_size=8),
       manual=st.lists(st.integers(0, 10_000), max_size=3))
def test_property_seal_keeps_every_coding_on_its_words(tmp_path_factory, words, cuts, manual):
    text = "Palle: " + " ".join(words) + ".\n"
    project = create_project(tmp_path_factory.mktemp("p") / "p.qcode", coder="t")
    try:
        doc = add_document(project, "d", text)
        code = ensure_code_path(project, "kode")
        for offset, length in cuts:
            start = offset % (len(text) - 1)
            add_coding(project, doc, code, start, min(len(text), start + length))
        register.detect_project(project, detect_fn=fake_detect)
        from qcode.anonymise.review import add_manual_mention

        for offset in manual:  # random extra replacements, at arbitrary (not word) boundaries
            start = offset % (len(text) - 3)
            if not any(m.start < start + 2 and start < m.end
                       for m in entities.mentions_for_document(project, doc)):
                try:
                    add_manual_mention(project, doc, start, start + 2, "PERSON")
                except entities.EntityError:  # a selection of only blanks is refused, rightly
                    pass
        before = {c.id: render_span(project, doc, c.start, c.end) for c in codings_for_document(project, doc)}
        seal_project(project, tmp_path_factory.mktemp("k") / "key.json", allow_pending=True,
                     plaintext_key=True)
        after = get_document(project, doc).text
        for coding in codings_for_document(project, doc):
            assert after[coding.start:coding.end] == before[coding.id]
        assert "Palle" not in after and "Mathias" not in after
    finally:
        project.close()


def test_sealing_leaves_counts_and_measures_in_the_header_and_replaces_ages() -> None:
    """A stranger's sealed project had "runde [barn]", "varighed [halvtredserne] min" in its metadata:
    a number that counts or measures is no age; "Birgitte, 56" and "Alder: 56" still are (#11, #13)."""
    from qcode.anonymise.written_ages import age_rewriter

    ages = {"2": "2", "4": "4", "52": "52", "56": "56", "23 år": "23", "23": "23", "10": "10"}
    numbers, worded = age_rewriter(ages, "decade", numbers=True), age_rewriter(ages, "decade")
    kept = ["runde 2", "INTERVIEW 4", "varighed 52 min", "kl. 10.15", "unge 18-23 år"]
    assert [numbers(worded(value)) for value in kept] == kept
    assert numbers(worded("Birgitte, 56")) == "Birgitte, [halvtredserne]"
    assert numbers(worded("Alder: 56, 23 år i 2019")) == "Alder: [halvtredserne], [tyverne] i 2019"


def test_seal_leaves_no_foreign_postcode_in_the_file(project, tmp_path):
    text = ("Interviewer: Hvor bor du?\n"
            "Krzysiek: ul. Grunwaldzka 148/12, 80-264 Gdańsk. Og før i 8000 Aarhus C.\n")
    add_document(project, "Opfølgning", text)
    register.detect_project(project)
    assert {"80-264", "8000"} <= {e.core for e in entities.list_entities(project)}
    # what waits for review is sealed as replaced, never as written
    seal_project(project, tmp_path / "key.json", password="pw", allow_pending=True)
    project.close()
    for suffix in ("", "-wal"):
        path = project.path.with_name(project.path.name + suffix)
        data = path.read_bytes() if path.exists() else b""
        assert b"80-264" not in data and b"Grunwaldzka" not in data, suffix


def test_seal_leaves_a_word_in_the_codebook_that_is_also_a_participants_name(project, tmp_path):
    text = "Interviewer: Hvem bor hos dig?\nAnne: Bo, min bror. Bo kommer hver dag. Man må bo her.\n"
    add_document(project, "bo_interview", text, source_name="bo_interview.txt")
    code = ensure_code_path(project, "ensomhed")
    update_code(project, code, description="Ikke at bo alene. Bo er ikke koden.")
    names = {"Bo": "PERSON", "Anne": "PERSON"}
    register.detect_project(project, detect_fn=lambda text, **kw: fake_detect(text, names=names, **kw))
    seal_project(project, tmp_path / "key.json", password="pw")
    description = next(c.description for c in list_codes(project) if c.id == code)
    assert description.startswith("Ikke at bo alene.") and "Bo er" not in description
    assert not any("bo_" in d.name.casefold() for d in list_documents(project))
