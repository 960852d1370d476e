"""What to show around a coded passage when two coders' versions are compared: its speaker turns, else
its paragraph within a few hundred characters."""

from __future__ import annotations

CONTEXT = 300  # characters of context around a passage in a document without speaker turns


def context_range(text: str, turns: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """What to show around a passage: its whole speaker turns, else its paragraphs (at most CONTEXT
    characters either side)."""
    around = [(s, e) for s, e in turns if s < end and e > start]
    if around:
        return min(start, around[0][0]), max(end, around[-1][1])
    low = max(text.rfind("\n", 0, start) + 1, start - CONTEXT)
    high = text.find("\n", end)
    high = len(text) if high < 0 else high
    return low, min(high, end + CONTEXT)
