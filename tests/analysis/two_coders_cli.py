"""A two-coder study built the way a lead builds it: through the command line (`qcode new`, `import`,
`code --coder …`), with known overlaps and disagreements, a document only one coder coded, and a third
coder who coded one document (for alpha with missing values).

  doc     code       anna                                bo
  iv_01   ensomhed   "Jeg føler mig ensom om aftenen."    "ensom om aftenen. Jeg sidder"   (overlap)
  iv_01   stigma     "De ser ned på mig."                 -                                 (only anna)
  iv_01   netværk    -                                    "Min søster ringer aldrig."       (only bo)
  iv_01   ønsker     "Jeg vil gerne have et job."         "Jeg vil gerne have et job."      (identical)
  iv_02   ensomhed   "Ingen besøger mig."                 "Ingen besøger mig."              (identical)
  iv_02   stigma     "Jeg skammer mig over det."          "Folk kigger på mig."             (different)
  iv_03   ensomhed   "Jeg er alene."                      -                                 (anna only)
  carl codes iv_01 only: ensomhed "Jeg føler mig ensom om aftenen. Jeg sidder alene."
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qcode.cli import main
from qcode.core.documents import get_document, list_documents, turns_for_document
from qcode.core.project import open_project

DOCUMENTS = {
    "iv_01": [
        ("Interviewer", "Hvordan har du det om aftenen?"),
        ("Informant", "Jeg føler mig ensom om aftenen. Jeg sidder alene. Min søster ringer aldrig."),
        ("Interviewer", "Og kommunen?"),
        ("Informant", "De ser ned på mig. Det gør ondt. Jeg vil gerne have et job."),
    ],
    "iv_02": [
        ("Interviewer", "Får du besøg?"),
        ("Informant", "Ingen besøger mig. Jeg skammer mig over det. Folk kigger på mig."),
    ],
    "iv_03": [
        ("Interviewer", "Hvem ser du?"),
        ("Informant", "Jeg er alene. Naboen hilser."),
    ],
}

CODINGS = [  # (document, code, phrase, coder)
    ("iv_01", "ensomhed", "Jeg føler mig ensom om aftenen.", "anna"),
    ("iv_01", "ensomhed", "ensom om aftenen. Jeg sidder", "bo"),
    ("iv_01", "stigma", "De ser ned på mig.", "anna"),
    ("iv_01", "netværk", "Min søster ringer aldrig.", "bo"),
    ("iv_01", "ønsker", "Jeg vil gerne have et job.", "anna"),
    ("iv_01", "ønsker", "Jeg vil gerne have et job.", "bo"),
    ("iv_02", "ensomhed", "Ingen besøger mig.", "anna"),
    ("iv_02", "ensomhed", "Ingen besøger mig.", "bo"),
    ("iv_02", "stigma", "Jeg skammer mig over det.", "anna"),
    ("iv_02", "stigma", "Folk kigger på mig.", "bo"),
    ("iv_03", "ensomhed", "Jeg er alene.", "anna"),
    ("iv_01", "ensomhed", "Jeg føler mig ensom om aftenen. Jeg sidder alene.", "carl"),
]


@dataclass
class Study:
    path: Path
    texts: dict[str, str] = field(default_factory=dict)
    turns: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # (document, code, start, end, coder)
    codings: list[tuple[str, str, int, int, str]] = field(default_factory=list)


def run(*argv: str) -> None:
    assert main(list(argv)) == 0, argv


def build_study(folder: Path, codings=CODINGS) -> Study:
    """Make the project through the CLI and return what it holds."""
    path = folder / "study.qcode"
    run("new", str(path), "--coder", "lead")
    files = []
    for name, turns in DOCUMENTS.items():
        file = folder / f"{name}.txt"
        file.write_text("".join(f"{speaker}: {words}\n" for speaker, words in turns), encoding="utf-8")
        files.append(str(file))
    run("import", str(path), *files, "--coder", "lead")
    study = Study(path)
    with open_project(path, coder="lead") as project:
        for summary in list_documents(project):
            study.texts[summary.name] = get_document(project, summary.id).text
            study.turns[summary.name] = [(t.start, t.end) for t in turns_for_document(project, summary.id)]
    for doc, code, phrase, coder in codings:
        start = study.texts[doc].index(phrase)
        end = start + len(phrase)
        run("code", str(path), "--doc", doc, "--start", str(start), "--end", str(end), "--code", code,
            "--coder", coder)
        study.codings.append((doc, code, start, end, coder))
    return study
