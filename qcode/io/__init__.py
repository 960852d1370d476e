"""Reading and writing file formats, one module per format: transcripts in (``import_*``, behind the
registry in :mod:`qcode.io.registry`), REFI-QDA projects in and out of the exchange format. No Qt, and no
anonymiser: what leaves the program pseudonymised is :mod:`qcode.export`'s job.

The registry's names are loaded on first use (PEP 562): importing one module of the package, as the
GUI does for the transcript structure at start-up, does not load every importer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcode.io.registry import (
        IMPORTERS,
        ImportedDocument,
        ImportFormatError,
        expand_paths,
        find_importer,
        read_document,
        supported_suffixes,
    )

__all__ = ["IMPORTERS", "ImportFormatError", "ImportedDocument", "expand_paths", "find_importer",
           "read_document", "supported_suffixes"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from qcode.io import registry  # noqa: PLC0415 (on first use: every importer comes with it)

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
