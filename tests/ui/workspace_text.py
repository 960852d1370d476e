"""The workspace tests' transcript: one Danish text with æøå and an emoji before the coded words (so
UTF-16 and code-point offsets differ), and its speaker turns as the importers hand them to core."""

from __future__ import annotations

TEXT = (
    "Interviewer: Hvordan har du det? 😀\n"
    "Birgit: [00:01:23] Jeg føler mig ensom, når børnene er væk.\n"
    "Interviewer: Og familien?\n"
    "Birgit: Min søster ringer om søndagen, og så snakker vi længe.\n"
)


class Turn:
    """A speaker turn as the importers hand it to core."""

    def __init__(self, start, end, speaker, label_end):
        self.start, self.end, self.speaker = start, end, speaker
        self.role = "interviewer" if speaker == "Interviewer" else "interviewee"
        self.label, self.label_start, self.label_end, self.timestamp = speaker, start, label_end, None


def turns(text: str) -> list[Turn]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        speaker = line.split(":", 1)[0]
        out.append(Turn(pos, pos + len(line.rstrip("\n")), speaker, pos + len(speaker) + 1))
        pos += len(line)
    return out
