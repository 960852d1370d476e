"""Codings traced back to the code names they were made under: one row per coding with its document,
place, coder, words, the code path it was made under, the merges and splits that moved it, and its code
now. For the codebook history window and ``qcode report PROJECT origins``. No Qt."""

from __future__ import annotations

from qcode.analysis.codebook_story import event_date
from qcode.analysis.table import Cell, DocumentLabel, Table, excerpt
from qcode.core.codebook import descendant_ids, find_code, list_codes
from qcode.core.codebook_history import coding_origins, moved_codings
from qcode.core.codings import get_coding
from qcode.core.errors import register_messages, say
from qcode.core.project import Project
from qcode.core.report_segments import coded_segments, document_texts
from qcode.core.types import CodeId, CodingId

register_messages({
    "origins.title": ("Codings and the codes they were made under",
                      "Kodninger og de koder, de blev lavet under"),
    "origins.document": ("Document", "Dokument"),
    "origins.start": ("Start", "Start"),
    "origins.end": ("End", "Slut"),
    "origins.coder": ("Coder", "Koder"),
    "origins.text": ("Text", "Tekst"),
    "origins.made_under": ("Made under", "Lavet under"),
    "origins.moves": ("Moved by", "Flyttet ved"),
    "origins.now": ("Code now", "Kode nu"),
    "origins.move": ("{kind} on {date}: “{old}” → “{new}”", "{kind} den {date}: »{old}« → »{new}«"),
})


def origins_table(project: Project, *, code: str | int | None = None, log_id: int | None = None,
                  lang: str = "en") -> Table:
    """The codings of ``code`` (a path or id, with its sub-codes), or those the change ``log_id`` moved,
    or every coding, each with the code path it was made under and how it moved since."""
    wanted: set[int] | None = None
    if log_id is not None:
        wanted = set(moved_codings(project, log_id))
        code_ids = sorted({get_coding(project, CodingId(c)).code_id for c in wanted})
    elif code is not None:
        root = find_code(project, code).id if isinstance(code, str) else CodeId(code)
        code_ids = descendant_ids(project, root)
    else:
        code_ids = [c.id for c in list_codes(project)]
    segments = [s for s in coded_segments(project, code_ids)
                if s.coding_id is not None and (wanted is None or s.coding_id in wanted)]
    ids = [s.coding_id for s in segments if s.coding_id is not None]
    origins = {o.coding_id: o for o in coding_origins(project, ids)}
    texts = document_texts(project, sorted({s.document_id for s in segments}))
    keys = ("start", "end", "coder", "text", "made_under", "moves", "now")
    values: list[list[Cell]] = []
    for s in segments:
        assert s.coding_id is not None  # kept above
        origin = origins[s.coding_id]
        moves = "; ".join(say("origins.move", lang, kind=say(f"story.kind_{kind}", lang),
                              date=event_date(at, lang), old=old, new=new)
                          for _log, at, kind, old, new in origin.moves)
        values.append([s.start, s.end, s.coder_name,
                       excerpt(texts[s.document_id][1], s.document_id, s.start, s.end, one_line=True),
                       origin.made_under, moves, origin.path])
    return Table(title=say("origins.title", lang), row_header=say("origins.document", lang),
                 rows=[DocumentLabel(s.document_name, s.document_id) for s in segments],
                 columns=[say(f"origins.{k}", lang) for k in keys],
                 values=values, row_keys=[s.coding_id for s in segments])
