"""Version 11: an index that finds the codings a new coding touches without reading the earlier ones.

Coding a range merges it with the codings of the same code by the same coder that it overlaps or
touches (``start <= new end AND end >= new start``). The covering index of version 4 is ordered by
start, so that condition read every earlier coding of the code in the document: the thousandth coding
of a code in a long interview read 999 rows. Ordered by end, the rows read are those ending at or after
the new start, which while coding through a transcript are the one or two around the cursor.
"""

from __future__ import annotations

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE INDEX idx_codings_touching ON codings(code_id, document_id, coder_id, "end", start);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
