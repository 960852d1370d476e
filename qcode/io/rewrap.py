"""Hard-wrap repair for PDF text and wrapped plain text: running headers, page numbers, indentation,
hyphenation across line breaks ("Ma-" + "thias" → "Mathias") and wrapped lines of one turn."""

from __future__ import annotations

import re
from collections import Counter

from qcode.io.transcript_words import LABEL_LINE, SPEAKER_LINE, name_like, split_annotation

_PAGE_NUMBER = re.compile(
    r"^(?:side|page|s\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:af|of|/)\s*\d{1,4})?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# "social- og sundhedsvæsen": a suspended hyphen keeps its hyphen and its space
_SUSPENDED = frozenset({"og", "eller", "samt", "til", "and", "or", "som"})
_SENTENCE_END = ("." , "?", "!", ":", "…", '"', "”", "»", ")")


def _starts_turn(line: str) -> bool:
    match = SPEAKER_LINE.match(line) or LABEL_LINE.match(line)
    return bool(match and name_like(split_annotation(match.group("label").strip())[0]))


def _trim_numbers(page: list[str]) -> list[str]:
    """A page without blank edges and without a page number as its first or last line."""
    lines = [line.strip() for line in page]
    for _ in range(2):
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        if lines and _PAGE_NUMBER.match(lines[0]):
            lines.pop(0)
        if lines and _PAGE_NUMBER.match(lines[-1]):
            lines.pop()
    return lines


def strip_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and running headers/footers (the same first or last line on most pages,
    digits aside); strip indentation. A line that opens a turn is never furniture."""
    pages = [_trim_numbers(page) for page in pages]
    if len(pages) < 2:
        return pages
    for edge in (0, -1):
        seen = Counter(_DIGITS.sub("#", page[edge]) for page in pages if page)
        repeated = {line for line, n in seen.items() if n >= max(2, 0.75 * len(pages))}
        for page in pages:
            if page and _DIGITS.sub("#", page[edge]) in repeated and not _starts_turn(page[edge]):
                page.pop(edge)
    return [_trim_numbers(page) for page in pages]


def _join(previous: str, line: str) -> str:
    """Join a wrapped line onto the previous one, undoing end-of-line hyphenation."""
    if previous.endswith("-") and len(previous) >= 2 and previous[-2].isalpha():
        first_word = line.split(" ", 1)[0].strip(",.;:")
        if first_word.casefold() in _SUSPENDED:
            return previous + " " + line
        if line[:1].islower():
            return previous[:-1] + line  # "Ma-" + "thias", "arbejds-" + "løs"
        return previous + line  # "Anne-" + "Mette": a real hyphen
    return previous + " " + line


def repair_lines(pages: list[list[str]]) -> str:
    """Join wrapped lines into paragraphs; a blank line, a speaker label or a short line ends one."""
    lines = [line.rstrip() for page in pages for line in page]
    lengths = sorted(len(line) for line in lines if line.strip())
    if not lengths:
        return ""
    width = lengths[int(0.9 * (len(lengths) - 1))]
    paragraphs: list[str] = []
    current: str | None = None
    last_length = 0
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current is not None:
                paragraphs.append(current)
                current = None
            if paragraphs and paragraphs[-1] != "":
                paragraphs.append("")
            continue
        if current is None or _starts_turn(stripped) or SPEAKER_LINE.match(current):
            if current is not None:  # a "Name  00:01:44" line always stands alone
                paragraphs.append(current)
            current = stripped
            last_length = len(line)
            continue
        if last_length < 0.7 * width and current.endswith(_SENTENCE_END):
            paragraphs.append(current)  # the previous line was a paragraph's last
            current = stripped
        else:
            current = _join(current, stripped)
        last_length = len(line)
    if current is not None:
        paragraphs.append(current)
    while paragraphs and paragraphs[-1] == "":
        paragraphs.pop()
    return "\n".join(paragraphs)


def repair_pages(pages: list[str]) -> str:
    """Canonical text of a PDF: furniture removed and wrapped lines joined across page breaks."""
    return repair_lines(strip_page_furniture([page.split("\n") for page in pages]))


_LONG_LINE = re.compile(r"^[^\n]{101}", re.MULTILINE)


def _has_long_line(text: str) -> bool:
    """Whether a line of more than 100 characters has more than white space (found without splitting
    the text: a transcript with a paragraph per turn has one near its start)."""
    found = _LONG_LINE.search(text)
    while found is not None:
        stop = text.find("\n", found.start())
        if text[found.start():stop if stop >= 0 else len(text)].strip():
            return True
        found = _LONG_LINE.search(text, stop + 1) if stop >= 0 else None
    return False


def is_hard_wrapped(text: str) -> bool:
    """Plain text broken at a fixed width: most lines are continuations of the line before."""
    if _has_long_line(text):
        return False  # what the check below says of such a text, without splitting it into lines
    lines = text.split("\n")
    body = [line for line in lines if line.strip()]
    if len(body) < 10 or max(len(line) for line in body) > 100:
        return False
    continuations = sum(
        1 for before, line in zip(lines, lines[1:], strict=False)
        if before.strip() and line.strip() and not _starts_turn(line.strip())
        and not SPEAKER_LINE.match(before.strip())
    )
    return continuations >= 0.5 * len(body)
