"""Messages a user can see: every message id a module raises or says is registered (in English and
Danish) by that module or by a module it imports, so the id is known whenever the module runs and no
command prints a raw id such as "export.nothing". Checked statically over the import graph, so the
answer does not depend on which other modules happen to be loaded."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "qcode"
MESSAGE_ID = re.compile(r"^[a-z_]+\.[a-z_]+$")


def _name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")


def _scan(path: Path, known: set[str]) -> tuple[set[str], set[str], set[str]]:
    """(ids used, ids registered, qcode modules imported outside TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    used, registered, imported = set(), set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            first = node.args[0]
            if (name.endswith("Error") or name in ("say", "_say")) and isinstance(first, ast.Constant) \
                    and isinstance(first.value, str) and MESSAGE_ID.match(first.value):
                used.add(first.value)
            if name == "register_messages" and isinstance(first, ast.Dict):
                registered |= {k.value for k in first.keys if isinstance(k, ast.Constant)}
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(getattr(t, "id", "") == "MESSAGES" for t in targets):
                registered |= {k.value for k in node.value.keys if isinstance(k, ast.Constant)}
        if id(node) in skipped:
            continue
        targets_: list[str] = []
        if isinstance(node, ast.Import):
            targets_ = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets_ = [f"{node.module}.{a.name}" for a in node.names]
        for target in targets_:
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known:
                imported.add(target)
    return used, registered, imported


def test_every_message_id_is_registered_by_the_module_or_its_imports():
    paths = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
    scanned = {name: _scan(path, set(paths)) for name, path in paths.items()}

    def reachable(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            module = todo.pop()
            if module not in seen:
                seen.add(module)
                todo += scanned[module][2]
        return seen

    unregistered = {}
    for module, (used, _registered, _imports) in scanned.items():
        if module.startswith("qcode.ui"):
            continue  # the GUI translates its own texts with Qt's catalogue (.ts/.qm)
        known = set().union(*(scanned[m][1] for m in reachable(module)))
        if missing := sorted(used - known):
            unregistered[module] = missing
    assert sum(len(s[0]) for s in scanned.values()) > 100  # the scan found the ids in use
    assert unregistered == {}
