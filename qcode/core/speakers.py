"""Speakers → cases, and coding by speaker.

The interviewee of a transcript becomes a case the document is linked to; optionally every turn of
a role (e.g. all interviewer turns) is coded with a code named after its speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def autocode_by_speaker(project: Project, document_id: int,
                        roles: Sequence[str] = ("interviewer",), parent: str = "") -> int:
    """Code every turn whose role is in ``roles`` with the code named after its speaker
    (under ``parent`` if given, e.g. "Talere/Interviewer"); returns the number of turns coded."""
    from qcode.core.codebook import ensure_code_path
    from qcode.core.codings import add_coding

    marks = ",".join("?" * len(roles))
    rows = project.db.execute(
        f'SELECT speaker, start, "end" FROM turns WHERE document_id = ? AND role IN ({marks}) '
        "ORDER BY start", [document_id, *roles],
    ).fetchall() if roles else []
    codes: dict[str, int] = {}
    with project.transaction():
        for speaker, start, end in rows:
            if speaker not in codes:
                path = f"{parent.strip('/')}/{speaker}" if parent.strip("/") else speaker
                codes[speaker] = ensure_code_path(project, path)
            if end > start:
                add_coding(project, document_id, codes[speaker], start, end)
    return len(rows)
