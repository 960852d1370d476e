"""What a merge found and did, as the review, the CLI and the merge dialog show it: codes to review,
the user's answers, the summary in English or Danish, and the result undo and redo need. No Qt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qcode.core.snapshots import Snapshot

CODE_FIELDS = ("colour", "description", "inclusion", "exclusion", "example")


# -- the review --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeReview:
    """A code of another file that is not simply the same as ours: new here, or clashing."""

    path: str
    status: str  # "new" or "clash"
    theirs: Mapping[str, str]
    ours: Mapping[str, str] | None = None  # for a clash
    files: tuple[str, ...] = ()

    @property
    def differences(self) -> list[str]:
        """The fields in which a clashing code differs."""
        return [f for f in CODE_FIELDS if self.ours is not None and self.theirs[f] != self.ours[f]]


@dataclass
class MergeChoices:
    """The review's answers: new codes to put onto an existing code instead (their path → our path),
    and clashing codes whose definition to take from the other file (paths; ``"*"`` for all)."""

    map_codes: dict[str, str] = field(default_factory=dict)
    take_theirs: set[str] = field(default_factory=set)


@dataclass
class MergeSummary:
    """What came in (or, for a dry run, would come in)."""

    files: list[str] = field(default_factory=list)
    documents_new: list[str] = field(default_factory=list)
    documents_matched: int = 0
    codes_new: list[str] = field(default_factory=list)
    codes_mapped: list[tuple[str, str]] = field(default_factory=list)
    codes_clashing: list[str] = field(default_factory=list)  # kept as ours
    codes_taken: list[str] = field(default_factory=list)  # clashing, theirs taken
    codings_new: int = 0
    codings_extended: int = 0
    codings_known: int = 0
    memos_new: int = 0
    memos_known: int = 0
    cases_new: list[str] = field(default_factory=list)
    attribute_values_new: int = 0
    attribute_conflicts: list[str] = field(default_factory=list)
    coders_new: list[str] = field(default_factory=list)
    coders: list[str] = field(default_factory=list)

    def lines(self, lang: str = "en", *, planned: bool = False) -> list[str]:
        """The summary as short lines, in English or Danish; ``planned``: what a dry run would merge."""
        da = lang == "da"
        if planned:
            head = (f"Ville flette {len(self.files)} fil(er): " if da
                    else f"Would merge {len(self.files)} file(s): ")
        else:
            head = f"Flettet {len(self.files)} fil(er): " if da else f"Merged {len(self.files)} file(s): "
        out = [
            head + ", ".join(self.files),
            (f"Dokumenter: {len(self.documents_new)} nye, {self.documents_matched} genkendt (samme tekst"
             f"{'; talt for hver fil' if len(self.files) > 1 else ''})"
             if da else f"Documents: {len(self.documents_new)} new, {self.documents_matched} already here "
                        f"(same text{'; counted for each file' if len(self.files) > 1 else ''})"),
            (f"Koder: {len(self.codes_new)} nye, {len(self.codes_mapped)} lagt ind under vores, "
             f"{len(self.codes_clashing)} med andre definitioner (vores beholdt), {len(self.codes_taken)} "
             "med deres definition" if da else
             f"Codes: {len(self.codes_new)} new, {len(self.codes_mapped)} mapped onto ours, "
             f"{len(self.codes_clashing)} defined differently (ours kept), {len(self.codes_taken)} with "
             "their definition taken"),
            (f"Kodninger: {self.codings_new} nye, {self.codings_extended} udvidet, {self.codings_known} "
             "fandtes" if da else f"Codings: {self.codings_new} new, {self.codings_extended} extended, "
                                  f"{self.codings_known} already here"),
            (f"Memoer: {self.memos_new} nye, {self.memos_known} fandtes" if da else
             f"Memos: {self.memos_new} new, {self.memos_known} already here"),
            (f"Cases: {len(self.cases_new)} nye, {self.attribute_values_new} nye attributværdier" if da else
             f"Cases: {len(self.cases_new)} new, {self.attribute_values_new} new attribute values"),
            (f"Kodere: {', '.join(self.coders) or '-'} ({len(self.coders_new)} nye)" if da else
             f"Coders: {', '.join(self.coders) or '-'} ({len(self.coders_new)} new)"),
        ]
        if self.codes_new:
            out.append(("Nye koder: " if da else "New codes: ") + ", ".join(self.codes_new))
        for theirs, ours in self.codes_mapped:
            out.append(f"Lagt ind under: {theirs} → {ours}" if da else f"Mapped: {theirs} → {ours}")
        if self.codes_clashing:
            out.append(("Andre definitioner, vores beholdt: " if da else "Defined differently, ours kept: ")
                       + ", ".join(self.codes_clashing))
        if self.codes_taken:
            out.append(("Deres definition taget: " if da else "Their definition taken: ")
                       + ", ".join(self.codes_taken))
        for conflict in self.attribute_conflicts:
            out.append(("Attributværdi beholdt: " if da else "Attribute value kept: ") + conflict)
        return out


@dataclass
class MergeResult:
    """A merge done: its summary, the review it met, and what undo and redo need."""

    summary: MergeSummary
    review: list[CodeReview]
    inserted: dict[str, list[Any]] = field(default_factory=dict)  # table -> ids (or key tuples)
    before: Snapshot = field(default_factory=Snapshot)  # rows as they were (updated or removed)
    after: Snapshot = field(default_factory=Snapshot)  # rows as the merge left them
    removed_codings: list[int] = field(default_factory=list)
    inserted_coders: list[dict[str, Any]] = field(default_factory=list)
    document_ids: tuple[int, ...] = ()
