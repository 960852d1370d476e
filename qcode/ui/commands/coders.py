"""Undo commands for working with several coders: merging projects, blind-coding settings and
adjudication decisions. Each redo/undo is one core call; redo after undo brings back the same ids."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from qcode.core import adjudication, merge, visibility
from qcode.ui.commands import CoreCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class MergeProjectsCommand(CoreCommand):
    """Merge other project files into this one (one transaction); undo takes the whole merge back."""

    def __init__(self, project, paths: list[Path], choices: merge.MergeChoices):
        names = ", ".join(p.name for p in paths)
        super().__init__(lambda: _tr("Merge %1").replace("%1", names))
        self.project, self.paths, self.choices = project, list(paths), choices
        self.result: merge.MergeResult | None = None

    def do(self) -> None:
        if self.result is None:
            self.result = merge.merge_projects(self.project, self.paths, self.choices)
        else:
            merge.redo_merge(self.project, self.result)

    def undo(self) -> None:
        if self.result is not None:
            merge.undo_merge(self.project, self.result)


class SetBlindCommand(CoreCommand):
    """Change the blind-coding settings (undo puts the old ones back)."""

    def __init__(self, project, state: visibility.BlindState):
        super().__init__(lambda: _tr("Start blind coding") if state.active else _tr("Reveal the codings"))
        self.project, self.state = project, state
        self.before: visibility.BlindState | None = None

    def do(self) -> None:
        self.before = visibility.set_blind(self.project, self.state)

    def undo(self) -> None:
        if self.before is not None:
            visibility.set_blind(self.project, self.before)


class DecideCommand(CoreCommand):
    """Settle one disagreement into the consensus layer."""

    def __init__(self, project, state: adjudication.Adjudication, disagreement: adjudication.Disagreement,
                 decision: str, ranges: list[tuple[int, int]] | None = None):
        def label() -> str:
            labels = {"a": _tr("Keep A"), "b": _tr("Keep B"), "both": _tr("Keep both"),
                      "neither": _tr("Keep neither"), "own": _tr("Own version")}
            return _tr("Adjudicate: %1").replace("%1", labels.get(decision, decision))

        super().__init__(label)
        self.project, self.state, self.disagreement = project, state, disagreement
        self.decision, self.ranges = decision, list(ranges or [])
        self.result: adjudication.DecisionResult | None = None

    def do(self) -> None:
        if self.result is None:
            self.result = adjudication.decide(self.project, self.state, self.disagreement, self.decision,
                                              self.ranges)
        else:
            adjudication.redo_decision(self.project, self.result)

    def undo(self) -> None:
        if self.result is not None:
            adjudication.undo_decision(self.project, self.result)


class AcceptAgreedCommand(CoreCommand):
    """Copy the passages both coders coded alike into the consensus layer."""

    def __init__(self, project, state: adjudication.Adjudication):
        super().__init__(lambda: _tr("Add agreed passages to the consensus layer"))
        self.project, self.state = project, state
        self.made: tuple = ()

    def do(self) -> None:
        if self.made:  # redo: the same codings, with their ids
            adjudication.restore_consensus(self.project, self.made)
        else:
            self.made = adjudication.accept_agreed(self.project, self.state)
            if not self.made:
                self.setObsolete(True)

    def undo(self) -> None:
        adjudication.remove_consensus(self.project, self.made)
