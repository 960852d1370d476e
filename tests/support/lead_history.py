"""A project with a known history, for the overview, saturation, codebook history and methods appendix
tests (and the docs pictures). Built through the public core on a fake clock (March 2026, UTC), so every
number and date is known. Import it as ``from lead_history import build`` (tests/ is on sys.path).

Six interviews iv1–iv6 (imported in that order on 1 March), one case each (P1–P6, alder and køn):

  day  who   what
  2    anna  codes iv2: ensomhed ×2 ('alene hver aften', 'ingen ringer'), netværk ×1
  3    anna  codes iv1: ensomhed, stigma, a new code 'venner', ønsker
  3    bo    codes iv2: ensomhed, netværk                          → iv2 double coded
  4    anna  renames stigma → skam (reason); renames ønsker → drømme and back (undone)
  5    anna  splits ensomhed into ensomhed/social (iv2 'ingen ringer', iv1) and ensomhed/emotionel
             (iv2 'alene hver aften'); bo's ensomhed coding stays                      → 3 moved
  6    anna  merges venner into netværk (reason)                                        → 1 moved
  6    anna  codes iv3: skam, ensomhed/social, a new code 'bolig'; bo codes iv3: skam   → double coded
  7    anna  adds 'prøve', codes iv3 with it, deletes it (reason)                       → 1 coding gone
  8–10 anna  codes iv4, iv5, iv6 with codes already used: no new codes in the last three interviews

Anonymisation: detection recorded for iv1–iv3 only: Karen (the interviewee in iv1, accepted), Mette
(another person, accepted), Aarhus (a place, accepted), "67 år" (an age, accepted), and in iv2 "Ole"
found with a low score (undecided).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from qcode.anonymise.candidates import AGE, PERSON, PLACE, Candidate
from qcode.anonymise.register import store_detections
from qcode.core.cases import add_case, link_document, set_attribute
from qcode.core.code_removal import delete_code, merge_codes
from qcode.core.code_split import SplitPart, split_code
from qcode.core.codebook import add_code, find_code, rename_code
from qcode.core.coders import ensure_coder
from qcode.core.codings import add_coding
from qcode.core.documents import add_document
from qcode.core.project import create_project

CLOCKED = ("qcode.core.project", "qcode.core.codings", "qcode.core.documents", "qcode.core.codebook",
           "qcode.core.coders")

TEXTS = {
    "iv1": "Interviewer: Hvem er du?\nKaren: Jeg hedder Karen og er 67 år. Min veninde Mette kommer "
           "sjældent. Jeg føler mig overset på kommunen. Vi spiller kort om tirsdagen. "
           "Jeg vil gerne flytte til Aarhus.\n",
    "iv2": "Interviewer: Hvordan går dagene?\nInformant: Jeg er alene hver aften. Der er ingen ringer. "
           "Min nabo hjælper mig med indkøb. Ole fra opgangen hilser.\n",
    "iv3": "Interviewer: Og naboerne?\nInformant: De kigger skævt til mig. Ingen besøger mig. "
           "Lejligheden er for lille. Det er bare en prøve.\n",
    "iv4": "Interviewer: Familien?\nInformant: Min bror ringer om søndagen. Jeg er ked af det om natten.\n",
    "iv5": "Interviewer: Arbejdet?\nInformant: Jeg skammer mig over at være på kontanthjælp. "
           "Værelset er fugtigt.\n",
    "iv6": "Interviewer: Fritiden?\nInformant: Ingen spørger efter mig. Jeg går i klubben. "
           "Klubben er mit andet hjem.\n",
}
CASES = {"iv1": ("P1", "67", "kvinde"), "iv2": ("P2", "34", "mand"), "iv3": ("P3", "45", "kvinde"),
         "iv4": ("P4", "71", "mand"), "iv5": ("P5", "29", "kvinde"), "iv6": ("P6", "52", "mand")}


class FakeClock:
    """``now()`` for the clocked core modules: one second later on every call, from a chosen day."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def day(self, day: int, hour: int = 9) -> None:
        self.moment = datetime(2026, 3, day, hour, tzinfo=UTC)

    def __call__(self) -> str:
        self.moment += timedelta(seconds=1)
        return self.moment.isoformat(timespec="seconds")


def install_clock(setattr_) -> FakeClock:
    """Put a fake clock into the core modules with ``setattr_`` (monkeypatch.setattr, or setattr)."""
    clock = FakeClock()
    for name in CLOCKED:
        setattr_(importlib.import_module(name), "now", clock)
    return clock


@dataclass
class History:
    project: object
    docs: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)
    coders: dict[str, int] = field(default_factory=dict)
    codings: dict[str, int] = field(default_factory=dict)  # label → coding id


def _code(h: History, label: str, doc: str, phrase: str, code: str, coder: str = "anna") -> None:
    text = TEXTS[doc]
    start = text.index(phrase)
    result = add_coding(h.project, h.docs[doc], h.codes[code], start, start + len(phrase), h.coders[coder])
    h.codings[label] = result.coding_id


