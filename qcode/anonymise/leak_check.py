"""The leak check every export passes: nothing in the register may reach an exported text.

Contract with the export code: :func:`check_texts` returns a :class:`LeakReport`;
:func:`require_clean` raises :class:`LeakError` on a blocking hit or an unacknowledged warning.
Blocking hits are register forms however they are written (possessives, any case, split across a
line break with a hyphen, soft hyphens, zero-width characters, apostrophe variants). After sealing the
register is gone and only fresh detection can warn (nothing in a sealed file may confirm an original).
Recorded ages written out ("42 år") are warnings: the same words can be a duration. What rendering
leaves on purpose — the lower-case
spelling of a name that is also an ordinary word, "per dag" beside an accepted "Per", or "Kl."
beside the organisation "KL" — is a warning, not a hit, so the check never blocks what the user
has no way to change. Warnings are also
near misses ("PalIe") and fresh detections. No SQL, no Qt.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from qcode.anonymise.candidates import AGE, CONTEXT_BOUND, Candidate
from qcode.anonymise.leak_patterns import CONTACT, clock_time, contact_identifiers
from qcode.anonymise.lexicon import is_word
from qcode.anonymise.linking import skeleton
from qcode.anonymise.pseudonyms import within_one_edit
from qcode.anonymise.render import RegisterView, entity_forms, forms_pattern, load_view
from qcode.anonymise.state import replaced
from qcode.anonymise.written_ages import ages_pattern, written_ages
from qcode.core import entities
from qcode.core.codebook import list_codes
from qcode.core.errors import MESSAGES, QcodeError, register_messages, say

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "anon.leak_blocked": ("Export blocked: identifying text found: {details}",
                          "Eksporten er stoppet: identificerende tekst fundet: {details}"),
    "anon.leak_warnings": ("Possible identifying text; acknowledge to export anyway: {details}",
                           "Mulig identificerende tekst; bekræft for at eksportere alligevel: {details}"),
    # one finding in those messages (LeakHit.describe)
    "anon.leak_found": ('"{found}" ({kind}, {reason}) in {where}, line {line}',
                        '"{found}" ({kind}, {reason}) i {where}, linje {line}'),
    "anon.leak_never_searched": (
        'document "{name}" has never been searched for names (run the anonymiser)',
        'dokumentet "{name}" er aldrig blevet gennemsøgt for navne (kør anonymiseringen)'),
    "anon.leak_more": ("; … ({count} more)", "; … ({count} mere)"),
    "anon.reason_register": ("register", "i registret"),
    "anon.reason_age": ("age", "alder"),
    "anon.reason_near_miss": ("near miss", "næsten et kendt navn"),
    "anon.reason_contact": ("contact", "kontaktoplysning"),
    "anon.reason_detected": ("detected ({detector})", "fundet af {detector}"),
})

_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "′": "'"})
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@dataclass(frozen=True)
class LeakHit:
    """One finding: ``found`` at ``offset`` (line ``line``) of the text called ``where``."""

    where: str
    found: str
    kind: str
    offset: int
    line: int
    reason: str  # "register", "age", "near miss", "detected"

    def describe(self, lang: str = "en") -> str:
        """'"Palle" (PERSON, register) in quote 3, line 2' in ``lang``; ``reason`` itself stays English
        (the audit log records it)."""
        if self.reason == "never searched":
            return say("anon.leak_never_searched", lang, name=self.found)
        return say("anon.leak_found", lang, found=self.found, kind=self.kind, reason=self._reason(lang),
                   where=self.where, line=self.line)

    def _reason(self, lang: str) -> str:
        if self.reason.startswith("detected (") and self.reason.endswith(")"):
            return say("anon.reason_detected", lang, detector=self.reason[len("detected ("):-1])
        message_id = "anon.reason_" + self.reason.replace(" ", "_")
        return say(message_id, lang) if message_id in MESSAGES else self.reason


@dataclass
class LeakReport:
    """Blocking ``hits`` and ``warnings`` over all checked texts."""

    hits: list[LeakHit] = field(default_factory=list)
    warnings: list[LeakHit] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is nothing to block or to acknowledge."""
        return not self.hits and not self.warnings


