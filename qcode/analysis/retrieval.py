"""Retrieval: every segment coded with a code (optionally with its sub-codes and the whole speaker turn
as context), filtered by coder, case, case attributes and documents, and as a table for export."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from qcode.analysis.codetree import code_rows, descendants
from qcode.analysis.table import Cell, DocumentLabel, Excerpt, Table, label
from qcode.core.codebook import find_code
from qcode.core.coders import list_coders
from qcode.core.project import Project
from qcode.core.report_segments import Segment, coded_segments
from qcode.core.reports import check_attributes, check_coders
from qcode.core.types import CaseId, CodeId, DocumentId


def retrieve(
    project: Project,
    code: CodeId | str,
    *,
    include_subcodes: bool = True,
    with_turn: bool = False,
    coders: Sequence[str] = (),
    attributes: Mapping[str, Iterable[str]] | None = None,
    case_ids: Sequence[CaseId] = (),
    document_ids: Sequence[DocumentId] = (),
) -> list[Segment]:
    """The segments of ``code`` (an id or a path) that pass every filter given."""
    code_id = find_code(project, code).id if isinstance(code, str) else code
    ids = descendants(code_rows(project), code_id) if include_subcodes else [code_id]
    check_coders(project, coders)
    check_attributes(project, (attributes or {}).keys())
    coder_ids = [c.id for c in list_coders(project) if c.name in set(coders)]
    return coded_segments(project, ids, coder_ids=coder_ids, document_ids=document_ids,
                          case_ids=case_ids, attributes=attributes, with_turn=with_turn)


def segments_table(project: Project, segments: Sequence[Segment], title: str = "Segments",
                   lang: str = "en") -> Table:
    """Segments as rows (document, code, coder, speaker, start, end, text) for CSV/Excel/Markdown; the
    headers in ``lang`` (the title is the caller's)."""
    paths = {r.id: r.path for r in code_rows(project)}
    with_context = any(s.context for s in segments)
    keys = ["code", "coder", "speaker", "start", "end", "text"] + (["context"] if with_context else [])
    columns = [label(key, lang) for key in keys]
    values = []
    for s in segments:
        line: list[Cell] = [paths.get(s.code_id, "") if s.code_id else "", s.coder_name, s.speaker,
                              s.start, s.end, Excerpt(s.text, s.document_id, s.start, s.end)]
        if with_context:
            line.append(Excerpt(s.context, s.document_id, s.context_start, s.context_end)
                        if s.context_start is not None and s.context_end is not None else s.context)
        values.append(line)
    return Table(title=title, row_header=label("document", lang),
                 rows=[DocumentLabel(s.document_name, s.document_id) for s in segments],
                 columns=columns, values=values, row_keys=[s.document_id for s in segments])
