"""The lead's overview, saturation curve and codebook history on the project with a known history
(tests/support/lead_history.py): every number in the dashboard and the saturation tables is checked."""

from __future__ import annotations

import pytest
from support.lead_history import TEXTS

from qcode.analysis.codebook_story import describe, history_table, summary
from qcode.analysis.overview import filter_values, overview
from qcode.analysis.saturation import saturation, saturation_table
from qcode.core.codebook_history import code_events
from qcode.core.reports import ReportError


def _rows(table):
    return {row: values for row, values in zip(table.rows, table.values, strict=True)}


def _length(phrases):
    return sum(len(p) for p in phrases)


def test_documents_table(history):
    result = overview(history.project)
    assert result.documents.columns == ["Case", "Characters", "Coded %", "Codings", "Coders", "Last change",
                                        "Anonymisation", "Double coded", "Adjudicated"]
    rows = _rows(result.documents)
    assert list(rows) == ["iv1", "iv2", "iv3", "iv4", "iv5", "iv6"]
    lengths = {doc: len(text) for doc, text in TEXTS.items()}
    # iv1: "Jeg føler mig overset på kommunen." is one stretch (two codings overlap), plus two sentences
    iv1 = _length(["Jeg føler mig overset på kommunen", "Vi spiller kort om tirsdagen.",
                   "Jeg vil gerne flytte til Aarhus."])
    iv2 = _length(["Jeg er alene hver aften. Der er ingen ringer.", "Min nabo hjælper mig med indkøb."])
    iv3 = _length(["De kigger skævt til mig.", "Ingen besøger mig.", "Lejligheden er for lille."])
    iv4 = _length(["Min bror ringer om søndagen.", "Jeg er ked af det om natten."])
    iv5 = _length(["Jeg skammer mig", "Værelset er fugtigt."])
    iv6 = _length(["Ingen spørger efter mig.", "Jeg går i klubben.", "Klubben er mit andet hjem."])
    share = lambda covered, doc: round(100 * covered / lengths[doc], 1)  # noqa: E731
    assert rows["iv1"] == ["P1", lengths["iv1"], share(iv1, "iv1"), 4, 1, "2026-03-03 09:00",
                           "searched, all decided", "no", "—"]
    assert rows["iv2"] == ["P2", lengths["iv2"], share(iv2, "iv2"), 5, 2, "2026-03-03 14:00", "1 undecided",
                           "yes", "—"]
    assert rows["iv3"] == ["P3", lengths["iv3"], share(iv3, "iv3"), 4, 2, "2026-03-06 09:00",
                           "searched, all decided", "yes", "—"]
    assert rows["iv4"] == ["P4", lengths["iv4"], share(iv4, "iv4"), 2, 1, "2026-03-08 09:00", "not searched",
                           "no", "—"]
    assert rows["iv5"] == ["P5", lengths["iv5"], share(iv5, "iv5"), 2, 1, "2026-03-09 09:00", "not searched",
                           "no", "—"]
    assert rows["iv6"] == ["P6", lengths["iv6"], share(iv6, "iv6"), 3, 1, "2026-03-10 09:00", "not searched",
                           "no", "—"]
    counts = result.counts
    assert (counts.documents, counts.coded, counts.double_coded, counts.searched, counts.undecided,
            counts.sealed) == (6, 6, 2, 3, 1, False)
    assert counts.characters == sum(lengths.values())
    assert counts.covered == iv1 + iv2 + iv3 + iv4 + iv5 + iv6


def test_coders_and_codes_tables(history):
    result = overview(history.project)
    total = sum(len(t) for t in TEXTS.values())
    bo = _length(["Jeg er alene hver aften. Der er ingen ringer.", "Min nabo hjælper mig", "De kigger skævt"])
    coders = _rows(result.coders)
    assert result.coders.columns == ["Documents", "Codings", "Coded %", "Last change"]
    assert coders["bo"] == [2, 3, round(100 * bo / total, 1), "2026-03-06 09:00"]
    assert coders["anna"][:2] == [6, 17]
    assert coders["anna"][3] == "2026-03-10 09:00"
    codes = _rows(result.codes)
    assert result.codes.columns == ["Codings", "Documents", "Coders"]
    assert codes == {
        "netværk": [6, 4, 2], "ensomhed": [1, 1, 1], "ensomhed/social": [4, 4, 1],
        "ensomhed/emotionel": [2, 2, 1], "skam": [4, 3, 2], "ønsker": [1, 1, 1], "bolig": [2, 2, 1],
    }
    assert result.codes.row_depth == [0, 0, 1, 1, 0, 0, 0]


def test_filter_by_case_attribute(history):
    assert filter_values(history.project) == {
        "alder": ["20'erne", "30'erne", "40'erne", "50'erne", "60'erne", "70'erne"],
        "køn": ["kvinde", "mand"]}
    women = overview(history.project, {"køn": ["kvinde"]})
    assert women.documents.rows == ["iv1", "iv3", "iv5"]
    assert _rows(women.coders)["bo"][:2] == [1, 1]
    assert _rows(women.codes)["skam"] == [4, 3, 2]
    assert _rows(women.codes)["netværk"] == [1, 1, 1]
    assert women.counts.double_coded == 1
    sixties = overview(history.project, {"alder": ["60'erne"], "køn": ["kvinde"]})
    assert sixties.documents.rows == ["iv1"]
    with pytest.raises(ReportError):
        overview(history.project, {"bydel": ["x"]})


