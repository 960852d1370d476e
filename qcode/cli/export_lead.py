"""`qcode export PROJECT appendix` (the methods appendix, .docx in Danish or English) and
`qcode export PROJECT saturation` (the saturation chart, .png or .svg): sub-commands of `export`,
pseudonymised, leak-checked and logged through :mod:`qcode.export.run`."""

from __future__ import annotations

import argparse

from qcode.cli.common import opened
from qcode.core.errors import register_messages, say, ui_language
from qcode.export import EXPORTERS, export_format
from qcode.export.run import export_methods_appendix, export_saturation_chart

register_messages({
    "export.appendix_done": ("Wrote the methods appendix ({language}) to {path}.",
                             "Skrev metodebilaget ({language}) til {path}."),
    "export.saturation_done": ("Wrote the saturation chart to {path} (interviews: {n}).",
                               "Skrev mætningskurven til {path} (interviews: {n})."),
})


def register(what: argparse._SubParsersAction) -> None:
    """Add the two sub-commands to `export`."""
    a = what.add_parser("appendix", help="the methods appendix: codebook, its history, coders and "
                        "agreement, saturation and the anonymisation procedure")
    a.add_argument("--format", choices=EXPORTERS["appendix"], help="default: from --out's suffix")
    a.add_argument("--out", required=True, metavar="FILE")
    a.add_argument("--lang", choices=("da", "en"), default="da", help="Danish (default) or English")
    a.add_argument("--acknowledge-warnings", action="store_true")
    a.set_defaults(handler=cmd_export_appendix)

    s = what.add_parser("saturation", help="the saturation chart as .png or .svg")
    s.add_argument("--format", choices=EXPORTERS["saturation"], help="default: from --out's suffix")
    s.add_argument("--out", required=True, metavar="FILE")
    s.add_argument("--order", default="coded", metavar="coded|imported|ATTRIBUTE",
                   help="interviews in the order coded (default), imported, or by a case attribute")
    s.add_argument("--top-level", action="store_true", help="count each coding for its top-level code")
    s.add_argument("--lang", choices=("da", "en"),
                   help="labels in Danish or English (default: QCODE_LANG/LANG)")
    s.add_argument("--acknowledge-warnings", action="store_true")
    s.set_defaults(handler=cmd_export_saturation)


def cmd_export_appendix(args: argparse.Namespace) -> int:
    fmt = export_format("appendix", args.out, args.format)
    with opened(args) as project:
        result = export_methods_appendix(project, args.out, args.lang, fmt, args.acknowledge_warnings)
    print(say("export.appendix_done", ui_language(), language=args.lang, path=result.path))
    return 0


def cmd_export_saturation(args: argparse.Namespace) -> int:
    fmt = export_format("saturation", args.out, args.format)
    order, attribute = ((args.order, None) if args.order in ("coded", "imported")
                        else ("attribute", args.order))
    with opened(args) as project:
        result = export_saturation_chart(project, args.out, fmt, order=order, attribute=attribute,
                                         top_level=args.top_level, lang=args.lang or ui_language(),
                                         acknowledge_warnings=args.acknowledge_warnings)
    print(say("export.saturation_done", ui_language(), n=result.items, path=result.path))
    return 0
