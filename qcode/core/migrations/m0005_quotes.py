"""Version 5: the quote workbench's per-coding choices (favourite, order, cuts) and the export log."""

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE TABLE quote_marks (
    coding_id INTEGER PRIMARY KEY REFERENCES codings(id) ON DELETE CASCADE,
    favourite INTEGER NOT NULL DEFAULT 0,
    position INTEGER,
    cuts TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE export_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    coder TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    path TEXT NOT NULL,
    items INTEGER NOT NULL DEFAULT 0,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_export_log_at ON export_log(at);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
