"""Every agreement statistic on a two-coder study built through the command line, checked against
reference implementations: scikit-learn's ``cohen_kappa_score`` and the ``krippendorff`` package, on
unit vectors the test builds itself (characters, sentences, turns), including the document only one
coder coded (left out, or counted) and a third coder with missing values."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest
from two_coders_cli import build_study

from qcode.analysis.agreement import compare_coders
from qcode.analysis.agreement_alpha import alpha_agreement
from qcode.core.project import open_project

krippendorff = pytest.importorskip("krippendorff")
metrics = pytest.importorskip("sklearn.metrics")

CODES = ["netværk", "ensomhed", "stigma", "ønsker"]  # the default codebook's order


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    return build_study(tmp_path_factory.mktemp("study"))


def coded(study, doc: str, code: str, coder: str) -> np.ndarray:
    """One document's characters: 1 where ``coder`` coded them with ``code``."""
    vector = np.zeros(len(study.texts[doc]), dtype=int)
    for d, c, start, end, who in study.codings:
        if (d, c, who) == (doc, code, coder):
            vector[start:end] = 1
    return vector


def sentences(text: str) -> list[tuple[int, int]]:
    """The test's own sentence split: per line, cut after . ? ! followed by spaces."""
    out, position = [], 0
    for line in text.split("\n"):
        for match in re.finditer(r"\S(?:.*?[.?!](?=\s|$)|.*\S)", line):
            out.append((position + match.start(), position + match.end()))
        position += len(line) + 1
    return out


def units(study, doc: str, unit: str) -> list[tuple[int, int]] | None:
    return None if unit == "characters" else sentences(study.texts[doc]) if unit == "sentences" \
        else study.turns[doc]


def vector(study, docs, code, coder, unit="characters", absent=()) -> np.ndarray:
    """Concatenated unit values over ``docs``; NaN for a coder absent from a document."""
    parts = []
    for doc in docs:
        chars = coded(study, doc, code, coder)
        spans = units(study, doc, unit)
        values = chars if spans is None else np.array([int(chars[s:e].any()) for s, e in spans])
        parts.append(np.full(len(values), np.nan) if doc in absent else values.astype(float))
    return np.concatenate(parts)


def kappa(a, b) -> float:
    return metrics.cohen_kappa_score(a.astype(int), b.astype(int))


def alpha(*rows) -> float:
    return krippendorff.alpha(reliability_data=np.vstack(rows), level_of_measurement="nominal")


@pytest.mark.parametrize("unit", ["characters", "sentences", "turns"])
@pytest.mark.parametrize("include_single", [False, True])
def test_percent_kappa_and_alpha_match_the_references(study, unit, include_single):
    docs = ["iv_01", "iv_02", "iv_03"] if include_single else ["iv_01", "iv_02"]
    with open_project(study.path, coder="lead") as project:
        result = compare_coders(project, ["anna"], ["bo"], unit=unit, include_single=include_single)
    assert [name for _, name in result.documents] == docs
    assert result.single == [("iv_03", "anna")]
    assert result.skipped == ([] if include_single else ["iv_03"])
    assert [r.path for r in result.codes] == CODES
    pooled_a, pooled_b, kappas, alphas = [], [], [], []
    for row in result.codes:
        a, b = vector(study, docs, row.path, "anna", unit), vector(study, docs, row.path, "bo", unit)
        pooled_a.append(a)
        pooled_b.append(b)
        kappas.append(kappa(a, b))
        alphas.append(alpha(a, b))
        assert row.chars.length == len(a)
        assert row.chars.percent == pytest.approx(100 * np.mean(a == b)), row.path
        assert row.chars.kappa == pytest.approx(kappas[-1]), row.path
        assert row.chars.alpha == pytest.approx(alphas[-1]), row.path
    a, b = np.concatenate(pooled_a), np.concatenate(pooled_b)
    assert result.overall.chars.percent == pytest.approx(100 * np.mean(a == b))
    assert result.overall.chars.kappa == pytest.approx(kappa(a, b))
    assert result.overall.chars.alpha == pytest.approx(alpha(a, b))
    assert result.mean.kappa == pytest.approx(np.mean(kappas))
    assert result.mean.alpha == pytest.approx(np.mean(alphas))
    # per document (all codes pooled in it) and per code and document
    for row in result.by_document:
        a = np.concatenate([vector(study, [row.document_name], c, "anna", unit) for c in CODES])
        b = np.concatenate([vector(study, [row.document_name], c, "bo", unit) for c in CODES])
        assert row.chars.kappa == pytest.approx(kappa(a, b)), row.document_name
        assert row.chars.alpha == pytest.approx(alpha(a, b)), row.document_name
    for cell in result.cells:
        a = vector(study, [cell.document_name], cell.path, "anna", unit)
        b = vector(study, [cell.document_name], cell.path, "bo", unit)
        assert cell.chars.percent == pytest.approx(100 * np.mean(a == b))
        if len(set(a) | set(b)) > 1:  # scikit-learn gives NaN where both coders are constant
            assert cell.chars.kappa == pytest.approx(kappa(a, b)), (cell.path, cell.document_name)
            assert cell.chars.alpha == pytest.approx(alpha(a, b)), (cell.path, cell.document_name)


