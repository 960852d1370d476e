"""Version 1: documents, codes, codings, coders, cases, attributes, memos, change log."""

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE TABLE project_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE coders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    colour TEXT NOT NULL DEFAULT '#808080',
    created_at TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    source_checksum TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_documents_checksum ON documents(source_checksum);
CREATE TABLE codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    colour TEXT NOT NULL DEFAULT '#808080',
    description TEXT NOT NULL DEFAULT '',
    inclusion TEXT NOT NULL DEFAULT '',
    exclusion TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX idx_codes_parent ON codes(parent_id, position);
CREATE TABLE codings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL,
    coder_id INTEGER NOT NULL REFERENCES coders(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    memo TEXT NOT NULL DEFAULT '',
    CHECK ("end" > start)
);
CREATE INDEX idx_codings_document ON codings(document_id, start);
CREATE INDEX idx_codings_code ON codings(code_id, document_id);
CREATE INDEX idx_codings_coder ON codings(coder_id);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE attributes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean'))
);
CREATE TABLE case_attributes (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (case_id, attribute_id)
);
CREATE INDEX idx_case_attributes_attribute ON case_attributes(attribute_id, value);
CREATE TABLE document_cases (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, case_id)
);
CREATE INDEX idx_document_cases_case ON document_cases(case_id);
CREATE TABLE memos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    coder_id INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_memos_document ON memos(document_id);
CREATE INDEX idx_memos_code ON memos(code_id);
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    coder TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    target_id INTEGER,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_change_log_at ON change_log(at);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
