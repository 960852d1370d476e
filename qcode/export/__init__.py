"""Everything that leaves the program: quote reports (Word, Excel, CSV, HTML), the codebook, memos,
analysis tables, and pseudonymised REFI-QDA projects. Every export is pseudonymised through
:mod:`qcode.anonymise.render` and refused by :mod:`qcode.anonymise.leak_check` on a leak; the GUI, the
CLI and the tests all go through :mod:`qcode.export.run`. No Qt."""

from qcode.export.formats import EXPORTERS, ExportError, export_format

__all__ = ["EXPORTERS", "ExportError", "export_format"]