def _candidates(doc: str, found: list[tuple[str, str, str, float]]) -> list[Candidate]:
    out = []
    for surface, label, core, score in found:
        start = TEXTS[doc].index(surface)
        out.append(Candidate(start, start + len(surface), surface, label, core, "test", score))
    return out


def build(path: Path, clock: FakeClock):
    """The project at ``path`` with the history above (open; the caller closes it)."""
    project = create_project(path, coder="anna")
    h = History(project)
    h.coders = {name: ensure_coder(project, name) for name in ("anna", "bo")}
    for name in ("netværk", "ensomhed", "stigma", "ønsker"):
        h.codes[name] = find_code(project, name).id
    for doc, text in TEXTS.items():
        h.docs[doc] = add_document(project, doc, text)
        case, age, gender = CASES[doc]
        case_id = add_case(project, case)
        link_document(project, h.docs[doc], case_id)
        set_attribute(project, case_id, "alder", age, "number")
        set_attribute(project, case_id, "køn", gender)
    clock.day(2)
    _code(h, "iv2_alene", "iv2", "Jeg er alene hver aften.", "ensomhed")
    _code(h, "iv2_ringer", "iv2", "Der er ingen ringer.", "ensomhed")
    _code(h, "iv2_nabo", "iv2", "Min nabo hjælper mig med indkøb.", "netværk")
    clock.day(3)
    _code(h, "iv1_overset", "iv1", "Jeg føler mig overset", "ensomhed")
    _code(h, "iv1_kommune", "iv1", "overset på kommunen", "stigma")
    h.codes["venner"] = add_code(project, "venner")
    _code(h, "iv1_kort", "iv1", "Vi spiller kort om tirsdagen.", "venner")
    _code(h, "iv1_flytte", "iv1", "Jeg vil gerne flytte til Aarhus.", "ønsker")
    clock.day(3, 14)
    _code(h, "iv2_bo_alene", "iv2", "Jeg er alene hver aften. Der er ingen ringer.", "ensomhed", "bo")
    _code(h, "iv2_bo_nabo", "iv2", "Min nabo hjælper mig", "netværk", "bo")
    clock.day(4)
    rename_code(project, h.codes["stigma"], "skam", reason="Informanterne taler om skam, ikke stigma")
    h.codes["skam"] = h.codes.pop("stigma")
    rename_code(project, h.codes["ønsker"], "drømme")
    rename_code(project, h.codes["ønsker"], "ønsker")  # taken back, as Undo does
    clock.day(5)
    result = split_code(project, h.codes["ensomhed"], [
        SplitPart("social", (h.codings["iv2_ringer"], h.codings["iv1_overset"])),
        SplitPart("emotionel", (h.codings["iv2_alene"],))], reason="To slags ensomhed")
    h.codes["ensomhed/social"], h.codes["ensomhed/emotionel"] = result.new_ids
    clock.day(6)
    merge_codes(project, h.codes.pop("venner"), h.codes["netværk"], reason="For få kodninger")
    _code(h, "iv3_skaev", "iv3", "De kigger skævt til mig.", "skam")
    _code(h, "iv3_besoeg", "iv3", "Ingen besøger mig.", "ensomhed/social")
    h.codes["bolig"] = add_code(project, "bolig")
    _code(h, "iv3_lille", "iv3", "Lejligheden er for lille.", "bolig")
    _code(h, "iv3_bo_skaev", "iv3", "De kigger skævt", "skam", "bo")
    clock.day(7)
    prove = add_code(project, "prøve")
    h.codes["prøve"] = prove
    _code(h, "iv3_proeve", "iv3", "Det er bare en prøve.", "prøve")
    delete_code(project, h.codes.pop("prøve"), reason="Kun til afprøvning")
    clock.day(8)
    _code(h, "iv4_bror", "iv4", "Min bror ringer om søndagen.", "netværk")
    _code(h, "iv4_nat", "iv4", "Jeg er ked af det om natten.", "ensomhed/emotionel")
    clock.day(9)
    _code(h, "iv5_skam", "iv5", "Jeg skammer mig", "skam")
    _code(h, "iv5_fugt", "iv5", "Værelset er fugtigt.", "bolig")
    clock.day(10)
    _code(h, "iv6_spoerger", "iv6", "Ingen spørger efter mig.", "ensomhed/social")
    _code(h, "iv6_klub", "iv6", "Jeg går i klubben.", "netværk")
    _code(h, "iv6_hjem", "iv6", "Klubben er mit andet hjem.", "netværk")
    clock.day(11)
    store_detections(project, {
        h.docs["iv1"]: _candidates("iv1", [
            ("Karen", PERSON, "Karen", 0.9), ("67 år", AGE, "67", 0.9), ("Mette", PERSON, "Mette", 0.9),
            ("Aarhus", PLACE, "Aarhus", 0.9)]),
        h.docs["iv2"]: _candidates("iv2", [("Ole", PERSON, "Ole", 0.3)]),
        h.docs["iv3"]: [],
    })
    return h
