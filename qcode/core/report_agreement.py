"""Read-only queries behind the coder comparison (inter-coder agreement): the codings of chosen coders as
sorted spans, and the refusals a comparison can meet. Only SQL lives here; :mod:`qcode.analysis.agreement`
does the character and segment arithmetic. Document names and texts come from
:func:`qcode.core.report_segments.document_texts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qcode.core.errors import QcodeError, register_messages
from qcode.core.types import CodeId, CoderId, CodingId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "agreement.no_coder": (
        "No coder named '{name}' (known coders: {known}).",
        "Der er ingen koder med navnet '{name}' (kendte kodere: {known}).",
    ),
    "agreement.no_codings": (
        "Coder '{name}' has no codings to compare.",
        "Koderen '{name}' har ingen kodninger at sammenligne.",
    ),
    "agreement.same_coder": (
        "'{name}' is on both sides; compare two different coders.",
        "'{name}' er på begge sider; sammenlign to forskellige kodere.",
    ),
    "agreement.needs_coders": (
        "Choose a coder (or a group of coders) for each side.",
        "Vælg en koder (eller en gruppe af kodere) til hver side.",
    ),
    "agreement.no_common_documents": (
        "{a} and {b} have not coded any document in common.",
        "{a} og {b} har ikke kodet noget fælles dokument.",
    ),
    "agreement.bad_threshold": (
        "The segment threshold must be between 1 and 100 %, not {value}.",
        "Segmentgrænsen skal være mellem 1 og 100 %, ikke {value}.",
    ),
})


class AgreementError(QcodeError):
    """A coder comparison was asked for with coders that do not exist or have nothing to compare."""


def coder_spans(project: Project, coder_ids: Sequence[CoderId]
                ) -> list[tuple[DocumentId, CodeId, CoderId, CodingId, int, int]]:
    """(document_id, code_id, coder_id, coding_id, start, end) of every coding by ``coder_ids``, ordered
    by document, code, coder and start; served from the covering index on codings."""
    if not coder_ids:
        return []
    marks = ", ".join("?" * len(coder_ids))
    return project.db.execute(
        f'SELECT document_id, code_id, coder_id, id, start, "end" FROM codings WHERE coder_id IN ({marks}) '
        'ORDER BY document_id, code_id, coder_id, start, "end", id',
        list(coder_ids),
    ).fetchall()
