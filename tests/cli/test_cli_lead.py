"""The lead's command line on the project with a known history (tests/lead_history.py): the report kinds
overview, saturation, history and origins (pseudonymised like every report), the codebook edits with
--reason, and the appendix and chart exports."""

from __future__ import annotations

import csv
import io
import time

import pytest
from cli_run import qcode
from docx import Document
from lead_history import TEXTS, build, install_clock

from qcode.cli import main
from qcode.core.codebook import find_code
from qcode.core.codebook_history import code_events
from qcode.core.project import open_project


@pytest.fixture
def lead(tmp_path, monkeypatch):
    """The known-history project, closed so the command line can open it; returns its path."""
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("QCODE_LANG", "en")
    time.tzset()
    history = build(tmp_path / "lead.qcode", install_clock(monkeypatch.setattr))
    history.project.close()
    yield history
    monkeypatch.undo()
    time.tzset()


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    if argv[0] == "report":  # the known history leaves iv4–iv6 unsearched on purpose: acknowledged
        argv = (*argv, "--acknowledge-warnings")
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _csv_tables(text: str) -> list[list[list[str]]]:
    return [list(csv.reader(io.StringIO(block))) for block in text.strip().split("\n\n")]


def test_report_overview_with_a_filter(lead, capsys):
    code, out, _ = _run(capsys, "report", str(lead.project.path), "overview", "--where", "køn=kvinde")
    assert code == 0
    documents, coders, codes = _csv_tables(out)
    assert documents[0] == ["Document", "Case", "Characters", "Coded %", "Codings", "Coders", "Last change",
                            "Anonymisation", "Double coded", "Adjudicated"]
    # documents as exports name them
    assert [row[0] for row in documents[1:]] == ["Dokument 1", "Dokument 3", "Dokument 5"]
    assert documents[2][4:] == ["4", "2", "2026-03-06 09:00", "searched, all decided", "yes", "—"]
    women = sum(len(TEXTS[d]) for d in ("iv1", "iv3", "iv5"))
    anna = sum(len(p) for p in ("Jeg føler mig overset på kommunen", "Vi spiller kort om tirsdagen.",
                                "Jeg vil gerne flytte til Aarhus.", "De kigger skævt til mig.",
                                "Ingen besøger mig.", "Lejligheden er for lille.", "Jeg skammer mig",
                                "Værelset er fugtigt."))
    share = lambda covered: f"{100 * covered / women:.1f}".rstrip("0").rstrip(".")  # noqa: E731
    assert coders[1:] == [["anna", "3", "9", share(anna), "2026-03-09 09:00"],
                          ["bo", "1", "1", share(len("De kigger skævt")), "2026-03-06 09:00"]]
    assert ["skam", "4", "3", "2"] in codes


def test_report_saturation_in_three_orders(lead, capsys):
    path = str(lead.project.path)
    _code, out, _ = _run(capsys, "report", path, "saturation")
    (table,) = _csv_tables(out)
    assert [row[5:8] for row in table[1:]] == [["4", "4", "0"], ["2", "6", "50"], ["1", "7", "75"],
                                               ["0", "7", "100"], ["0", "7", "100"], ["0", "7", "100"]]
    _code, out, _ = _run(capsys, "report", path, "saturation", "--order", "imported", "--format", "md")
    assert out.startswith("## Saturation: The last 3 interviews added no new codes.")
    _code, out, _ = _run(capsys, "report", path, "saturation", "--order", "alder")
    (table,) = _csv_tables(out)
    assert [row[0] for row in table[1:]] == ["iv5", "iv2", "iv3", "iv6", "iv1", "iv4"]
    assert [row[2] for row in table[1:]] == ["20'erne", "30'erne", "40'erne", "50'erne", "60'erne", "70'erne"]
    code, _out, err = _run(capsys, "report", path, "saturation", "--order", "bydel")
    assert code == 1 and "No case attribute named 'bydel'" in err


def test_report_history_and_origins(lead, capsys):
    path = str(lead.project.path)
    _code, out, _ = _run(capsys, "report", path, "history")
    (table,) = _csv_tables(out)
    assert [row[2] for row in table[1:]] == ["rename", "split", "merge", "delete"]
    assert table[2][3:8] == ["“ensomhed” was split into “ensomhed/social” and “ensomhed/emotionel”; "
                             "3 codings moved.", "4", "4", "3", "To slags ensomhed"]
    _code, out, _ = _run(capsys, "report", path, "history", "--all", "--code", "ønsker")
    assert [row[2] for row in _csv_tables(out)[0][1:]] == ["rename", "rename"]
    _code, out, _ = _run(capsys, "report", path, "origins", "--code", "netværk")
    (table,) = _csv_tables(out)
    assert table[0] == ["Document", "Start", "End", "Coder", "Text", "Made under", "Moved by", "Code now"]
    moved = [row for row in table[1:] if row[6]]
    assert [(row[0], row[4], row[5], row[6], row[7]) for row in moved] == [
        ("Dokument 1", "Vi spiller kort om tirsdagen.", "venner",
         "merge on 6 March 2026: “venner” → “netværk”", "netværk")]


