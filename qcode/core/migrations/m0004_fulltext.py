"""Version 4: an FTS5 full-text index over the documents' text, kept in sync by triggers, and two
covering indexes on codings so the frequency and co-occurrence reports read no table rows.

External-content table (``content='documents'``) so the text is stored once. The unicode61 tokenizer
folds case for æ/ø/å; ``remove_diacritics 0`` keeps "år" and "ar" apart, as Danish readers expect.
"""

import sqlite3

from qcode.core.migrations import run_script

SQL = """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
CREATE INDEX idx_codings_code_cover ON codings(code_id, document_id, coder_id, start, "end");
CREATE INDEX idx_codings_span ON codings(document_id, start, "end", code_id);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
