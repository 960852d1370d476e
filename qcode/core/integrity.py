"""The integrity check: is the project file whole, and do the codings, turns and search index still
belong to the texts they were made on?

:func:`quick_check` runs on every open and reads no texts (offsets against the recorded lengths, the
header, a few rows); :func:`full_check` (``qcode check``) also runs SQLite's ``integrity_check`` and
foreign-key check, recomputes every text's digest, checks the search index against the texts and every
speaker label against the text under it. Each problem says what is wrong and what to do;
:func:`repair` fixes what can be fixed without guessing (the search index, missing digests, NUL
characters, offsets past the end) in one transaction and logs it. No Qt.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qcode.core import changes
from qcode.core.documents import record_digest, replace_text, text_digest
from qcode.core.errors import register_messages, say
from qcode.core.offsets import Replacement
from qcode.core.types import DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "check.ok": ("{path}: no problems found ({documents} documents, {codings} codings).",
                 "{path}: ingen fejl fundet ({documents} dokumenter, {codings} kodninger)."),
    "check.sqlite": ("The file itself is damaged: {detail}.", "Selve filen er beskadiget: {detail}."),
    "check.foreign_key": ("{count} rows of '{table}' point at rows that no longer exist.",
                          "{count} rækker i '{table}' peger på rækker, der ikke længere findes."),
    "check.no_digest": ("Document '{name}' has no recorded digest (made by an older qcode or outside "
                        "qcode).",
                        "Dokumentet '{name}' har ingen registreret kontrolsum (lavet af en ældre qcode "
                        "eller uden for qcode)."),
    "check.digest": ("The text of document '{name}' is not the text its codings were made on (it was "
                     "changed outside qcode, or the file is damaged).",
                     "Teksten i dokumentet '{name}' er ikke den tekst, kodningerne blev lavet på (den er "
                     "ændret uden for qcode, eller filen er beskadiget)."),
    "check.nul": ("Document '{name}' contains {count} NUL characters.",
                  "Dokumentet '{name}' indeholder {count} NUL-tegn."),
    "check.coding_range": ("{count} codings in document '{name}' lie outside its text (0–{length}), "
                           "e.g. coding {id} at {start}–{end}.",
                           "{count} kodninger i dokumentet '{name}' ligger uden for teksten "
                           "(0–{length}), fx kodning {id} ved {start}–{end}."),
    "check.turn_range": ("{count} speaker turns in document '{name}' lie outside its text or have "
                         "their label outside the turn.",
                         "{count} taleture i dokumentet '{name}' ligger uden for teksten eller har "
                         "talerbetegnelsen uden for turen."),
    "check.turn_label": ("{count} speaker labels in document '{name}' no longer match the text under "
                         "them, e.g. '{label}' at {start}.",
                         "{count} talerbetegnelser i dokumentet '{name}' passer ikke længere med "
                         "teksten under dem, fx '{label}' ved {start}."),
    "check.fts": ("The search index does not agree with the texts.",
                  "Søgeindekset stemmer ikke med teksterne."),
    "check.fix.restore": ("What to do: restore a backup from before the damage ('qcode restore PROJECT' "
                          "or File → Restore from backup…).",
                          "Hvad du kan gøre: gendan en sikkerhedskopi fra før skaden ('qcode restore "
                          "PROJEKT' eller Filer → Gendan fra sikkerhedskopi…)."),
    "check.fix.repair": ("What to do: 'qcode check PROJECT --repair' fixes this ({how}).",
                         "Hvad du kan gøre: 'qcode check PROJEKT --repair' retter det ({how})."),
    "check.fix.repair_or_restore": (
        "What to do: if the new text is right, 'qcode check PROJECT --repair' accepts it (codings "
        "stay at their offsets); otherwise restore a backup from before the change.",
        "Hvad du kan gøre: hvis den nye tekst er rigtig, godkender 'qcode check PROJEKT --repair' "
        "den (kodningerne bliver på deres positioner); ellers gendan en sikkerhedskopi fra før "
        "ændringen."),
    "check.how.fts": ("rebuilds the search index from the texts", "genopbygger søgeindekset fra teksterne"),
    "check.how.digest": ("records the digest of the text as it is now",
                         "registrerer kontrolsummen af teksten, som den er nu"),
    "check.how.nul": ("removes them; codings keep their words",
                      "fjerner dem; kodningerne beholder deres ord"),
    "check.how.range": ("cuts them back to the end of the text and removes what is left empty",
                        "afkorter dem til tekstens slutning og fjerner dem, der bliver tomme"),
    "check.how.labels": ("forgets the label positions; the turns stay",
                         "glemmer talerbetegnelsernes positioner; turene bliver"),
    "check.repaired": ("Repaired: {what}.", "Rettet: {what}."),
})

# Problem kinds that repair() can fix, and how.
_REPAIRS = {"fts": "check.how.fts", "no_digest": "check.how.digest", "digest": "check.how.digest",
            "nul": "check.how.nul", "coding_range": "check.how.range", "turn_range": "check.how.range",
            "turn_label": "check.how.labels"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong, with the message parameters to say it."""

    kind: str
    message_id: str
    params: dict[str, Any] = field(default_factory=dict)
    document_id: int | None = None

    @property
    def repairable(self) -> bool:
        return self.kind in _REPAIRS

    def message(self, lang: str = "en") -> str:
        """What is wrong and what to do about it, in ``lang``."""
        text = say(self.message_id, lang, **self.params)
        if self.kind == "digest":
            return f"{text} {say('check.fix.repair_or_restore', lang)}"
        if self.repairable:
            return f"{text} {say('check.fix.repair', lang, how=say(_REPAIRS[self.kind], lang))}"
        return f"{text} {say('check.fix.restore', lang)}"


