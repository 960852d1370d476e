"""Version 8: a digest and the length of every document's text, so an integrity check can tell a text
that changed outside qcode (or a damaged page) from the one the codings were made on, and can check
coding offsets against the length without reading the texts.

A table of its own rather than columns on ``documents``: reading a row after a large text means walking
that text's overflow pages, and the check on open must stay cheap. Digests of the texts as they are now
(a sealed file's texts are already pseudonymised, so nothing here confirms an original).
"""

import hashlib
import sqlite3

SQL = """
CREATE TABLE document_digests (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    length INTEGER NOT NULL,
    sha256 TEXT NOT NULL
)
"""


def apply(conn: sqlite3.Connection) -> None:
    conn.execute(SQL)
    for document_id, text in conn.execute("SELECT id, text FROM documents").fetchall():
        conn.execute("INSERT INTO document_digests (document_id, length, sha256) VALUES (?, ?, ?)",
                     [document_id, len(text), hashlib.sha256(text.encode("utf-8", "surrogatepass"))
                      .hexdigest()])
