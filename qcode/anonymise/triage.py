"""Which automatic findings are certain and which wait for a person's review (#13).

Users of anonymisation tools expect the uncertain findings to be put before them and the certain ones
to be taken: a contact identifier has a fixed form, and a name the document gives as a speaker label,
in its header or as initials, or that the register already holds, needs no second look; a name only the
statistical model saw, an unknown capitalised word, a nickname, an ordinary word taken as a name once,
or an age said with little around it does.

Waiting changes the review queue, never the output: a pending finding is replaced in every view, export
and seal exactly like an accepted one until someone rejects it (the strictest choice: nothing a person
has not looked at can leave the project because they have not looked at it yet). No SQL, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qcode.anonymise.candidates import AGE, CONTACT_KINDS, PERSON, Candidate
from qcode.anonymise.lexicon import is_homograph, is_ordinary_word, is_word
from qcode.core.errors import register_messages, say
from qcode.core.history import read_log
from qcode.core.types import EntityId

if TYPE_CHECKING:
    from qcode.core.project import Project

# Detectors whose finding is certain: the document says it (a speaker label, a header, initials it
# explains), the register or the user already decided it, or it has the fixed form of a contact.
CERTAIN = frozenset({"structure", "register", "manual", "contact"})
# Detectors that guess, strongest first; a finding of these alone waits.
GUESSES = ("model", "shape", "propagated")
CERTAIN_AGE = 0.9  # the age rules score a plain "46 år" 0.9; below that the evidence is thin

REVIEW_NEEDED = "anon_review_needed"  # the audit log's action for an entity detection left for review
# Why an entity waits: the key stored in the audit log ("anon_review_needed") and its words.
register_messages({
    "anon.why_model": ("found only by the statistical model", "kun fundet af den statistiske model"),
    "anon.why_shape": ("only its shape: a capitalised word no list knows",
                       "kun formen: et ord med stort begyndelsesbogstav, som ingen liste kender"),
    "anon.why_propagated": ("a name from elsewhere in the text, with nothing here that says it is one",
                            "et navn fra et andet sted i teksten, uden noget her, der siger, at det er "
                            "et navn"),
    "anon.why_nickname": ("a nickname: check that it names a person",
                          "et øgenavn: se efter, at det er en person"),
    "anon.why_ordinary": ("an ordinary word taken as a name, mentioned once",
                          "et almindeligt ord taget som navn, nævnt én gang"),
    "anon.why_age": ("an age with little around it", "en alder med lidt omkring sig"),
})


def waiting_reasons(project: Project) -> dict[EntityId, str]:
    """Entity id → why detection left it for review (the newest reason the audit log holds)."""
    reasons: dict[EntityId, str] = {}
    for entry in read_log(project, action=REVIEW_NEEDED, limit=1_000_000):  # newest first
        if entry.target_id is not None:
            reasons.setdefault(EntityId(entry.target_id), str(entry.details.get("why", "")))
    return reasons


def why_text(key: str, lang: str = "en") -> str:
    """The words for a key :func:`waits_for_review` returned ("" for "")."""
    return say(f"anon.why_{key}", lang) if key else ""


def waits_for_review(kind: str, core: str, found: Sequence[Candidate]) -> str:
    """Why a new entity found by ``found`` (its candidates in one document) waits for review, as a key
    of :func:`why_text`; "" when it is certain and is accepted at once."""
    detectors = {c.detector for c in found}
    if kind in CONTACT_KINDS or detectors & CERTAIN or not found:
        return ""
    if kind == AGE:
        return "age" if max(c.score for c in found) < CERTAIN_AGE else ""
    if detectors <= set(GUESSES):
        return next(d for d in GUESSES if d in detectors)
    if kind != PERSON:
        return ""
    one_word = " " not in core.strip()
    if one_word and any("nickname" in c.reason for c in found) and not detectors & {"lexicon", "traditions"}:
        return "nickname"
    word = core.casefold()
    a_word = is_ordinary_word(word) or is_homograph(word) or is_word(word)
    if len(found) == 1 and one_word and a_word:
        return "ordinary"
    return ""