@dataclass
class CheckReport:
    """What a check found."""

    problems: list[Problem] = field(default_factory=list)
    documents: int = 0
    codings: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def damaged(self) -> bool:
        """The file itself is damaged (only a backup helps)."""
        return any(p.kind in ("sqlite", "foreign_key") for p in self.problems)

    def lines(self, lang: str = "en") -> list[str]:
        return [p.message(lang) for p in self.problems]


def _names(project: Project) -> dict[int, str]:
    return dict(project.conn.execute("SELECT id, name FROM documents").fetchall())


def _range_checks(project: Project, report: CheckReport, names: dict[int, str]) -> None:
    """Codings and turns against the recorded text lengths (no text is read)."""
    rows = project.conn.execute(
        'SELECT c.document_id, count(*), min(c.id), min(c.start), max(c."end"), g.length '
        "FROM codings c JOIN document_digests g ON g.document_id = c.document_id "
        'WHERE c.start < 0 OR c."end" > g.length OR c."end" <= c.start GROUP BY c.document_id'
    ).fetchall()
    for document_id, count, coding_id, start, end, length in rows:
        report.problems.append(Problem("coding_range", "check.coding_range", {
            "count": count, "name": names.get(document_id, f"#{document_id}"), "length": length,
            "id": coding_id, "start": start, "end": end}, document_id))
    rows = project.conn.execute(
        "SELECT t.document_id, count(*) FROM turns t "
        "JOIN document_digests g ON g.document_id = t.document_id "
        'WHERE t.start < 0 OR t."end" > g.length OR t."end" < t.start '
        "OR (t.label_start IS NOT NULL AND (t.label_start < t.start OR t.label_end > t.\"end\" "
        "OR t.label_end < t.label_start)) GROUP BY t.document_id"
    ).fetchall()
    for document_id, count in rows:
        report.problems.append(Problem("turn_range", "check.turn_range", {
            "count": count, "name": names.get(document_id, f"#{document_id}")}, document_id))


def _counts(project: Project, report: CheckReport) -> None:
    report.documents = project.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    report.codings = project.conn.execute("SELECT count(*) FROM codings").fetchone()[0]


