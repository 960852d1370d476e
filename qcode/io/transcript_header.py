"""Transcript headers: the metadata lines above the first turn ("Interview 7 – transskription",
"Interviewperson: Palle, 46 år", "Sted: …"), ended by a blank line or directly by the first turn, and
the interviewee's name they give. No I/O, no Qt."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from qcode.io.transcript_words import (
    HEADER_LINE,
    LABEL_LINE,
    PARTICIPANT_KEYS,
    SPEAKER_KEYS,
    SPEAKER_LINE,
    STT_LABEL,
    STT_LINE,
    Lines,
    header_key,
    is_blank,
    name_like,
    role_word,
    split_annotation,
    split_lines,
)


def _header_entry(line: str) -> tuple[str, str] | None:
    """``(key, value)`` of a ``Key: value`` line whose key is a header key (:func:`header_key`)."""
    match = HEADER_LINE.match(line.strip())
    if match and header_key(match.group("key")) and len(match.group("value")) <= 100:
        return match.group("key").strip(), match.group("value").strip()
    return None


def _title_like(line: str, known_labels: frozenset[str]) -> bool:
    return (":" not in line and len(line.strip()) <= 100 and not SPEAKER_LINE.match(line.strip())
            and not any(line.startswith(label + " ") for label in known_labels))


def _mentions_interview(line: str) -> bool:
    return "interview" in line.casefold() or "transskri" in line.casefold()


def _blank_line_header(lines: Lines,
                       known_labels: frozenset[str]) -> tuple[dict[str, str], int]:
    """Leading metadata lines (``Key: value`` and a title), ended by a blank line; (metadata, end)."""
    block: list[tuple[int, str]] = []
    for position, line in lines:
        if is_blank(line):
            if block:
                break
            continue
        block.append((position, line))
        if len(block) > 10:
            return {}, 0
    # the whole text is this block (counted only as far as needed: a big file has 100,000 lines)
    non_blank = sum(1 for _ in islice((line for _, line in lines if not is_blank(line)), len(block) + 1))
    if not block or len(block) == non_blank:
        return {}, 0
    metadata: dict[str, str] = {}
    strong = False
    for _, line in block:
        entry = _header_entry(line)
        if entry:
            key, value = entry
            metadata[key] = value
            # "Interviewer: I" is header only beside other metadata; alone it is a turn
            strong = strong or key.casefold() not in SPEAKER_KEYS
        elif _title_like(line, known_labels):
            metadata.setdefault("title", line.strip())
            strong = strong or len(block) > 1 or _mentions_interview(line)
        else:
            return {}, 0
    if not strong:
        return {}, 0
    last_position, last_line = block[-1]
    return metadata, last_position + len(last_line)


def _label_of(line: str) -> str | None:
    """The speaker label a line opens with (``Name: …``, ``[00:01] Name: …``, ``Name  00:01:44``)."""
    match = SPEAKER_LINE.match(line) or LABEL_LINE.match(line) or STT_LINE.match(line)
    if not match:
        return None
    label = match.group("label").strip()
    name = split_annotation(label)[0]
    return label if name_like(name) or role_word(name) or STT_LABEL.fullmatch(name) else None


def _compact_header(lines: Lines,
                    known_labels: frozenset[str]) -> tuple[dict[str, str], int]:
    """A header with no blank line before the first turn (every PDF, many .txt files): a title at
    the top and ``Key: value`` lines with known keys, up to the first line that opens a turn.

    A key that recurs as a label further down ("Interviewer: …" twice) is a speaker, and so is a
    line whose value is a question; the header ends there.
    """
    start = next((i for i, (_, line) in enumerate(lines) if not is_blank(line)), len(lines))
    labels_below: Counter[str] | None = None  # labels of the lines after the current one
    # the header's lines in order: (key, value, whether it makes the header sure)
    taken: list[tuple[str, str, bool]] = []
    titles = 0
    for index in range(start, min(len(lines), start + 12)):
        line = lines[index][1]
        entry = _header_entry(line)
        if entry:
            key, value = entry
            if labels_below is None:
                labels_below = Counter((_label_of(later) or "").casefold() for _, later in lines[index + 1:])
            interviewer = key.casefold() in SPEAKER_KEYS
            if (labels_below[key.casefold()] > 0 or value.endswith("?")
                    or (interviewer and len(value.split()) > 5)):
                break  # a speaker's turn, not metadata
            taken.append((key, value, not interviewer))
            if index + 1 < len(lines):
                labels_below[(_label_of(lines[index + 1][1]) or "").casefold()] -= 1
        elif index - start == titles < 2 and _title_like(line, known_labels):
            # a title (two lines at most) opens the header
            taken.append(("title", line.strip(), _mentions_interview(line)))
            titles += 1
        else:
            break
    # The header must be followed right away by a turn; otherwise these lines were something else.
    # A key with no turn after it ("Deltagere:" over a list of names) ends the header before it.
    end = start + len(taken)
    while end > start and (end >= len(lines) or _label_of(lines[end][1]) is None):
        end -= 1
    metadata: dict[str, str] = {}
    for key, value, _ in taken[:end - start]:
        if key == "title":
            metadata.setdefault(key, value)
        else:
            metadata[key] = value
    if end == start or not any(sure for _, _, sure in taken[:end - start]):
        return {}, 0
    last_position, last_line = lines[end - 1]
    return metadata, last_position + len(last_line)


def parse_header(text: str, known_labels: frozenset[str] = frozenset(),
                 lines: Lines | None = None) -> tuple[dict[str, str], int]:
    """Leading metadata lines (``Key: value`` and a title) ended by a blank line, or directly by the
    first turn when no blank line separates them; (metadata, end offset of the header). ``lines``:
    the text's lines when the caller has them already."""
    lines = split_lines(text) if lines is None else lines
    metadata, end = _blank_line_header(lines, known_labels)
    if metadata:
        return metadata, end
    return _compact_header(lines, known_labels)


def participant_name(metadata: dict[str, str]) -> str | None:
    """The interviewee's name from a header such as ``Interviewperson: Palle, 46 år``."""
    for key, value in metadata.items():
        if key.casefold() in PARTICIPANT_KEYS:
            name = re.split(r"[,(;]", value, maxsplit=1)[0].strip()
            if name and name_like(name) and not name[:1].isdigit():
                return name
    return None