class LeakError(QcodeError):
    """An export was refused by the leak check; ``report`` says what and where."""

    def __init__(self, message_id: str, report: LeakReport, **params: object):
        self.report = report
        super().__init__(message_id, **params)

    def message(self, lang: str = "en") -> str:
        """The refusal with its findings described in ``lang`` (not only the English of ``details``)."""
        found = self.report.hits if self.message_id == "anon.leak_blocked" else self.report.warnings
        if not found:
            return super().message(lang)
        return say(self.message_id, lang, **{**self.params, "details": _details(found, lang=lang)})


_SPLIT_WORD = re.compile(r"[-‐][ \t\r]*\n")


def normalise(text: str) -> tuple[str, list[int]]:
    """Case-folded text with invisible characters and hyphenated line breaks removed and apostrophes
    unified, plus the original offset of every character of it."""
    if not _INVISIBLE.intersection(text) and not _SPLIT_WORD.search(text) \
            and unicodedata.is_normalized("NFKC", text):
        # The common case, one character for one: NFKC and case folding act per character, so a text
        # NFKC leaves alone folds to the same string as character by character, and when nothing grew
        # ("ß" -> "ss") every offset is its own.
        folded = text.translate(_APOSTROPHES).casefold()
        if len(folded) == len(text):
            return folded, list(range(len(text)))
    return _normalise_slowly(text)