def quick_check(project: Project) -> CheckReport:
    """The cheap check made on every open: coding and turn offsets against the recorded text lengths,
    and documents without a digest. Reads no texts."""
    report = CheckReport()
    _counts(project, report)
    names = _names(project)
    missing = project.conn.execute(
        "SELECT d.id FROM documents d LEFT JOIN document_digests g ON g.document_id = d.id "
        "WHERE g.document_id IS NULL").fetchall()
    for (document_id,) in missing:
        report.problems.append(Problem("no_digest", "check.no_digest",
                                       {"name": names.get(document_id, "?")}, document_id))
    _range_checks(project, report, names)
    return report


def _sqlite_checks(project: Project, report: CheckReport) -> None:
    rows = [r[0] for r in project.db.execute("PRAGMA integrity_check(20)").fetchall()]
    if rows != ["ok"]:
        report.problems.append(Problem("sqlite", "check.sqlite", {"detail": "; ".join(rows[:5])}))
    per_table: dict[str, int] = {}
    for table, *_rest in project.db.execute("PRAGMA foreign_key_check").fetchall():
        per_table[table] = per_table.get(table, 0) + 1
    for table, count in sorted(per_table.items()):
        report.problems.append(Problem("foreign_key", "check.foreign_key", {"table": table,
                                                                               "count": count}))


def _text_checks(project: Project, report: CheckReport, names: dict[int, str]) -> None:
    """Every text against its digest, NUL characters, and every speaker label against its text."""
    digests = {d: (length, sha) for d, length, sha in
               project.db.execute("SELECT document_id, length, sha256 FROM document_digests")}
    for document_id in sorted(names):
        text = project.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        name = names[document_id]
        recorded = digests.get(document_id)
        if recorded is not None and (recorded[0] != len(text) or recorded[1] != text_digest(text)):
            report.problems.append(Problem("digest", "check.digest", {"name": name}, document_id))
        if "\x00" in text:
            report.problems.append(Problem("nul", "check.nul", {"name": name, "count": text.count("\x00")},
                                           document_id))
        wrong = [(label, start) for label, start, end in project.db.execute(
            "SELECT label, label_start, label_end FROM turns WHERE document_id = ? AND label_start IS "
            "NOT NULL ORDER BY start", [document_id]) if text[start:end] != label]
        if wrong:
            report.problems.append(Problem("turn_label", "check.turn_label", {
                "name": name, "count": len(wrong), "label": wrong[0][0], "start": wrong[0][1]},
                document_id))


