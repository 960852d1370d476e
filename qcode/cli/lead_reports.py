"""The lead's report kinds for `qcode report`: ``overview`` (per document, coder and code; ``--where``
filters by case attribute), ``saturation`` (``--order coded|imported|ATTRIBUTE``, ``--top-level``),
``history`` (the codebook's changes; ``--code`` for one code, ``--all`` with undone ones) and
``origins`` (codings with the code names they were made under; ``--code``). Labels follow the language
(QCODE_LANG/LANG)."""

from __future__ import annotations

import argparse

from qcode.analysis.codebook_story import history_table
from qcode.analysis.coding_origins import origins_table
from qcode.analysis.overview import overview
from qcode.analysis.saturation import saturation, saturation_table
from qcode.analysis.table import Table
from qcode.core.codebook import find_code
from qcode.core.codebook_history import code_events
from qcode.core.errors import ui_language
from qcode.core.project import Project

KINDS = ("overview", "saturation", "history", "origins")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options only these kinds use."""
    parser.add_argument("--order", default="coded", metavar="coded|imported|ATTRIBUTE",
                        help="saturation: interviews in the order coded (default), imported, or by a case "
                        "attribute")
    parser.add_argument("--top-level", action="store_true",
                        help="saturation: count each coding for its top-level code")
    parser.add_argument("--all", action="store_true", help="history: include changes that were undone")


def lead_tables(project: Project, args: argparse.Namespace, filters: dict[str, list[str]]) -> list[Table]:
    """The tables a lead report kind asks for."""
    lang = ui_language()
    if args.kind == "overview":
        result = overview(project, filters, lang)
        return [result.documents, result.coders, result.codes]
    if args.kind == "saturation":
        order, attribute = ((args.order, None) if args.order in ("coded", "imported")
                            else ("attribute", args.order))
        return [saturation_table(saturation(project, order, attribute, top_level=args.top_level), lang)]
    if args.kind == "history":
        code_id = find_code(project, args.code).id if args.code else None
        return [history_table(code_events(project, include_undone=args.all, code_id=code_id), lang)]
    return [origins_table(project, code=args.code, lang=lang)]
