"""The methods appendix on the project with a known history (support/lead_history.py): every number in its
text, in English and Danish, pseudonymisation and the leak check, the sealed case, the Word file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from docx import Document

from qcode.anonymise import review
from qcode.anonymise.leak_check import LeakError
from qcode.anonymise.register import store_detections
from qcode.anonymise.seal import seal_project
from qcode.core import entities
from qcode.core.codebook import rename_code
from qcode.core.codebook_history import code_events
from qcode.core.quotes import list_exports
from qcode.export.methods_appendix import build_appendix
from qcode.export.run import export_methods_appendix, export_saturation_chart

MADE = datetime(2026, 3, 12, 10, 0, tzinfo=UTC)



CONTACTS = "contact details (CPR and phone numbers, e-mail and street addresses, postcodes, dates)"


def _texts(appendix, kind=None):
    return [b.text for b in appendix.blocks if kind is None or b.kind == kind]


def _table(appendix, first_header):
    return next(b.rows for b in appendix.blocks if b.kind == "table" and b.rows[0][0] == first_header)


def test_every_section_and_number_in_english(history):
    appendix = build_appendix(history.project, "en", made=MADE)
    headings = [b.text for b in appendix.blocks if b.kind == "heading" and b.level <= 1]
    assert headings == ["Methods appendix: coding, codebook and anonymisation", "1. Material and coding",
                        "2. The codebook", "3. How the codebook developed", "4. Coders and agreement",
                        "5. Saturation", "6. Anonymisation"]
    paragraphs = _texts(appendix, "paragraph")
    assert paragraphs[0] == "Project lead. Made with qcode 0.1.0 on 12 March 2026."
    assert ("The material consists of 6 interviews. 6 of them were coded, with 20 codings in all by 2 coders "
            "(anna, bo), between 2 March 2026 and 10 March 2026.") in paragraphs
    assert _table(appendix, "Code") == (
        ("Code", "Segments", "Interviews", "In all"), ("netværk", "6", "4", "6"), ("ensomhed", "1", "1", "7"),
        ("social", "4", "4", "4"), ("emotionel", "2", "2", "2"), ("skam", "4", "3", "4"),
        ("ønsker", "1", "1", "1"), ("bolig", "2", "2", "2"))
    assert ("The final codebook has 7 codes, 5 of them at the top level. The table gives the number of coded "
            "segments and of interviews per code ('in all' counts sub-codes too); each code's definition, "
            "criteria and example follow.") in paragraphs
    assert ("While the interviews were coded, the codebook changed 4 times (1 × rename, 1 × merge, "
            "1 × split, 1 × delete). In the order they were made, with the reason the coder gave:"
            ) in paragraphs
    assert _texts(appendix, "bullet") == [
        "“stigma” was renamed “skam” on 4 March 2026 by anna. "
        "Reason: Informanterne taler om skam, ikke stigma",
        "“ensomhed” was split into “ensomhed/social” and “ensomhed/emotionel” on 5 March 2026 by anna; "
        "3 codings moved. Reason: To slags ensomhed",
        "“venner” was merged into “netværk” on 6 March 2026 by anna; 1 coding moved. "
        "Reason: For få kodninger",
        "“prøve” was deleted on 7 March 2026 by anna with 1 coding. Reason: Kun til afprøvning"]
    assert _table(appendix, "Coder") == (("Coder", "Interviews", "Codings"), ("anna", "6", "17"),
                                         ("bo", "2", "3"))
    assert "2 of the 6 coded interviews were coded by two or more coders." in paragraphs
    pair = next(p for p in paragraphs if p.startswith("anna and bo"))
    assert pair.startswith("anna and bo both coded 2 interviews. Character-level agreement: ")
    assert pair.endswith("% at a threshold of 90 %.")
    assert any(p.startswith("Method: agreement is computed as NVivo's Coding Comparison Query does.")
               for p in paragraphs)
    assert any(p.startswith("Adjudication: qcode records no adjudication") for p in paragraphs)
    assert any(p.endswith("The last 3 interviews added no new codes.") for p in paragraphs)
    assert _table(appendix, "No.") == (
        ("No.", "First coded", "Codings", "New codes", "Codes so far", "Codings in codes seen before %",
         "The new codes"),
        ("1", "2026-03-02", "5", "4", "4", "0.0", "ensomhed, ensomhed/emotionel, ensomhed/social, netværk"),
        ("2", "2026-03-03", "4", "2", "6", "50.0", "skam, ønsker"),
        ("3", "2026-03-06", "4", "1", "7", "75.0", "bolig"),
        ("4", "2026-03-08", "2", "0", "7", "100.0", ""),
        ("5", "2026-03-09", "2", "0", "7", "100.0", ""),
        ("6", "2026-03-10", "3", "0", "7", "100.0", ""))
    assert [b.kind for b in appendix.blocks].count("image") == 1
    assert _table(appendix, "Replaced") == (
        ("Replaced", "Number"), ("interviewees", "1"), ("other persons", "1"), ("ages", "1"), ("places", "1"),
        ("organisations", "0"), (CONTACTS, "0"))
    assert ("Findings rejected as not identifying: 0. Findings still undecided when this appendix was "
            "made: 1. The accepted ones occur 4 times in the interviews.") in paragraphs
    assert any(p.startswith("Ages are written as a decade in words") for p in paragraphs)
    assert any(p.startswith("The project is not sealed:") for p in paragraphs)


def test_agreement_figures_match_the_comparison(history):
    from qcode.analysis.agreement import compare_coders

    overall = compare_coders(history.project, ["anna"], ["bo"]).overall
    appendix = build_appendix(history.project, "en", made=MADE)
    pair = next(p for p in _texts(appendix, "paragraph") if p.startswith("anna and bo"))
    assert (f"agreement: {overall.chars.percent:.1f} % (Cohen's kappa {overall.chars.kappa:.3f}); segment "
            f"agreement: {overall.segment_percent:.1f} %") in pair


def test_danish_wording_and_numbers(history):
    appendix = build_appendix(history.project, "da", made=MADE)
    paragraphs = _texts(appendix, "paragraph")
    assert appendix.title == "Metodebilag: kodning, kodebog og anonymisering"
    assert paragraphs[0] == "Projekt lead. Udarbejdet med qcode 0.1.0 den 12. marts 2026."
    assert ("Materialet består af 6 interviews. 6 af dem er kodet, med i alt 20 kodninger foretaget af "
            "2 kodere (anna, bo) mellem 2. marts 2026 og 10. marts 2026.") in paragraphs
    assert _texts(appendix, "bullet")[1] == (
        "»ensomhed« blev delt i »ensomhed/social« og »ensomhed/emotionel« den 5. marts 2026 af anna; "
        "3 kodninger flyttet. Begrundelse: To slags ensomhed")
    assert _table(appendix, "Nr.")[2] == ("2", "2026-03-03", "4", "2", "6", "50,0", "skam, ønsker")
    assert any(p.endswith("De sidste 3 interviews tilføjede ingen nye koder.") for p in paragraphs)
    assert _table(appendix, "Erstattet")[1:3] == (("informanter", "1"), ("andre personer", "1"))
    assert any(p.startswith("Metode: enigheden er beregnet, som NVivos Coding Comparison Query")
               for p in paragraphs)


def test_names_in_the_history_are_pseudonymised(history):
    project = history.project
    rename_code(project, history.codes["bolig"], "bolig i Aarhus", reason="Mette nævner Aarhus")
    appendix = build_appendix(project, "en", made=MADE)
    everything = " ".join(t for b in appendix.blocks for t in [b.text, *(c for r in b.rows for c in r)])
    assert "Aarhus" not in everything and "Mette" not in everything
    assert "“bolig” was renamed “bolig i [by]”" in everything
    assert "Reason: [Person 1] nævner [by]" in everything


def test_export_writes_a_word_file_and_logs_it(history, tmp_path):
    path = tmp_path / "metodebilag.docx"
    # iv4–iv6 were never searched for names (on purpose): acknowledged
    result = export_methods_appendix(history.project, path, "da", acknowledge_warnings=True)
    assert result.path == path and result.format == "docx"
    document = Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[:3] == ["Metodebilag: kodning, kodebog og anonymisering", "1. Materiale og kodning",
                            "2. Kodebogen"]
    assert len(document.inline_shapes) == 1  # the saturation chart
    assert any(cell.text == "50,0" for table in document.tables for row in table.rows for cell in row.cells)
    assert [(e.kind, e.format) for e in list_exports(history.project)][-1] == ("appendix", "docx")


def test_an_unknown_name_in_a_reason_needs_acknowledging(history, tmp_path):
    project = history.project
    rename_code(project, history.codes["bolig"], "boligen", reason="Som Bodil Kjærsgaard sagde")
    with pytest.raises(LeakError) as error:
        export_methods_appendix(project, tmp_path / "a.docx", "en")
    assert error.value.message_id == "anon.leak_warnings"
    assert not (tmp_path / "a.docx").exists()
    export_methods_appendix(project, tmp_path / "a.docx", "en", acknowledge_warnings=True)
    assert (tmp_path / "a.docx").is_file()


def test_a_sealed_project_counts_from_the_log(history, tmp_path):
    project = history.project
    store_detections(project, {history.docs[d]: [] for d in ("iv4", "iv5", "iv6")})
    ole = next(e for e in entities.list_entities(project) if e.core == "Ole")
    review.reject(project, ole.id)
    rename_code(project, history.codes["bolig"], "boligen", reason="Mette bruger ordet")
    before = build_appendix(project, "en", made=MADE)
    seal_project(project, tmp_path / "key.json", plaintext_key=True)
    after = build_appendix(project, "en", made=MADE)
    assert _table(before, "Replaced")[1:3] == (("interviewees", "1"), ("other persons", "1"))
    assert _table(after, "Replaced") == (
        ("Replaced", "Number"), ("persons (interviewees and others)", "2"), ("ages", "1"), ("places", "1"),
        ("organisations", "0"), (CONTACTS, "0"))
    paragraphs = _texts(after, "paragraph")
    assert ("Findings rejected as not identifying: 1. Findings still undecided when this appendix was "
            "made: 0. The numbers are taken from the project's log, as sealing removed the register (the log "
            "does not tell interviewees from other persons).") in paragraphs
    sealed = next(p for p in paragraphs if p.startswith("The project was sealed on 11 March 2026:"))
    assert "replacements in 6 interviews" in sealed
    assert "keeps nothing that confirms a guessed original" in sealed
    assert code_events(project)[-1].reason == "[Person 1] bruger ordet"  # sealing scrubbed the reason too


def test_saturation_chart_export(history, tmp_path):
    png = export_saturation_chart(history.project, tmp_path / "kurve.png")
    assert png.items == 6 and (tmp_path / "kurve.png").read_bytes()[:4] == b"\x89PNG"
    svg = export_saturation_chart(history.project, tmp_path / "kurve.svg", order="attribute",
                                  attribute="alder", lang="da")
    text = (tmp_path / "kurve.svg").read_text(encoding="utf-8")
    assert svg.format == "svg" and "Interview" in text
    assert [e.kind for e in list_exports(history.project)][-2:] == ["saturation", "saturation"]


def test_a_project_with_nothing_coded_yet(project, tmp_path):
    appendix = build_appendix(project, "en", made=MADE)
    paragraphs = _texts(appendix, "paragraph")
    assert "The material consists of 0 interviews; none has been coded yet." in paragraphs
    assert ("The codebook has not been changed (no code was renamed, moved, merged, split or deleted)."
            in paragraphs)
    assert "No interview was coded by two coders, so no agreement is reported." in paragraphs
    assert any(p.endswith("No interview has been coded yet.") for p in paragraphs)
    assert [b.kind for b in appendix.blocks].count("image") == 0
    assert export_methods_appendix(project, tmp_path / "empty.docx", "da").path.is_file()


def test_coding_done_on_one_day_is_dated_once(project):
    from qcode.core.codebook import add_code
    from qcode.core.codings import add_coding
    from qcode.core.documents import add_document

    doc = add_document(project, "iv", "Jeg er tit alene om aftenen.")
    add_coding(project, doc, add_code(project, "alene"), 0, 17)
    material = [b.text for b in build_appendix(project, "da").blocks if b.text.startswith("Materialet")]
    assert len(material) == 1 and " mellem " not in material[0] and ") den " in material[0]
