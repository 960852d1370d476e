"""Version 13: the codings a new coding touches are read from a window around it; three indexes that
no query needs are dropped.

Coding a range merges it with the codings of the same code by the same coder that it overlaps or
touches (``start <= new end AND end >= new start``). Version 11 read them by end, which still reads
every coding of the code ending after the new start: coding the beginning of a long interview that is
already coded further on read all of them, so each action cost more the more the document held. No
coding is longer than the longest of its code, so one that touches the range starts at most that far
before it; this index gives that length in one step, and the rows read are those starting in
``[new start - longest, new end]``, the neighbourhood of the range (what version 11's index gave while
coding forwards only).

``idx_codings_code (code_id, document_id)`` and ``idx_codings_document (document_id, start)`` are the
first columns of ``idx_codings_code_cover`` and ``idx_codings_span`` (version 4), which serve every query
they served (foreign keys included); each was one more page to write for every coding added or removed.
``idx_change_log_at`` served no query (the log is read by id, action or target; only a backup's
``count(*)`` walked it instead of the table) and was one more page to write for every action.
"""

from __future__ import annotations

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE INDEX idx_codings_length ON codings(code_id, document_id, coder_id, ("end" - start));
DROP INDEX idx_codings_code;
DROP INDEX idx_codings_document;
DROP INDEX idx_change_log_at;
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
