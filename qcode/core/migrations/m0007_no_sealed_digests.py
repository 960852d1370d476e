"""Version 7: a sealed file keeps nothing that could confirm a guessed original.

Sealed files used to keep salted digests of every original name, with the salt beside them, so a
dictionary of names could be tested against them; and the pseudonym seed (from which substitute names
were drawn) stood in the project and in the change log. This drops the digests, removes the seed's
values from the log, gives a sealed project a new seed, and asks for the file to be compacted (on
open, after this transaction) so the freed pages leave the file.
"""

import json
import secrets
import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA secure_delete = ON")
    had_digests = conn.execute("SELECT count(*) FROM anon_sealed_digests").fetchone()[0]
    conn.execute("DROP TABLE anon_sealed_digests")
    rows = conn.execute("SELECT id, details FROM change_log WHERE action = 'set_setting'").fetchall()
    for row_id, details in rows:
        try:
            values = json.loads(details or "{}")
        except ValueError:
            continue
        if isinstance(values, dict) and values.get("key") == "anon.seed":
            values["value"] = "(secret)"
            conn.execute("UPDATE change_log SET details = ? WHERE id = ?",
                         [json.dumps(values, ensure_ascii=False), row_id])
    sealed = conn.execute("SELECT 1 FROM project_info WHERE key = 'anon.sealed_at'").fetchone()
    if sealed:
        conn.execute("UPDATE project_info SET value = ? WHERE key = 'anon.seed'", [secrets.token_hex(16)])
    if sealed or had_digests:
        conn.execute("INSERT INTO project_info (key, value) VALUES ('maintenance.compact', '1') "
                     "ON CONFLICT(key) DO UPDATE SET value = '1'")
