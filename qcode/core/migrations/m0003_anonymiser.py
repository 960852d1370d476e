"""Version 3: the anonymiser's entity register (entities, surface forms, per-document mentions) and
the salted digests that let the leak check recognise originals after a project has been sealed."""

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE TABLE anon_entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    core TEXT NOT NULL,
    pseudonym TEXT NOT NULL DEFAULT '',
    custom INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    detector TEXT NOT NULL DEFAULT '',
    score REAL NOT NULL DEFAULT 1.0,
    gender TEXT NOT NULL DEFAULT '',
    number INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (kind, core)
);
CREATE TABLE anon_forms (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES anon_entities(id) ON DELETE CASCADE,
    surface TEXT NOT NULL,
    UNIQUE (entity_id, surface)
);
CREATE INDEX idx_anon_forms_surface ON anon_forms(surface);
CREATE TABLE anon_mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES anon_entities(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL,
    detector TEXT NOT NULL DEFAULT '',
    manual INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, start, "end")
);
CREATE INDEX idx_anon_mentions_entity ON anon_mentions(entity_id);
CREATE TABLE anon_sealed_digests (
    digest TEXT PRIMARY KEY,
    kind TEXT NOT NULL
);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
