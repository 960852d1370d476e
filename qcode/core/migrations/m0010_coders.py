"""Version 10: several coders. Coder roles (a lead sees every coding during blind coding, a shared
coder's codings are seen by everyone, the consensus coder holds the adjudicated layer), which coders a
blind coder may see besides themselves, and the lead's adjudication decisions (progress is saved).

Numbered 10 because 8 and 9 are taken on other branches (text digests, codebook history).
"""

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE TABLE coder_roles (
    coder_id INTEGER NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('lead', 'shared', 'consensus')),
    PRIMARY KEY (coder_id, role)
);
CREATE TABLE coder_visibility (
    viewer_id INTEGER NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
    seen_id INTEGER NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
    PRIMARY KEY (viewer_id, seen_id)
);
CREATE TABLE adjudications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    sides TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    versions TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('a', 'b', 'both', 'neither', 'own')),
    outcome TEXT NOT NULL DEFAULT '{}',
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    UNIQUE (document_id, code_id, sides, versions)
);
CREATE INDEX idx_adjudications_sides ON adjudications(sides, document_id);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