def test_segment_agreement_and_kappa_follow_maxqda(study):
    with open_project(study.path, coder="lead") as project:
        result = compare_coders(project, ["anna"], ["bo"])
    # matched: ønsker (2, identical) and ensomhed in iv_02 (2); the other 6 segments are not
    assert (result.overall.matched, len(result.overall.segments)) == (4, 10)
    assert result.overall.segment_percent == pytest.approx(40)
    # Brennan & Prediger: chance is 1 / 4 codes
    assert result.segment_kappa == pytest.approx((0.4 - 0.25) / 0.75)


@pytest.mark.parametrize("unit", ["characters", "sentences"])
def test_alpha_for_three_coders_with_missing_values(study, unit):
    with open_project(study.path, coder="lead") as project:
        result = alpha_agreement(project, ["anna", "bo", "carl"], unit=unit)
    docs = ["iv_01", "iv_02"]  # carl did not code iv_02: his values there are missing
    assert [name for _, name in result.documents] == docs and result.skipped == ["iv_03"]
    pooled = {coder: [] for coder in ("anna", "bo", "carl")}
    alphas = []
    for row in result.codes:
        data = [vector(study, docs, row.path, coder, unit, absent=("iv_02",) if coder == "carl" else ())
                for coder in pooled]
        for coder, values in zip(pooled, data, strict=True):
            pooled[coder].append(values)
        alphas.append(alpha(*data))
        assert row.alpha == pytest.approx(alphas[-1]), row.path
    assert result.overall.alpha == pytest.approx(alpha(*(np.concatenate(v) for v in pooled.values())))
    assert result.mean == pytest.approx(np.mean(alphas))


def test_two_coders_give_the_same_alpha_either_way(study):
    with open_project(study.path, coder="lead") as project:
        pair = compare_coders(project, ["anna"], ["bo"], unit="sentences")
        among = alpha_agreement(project, ["anna", "bo"], unit="sentences")
    assert [r.alpha for r in among.codes] == pytest.approx([r.chars.alpha for r in pair.codes])
    assert among.overall.alpha == pytest.approx(pair.overall.chars.alpha)


def _report(study, *args: str) -> subprocess.CompletedProcess:
    # no anonymiser ran on these made-up interviews: the report is acknowledged as unsearched
    return subprocess.run([sys.executable, "-m", "qcode", "report", str(study.path), "agreement",
                           "--acknowledge-warnings", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          env={"QCODE_LANG": "en", "PATH": "/usr/bin:/bin"})


def test_the_command_line_names_the_unit_lists_the_single_coder_document_and_can_count_it(study):
    result = _report(study, "--coders", "anna", "bo", "--coder", "lead")
    assert result.returncode == 0, result.stderr
    assert "1 document(s) coded by one coder only are left out" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Code,Agreement (%),Kappa,Alpha,Both (chars)")
    assert "Dokument 3,left out: only anna coded it" + "," * 11 in lines  # exports number documents
    assert any(line.startswith("Overall (pooled),") for line in lines)
    assert any(line.startswith("Mean of codes,") for line in lines)
    counted = _report(study, "--coders", "anna", "bo", "--include-single", "--unit", "turns",
                      "--format", "md", "--coder", "lead")
    assert counted.returncode == 0, counted.stderr
    assert "are counted" in counted.stderr
    assert "(unit: turns, segments matched at 90 %, documents coded by one side counted)" in counted.stdout
    three = _report(study, "--coders", "anna", "bo", "carl", "--coder", "lead")
    assert three.returncode == 0, three.stderr
    assert three.stdout.splitlines()[0] == (
        "Code,Alpha,Pairable units (chars),Coded by anna (chars),Coded by bo (chars),Coded by carl (chars)")
