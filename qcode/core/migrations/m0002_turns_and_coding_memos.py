"""Version 2: speaker turns of documents (linked to cases) and memos attached to single codings."""

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE TABLE turns (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('interviewer', 'interviewee', 'other')),
    label TEXT NOT NULL DEFAULT '',
    label_start INTEGER,
    label_end INTEGER,
    timestamp TEXT,
    case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL
);
CREATE INDEX idx_turns_document ON turns(document_id, start);
CREATE INDEX idx_turns_case ON turns(case_id);
ALTER TABLE memos ADD COLUMN coding_id INTEGER REFERENCES codings(id) ON DELETE CASCADE;
CREATE INDEX idx_memos_coding ON memos(coding_id);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
