"""Boundaries, as import-linter contracts would state them: packages stack in one direction, no module
imports its way round in a cycle, imports sit at the top of a module (the few lazy ones that keep start-up
fast are listed here), the headless packages never import Qt, and only qcode/core writes SQL."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "qcode"
HEADLESS = ("core", "anonymise", "io", "analysis", "export")

# Lowest first. A module may import its own package and any package of a lower layer; packages that share
# a layer are independent of each other. (docs/ARCHITECTURE.md draws the same picture.)
LAYERS: tuple[tuple[str, ...], ...] = (
    ("qcode",),  # qcode/__init__.py (the version) and qcode/resources.py
    ("core",),
    ("io", "analysis"),
    ("anonymise",),
    ("export",),
    ("ui", "cli"),
    ("__main__",),
)

# Imports of qcode modules inside function bodies, each kept lazy for start-up time.
LAZY = {
    ("qcode.__main__", "qcode.ui.app"): "the GUI entry: the command line never loads Qt",
    ("qcode.__main__", "qcode.cli"): "the CLI entry: the GUI never builds the argument parser",
    ("qcode.anonymise.leak_check", "qcode.anonymise.detect"): "spaCy loads only when an export needs it",
    ("qcode.anonymise.register", "qcode.anonymise.detect"): "spaCy loads only when detection runs",
    ("qcode.anonymise.batch", "qcode.anonymise.detect"): "spaCy loads only when detection runs",
    ("qcode.anonymise.explain", "qcode.anonymise.detect"): "spaCy loads only when detection runs",
    ("qcode.anonymise.render", "qcode.anonymise.detectors.public"): "its word lists load spaCy",
    ("qcode.ui.entry_points", "qcode.ui.dialogs.export_dialog"): "the workbench brings python-docx (~0.1 s)",
    ("qcode.ui.entry_points", "qcode.ui.analysis"): "the analysis window's views load on first use",
    ("qcode.ui.entry_points", "qcode.ui.dialogs.codebook_history"): "it brings the export package",
    ("qcode.ui.entry_points", "qcode.ui.dialogs.appendix_export"): "it brings python-docx and the exports",
    ("qcode.ui.codebook_controller", "qcode.ui.dialogs.codebook_history"): "it brings the export package",
    ("qcode.ui.codebook_controller", "qcode.ui.analysis"): "Open code: the analysis views load on first use",
    ("qcode.ui.codebook_controller", "qcode.ui.dialogs.split_code"): "the first paint does not wait for it",
    ("qcode.ui.codebook_controller", "qcode.ui.commands.codebook_history"): "loads with the split",
    ("qcode.ui.app", "qcode.io.demo"): "--demo only: it loads every importer",
    ("qcode.ui.widgets.document_view", "qcode.anonymise.render"): "the pseudonymised view only",
    ("qcode.ui.pseudonymised_warmup", "qcode.anonymise.render"): "loaded off the GUI thread after start-up",
    ("qcode.ui.pseudonymised_warmup", "qcode.export.pseudonymiser"): "loaded off the GUI thread after start",
    ("qcode.ui.workspace", "qcode.anonymise.register"): "the pseudonymised view only",
    ("qcode.io", "qcode.io.registry"): "its names load every importer on first use",
    ("qcode.export.memos", "qcode.export.docx_quotes"): "python-docx loads when a Word file is written",
    ("qcode.ui.models.documents_model", "qcode.export.pseudonymiser"): "the pseudonymised view only",
    ("qcode.ui.main_window", "qcode.export.pseudonymiser"): "the pseudonymised view's title only",
    ("qcode.ui.entry_points", "qcode.ui.dialogs.import_dialog"): "the first paint waits for no dialog",
    ("qcode.ui.entry_points", "qcode.ui.dialogs.anonymise_review"): "it brings the seal and cryptography",
    ("qcode.ui.entry_points", "qcode.ui.dialogs.cases_dialog"): "the first paint waits for no dialog",
    ("qcode.ui.entry_points", "qcode.ui.dialogs.preferences"): "the first paint waits for no dialog",
    ("qcode.ui.entry_points", "qcode.ui.commands.anonymise"): "settings only: no anonymiser at start",
    ("qcode.ui.entry_points", "qcode.anonymise.state"): "settings only: no anonymiser at start",
    ("qcode.ui.entry_points", "qcode.ui.dialogs.refi_dialog"): "it brings the export package",
    ("qcode.ui.team_entries", "qcode.ui.dialogs.adjudication_dialog"): "the first paint does not wait for it",
    ("qcode.ui.team_entries", "qcode.ui.dialogs.blind_dialog"): "the first paint does not wait for it",
    ("qcode.ui.team_entries", "qcode.ui.dialogs.merge_dialog"): "the first paint does not wait for it",
    ("qcode.ui.project_lifecycle", "qcode.ui.dialogs.restore_dialog"): "the first paint does not wait for it",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path, module: str, known: set[str]) -> list[tuple[str, bool]]:
    """(imported qcode module, inside a function body) for every import outside TYPE_CHECKING blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    in_function: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            in_function.update(id(n) for n in ast.walk(node) if n is not node)
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [f"{node.module}.{alias.name}" for alias in node.names] or [node.module]
        for target in targets:
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != module:
                found.append((target, id(node) in in_function))
    return found


def _graph() -> dict[str, list[tuple[str, bool]]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(path, name, known) for name, path in modules.items()}


def _package(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] == "resources":
        return "qcode"
    return parts[1]


def _layer(package: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if package in layer)


def test_packages_stack_in_one_direction():
    wrong = []
    for module, imports in _graph().items():
        source = _package(module)
        for target, _lazy in imports:
            goal = _package(target)
            if goal == source:
                continue
            if _layer(goal) >= _layer(source):
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_no_import_cycles():
    graph = {module: {target for target, _ in imports} for module, imports in _graph().items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    for module in graph:
        if module not in index:
            visit(module)
    assert cycles == []


def test_qcode_imports_sit_at_the_top_except_the_listed_lazy_ones():
    lazy = {(module, target) for module, imports in _graph().items() for target, inside in imports if inside}
    assert lazy == set(LAZY)


@pytest.mark.parametrize("layer", [layer for layer in LAYERS if layer not in (("__main__",),)])
def test_the_layers_name_real_packages(layer):
    for package in layer:
        assert package == "qcode" or (PACKAGE / package).is_dir()


def test_headless_packages_do_not_load_qt():
    imports = "; ".join(
        f"import {_module_name(p)}" for package in HEADLESS
        for p in sorted((PACKAGE / package).rglob("*.py")))
    code = f"import sys; {imports}; print([m for m in sys.modules if m.startswith('PySide6')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_sql_outside_core():
    pattern = re.compile(r"\.execute\(|import sqlite3|sqlite_utils")
    offenders = [
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
        if p.parts[len(PACKAGE.parts)] != "core" and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