def _fts_check(project: Project, report: CheckReport) -> None:
    if getattr(project, "read_only", False):
        # FTS5's own check is an INSERT, which a reader may not run: ask the index for words of each
        # text instead (a stale or damaged index misses them).
        if not _fts_finds_the_texts(project):
            report.problems.append(Problem("fts", "check.fts"))
        return
    try:
        # rank 1: compare the index with the external content (the documents' texts) too
        project.db.execute("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        report.problems.append(Problem("fts", "check.fts"))


def _fts_finds_the_texts(project: Project, words_per_document: int = 8) -> bool:
    """Whether the index finds every document by a few of its own words (the longest ones)."""
    word = re.compile(r"[^\W\d_]{4,}")
    try:
        for document_id, text in project.db.execute("SELECT id, text FROM documents"):
            words = sorted(set(word.findall(text)), key=lambda w: (-len(w), w))[:words_per_document]
            for w in words:
                found = project.db.execute(
                    "SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?",
                    ['"' + w.replace('"', '""') + '"', document_id]).fetchone()
                if found is None:
                    return False
    except sqlite3.DatabaseError:
        return False
    return True


def full_check(project: Project, progress: Callable[[int, int, str], None] | None = None) -> CheckReport:
    """Everything :func:`quick_check` does, plus SQLite's own checks, every text against its digest,
    every speaker label against its text, and the search index against the texts."""
    report = CheckReport()
    steps = ("sqlite", "texts", "ranges", "fts")
    for index, step in enumerate(steps):
        if progress:
            progress(index, len(steps), step)
        if step == "sqlite":
            _sqlite_checks(project, report)
            if report.damaged:
                break  # reading further through a damaged file only adds noise
            _counts(project, report)
            names = _names(project)
            missing = project.db.execute(
                "SELECT d.id FROM documents d LEFT JOIN document_digests g ON g.document_id = d.id "
                "WHERE g.document_id IS NULL").fetchall()
            report.problems += [Problem("no_digest", "check.no_digest", {"name": names.get(d, "?")}, d)
                                for (d,) in missing]
        elif step == "texts":
            _text_checks(project, report, names)
        elif step == "ranges":
            _range_checks(project, report, names)
        else:
            _fts_check(project, report)
    if progress:
        progress(len(steps), len(steps), "")
    return report


def repair(project: Project, report: CheckReport) -> list[str]:
    """Fix the repairable problems of ``report`` in one transaction; returns the kinds repaired. A file
    that is itself damaged is left alone (only a backup can help)."""
    if report.damaged:
        return []
    kinds = {p.kind for p in report.problems if p.repairable}
    if not kinds:
        return []
    with project.transaction():
        # NULs first: removing them shifts offsets (through replace_text, which moves codings and turns
        # with the words) and records the new digest.
        for problem in report.problems:
            if problem.kind == "nul" and problem.document_id is not None:
                text = project.db.execute("SELECT text FROM documents WHERE id = ?",
                                          [problem.document_id]).fetchone()[0]
                cuts = [Replacement(i, i + 1, "") for i, ch in enumerate(text) if ch == "\x00"]
                replace_text(project, DocumentId(problem.document_id), cuts)
        for problem in report.problems:
            if problem.kind in ("no_digest", "digest") and problem.document_id is not None:
                text = project.db.execute("SELECT text FROM documents WHERE id = ?",
                                          [problem.document_id]).fetchone()[0]
                record_digest(project, problem.document_id, text)
        if kinds & {"coding_range", "turn_range"}:
            _clip_ranges(project)
        if "turn_label" in kinds:
            for problem in report.problems:
                if problem.kind == "turn_label":
                    _forget_wrong_labels(project, problem.document_id)
        if "fts" in kinds or "nul" in kinds:
            project.db.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")
        project.log("repair", "project", None, repaired=sorted(kinds))
        # texts, offsets and the index may all have moved: every view of documents and codings re-reads
        project.announce(changes.Change(changes.DOCUMENTS))
        project.announce(changes.Change(changes.CODINGS))
    return sorted(kinds)


def _clip_ranges(project: Project) -> None:
    """Cut codings and turns back to the end of their text; what would be left empty is removed."""
    for table in ("codings", "turns"):
        project.db.execute(
            f"DELETE FROM {table} WHERE start >= (SELECT g.length FROM document_digests g "
            f"WHERE g.document_id = {table}.document_id)")
        project.db.execute(
            f'UPDATE {table} SET "end" = g.length FROM document_digests g '
            f'WHERE g.document_id = {table}.document_id AND {table}."end" > g.length')
    project.db.execute('DELETE FROM turns WHERE "end" < start')
    project.db.execute('UPDATE turns SET label_start = NULL, label_end = NULL WHERE label_start IS NOT NULL '
                       'AND (label_start < start OR label_end > "end" OR label_end < label_start)')


def _forget_wrong_labels(project: Project, document_id: int | None) -> None:
    text = project.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
    for turn_id, label, start, end in project.db.execute(
            "SELECT id, label, label_start, label_end FROM turns WHERE document_id = ? AND label_start "
            "IS NOT NULL", [document_id]).fetchall():
        if text[start:end] != label:
            project.db.execute("UPDATE turns SET label_start = NULL, label_end = NULL WHERE id = ?",
                               [turn_id])
