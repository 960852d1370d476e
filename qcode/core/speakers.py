"""Speakers → cases, and coding by speaker.

The interviewee of a transcript becomes a case the document is linked to: one case per person named
("Mette" across documents), one per document for a generic label ("IP", "Speaker_01", see
``speaker_labels``); interviewers and others in the room become none. Optionally every turn of a role
(e.g. all interviewer turns) is coded with a code named after its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qcode.core.cases import add_case, attributes_of_case, ensure_case, link_document, set_attribute
from qcode.core.codebook import ensure_code_path
from qcode.core.codings import add_codings_batch
from qcode.core.speaker_labels import generic_speaker, speaker_case_name
from qcode.core.types import CaseId, CodeId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project


def link_speakers_to_cases(project: Project, document_id: DocumentId) -> list[CaseId]:
    """Make a case for every interviewee speaker of the document and link turns and document to it."""
    document_name = project.db.execute("SELECT name FROM documents WHERE id = ?", [document_id]).fetchone()[0]
    rows = project.db.execute(
        "SELECT speaker, MAX(case_id) FROM turns WHERE document_id = ? AND role = 'interviewee' "
        "GROUP BY speaker ORDER BY MIN(start)", [document_id],
    ).fetchall()
    case_ids: list[CaseId] = []
    with project.transaction():
        for speaker, linked in rows:
            # a speaker already linked keeps their case: a generic one would get a second case
            case_id = CaseId(linked) if linked is not None else _speaker_case(project, speaker, document_name)
            link_document(project, document_id, case_id)
            project.db.execute(
                "UPDATE turns SET case_id = ? WHERE document_id = ? AND speaker = ?",
                [case_id, document_id, speaker],
            )
            case_ids.append(case_id)
    return case_ids


def interviewee_cases(project: Project, turns: Iterable[Any], document_name: str) -> dict[str, CaseId]:
    """The case of every interviewee speaker among ``turns`` of the document ``document_name`` (created
    if new), in the order the speakers first speak: what :func:`link_speakers_to_cases` finds, known
    before the turns are stored so they are written with their case (see ``add_document(turn_cases=…)``)."""
    speakers = dict.fromkeys(t.speaker for t in turns if t.role == "interviewee")
    with project.transaction():
        return {speaker: _speaker_case(project, speaker, document_name) for speaker in speakers}


def _speaker_case(project: Project, speaker: str, document_name: str) -> CaseId:
    name = speaker_case_name(speaker, document_name)
    if not generic_speaker(speaker):
        return ensure_case(project, name)  # a person: the same case in every document
    # the document's own participant: never an older case that happens to have the name (one left
    # behind by a deleted document of the same name is someone else's)
    unique, n = name, 2
    while project.db.execute("SELECT 1 FROM cases WHERE name = ?", [unique]).fetchone():
        unique, n = f"{name} ({n})", n + 1
    return add_case(project, unique)


_PARTICIPANT_KEYS = ("interviewperson", "informant", "deltager", "respondent", "interviewee",
                     "participant")
_AGE = re.compile(r"\b(\d{1,3})\s*(?:år\b|-?årig|years?\b|y\.?o\b)", re.IGNORECASE)
_GENDER = {"kvinde": "kvinde", "pige": "kvinde", "female": "kvinde", "woman": "kvinde",
           "mand": "mand", "dreng": "mand", "male": "mand", "man": "mand"}


def attributes_from_metadata(metadata: Mapping[str, str]) -> dict[str, str]:
    """Case attributes a transcript header states: ``alder`` and ``køn`` from lines such as
    "Interviewperson: Palle, 46 år", "Deltager: Uffe (51-årig mand)" or "Alder: 46"."""
    found: dict[str, str] = {}
    for key, value in metadata.items():
        key = key.casefold().strip()
        if key in ("alder", "age") and value.strip().isdigit():
            found["alder"] = value.strip()
        elif key in ("køn", "gender", "sex") and value.strip().casefold() in _GENDER:
            found["køn"] = _GENDER[value.strip().casefold()]
        elif key in _PARTICIPANT_KEYS:
            age = _AGE.search(value)
            if age:
                found.setdefault("alder", age.group(1))
            for word in re.findall(r"[^\W\d_]+", value.casefold()):
                if word in _GENDER:
                    found.setdefault("køn", _GENDER[word])
                    break
    return found


def apply_header_attributes(project: Project, case_ids: Sequence[CaseId],
                            metadata: Mapping[str, str]) -> dict[str, str]:
    """Give the transcript's one interviewee case the header's age and gender, never overwriting a
    value the case already has; returns what was set."""
    attributes = attributes_from_metadata(metadata)
    if len(case_ids) != 1 or not attributes:
        return {}
    existing = attributes_of_case(project, case_ids[0])
    new = {name: value for name, value in attributes.items() if name not in existing}
    with project.transaction():
        for name, value in new.items():
            set_attribute(project, case_ids[0], name, value, "number" if name == "alder" else "text")
    return new


def autocode_by_speaker(project: Project, document_id: DocumentId,
                        roles: Sequence[str] = ("interviewer",), parent: str = "") -> int:
    """Code every turn whose role is in ``roles`` with the code named after its speaker
    (under ``parent`` if given, e.g. "Talere/Interviewer"); returns the number of turns coded."""

    marks = ",".join("?" * len(roles))
    rows = project.db.execute(
        f'SELECT speaker, start, "end" FROM turns WHERE document_id = ? AND role IN ({marks}) '
        "ORDER BY start", [document_id, *roles],
    ).fetchall() if roles else []
    codes: dict[str, CodeId] = {}
    ranges: dict[CodeId, list[tuple[DocumentId, int, int]]] = {}
    with project.transaction():
        for speaker, start, end in rows:
            if speaker not in codes:
                path = f"{parent.strip('/')}/{speaker}" if parent.strip("/") else speaker
                codes[speaker] = ensure_code_path(project, path)
            if end > start:
                ranges.setdefault(codes[speaker], []).append((document_id, start, end))
        # one batch per code: ranges of different codes never merge, so the order between them is free
        for code_id, code_ranges in ranges.items():
            add_codings_batch(project, code_id, code_ranges)
    return len(rows)
