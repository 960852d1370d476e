"""Speaker labels that name a role, not a person, and the case a document's speaker becomes.

"Mette" or "Jørgen Holm" is one person in every transcript, so their turns share one case. "IP",
"Informant", "Deltager 2" or a speech-to-text id ("Speaker_00") only says who speaks *in this
recording*: the "IP" of two interviews are two people, so each document's generic interviewee is a case
of its own ("interview_02 – IP"), which the user may rename or merge by hand (as NVivo and MAXQDA do).
The role words live here, below ``io`` (which reads labels with them), because storing an import decides
the case. No SQL, no Qt.
"""

from __future__ import annotations

import re

INTERVIEWER_WORDS = frozenset({
    "i", "int", "interviewer", "intervieweren", "interviewer1", "interviewer 1", "moderator", "mod",
    "forsker", "researcher", "spørger", "journalist", "q", "spm", "spørgsmål", "iv",
})
INTERVIEWEE_WORDS = frozenset({
    "ip", "interviewperson", "interviewpersonen", "informant", "informanten", "inf", "deltager",
    "deltageren", "respondent", "r", "a", "svar", "interviewee", "borger", "p", "participant",
})
# Speech-to-text speaker ids (WhisperX, pyannote): "SPEAKER_00", "speaker_01" (ids, in either case)
STT_LABEL = re.compile(r"speaker_\d{1,3}", re.IGNORECASE)

# between the document's name and the label: a dash no file name is likely to hold around spaces
CASE_SEPARATOR = " – "


def generic_speaker(name: str) -> bool:
    """True for a speaker name that is a role or an id ("IP", "Deltager 2", "Speaker_00"), not a name."""
    name = name.strip()
    if STT_LABEL.fullmatch(name):
        return True
    key = re.sub(r"\s*\d+$", "", name.casefold().strip(". "))
    return key in INTERVIEWEE_WORDS or key in INTERVIEWER_WORDS


def speaker_case_name(speaker: str, document_name: str) -> str:
    """The case a speaker of a document becomes: a person's name as it is, a generic label the
    document's own ("interview_02 – IP")."""
    if not generic_speaker(speaker):
        return speaker.strip()
    return f"{document_name.strip()}{CASE_SEPARATOR}{speaker.strip()}"


_SUFFIX = re.compile(r" \(\d+\)$")


def document_named_case(name: str) -> bool:
    """True for a case named after its document ("iv_02 – IP", "iv_02 – IP (2)"): exports cite it as
    "Deltager N", since a document's name may hold a name the register does not know (and exports call
    documents "Dokument N" for that reason)."""
    head, separator, label = name.rpartition(CASE_SEPARATOR)
    return bool(separator and head.strip()) and generic_speaker(_SUFFIX.sub("", label))
