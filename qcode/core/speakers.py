"""Speakers → cases: the interviewee of a transcript becomes a case the document is linked to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.core.cases import ensure_case, link_document

if TYPE_CHECKING:
    from qcode.core.project import Project


def link_speakers_to_cases(project: Project, document_id: int) -> list[int]:
    """Make a case for every interviewee speaker of the document and link turns and document to it."""
    rows = project.db.execute(
        "SELECT DISTINCT speaker FROM turns WHERE document_id = ? AND role = 'interviewee'",
        [document_id],
    ).fetchall()
    case_ids = []
    with project.transaction():
        for (speaker,) in rows:
            case_id = ensure_case(project, speaker)
            link_document(project, document_id, case_id)
            project.db.execute(
                "UPDATE turns SET case_id = ? WHERE document_id = ? AND speaker = ?",
                [case_id, document_id, speaker],
            )
            case_ids.append(case_id)
    return case_ids
