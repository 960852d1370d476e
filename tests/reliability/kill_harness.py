"""kill -9 trials: a child process works on a project (import, coding, backup, restore) and reports each
commit on stdout; it is killed at a random moment; then the project is opened as the next qcode would
open it and checked. A trial passes when the full integrity check is clean, every commit the child
reported is there, and no half-made file looks like a backup. Used by the short trial loop in the test
suite and by the soak in ``bench/soak_kill.py``."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

OPERATIONS = ("import", "coding", "backup", "restore")

# The child: prints "ready", then one JSON line per committed unit of work, forever (until killed).
CHILD = r"""
import json, sys, itertools
from pathlib import Path
from qcode.core.project import open_project
op, path, inbox = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
project = open_project(path, coder="trial", backup=False)
print("ready", flush=True)
if op == "import":
    from qcode.io.importing import import_documents
    for n in itertools.count():
        source = inbox / f"t{n % 40:02d}.txt"
        report = import_documents(project, [source], allow_duplicates=True)
        for _source, document_id in report.imported:
            print(json.dumps({"document": document_id}), flush=True)
elif op == "coding":
    from qcode.core.codebook import ensure_code_path
    from qcode.core.codings import add_coding
    from qcode.core.documents import list_documents
    documents = [(d.id, d.length) for d in list_documents(project)]
    code = ensure_code_path(project, "forsøg")
    for n in itertools.count():
        document, length = documents[n % len(documents)]
        start = (n * 37) % (length - 40)
        add_coding(project, document, code, start, start + 5 + n % 30)
        # the span, not the id: a later overlapping coding of the same code extends (merges) this one
        print(json.dumps({"coding": [document, start, start + 5 + n % 30]}), flush=True)
elif op == "backup":
    from qcode.core.backup import create_backup
    for n in itertools.count():
        made = create_backup(project)
        print(json.dumps({"backup": str(made.path)}), flush=True)
else:
    from qcode.core.restore import restore_backup
    from qcode.core.migrations import latest_version
    backups = sorted(str(p) for p in (path.parent / "sources").glob("*.qcode"))
    project.close()
    for n in itertools.count():
        restore_backup(path, Path(backups[n % 2]), latest_version=latest_version())
        print(json.dumps({"restored": backups[n % 2]}), flush=True)
"""

TURNS = "".join(f"Interviewer: Hvordan gik det i uge {n}?\n\nKaren: Det gik godt i uge {n}, tak.\n\n"
                for n in range(60))


@dataclass
class Trial:
    operation: str
    reported: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def prepare(folder: Path, operation: str) -> tuple[Path, Path]:
    """A project (with documents to code, or two backups to restore) and an inbox of transcripts."""
    from qcode.core.backup import copy_database
    from qcode.core.codebook import ensure_code_path
    from qcode.core.documents import add_document
    from qcode.core.project import create_project

    folder.mkdir(parents=True, exist_ok=True)
    inbox = folder / "inbox"
    inbox.mkdir(exist_ok=True)
    for n in range(40):
        (inbox / f"t{n:02d}.txt").write_text(TURNS.replace("Karen", f"Person{n}") * 4, encoding="utf-8")
    path = folder / "p.qcode"
    with create_project(path, coder="trial") as project:
        for n in range(3):
            add_document(project, f"start{n}", TURNS.replace("Karen", f"Start{n}"))
        if operation == "restore":
            sources = folder / "sources"
            sources.mkdir()
            copy_database(project.db.conn, sources / "a.qcode")
            for n in range(20):
                ensure_code_path(project, f"kode {n}")
            copy_database(project.db.conn, sources / "b.qcode")
    return path, inbox


def _codes(path: Path) -> frozenset[str]:
    from qcode.core.codebook import list_codes
    from qcode.core.project import open_project

    with open_project(path, read_only=True, ) as project:
        return frozenset(c.name for c in list_codes(project))


def run_trial(path: Path, inbox: Path, operation: str, rng: random.Random,
              delay: tuple[float, float] = (0.05, 1.2)) -> Trial:
    """One child, killed with SIGKILL after a random delay once it is working; then checked."""
    from qcode.core.backup import list_backups
    from qcode.core.codings import codings_for_document
    from qcode.core.documents import get_document
    from qcode.core.integrity import full_check
    from qcode.core.migrations import latest_version
    from qcode.core.project import open_project
    from qcode.core.restore import verify_backup

    trial = Trial(operation)
    child = subprocess.Popen([sys.executable, "-c", CHILD, operation, str(path), str(inbox)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if child.stdout.readline().strip() != "ready":
            trial.problems.append(f"child did not start: {child.stderr.read()[-500:]}")
            return trial
        time.sleep(rng.uniform(*delay))
    finally:
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate()
    trial.reported = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    try:
        with open_project(path, coder="checker", backup=False) as project:
            report = full_check(project)
            trial.problems += report.lines("en")
            for item in trial.reported:
                if "document" in item:
                    get_document(project, item["document"])
                elif "coding" in item:
                    document, start, end = item["coding"]
                    if not any(c.start <= start and end <= c.end
                               for c in codings_for_document(project, document)):
                        trial.problems.append(f"a reported coding is gone: {item['coding']}")
    except Exception as error:  # noqa: BLE001 (a trial records what went wrong and goes on)
        trial.problems.append(f"{type(error).__name__}: {error}")
        return trial
    for backup in list_backups(path):
        try:
            verify_backup(backup.path, latest_version())
        except Exception as error:  # noqa: BLE001
            trial.problems.append(f"a half-made backup looks whole: {backup.path.name}: {error}")
    if operation == "restore":
        states = {_codes(source) for source in (path.parent / "sources").glob("*.qcode")}
        if _codes(path) not in states:
            trial.problems.append("the project is neither backup after a killed restore")
    return trial
