"""The tables of a coder comparison (:func:`qcode.analysis.agreement.compare_coders`): agreement by code,
by document, by code and document, and the disagreeing segments, titles and headers in English or Danish,
for the CLI's CSV, Markdown and Excel output. Only presentation: the numbers are the comparison's."""

from __future__ import annotations

from qcode.analysis.agreement import MEAN, OVERALL, Agreement, AgreementRow
from qcode.analysis.table import Cell, DocumentLabel, Excerpt, Table, label
from qcode.core.errors import register_messages, say

UNIT_WORDS = {"characters": "chars", "sentences": "sentences", "turns": "turns"}

# Titles and headers of the agreement tables (the CLI says them in Danish under QCODE_LANG=da; the GUI
# builds its own views).
register_messages({
    "agreement.title": ("{what}: {a} vs {b} (unit: {unit}, segments matched at {threshold} %{rolled}"
                        "{single})",
                        "{what}: {a} mod {b} (enhed: {unit}, segmenter fælles ved {threshold} %{rolled}"
                        "{single})"),
    "agreement.unit_characters": ("characters", "tegn"),
    "agreement.unit_sentences": ("sentences", "sætninger"),
    "agreement.unit_turns": ("turns", "taleture"),
    "agreement.unit_chars": ("chars", "tegn"),
    "agreement.rolled": (", sub-codes rolled up", ", underkoder talt med i overkoden"),
    "agreement.single_counted": (", documents coded by one side counted",
                                 ", dokumenter kodet af kun den ene side talt med"),
    "agreement.by_code": ("Agreement by code", "Enighed pr. kode"),
    "agreement.by_code_document": ("Agreement by code and document", "Enighed pr. kode og dokument"),
    "agreement.by_document": ("Agreement by document", "Enighed pr. dokument"),
    "agreement.disagreements": ("Disagreeing segments", "Uenige segmenter"),
    "agreement.percent": ("Agreement (%)", "Enighed (%)"),
    "agreement.alpha": ("Alpha", "Alfa"),
    "agreement.both": ("Both ({u})", "Begge ({u})"),
    "agreement.only": ("Only {side} ({u})", "Kun {side} ({u})"),
    "agreement.neither": ("Neither ({u})", "Ingen af dem ({u})"),
    "agreement.segments": ("Segments {side}", "Segmenter {side}"),
    "agreement.matched": ("Matched segments", "Fælles segmenter"),
    "agreement.segment_percent": ("Segment agreement (%)", "Enighed om segmenter (%)"),
    "agreement.segment_kappa": ("Segment kappa", "Segmentkappa"),
    "agreement.overall": ("Overall (pooled)", "Samlet (puljet)"),
    "agreement.mean": ("Mean of codes", "Gennemsnit af koder"),
    "agreement.compared_column": ("Compared", "Sammenlignet"),
    "agreement.compared": ("compared", "sammenlignet"),
    "agreement.compared_single": ("compared (only {coder} coded it)",
                                  "sammenlignet (kun {coder} kodede det)"),
    "agreement.left_out": ("left out: only {coder} coded it", "udeladt: kun {coder} kodede det"),
    "agreement.coded_by": ("Coded by", "Kodet af"),
    "agreement.covered": ("Covered by the other side (%)", "Dækket af den anden side (%)"),
})


def unit_word(unit: str, lang: str = "en") -> str:
    """The short unit in column headers: "chars", "sentences", "turns" (Danish "tegn", …)."""
    return say(f"agreement.unit_{UNIT_WORDS[unit]}", lang)


def _blank(value: float | None) -> Cell:
    return "" if value is None else value


def _numbers(row: AgreementRow) -> list[Cell]:
    c = row.chars
    return [_blank(c.percent), _blank(c.kappa), _blank(c.alpha), c.both, c.only_a, c.only_b, c.neither,
            row.count("A"), row.count("B"), row.matched, _blank(row.segment_percent)]


def _columns(result: Agreement, lang: str = "en") -> list[str]:
    a, b, u = result.label_a, result.label_b, unit_word(result.unit, lang)
    return [say("agreement.percent", lang), "Kappa", say("agreement.alpha", lang),
            say("agreement.both", lang, u=u), say("agreement.only", lang, side=a, u=u),
            say("agreement.only", lang, side=b, u=u), say("agreement.neither", lang, u=u),
            say("agreement.segments", lang, side=a), say("agreement.segments", lang, side=b),
            say("agreement.matched", lang), say("agreement.segment_percent", lang)]


