"""Version 9: what the change log lacked for a codebook history, and an index for the overview.

The log said that a code was renamed, moved, merged or deleted, but not why, and not which codings a
merge carried to another code. ``code_change_reasons`` holds the reason a coder gives for a change of
the code tree (typed with the change or added later), keyed by the change's log entry;
``coding_moves`` records, for every coding a merge or split moved, the code it was under before, so a
coding can be traced back to the code names it was made under. Codings are not foreign keys here: an
undone merge re-creates its codings with the same ids, and the rows of earlier changes must survive
that. Counts and code paths before and after a change are written into the log entry itself.

The lead's overview reads every coding once, in text order; ``idx_codings_overview`` covers that read,
so no coding row is touched and nothing is sorted.

(Number 9: the robustness work holds number 8 for text digests.)
"""

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE TABLE code_change_reasons (
    log_id INTEGER PRIMARY KEY REFERENCES change_log(id),
    reason TEXT NOT NULL
);
CREATE TABLE coding_moves (
    coding_id INTEGER NOT NULL,
    log_id INTEGER NOT NULL REFERENCES change_log(id),
    from_code_id INTEGER NOT NULL,
    PRIMARY KEY (coding_id, log_id)
);
CREATE INDEX idx_coding_moves_log ON coding_moves(log_id);
CREATE INDEX idx_codings_overview ON codings(document_id, start, "end", coder_id, updated_at);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