def test_reports_are_pseudonymised(lead, capsys):
    path = str(lead.project.path)
    assert _run(capsys, "rename-code", path, "bolig", "bolig i Aarhus", "--reason", "Mette bor der")[0] == 0
    _code, out, _ = _run(capsys, "report", path, "history")
    assert "Aarhus" not in out and "Mette" not in out
    assert "[Person 1] bor der" in out


def test_codebook_edits_keep_their_reasons(lead, capsys):
    path = str(lead.project.path)
    code, out, _ = _run(capsys, "rename-code", path, "bolig", "boligforhold", "--reason", "bredere")
    assert (code, out) == (0, "Renamed 'bolig' to 'boligforhold'.\n")
    code, out, _ = _run(capsys, "move-code", path, "boligforhold", "--to", "ønsker")
    assert out == "Moved 'boligforhold' to 'ønsker/boligforhold'.\n"
    code, out, _ = _run(capsys, "merge-codes", path, "ensomhed/emotionel", "ensomhed", "--reason", "for fint")
    assert out == "Merged 'ensomhed/emotionel' into 'ensomhed' (7 codings now, sub-codes included).\n"
    kommune, skaev = lead.codings["iv1_kommune"], lead.codings["iv3_skaev"]
    code, out, _ = _run(capsys, "split-code", path, "skam", "--part", f"kommunen={kommune}",
                        "--part", f"opgangen={skaev}", "--reason", "to steder")
    assert out == "Split 'skam' into skam/kommunen, skam/opgangen; 2 codings moved.\n"
    code, out, _ = _run(capsys, "delete-code", path, "ønsker/boligforhold", "--reason", "uden for emnet")
    assert out == "Deleted 'ønsker/boligforhold' and 2 codings.\n"
    with open_project(path, coder="anna") as project:
        events = code_events(project, include_undone=False)[-5:]
        assert [(e.kind, e.reason) for e in events] == [
            ("rename", "bredere"), ("move", ""), ("merge", "for fint"), ("split", "to steder"),
            ("delete", "uden for emnet")]
        assert find_code(project, "skam/kommunen").id


@pytest.mark.parametrize(("argv", "english", "danish"), [
    (["split-code", "{p}", "skam", "--part", "kommunen=x"], "Write a new code as NAME=CODING,CODING…",
     "Skriv en ny kode som NAVN=KODNING,KODNING…"),
    (["split-code", "{p}", "skam", "--part", "kommunen=1"], "Coding 1 is not a coding of 'skam'",
     "Kodning 1 hører ikke til 'skam'"),
    (["merge-codes", "{p}", "ensomhed", "ensomhed/social"], "cannot be merged into itself",
     "kan ikke flettes ind i sig selv"),
    (["rename-code", "{p}", "bolig", "skam"], "There is already a code 'skam' here",
     "Der er allerede en kode 'skam' her"),
])
def test_refusals_are_one_message_in_either_language(lead, capsys, monkeypatch, argv, english, danish):
    argv = [a.replace("{p}", str(lead.project.path)) for a in argv]
    code, out, err = _run(capsys, *argv)
    assert (code, out) == (1, "") and english in err and "Traceback" not in err
    monkeypatch.setenv("QCODE_LANG", "da")
    code, _out, err = _run(capsys, *argv)
    assert code == 1 and danish in err


def test_export_appendix_and_chart_as_a_user_does(lead, tmp_path):
    result = qcode("export", str(lead.project.path), "appendix", "--acknowledge-warnings", "--lang", "en",
                   "--out", "appendix.docx",
                   cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Wrote the methods appendix (en) to appendix.docx.\n"
    document = Document(str(tmp_path / "appendix.docx"))
    assert document.paragraphs[0].text == "Methods appendix: coding, codebook and anonymisation"
    result = qcode("export", str(lead.project.path), "saturation", "--out", "kurve.svg", "--order",
                   "imported", cwd=tmp_path, lang="da")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Skrev mætningskurven til kurve.svg (interviews: 6).\n"
    assert (tmp_path / "kurve.svg").read_text(encoding="utf-8").count("<svg") == 1
    result = qcode("export", str(lead.project.path), "appendix", "--out", "bilag.pdf", cwd=tmp_path)
    assert result.returncode == 1 and "Cannot export appendix as 'pdf' (choose docx)." in result.stderr
