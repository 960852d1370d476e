"""Speaker review before storing: collect the speakers detected across files and apply the coder's
decisions (rename, merge, not-a-speaker, role). Pure Python, so it is tested without Qt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from qcode.io.base import ROLES, ImportedDocument, Turn


@dataclass
class SpeakerInfo:
    """One detected speaker across the files being imported."""

    name: str
    role: str
    turns: int = 0
    documents: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    sample: str = ""


@dataclass(frozen=True)
class SpeakerDecision:
    """What to do with a speaker: store it as ``name`` with ``role``; ``name=None`` means the label
    was not a speaker (its turn joins the turn before)."""

    name: str | None
    role: str = "other"


class SpeakerCollector:
    """Collects the speakers of documents one at a time, so a document need not be kept once its
    speakers are counted (see :func:`qcode.io.importing.read_files`)."""

    def __init__(self) -> None:
        self._found: dict[str, SpeakerInfo] = {}
        self._votes: dict[str, dict[str, int]] = {}

    def add(self, document: ImportedDocument) -> None:
        found, role_votes = self._found, self._votes
        for turn in document.turns:
            info = found.get(turn.speaker)
            if info is None:
                info = found[turn.speaker] = SpeakerInfo(turn.speaker, turn.role)
            info.turns += 1
            if document.name not in info.documents:
                info.documents.append(document.name)
            if turn.label and turn.label not in info.labels:
                info.labels.append(turn.label)
            if not info.sample:
                info.sample = document.text[turn.label_end or turn.start:turn.end].strip(" :\t")[:120]
            votes = role_votes.setdefault(turn.speaker, {})
            votes[turn.role] = votes.get(turn.role, 0) + 1

    def merge(self, other: SpeakerCollector) -> None:
        """Count another collector's speakers too (files read in a second go)."""
        for name, info in other._found.items():
            mine = self._found.setdefault(name, SpeakerInfo(name, info.role))
            mine.turns += info.turns
            mine.documents += [d for d in info.documents if d not in mine.documents]
            mine.labels += [label for label in info.labels if label not in mine.labels]
            mine.sample = mine.sample or info.sample
            votes = self._votes.setdefault(name, {})
            for role, n in other._votes[name].items():
                votes[role] = votes.get(role, 0) + n

    def speakers(self) -> list[SpeakerInfo]:
        """Every speaker so far with its most common role, turn count, files and labels."""
        for name, info in self._found.items():
            info.role = max(self._votes[name].items(), key=lambda item: item[1])[0]
        return sorted(self._found.values(), key=lambda s: (ROLES.index(s.role) if s.role in ROLES else 9,
                                                           -s.turns, s.name))


def collect_speakers(documents: Sequence[ImportedDocument]) -> list[SpeakerInfo]:
    """Every speaker in the documents with its most common role, turn count, files and labels."""
    collector = SpeakerCollector()
    for document in documents:
        collector.add(document)
    return collector.speakers()


def default_decisions(speakers: Sequence[SpeakerInfo]) -> dict[str, SpeakerDecision]:
    """Keep every speaker as detected."""
    return {s.name: SpeakerDecision(s.name, s.role) for s in speakers}


def apply_decisions(document: ImportedDocument,
                    decisions: Mapping[str, SpeakerDecision]) -> ImportedDocument:
    """A copy of the document with speakers renamed/merged, roles set and non-speakers folded in."""
    turns: list[Turn] = []
    for turn in document.turns:
        decision = decisions.get(turn.speaker)
        if decision is None:
            turns.append(turn)
            continue
        if decision.name is None or not decision.name.strip():
            if turns:  # the line stays text of the turn before it
                turns[-1] = turns[-1]._replace(end=max(turns[-1].end, turn.end))
            continue
        role = decision.role if decision.role in ROLES else "other"
        turns.append(turn._replace(speaker=decision.name.strip(), role=role))
    return replace(document, turns=turns)


def merge_into(decisions: dict[str, SpeakerDecision], source: str, target: str) -> None:
    """Merge speaker ``source`` into ``target`` (e.g. "Interivewer" into "Interviewer")."""
    goal = decisions.get(target, SpeakerDecision(target))
    decisions[source] = SpeakerDecision(goal.name, goal.role)
    for name, decision in list(decisions.items()):
        if decision.name == source and name != source:
            decisions[name] = SpeakerDecision(goal.name, goal.role)
