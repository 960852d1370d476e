"""Speech-to-text exports label turns with speaker ids: WhisperX/pyannote's "SPEAKER_00:", lower-case
"speaker_01:", WhisperX's own "[SPEAKER_00]: …" and a segment's time range before the id. Each id is one
speaker, whatever its case (a stranger's run got no turns from "speaker_00:")."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.core.documents import list_documents, turns_for_document
from qcode.io.importing import import_documents
from qcode.io.transcript import detect_structure

SAID = [("00", "Hej og velkommen. Hvordan går det med arbejdet?"), ("01", "Det går fint, tak."),
        ("00", "Og familien?"), ("01", "De har det godt."), ("02", "Ja, det har vi.")]

LAYOUTS = {
    "upper": "SPEAKER_{id}: {words}\n",
    "lower": "speaker_{id}: {words}\n",
    "whisperx": "[SPEAKER_{id}]: {words}\n",
    "time range": "[00:00:0{n}.120 --> 00:00:0{m}.480] SPEAKER_{id}: {words}\n",
    "lower, blank lines": "speaker_{id}: {words}\n\n",
}


def _text(layout: str) -> str:
    return "".join(LAYOUTS[layout].format(id=who, words=words, n=n, m=n + 1)
                   for n, (who, words) in enumerate(SAID))


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_speaker_id_opens_turns_as_one_speaker(layout: str):
    text = _text(layout)
    turns = detect_structure(text).turns
    assert [t.speaker for t in turns] == [f"Speaker_{who}" for who, _ in SAID]
    assert [text[t.end - len(words):t.end] for t, (_, words) in zip(turns, SAID, strict=True)] == [
        words for _, words in SAID]
    assert turns[0].role == "interviewer"  # the one who asks


def test_a_whisperx_file_imports_with_its_speakers(project, tmp_path: Path):
    path = tmp_path / "optagelse_3.txt"
    path.write_text(_text("lower"), encoding="utf-8")
    import_documents(project, [path])
    [document] = list_documents(project)
    speakers = [t.speaker for t in turns_for_document(project, document.id)]
    assert speakers == ["Speaker_00", "Speaker_01", "Speaker_00", "Speaker_01", "Speaker_02"]


def test_an_id_under_a_header_is_a_turn_after_it():
    text = "Interview 3\nDato: 12.03.2024\n" + _text("lower")
    structure = detect_structure(text)
    assert structure.metadata == {"title": "Interview 3", "Dato": "12.03.2024"}
    assert [t.speaker for t in structure.turns][:2] == ["Speaker_00", "Speaker_01"]


UNPUNCTUATED = ("speaker_00: hej og tak fordi du vil være med hvordan har du det i dag\n"
                "speaker_01: jamen det går fint jeg hedder tove og jeg er toogfyrre\n"
                "speaker_00: hvor bor du henne\n"
                "speaker_01: jeg bor i esbjerg med min søn\n"
                "speaker_00: kan du fortælle lidt om din hverdag\n"
                "speaker_01: jeg står op klokken seks og så går jeg på arbejde\n")


def test_in_unpunctuated_speech_to_text_the_one_who_asks_with_question_words_is_the_interviewer():
    """No question mark anywhere (a stranger's run: both ids were interviewees): turns that open with a
    question word ask; a punctuated transcript is judged by its question marks as before."""
    roles = {t.speaker: t.role for t in detect_structure(UNPUNCTUATED).turns}
    assert roles == {"Speaker_00": "interviewer", "Speaker_01": "interviewee"}
    answered = UNPUNCTUATED.replace("arbejde\n", "arbejde. Hvad med dig?\n")
    roles = {t.speaker: t.role for t in detect_structure(answered).turns}
    assert roles["Speaker_00"] != "interviewer"  # a question mark now says who asks: the rule stands aside