def _title(result: Agreement, what: str, lang: str = "en") -> str:
    rolled = say("agreement.rolled", lang) if result.rollup else ""
    single = say("agreement.single_counted", lang) if result.include_single else ""
    return say("agreement.title", lang, what=say(what, lang), a=result.label_a, b=result.label_b,
               unit=say(f"agreement.unit_{result.unit}", lang), threshold=f"{result.threshold:g}",
               rolled=rolled, single=single)


def row_label(path: str, lang: str = "en") -> str:
    """A code's path, or the pooled and mean rows' names in ``lang``."""
    if path == OVERALL:
        return say("agreement.overall", lang)
    return say("agreement.mean", lang) if path == MEAN else path


def summary_table(result: Agreement, lang: str = "en") -> Table:
    """One row per code, the pooled row and the mean row: agreement %, kappa, alpha, unit counts, segment
    agreement, and MAXQDA's segment kappa (for all codes together, on the pooled row)."""
    rows = [*result.codes, result.overall]
    values: list[list[Cell]] = [[*_numbers(r), ""] for r in rows]
    values[-1][-1] = _blank(result.segment_kappa)
    m = result.mean
    values.append([_blank(m.percent), _blank(m.kappa), _blank(m.alpha), "", "", "", "", "", "", "",
                   _blank(m.segment_percent), ""])
    keys: list[object] = [r.code_id for r in rows]
    keys.append(None)
    return Table(title=_title(result, "agreement.by_code", lang), row_header=label("code", lang),
                 rows=[row_label(r.path, lang) for r in rows] + [row_label(MEAN, lang)],
                 columns=[*_columns(result, lang), say("agreement.segment_kappa", lang)],
                 values=values, row_keys=keys,
                 row_depth=[r.depth for r in rows] + [0])


def cells_table(result: Agreement, lang: str = "en") -> Table:
    """One row per code and document in which either side coded the code."""
    return Table(title=_title(result, "agreement.by_code_document", lang), row_header=label("code", lang),
                 rows=[r.path for r in result.cells],
                 columns=[label("document", lang), *_columns(result, lang)],
                 values=[[DocumentLabel(r.document_name, r.document_id or 0), *_numbers(r)]
                         for r in result.cells],
                 row_keys=[r.code_id for r in result.cells])


def documents_table(result: Agreement, lang: str = "en") -> Table:
    """One row per document either side coded: all codes pooled in it, or why it was left out."""
    compared = {r.document_name: r for r in result.by_document}
    single = dict(result.single)
    names = sorted(set(compared) | set(single))
    values: list[list[Cell]] = []
    for name in names:
        if name in compared:
            status = (say("agreement.compared_single", lang, coder=single[name]) if name in single
                      else say("agreement.compared", lang))
            values.append([status, *_numbers(compared[name])])
        else:
            values.append([say("agreement.left_out", lang, coder=single[name]), *([""] * 11)])
    ids = {**result.single_ids, **{n: r.document_id for n, r in compared.items() if r.document_id}}
    # a document's name is a DocumentLabel: an export calls it "Dokument N" (file names hold names)
    return Table(title=_title(result, "agreement.by_document", lang), row_header=label("document", lang),
                 rows=[DocumentLabel(n, ids[n]) for n in names],
                 columns=[say("agreement.compared_column", lang), *_columns(result, lang)],
                 values=values, row_keys=[ids[n] for n in names])


def disagreements_table(result: Agreement, lang: str = "en") -> Table:
    """Every unmatched segment: document, who coded it, where, how much the other side coded, the text."""
    rows = [(r, s) for r in result.codes for s in r.disagreements]
    values: list[list[Cell]] = [[DocumentLabel(s.document_name, s.document_id), s.coder, s.start, s.end,
                                 s.covered_percent, Excerpt(s.text, s.document_id, s.start, s.end)]
                                for _, s in rows]
    return Table(title=_title(result, "agreement.disagreements", lang), row_header=label("code", lang),
                 rows=[r.path for r, _ in rows],
                 columns=[label("document", lang), say("agreement.coded_by", lang), label("start", lang),
                          label("end", lang), say("agreement.covered", lang), label("text", lang)],
                 values=values, row_keys=[r.code_id for r, _ in rows])


def agreement_tables(result: Agreement, lang: str = "en") -> list[Table]:
    """The four tables of a comparison, for CSV, Markdown and one Excel sheet each; titles and headers in
    ``lang``."""
    return [summary_table(result, lang), documents_table(result, lang), cells_table(result, lang),
            disagreements_table(result, lang)]
