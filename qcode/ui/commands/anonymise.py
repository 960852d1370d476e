"""Undo commands for the anonymisation review: accept, reject, merge, a chosen pseudonym, the pseudonym
style. Redo makes the decision through :mod:`qcode.anonymise.review` (logged and announced) in one
transaction, however many entries are selected; undo puts the entries it was about back as they were,
with the same ids (an entry merged away comes back with its mentions), through core's
``restore_entities``. Sealing is not a command: it cannot be undone, and the review says so first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from qcode.anonymise import register, review, state
from qcode.core import entities
from qcode.core.snapshots import Snapshot
from qcode.ui.commands import CoreCommand, Label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def _names(project, entity_ids: Sequence[int]) -> str:
    """'Palle', 'Pia' (the entries' originals, for the Undo menu's label)."""
    return ", ".join(f"'{entities.get_entity(project, entity_id).core}'" for entity_id in entity_ids)


class ReviewDecisionCommand(CoreCommand):
    """One review decision over register entries; ``decide(project)`` makes it."""

    def __init__(self, project, label: Label, entity_ids: Sequence[int], decide: Callable[[object], None], *,
                 moves_mentions: bool = False):
        super().__init__(label)
        self.project, self.entity_ids, self.decide = project, list(entity_ids), decide
        self.moves_mentions = moves_mentions
        self._before: Snapshot | None = None

    def do(self) -> None:
        self._before = entities.capture_entities(self.project, self.entity_ids,
                                                 with_mentions=self.moves_mentions)
        with self.project.transaction():  # several entries: one decision, all or nothing
            self.decide(self.project)

    def undo(self) -> None:
        entities.restore_entities(self.project, self._before)


def decide_command(project, entity_ids: Sequence[int], accept: bool) -> ReviewDecisionCommand:
    """Accept (pseudonymise everywhere) or reject (leave as written) the selected entries."""
    decision = review.accept if accept else review.reject
    # the names are read now (an entry may be merged away later), the words when the label is shown
    what = _names(project, entity_ids) if len(entity_ids) == 1 else str(len(entity_ids))

    def label() -> str:
        if len(entity_ids) == 1:
            return (_tr("Accept %1") if accept else _tr("Reject %1")).replace("%1", what)
        return (_tr("Accept %1 entities") if accept else _tr("Reject %1 entities")).replace("%1", what)

    def decide(p) -> None:
        for entity_id in entity_ids:
            decision(p, entity_id)

    return ReviewDecisionCommand(project, label, entity_ids, decide)


def merge_command(project, keep_id: int, other_ids: Sequence[int]) -> ReviewDecisionCommand:
    """Make the other entries extra forms of ``keep_id`` (one person, one pseudonym)."""
    keep, others = _names(project, [keep_id]), _names(project, other_ids)

    def label() -> str:
        return _tr("Merge %1 into %2").replace("%2", keep).replace("%1", others)

    def decide(p) -> None:
        for other in other_ids:
            review.merge(p, keep_id, other)

    return ReviewDecisionCommand(project, label, [keep_id, *other_ids], decide, moves_mentions=True)


def pseudonym_command(project, entity_id: int, pseudonym: str | None) -> ReviewDecisionCommand:
    """Choose an entry's pseudonym (None: the one the settings prescribe)."""
    name = _names(project, [entity_id])
    return ReviewDecisionCommand(project, lambda: _tr("Pseudonym of %1").replace("%1", name), [entity_id],
                                 lambda p: review.edit_pseudonym(p, entity_id, pseudonym))


class PseudonymStyleCommand(CoreCommand):
    """Change how names and ages are replaced ("[Informant 3]", "[navn]", substitute names; decades or
    ranges); every automatic pseudonym follows, and undo brings back the old style and its pseudonyms."""

    def __init__(self, project, person_style: str, age_style: str):
        super().__init__(lambda: _tr("Pseudonym style"))
        old = state.settings(project)
        self.project = project
        self.old = {"person_style": old.person_style, "age_style": old.age_style}
        self.new = {"person_style": person_style, "age_style": age_style}

    def do(self) -> None:
        register.change_settings(self.project, **self.new)

    def undo(self) -> None:
        register.change_settings(self.project, **self.old)