def test_danish_labels(history):
    result = overview(history.project, lang="da")
    assert result.documents.columns[:3] == ["Case", "Tegn", "Kodet %"]
    assert _rows(result.documents)["iv2"][6:8] == ["1 uafgjort", "ja"]
    assert result.counts.sentence("da").startswith("6 af 6 dokumenter kodet (")


def _points(result):
    return [(p.document, p.order_value, p.codings, p.codes, p.new, p.cumulative, p.seen_share)
            for p in result.points]


def test_saturation_in_the_order_coded(history):
    result = saturation(history.project)
    assert _points(result) == [
        ("iv2", "2026-03-02", 5, 4, 4, 4, 0.0),
        ("iv1", "2026-03-03", 4, 4, 2, 6, 50.0),
        ("iv3", "2026-03-06", 4, 3, 1, 7, 75.0),
        ("iv4", "2026-03-08", 2, 2, 0, 7, 100.0),
        ("iv5", "2026-03-09", 2, 2, 0, 7, 100.0),
        ("iv6", "2026-03-10", 3, 2, 0, 7, 100.0),
    ]
    assert result.points[0].new_codes == ("ensomhed", "ensomhed/emotionel", "ensomhed/social", "netværk")
    assert result.points[1].new_codes == ("skam", "ønsker")
    assert result.points[2].new_codes == ("bolig",)
    assert (result.trailing, result.uncoded) == (3, 0)
    assert result.reading() == "The last 3 interviews added no new codes."
    assert result.reading("da") == "De sidste 3 interviews tilføjede ingen nye koder."
    table = saturation_table(result)
    assert table.title == "Saturation: The last 3 interviews added no new codes."
    assert table.columns == ["No.", "Ordered by", "Codings", "Codes used", "New codes", "Codes so far",
                             "Codings in codes seen before %", "The new codes"]
    assert table.values[1] == [2, "2026-03-03", 4, 4, 2, 6, 50.0, "skam, ønsker"]


def test_saturation_in_the_order_imported_and_by_age(history):
    imported = saturation(history.project, "imported")
    assert [(p.document, p.new, p.cumulative, p.seen_share) for p in imported.points] == [
        ("iv1", 4, 4, 0.0), ("iv2", 2, 6, 60.0), ("iv3", 1, 7, 75.0), ("iv4", 0, 7, 100.0),
        ("iv5", 0, 7, 100.0), ("iv6", 0, 7, 100.0)]
    by_age = saturation(history.project, "attribute", "alder")
    assert [(p.document, p.order_value, p.new, p.cumulative, p.seen_share) for p in by_age.points] == [
        ("iv5", "20'erne", 2, 2, 0.0), ("iv2", "30'erne", 4, 6, 0.0), ("iv3", "40'erne", 0, 6, 100.0),
        ("iv6", "50'erne", 0, 6, 100.0), ("iv1", "60'erne", 1, 7, 75.0), ("iv4", "70'erne", 0, 7, 100.0)]
    assert by_age.trailing == 1
    assert by_age.reading() == "The last interview added no new codes."


def test_saturation_of_top_level_codes(history):
    result = saturation(history.project, top_level=True)
    assert [(p.document, p.codes, p.new, p.cumulative) for p in result.points] == [
        ("iv2", 2, 2, 2), ("iv1", 4, 2, 4), ("iv3", 3, 1, 5), ("iv4", 2, 0, 5), ("iv5", 2, 0, 5),
        ("iv6", 2, 0, 5)]


@pytest.mark.parametrize(("order", "attribute", "message_id"), [
    ("random", None, "saturation.bad_order"), ("attribute", None, "saturation.needs_attribute"),
    ("attribute", "bydel", "report.unknown_attribute")])
def test_saturation_refuses_an_order_it_cannot_make(history, order, attribute, message_id):
    with pytest.raises(ReportError) as error:
        saturation(history.project, order, attribute)
    assert error.value.message_id == message_id


def test_codebook_history_sentences(history):
    events = code_events(history.project, include_undone=False)
    assert [describe(e, coder=True) for e in events] == [
        "“stigma” was renamed “skam” on 4 March 2026 by anna. "
        "Reason: Informanterne taler om skam, ikke stigma",
        "“ensomhed” was split into “ensomhed/social” and “ensomhed/emotionel” on 5 March 2026 by anna; "
        "3 codings moved. Reason: To slags ensomhed",
        "“venner” was merged into “netværk” on 6 March 2026 by anna; 1 coding moved. "
        "Reason: For få kodninger",
        "“prøve” was deleted on 7 March 2026 by anna with 1 coding. Reason: Kun til afprøvning",
    ]
    assert describe(events[1], "da") == (
        "»ensomhed« blev delt i »ensomhed/social« og »ensomhed/emotionel« den 5. marts 2026; 3 kodninger "
        "flyttet. Begrundelse: To slags ensomhed")
    assert summary(events) == "1 × rename, 1 × merge, 1 × split, 1 × delete"
    every = code_events(history.project)
    assert [(e.kind, e.undone) for e in every][1:3] == [("rename", True), ("rename", True)]
    table = history_table(events)
    assert table.values[1][3:6] == [4, 4, 3]
    assert table.values[2][3:6] == [3, 3, 1]  # netværk 2 + venner 1 before, all in netværk after
