"""Coding queries: AND / OR / NOT over codes (English or Danish keywords, parentheses), scoped to
documents, cases or speakers, with the result as segments of text.

AND keeps the text coded with both sides, OR the text coded with either, NOT the rest of the document
(within the scope). Code paths with spaces are written as they are (``stigma/mødet med systemet``) or
in double quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qcode.analysis.codetree import code_rows, descendants
from qcode.analysis.intervals import Ranges, intersect, merge, subtract
from qcode.core.codebook import find_code
from qcode.core.project import Project
from qcode.core.report_segments import (
    Segment,
    code_ranges,
    document_texts,
    documents_of_cases,
    speaker_ranges,
)
from qcode.core.reports import ReportError
from qcode.core.types import CaseId, DocumentId

KEYWORDS = {"and": "AND", "og": "AND", "or": "OR", "eller": "OR", "not": "NOT", "ikke": "NOT"}
_TOKEN = re.compile(r'"([^"]*)"|(\()|(\))|([^\s()"]+)')


@dataclass(frozen=True)
class Node:
    """A parsed query: op is CODE (with ``path``), AND, OR or NOT (with ``children``)."""

    op: str
    children: tuple[Node, ...] = ()
    path: str = ""


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for quoted, opening, closing, bare in _TOKEN.findall(text):
        if opening or closing:
            tokens.append((opening or closing, ""))
        elif bare and bare.lower() in KEYWORDS:
            tokens.append((KEYWORDS[bare.lower()], ""))
        elif bare and tokens and tokens[-1][0] == "WORD":  # a code name with spaces
            tokens[-1] = ("WORD", tokens[-1][1] + " " + bare)
        else:
            tokens.append(("CODE" if quoted or not bare else "WORD", quoted or bare))
    return [("CODE", v) if k == "WORD" else (k, v) for k, v in tokens]


def parse(text: str) -> Node:
    """Parse a query such as ``ensomhed AND (netværk OR stigma) AND NOT ønsker``."""
    tokens = _tokens(text)
    position = 0

    def peek() -> str | None:
        return tokens[position][0] if position < len(tokens) else None

    def take(kind: str) -> str:
        nonlocal position
        if peek() != kind:
            found = tokens[position][1] or tokens[position][0] if position < len(tokens) else "end"
            raise ReportError("report.bad_query", detail=f"expected {kind}, found '{found}'")
        position += 1
        return tokens[position - 1][1]

    def expression() -> Node:
        items = [term()]
        while peek() == "OR":
            take("OR")
            items.append(term())
        return items[0] if len(items) == 1 else Node("OR", tuple(items))

    def term() -> Node:
        items = [factor()]
        while peek() in ("AND", "NOT", "CODE", "("):
            if peek() == "AND":
                take("AND")
            items.append(factor())
        return items[0] if len(items) == 1 else Node("AND", tuple(items))

    def factor() -> Node:
        if peek() == "NOT":
            take("NOT")
            return Node("NOT", (factor(),))
        if peek() == "(":
            take("(")
            inner = expression()
            take(")")
            return inner
        return Node("CODE", path=take("CODE"))

    if not tokens:
        raise ReportError("report.bad_query", detail="empty query")
    node = expression()
    if position != len(tokens):
        extra = tokens[position][1] or tokens[position][0]
        raise ReportError("report.bad_query", detail=f"unexpected '{extra}'")
    return node


def run_query(
    project: Project,
    query: str | Node,
    *,
    include_subcodes: bool = False,
    document_ids: Sequence[DocumentId] = (),
    case_ids: Sequence[CaseId] = (),
    speakers: Sequence[str] = (),
) -> list[Segment]:
    """The passages that satisfy ``query``, restricted to the documents, cases' documents and speakers'
    turns given (each restriction only when non-empty)."""
    node = parse(query) if isinstance(query, str) else query
    docs = set(document_ids)
    if case_ids:
        of_cases = set(documents_of_cases(project, case_ids))
        docs = docs & of_cases if docs else of_cases
        if not docs:
            return []
    texts = document_texts(project, sorted(docs))
    scope = {d: [(0, len(text))] for d, (_, text) in texts.items()}
    if speakers:
        turns: dict[DocumentId, list[tuple[int, int]]] = {d: [] for d in scope}
        for doc_id, start, end in speaker_ranges(project, speakers, sorted(docs)):
            if doc_id in turns:
                turns[doc_id].append((start, end))
        scope = {d: merge(r) for d, r in turns.items()}
    rows = code_rows(project)
    result = _evaluate(project, node, scope, rows, include_subcodes)
    segments = []
    for doc_id in sorted(result, key=lambda d: texts[d][0]):
        name, text = texts[doc_id]
        for start, end in intersect(result[doc_id], scope[doc_id]):
            segments.append(Segment(doc_id, name, start, end, text[start:end]))
    return segments


def _evaluate(project: Project, node: Node, scope: dict[DocumentId, Ranges], rows: list,
              include_subcodes: bool) -> dict[DocumentId, Ranges]:
    if node.op == "CODE":
        code = find_code(project, node.path)
        ids = descendants(rows, code.id) if include_subcodes else [code.id]
        found: dict[DocumentId, list[tuple[int, int]]] = {}
        for doc_id, _code, start, end in code_ranges(project, ids, sorted(scope)):
            if doc_id in scope:
                found.setdefault(doc_id, []).append((start, end))
        return {d: merge(r) for d, r in found.items()}
    parts = [_evaluate(project, child, scope, rows, include_subcodes) for child in node.children]
    if node.op == "NOT":
        return {d: subtract(whole, parts[0].get(d, [])) for d, whole in scope.items()}
    if node.op == "OR":
        out: dict[DocumentId, list[tuple[int, int]]] = {}
        for part in parts:
            for d, ranges in part.items():
                out.setdefault(d, []).extend(ranges)
        return {d: merge(r) for d, r in out.items()}
    result = parts[0]
    for part in parts[1:]:
        result = {d: intersect(r, part[d]) for d, r in result.items() if d in part}
    return {d: r for d, r in result.items() if r}
