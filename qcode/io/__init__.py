"""Reading and writing file formats, one module per format: transcripts in (``import_*``, behind the
registry in :mod:`qcode.io.registry`), REFI-QDA projects in and out of the exchange format. No Qt, and no
anonymiser: what leaves the program pseudonymised is :mod:`qcode.export`'s job."""

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
