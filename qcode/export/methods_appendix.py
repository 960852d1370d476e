"""The methods appendix, in English or Danish: the material, the final codebook, how it developed (in
plain sentences), the coders and their agreement with the method named, the saturation chart and table,
and the anonymisation procedure with its numbers.

:func:`build_appendix` returns the appendix as a list of blocks (headings, paragraphs, bullets, tables,
the chart) whose every text is already pseudonymised, and the pieces of it that came from the project
(code names and definitions, reasons, coders' names). The export leak-checks those pieces as it checks
any export (register and fresh detection, whose warnings need acknowledging) and the whole text against
the register (the appendix's own wording is not run through name detection, which takes "Metodebilag"
for a name). :mod:`qcode.export.appendix_docx` writes the blocks. Interviews are numbered, never named.
No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import combinations
from typing import TYPE_CHECKING

from qcode import __version__
from qcode.analysis.agreement import DEFAULT_THRESHOLD, compare_coders
from qcode.analysis.codebook_story import describe, event_date, summary
from qcode.analysis.saturation import Saturation, saturation
from qcode.analysis.saturation_chart import render
from qcode.core.adjudication import adjudication_progress
from qcode.core.anonymisation_record import age_style, entity_counts, seal_record
from qcode.core.codebook_history import code_events
from qcode.core.errors import say
from qcode.core.overview import coder_names, coding_activity, coding_period, document_facts
from qcode.core.report_agreement import AgreementError
from qcode.export import appendix_text  # noqa: F401  (registers the appendix's wording)
from qcode.export.codebook import CodebookEntry, codebook_entries, codebook_texts
from qcode.export.pseudonymiser import Pseudonymiser

if TYPE_CHECKING:
    from qcode.core.project import Project


@dataclass(frozen=True)
class Block:
    """One piece of the appendix: a heading (``level``), paragraph, bullet, caption, table (``rows``, the
    first is the header; ``depths`` indent the first column of the others) or image (PNG ``data``)."""

    kind: str
    text: str = ""
    level: int = 1
    rows: tuple[tuple[str, ...], ...] = ()
    depths: tuple[int, ...] = ()
    data: bytes = field(default=b"", repr=False)
    widths: tuple[float, ...] = ()  # a table's column widths in cm


@dataclass(frozen=True)
class Appendix:
    """The whole appendix in one language; ``content`` holds (where, text) of every piece taken from the
    project, pseudonymised as it appears in the blocks."""

    lang: str
    title: str
    blocks: tuple[Block, ...]
    content: tuple[tuple[str, str], ...] = ()


@dataclass
class _Texts:
    """Pseudonymises what comes from the project and remembers it for the leak check."""

    pseudo: Pseudonymiser
    content: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, where: str, text: str, *, file_name: bool = False) -> str:
        shown = self.pseudo.file_name(text) if file_name else self.pseudo.text(text)
        if shown.strip():
            self.content.append((where, shown))
        return shown


def _t(key: str, lang: str, **params: object) -> str:
    return say(f"appendix.{key}", lang, **params)


def _number(value: float | None, decimals: int, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "da" else text


def _material(project: Project, pseudo: _Texts, lang: str) -> list[Block]:
    documents = len(document_facts(project))
    activity = coding_activity(project)
    period = coding_period(project)
    blocks = [Block("heading", _t("material", lang))]
    if not activity.documents or period is None:
        return [*blocks, Block("paragraph", _t("material_uncoded", lang, documents=documents))]
    names = coder_names(project)
    coders = sorted((names[c] for c in activity.coders), key=str.casefold)
    count = _t("coder_one", lang) if len(coders) == 1 else _t("coder_many", lang, count=len(coders))
    first, last = event_date(period[0], lang), event_date(period[1], lang)
    text = _t("material_text" if first != last else "material_one_day", lang,
              documents=documents, coded=len(activity.documents),
              codings=sum(a.codings for a in activity.documents.values()), coders=count,
              names=", ".join(pseudo("coder", c) for c in coders), first=first, last=last)
    return [*blocks, Block("paragraph", text)]


def _codebook(entries: list[CodebookEntry], pseudo: _Texts, lang: str) -> list[Block]:
    header = (_t("code", lang), _t("segments", lang), _t("interviews", lang), _t("in_all", lang))
    pseudo.content.extend(codebook_texts(entries))  # codebook_entries pseudonymised them already
    rows = [header] + [(e.name, str(e.codings), str(e.documents), str(e.codings_with_children))
                       for e in entries]
    blocks = [Block("heading", _t("codebook", lang)),
              Block("paragraph", _t("codebook_text", lang, codes=len(entries),
                                    top=sum(1 for e in entries if e.depth == 0))),
              Block("table", rows=tuple(rows), depths=tuple(e.depth for e in entries),
                    widths=(8.6, 2.5, 2.5, 2.5))]
    for e in entries:
        blocks.append(Block("heading", e.path, level=min(3 + e.depth, 4)))
        if e.description:
            blocks.append(Block("paragraph", e.description))
        for key, text in (("include", e.inclusion), ("exclude", e.exclusion), ("example", e.example)):
            if text:
                blocks.append(Block("paragraph", f"{_t(key, lang)}: {text}"))
    return blocks


def _history(project: Project, pseudo: _Texts, lang: str) -> list[Block]:
    events = code_events(project, include_undone=False)
    blocks = [Block("heading", _t("history", lang))]
    if not events:
        return [*blocks, Block("paragraph", summary(events, lang))]
    text = _t("history_text", lang, count=len(events), summary=summary(events, lang))
    blocks.append(Block("paragraph", text))
    for event in events:
        for where, text in (("code", event.path), ("code", event.new_path), ("reason", event.reason),
                            *(("code", part) for part in event.parts)):
            pseudo(where, text)
        blocks.append(Block("bullet", pseudo.pseudo.text(describe(event, lang, coder=True))))
    return [*blocks, Block("paragraph", _t("history_note", lang))]


def _coders(project: Project, pseudo: _Texts, lang: str) -> list[Block]:
    activity = coding_activity(project)
    names = coder_names(project)
    ordered = sorted(activity.coders, key=lambda c: names[c].casefold())
    rows = [(_t("coder", lang), _t("interviews", lang), _t("codings", lang))]
    rows += [(pseudo("coder", names[c]), str(activity.coders[c].documents), str(activity.coders[c].codings))
             for c in ordered]
    double = sum(1 for a in activity.documents.values() if a.coders >= 2)
    blocks = [Block("heading", _t("coders", lang)), Block("table", rows=tuple(rows), widths=(8.6, 3.0, 3.0)),
              Block("paragraph", _t("double", lang, double=double, coded=len(activity.documents)))]
    pairs = []
    for a, b in combinations([names[c] for c in ordered], 2):
        try:
            result = compare_coders(project, [a], [b])
        except AgreementError:
            continue  # nothing in common
        overall = result.overall
        pairs.append(Block("paragraph", _t(
            "pair", lang, a=pseudo("coder", a), b=pseudo("coder", b), documents=len(result.documents),
            percent=_number(overall.chars.percent, 1, lang), kappa=_number(overall.chars.kappa, 3, lang),
            segments=_number(overall.segment_percent, 1, lang), threshold=f"{DEFAULT_THRESHOLD:g}")))
    progress = adjudication_progress(project)
    settled = Block("paragraph", _t(
        "adjudication_done", lang, decided=sum(p.decided for p in progress.values()),
        total=sum(p.disagreements for p in progress.values()), documents=len(progress))
        if progress else _t("adjudication", lang))
    if not pairs:
        return [*blocks, Block("paragraph", _t("no_pairs", lang)), settled]
    return [*blocks, *pairs, Block("paragraph", _t("method", lang, threshold=f"{DEFAULT_THRESHOLD:g}")),
            settled]


def _saturation(result: Saturation, pseudo: _Texts, lang: str) -> list[Block]:
    keys = ("position", "codings", "new", "cumulative", "seen_share", "new_names")
    header = (say("saturation.position", lang), _t("first_coded", lang),
              *(say(f"saturation.{k}", lang) for k in keys[1:]))
    rows = [header] + [(str(p.position), p.order_value, str(p.codings),
                        str(p.new), str(p.cumulative), _number(p.seen_share, 1, lang),
                        pseudo("codes", ", ".join(p.new_codes))) for p in result.points]
    blocks = [Block("heading", _t("saturation", lang)),
              Block("paragraph", _t("saturation_text", lang, reading=result.reading(lang)))]
    if result.points:
        blocks += [Block("image", data=render(result, "png", lang, size=(6.5, 3.4), dpi=200)),
                   Block("caption", _t("saturation_caption", lang)),
                   Block("table", rows=tuple(rows), widths=(1.2, 2.5, 2.5, 1.7, 1.7, 2.4, 4.6))]
    return blocks


def _anonymisation(project: Project, lang: str) -> list[Block]:
    counts = entity_counts(project)
    rows = [(_t("anon_kind", lang), _t("anon_number", lang))]
    persons = ("informants", "others") if counts.informants is not None else ("persons",)
    rows += [(_t(f"anon_{key}", lang), str(getattr(counts, key)))
             for key in (*persons, "ages", "places", "organisations", "contacts")]
    mentions = "" if counts.mentions is None else _t("anon_mentions", lang, count=counts.mentions)
    decisions = _t("anon_decisions", lang, rejected=counts.rejected, undecided=counts.undecided,
                   mentions=mentions) + (_t("anon_from_log", lang) if counts.from_log else "")
    seal = seal_record(project)
    sealed = (_t("sealed", lang, date=event_date(seal.at, lang), replacements=seal.replacements,
                 documents=seal.documents, entities=seal.entities) if seal else _t("not_sealed", lang))
    return [Block("heading", _t("anonymisation", lang)), Block("paragraph", _t("anon_procedure", lang)),
            Block("table", rows=tuple(rows), widths=(8.6, 3.0)), Block("paragraph", decisions),
            Block("paragraph", _t("age_range" if age_style(project) == "range" else "age_decade", lang)),
            Block("paragraph", sealed), Block("paragraph", _t("leak_check", lang))]


def build_appendix(project: Project, lang: str = "da", *, made: datetime | None = None) -> Appendix:
    """The methods appendix of ``project`` in ``lang`` ('da' or 'en'), pseudonymised."""
    lang = "da" if lang == "da" else "en"
    pseudo = _Texts(Pseudonymiser(project))
    when = (made or datetime.now(UTC)).isoformat(timespec="seconds")
    title = _t("title", lang)
    blocks = [Block("heading", title, level=0),
              Block("paragraph", _t("made", lang,
                                    project=pseudo("project", project.path.stem, file_name=True),
                                    version=__version__, date=event_date(when, lang)))]
    for number, section in enumerate((
            _material(project, pseudo, lang), _codebook(codebook_entries(project), pseudo, lang),
            _history(project, pseudo, lang), _coders(project, pseudo, lang),
            _saturation(saturation(project), pseudo, lang), _anonymisation(project, lang)), start=1):
        heading, *rest = section
        blocks += [Block("heading", f"{number}. {heading.text}", level=1), *rest]
    return Appendix(lang, title, tuple(blocks), tuple(pseudo.content))


def appendix_texts(appendix: Appendix) -> list[tuple[str, str]]:
    """(where, text) of every text in the appendix, for the leak check."""
    out: list[tuple[str, str]] = []
    for index, block in enumerate(appendix.blocks):
        where = f"{appendix.title}: {block.kind} {index}"
        if block.text.strip():
            out.append((where, block.text))
        out += [(where, cell) for row in block.rows for cell in row if cell.strip()]
    return out
