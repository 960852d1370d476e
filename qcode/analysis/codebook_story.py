"""The codebook history told in plain sentences (“ensomhed” was split into “ensomhed/social” and
“ensomhed/emotionel” on 3 March 2026; 41 codings moved.), in English or Danish, and as a table for the
GUI, the command line and exports. The events come from :mod:`qcode.core.codebook_history`. No Qt.

Code names are quoted with “…” (Danish »…«), not '…': a name before an apostrophe reads as a Danish
possessive ("Aarhus'"), which the pseudonymiser would rewrite with the quote.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from qcode.analysis.table import Table
from qcode.core.codebook_history import CodeEvent
from qcode.core.errors import register_messages, say

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
}

register_messages({
    "story.rename": ("“{path}” was renamed “{new}”", "»{path}« blev omdøbt til »{new}«"),
    "story.move": ("“{path}” was moved to “{new}”", "»{path}« blev flyttet til »{new}«"),
    "story.merge": ("“{path}” was merged into “{new}”", "»{path}« blev lagt sammen med »{new}«"),
    "story.split": ("“{path}” was split into {parts}", "»{path}« blev delt i {parts}"),
    "story.delete": ("“{path}” was deleted", "»{path}« blev slettet"),
    "story.on": (" on {date}", " den {date}"),
    "story.by": (" by {coder}", " af {coder}"),
    "story.moved": ("; {codings} moved", "; {codings} flyttet"),
    "story.deleted": (" with {codings}", " med {codings}"),
    "story.dropped": (" ({count} duplicates dropped)", " ({count} dubletter fjernet)"),
    "story.reason": (" Reason: {reason}", " Begrundelse: {reason}"),
    "story.and": (" and ", " og "),
    "story.coding": ("1 coding", "1 kodning"),
    "story.codings": ("{count} codings", "{count} kodninger"),
    "story.undone": ("(undone)", "(fortrudt)"),
    "story.when": ("When", "Hvornår"),
    "story.who": ("Who", "Hvem"),
    "story.change": ("Change", "Ændring"),
    "story.kind": ("Kind", "Type"),
    "story.codings_before": ("Codings before", "Kodninger før"),
    "story.codings_after": ("Codings after", "Kodninger efter"),
    "story.codings_moved": ("Codings moved", "Kodninger flyttet"),
    "story.reason_column": ("Reason", "Begrundelse"),
    "story.title": ("Codebook history", "Kodebogens historik"),
    "story.kind_rename": ("rename", "omdøbning"),
    "story.kind_move": ("move", "flytning"),
    "story.kind_merge": ("merge", "sammenlægning"),
    "story.kind_split": ("split", "deling"),
    "story.kind_delete": ("delete", "sletning"),
    "story.none": (
        "The codebook has not been changed (no code was renamed, moved, merged, split or deleted).",
        "Kodebogen er ikke ændret (ingen kode er omdøbt, flyttet, lagt sammen, delt eller slettet)."),
    "story.count": ("{count} × {kind}", "{count} × {kind}"),
})


def event_date(at: str, lang: str = "en") -> str:
    """The local date of a log time: "3 March 2026" / "3. marts 2026"."""
    try:
        when = datetime.fromisoformat(at).astimezone()
    except (TypeError, ValueError):
        return at
    month = MONTHS["da" if lang == "da" else "en"][when.month - 1]
    return f"{when.day}. {month} {when.year}" if lang == "da" else f"{when.day} {month} {when.year}"


def codings_phrase(count: int, lang: str = "en") -> str:
    """"1 coding" / "41 codings" (Danish: "kodning"/"kodninger")."""
    return say("story.coding", lang) if count == 1 else say("story.codings", lang, count=count)


def _join(items: Sequence[str], lang: str) -> str:
    quoted = [f"»{item}«" if lang == "da" else f"“{item}”" for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + say("story.and", lang) + quoted[-1]


def describe(event: CodeEvent, lang: str = "en", *, date: bool = True, coder: bool = False,
             reason: bool = True) -> str:
    """One sentence for a change, with its date, coder, coding counts and reason as asked."""
    text = say(f"story.{event.kind}", lang, path=event.path, new=event.new_path,
               parts=_join(event.parts, lang))
    if date:
        text += say("story.on", lang, date=event_date(event.at, lang))
    if coder:
        text += say("story.by", lang, coder=event.coder)
    if event.kind in ("merge", "split") and event.codings_moved is not None:
        text += say("story.moved", lang, codings=codings_phrase(event.codings_moved, lang))
        dropped = (event.codings_before or 0) - (event.codings_after or 0)
        if event.kind == "merge" and dropped > 0:
            text += say("story.dropped", lang, count=dropped)
    if event.kind == "delete" and event.codings_before:
        text += say("story.deleted", lang, codings=codings_phrase(event.codings_before, lang))
    text += "."
    if reason and event.reason:
        text += say("story.reason", lang, reason=event.reason)
    if event.undone:
        text += " " + say("story.undone", lang)
    return text


def summary(events: Sequence[CodeEvent], lang: str = "en") -> str:
    """"2 × rename, 1 × merge, 1 × split" over the events that were not undone (or a sentence for none)."""
    counts = Counter(e.kind for e in events if not e.undone)
    if not counts:
        return say("story.none", lang)
    order = ("rename", "move", "merge", "split", "delete")
    return ", ".join(say("story.count", lang, count=counts[k], kind=say(f"story.kind_{k}", lang))
                     for k in order if counts[k])


def _number(value: int | None) -> int | str:
    return "—" if value is None else value


def history_table(events: Sequence[CodeEvent], lang: str = "en") -> Table:
    """One row per change: when, who, kind, the sentence, codings before/after/moved and the reason."""
    keys = ("who", "kind", "change", "codings_before", "codings_after", "codings_moved", "reason_column")
    return Table(
        title=say("story.title", lang), row_header=say("story.when", lang),
        rows=[e.at[:16].replace("T", " ") for e in events],
        columns=[say(f"story.{k}", lang) for k in keys],
        values=[[e.coder, say(f"story.kind_{e.kind}", lang),
                 describe(e, lang, date=False, reason=False), _number(e.codings_before),
                 _number(e.codings_after), _number(e.codings_moved), e.reason] for e in events],
        row_keys=[e.log_id for e in events],
    )