def _normalise_slowly(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _INVISIBLE:
            i += 1
            continue
        if ch in "-‐" and chars and chars[-1].isalpha():
            j = i + 1
            while j < n and text[j] in " \t\r":
                j += 1
            if j < n and text[j] == "\n":  # "Ma-\nthias": a word split over a line break
                j += 1
                while j < n and text[j] in " \t":
                    j += 1
                if j < n and text[j].isalpha():
                    i = j
                    continue
        for out in unicodedata.normalize("NFKC", ch).translate(_APOSTROPHES).casefold():
            chars.append(out)
            origin.append(i)
        i += 1
    return "".join(chars), origin


@dataclass
class _Index:
    forms: dict[str, str]  # case-folded form -> kind
    view: RegisterView  # what rendering replaces, so what it leaves is judged the same way
    singles: dict[int, list[tuple[str, str, str]]]  # length -> (case-folded one-word core, kind, skeleton)
    ages: re.Pattern[str] | None  # recorded ages as written with a word ("42 år", "42-årig")
    pseudonyms: set[str]
    rejected: set[str]
    pattern: re.Pattern[str] | None
    # (token, its skeleton) -> the kind of the register name it nearly is, or None: a check meets the same
    # capitalised words ("Jeg", "Det", a pseudonym) in thousands of quotes, and the answer depends on
    # nothing else
    near: dict[tuple[str, str], str | None] = field(default_factory=dict)
    # the codebook's own one-word, lower-case code names ("stigma"): the model takes some for names in a
    # list of codes, and a warning every user must click away on every export teaches clicking warnings away
    code_words: frozenset[str] = frozenset()


def _build_index(project: Project) -> _Index:
    forms: dict[str, str] = {}
    singles: dict[int, list[tuple[str, str, str]]] = {}
    pseudonyms: set[str] = set()
    for entity in replaced(project):
        if entity.kind in CONTEXT_BOUND:
            continue
        pseudonyms.add(entity.pseudonym.casefold())
        for form in entity_forms(entity.kind, entity.core, entity.forms):
            folded = form.translate(_APOSTROPHES).casefold()
            if len(folded) < 2:
                continue
            for variant in (folded, folded + "s", folded + "'", folded + "'s"):
                forms.setdefault(variant, entity.kind)
            if _WORD.fullmatch(folded) and len(folded) >= 4:
                singles.setdefault(len(folded), []).append((folded, entity.kind, skeleton(folded)))
    pattern = forms_pattern(forms) if forms else None
    pseudonyms.update(p.casefold() for p in json.loads(project.get_setting("anon.sealed_pseudonyms") or "[]"))
    # a string someone decided is not identifying must not come back as a warning on every export
    rejected = {f.casefold() for e in entities.list_entities(project, state=entities.REJECTED)
                for f in (e.core, *e.forms)}
    ages = ages_pattern(written_ages(project))
    code_words = frozenset(c.name for c in list_codes(project)
                           if c.name.islower() and _WORD.fullmatch(c.name))
    return _Index(forms, load_view(project), singles, ages, pseudonyms, rejected, pattern,
                  code_words=code_words)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _check_one(where: str, text: str, index: _Index, report: LeakReport) -> set[int]:
    """Register, age and near-miss findings; returns the offsets they took."""
    folded, origin = normalise(text)
    taken: set[int] = set()

    def add(target: list[LeakHit], start: int, end: int, kind: str, reason: str) -> None:
        o_start, o_end = origin[start], origin[end - 1] + 1
        target.append(LeakHit(where, text[o_start:o_end], kind, o_start, _line(text, o_start), reason))
        taken.update(range(o_start, o_end))

    for start, end, blocking in contact_identifiers(text):
        if start not in taken and text[start:end].casefold() not in index.rejected:
            target = report.hits if blocking else report.warnings
            target.append(LeakHit(where, text[start:end], CONTACT, start, _line(text, start), "contact"))
            taken.update(range(start, end))
    if index.pattern is not None:
        for m in index.pattern.finditer(folded):
            original = text[origin[m.start()]:origin[m.end() - 1] + 1]
            # "line" (a rope) is a word that rendering leaves; "Line"/"LINE"/"mette" it replaces
            kept = index.view.keeps(original.translate(_APOSTROPHES))
            add(report.warnings if kept else report.hits, m.start(), m.end(),
                index.forms[m.group()], "register")
    if index.ages is not None:
        for m in index.ages.finditer(folded):
            start, end = origin[m.start()], origin[m.end() - 1] + 1
            if start not in taken and not clock_time(text, start, end):
                add(report.warnings, m.start(), m.end(), AGE, "age")
    words = list(_WORD.finditer(folded))
    for w in words:  # near misses: "PalIe", "Palel"
        start = origin[w.start()]
        if start in taken or not text[start].isupper():
            continue
        token = w.group()
        if token in index.pseudonyms:
            continue
        shape = skeleton(text[start:origin[w.end() - 1] + 1])
        key = (token, shape)
        if key not in index.near:
            index.near[key] = _near_miss(token, shape, index.singles)
        hit = index.near[key]
        if hit:
            add(report.warnings, w.start(), w.end(), hit, "near miss")
    return taken


def _near_miss(token: str, shape: str, singles: dict[int, list[tuple[str, str, str]]]) -> str | None:
    """The kind of the register name ``token`` (written as ``shape``) looks like or nearly is, else None."""
    # one edit only for longer names that are not ordinary words: "Alle" is not "Palle"
    edits = not is_word(token)
    for length in (len(token) - 1, len(token), len(token) + 1):
        hit = next((kind for core, kind, core_shape in singles.get(length, ())
                    if core != token and (core_shape == shape or (
                        edits and len(core) >= 5 and within_one_edit(core, token)))), None)
        if hit:
            return hit
    return None


# qcode's own wording in an export ("Dokument 3", "Deltager 2"): never a name, whatever a model says
_OWN_LABEL = re.compile(r"(?:Dokument|Deltager|Informant|Person|Kodning|Kode|Projekt)\s+\d+")


def _fresh_detections(where: str, text: str, found: list[Candidate], index: _Index, report: LeakReport,
                      taken: set[int]) -> None:
    brackets = [(m.start(), m.end()) for m in re.finditer(r"\[[^\]\n]{1,40}\]", text)]
    brackets += [(m.start(), m.end()) for m in _OWN_LABEL.finditer(text)]
    for c in found:
        if c.start in taken or any(s <= c.start < e for s, e in brackets):
            continue
        if c.label == AGE and clock_time(text, c.start, c.end):
            continue
        if {c.core.casefold(), c.surface.casefold()} & (index.pseudonyms | index.rejected):
            continue
        if c.detector == "model" and c.surface in index.code_words:
            continue
        report.warnings.append(LeakHit(where, c.surface, c.label, c.start, _line(text, c.start),
                                       f"detected ({c.detector})"))


def check_texts(project: Project, texts: Sequence[tuple[str, str]], *, use_detect: bool = True) -> LeakReport:
    """Check (where, text) pairs against the register, the recorded ages and the detectors."""
    index = _build_index(project)
    report = LeakReport()
    # Quotes share texts (a turn quoted under two codes, the same document name and case on every quote):
    # each distinct text is checked once and its findings are repeated, in order, for every place it has.
    unique = list(dict.fromkeys(text for _where, text in texts))
    checked: dict[str, tuple[LeakReport, set[int]]] = {}
    for text in unique:
        one = LeakReport()
        checked[text] = (one, _check_one("", text, index, one))
    for where, text in texts:
        _repeat(checked[text][0], where, report)
    if use_detect:
        from qcode.anonymise.detect import detect_many_cached  # noqa: PLC0415 (spaCy loads only when an export needs it)

        fresh: dict[str, LeakReport] = {}
        for text, found in zip(unique, detect_many_cached(unique), strict=True):
            fresh[text] = LeakReport()
            _fresh_detections("", text, found, index, fresh[text], checked[text][1])
        for where, text in texts:
            _repeat(fresh[text], where, report)
    return report


def _repeat(found: LeakReport, where: str, report: LeakReport) -> None:
    """Add one text's findings to ``report`` as found at ``where``."""
    report.hits.extend(replace(h, where=where) for h in found.hits)
    report.warnings.extend(replace(h, where=where) for h in found.warnings)


def _details(found: list[LeakHit], limit: int = 10, lang: str = "en") -> str:
    listed = "; ".join(h.describe(lang) for h in found[:limit])
    return listed + (say("anon.leak_more", lang, count=len(found) - limit) if len(found) > limit else "")


def unsearched_documents(project: Project) -> list[LeakHit]:
    """One warning per document that detection has never been run on: nothing of it is pseudonymised."""
    return [LeakHit("project", name, "DOCUMENT", 0, 0, "never searched")
            for _id, name in entities.documents_never_detected(project)]


def require_no_hits(project: Project, texts: Sequence[tuple[str, str]], *,
                    use_detect: bool = False, acknowledge_unsearched: bool = False) -> LeakReport:
    """Refuse (:class:`LeakError`) texts with a register hit, or (unless acknowledged) from a project
    with documents never searched for names; other warnings are returned, not raised, and fresh
    detection is off by default (analysis tables: tens of thousands of short texts from registered
    documents)."""
    report = check_texts(project, texts, use_detect=use_detect)
    if report.hits:
        raise LeakError("anon.leak_blocked", report, details=_details(report.hits))
    unsearched = unsearched_documents(project)
    if unsearched and not acknowledge_unsearched:
        raise LeakError("anon.leak_warnings", LeakReport(warnings=unsearched), details=_details(unsearched))
    report.warnings[:0] = unsearched
    return report


def require_clean(project: Project, texts: Sequence[tuple[str, str]], acknowledge_warnings: bool = False,
                  *, use_detect: bool = True) -> LeakReport:
    """Refuse (:class:`LeakError`) an export with a hit, or with warnings nobody acknowledged;
    an acknowledgement is written to the audit log (where, not what, so the log stays clean)."""
    report = require_no_hits(project, texts, use_detect=use_detect, acknowledge_unsearched=True)
    if report.warnings:
        if not acknowledge_warnings:
            raise LeakError("anon.leak_warnings", report, details=_details(report.warnings))
        with project.transaction():
            project.log("anon_leak_acknowledged", "export", None, warnings=len(report.warnings),
                        where=sorted({w.where for w in report.warnings}),
                        reasons=sorted({w.reason for w in report.warnings}))
    return report
