"""CodebookModel: a QAbstractItemModel adapter over a snapshot of the code tree from core.

Column 0 is the code (colour swatch, name, description as tooltip, code id under ``CODE_ID_ROLE``),
column 1 the number of codings. It rebuilds from the bridge's signals; edits (rename, drop) are not
applied here but asked for through signals so the window can push undo commands. In the pseudonymised
view names and descriptions are shown as the transcript shows text (an in-vivo code quotes it), and
renaming is off: an editor would start from the shown name and store it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap

from qcode.core import codebook, codings
from qcode.core.types import Code

CODE_ID_ROLE = Qt.UserRole + 1
CODE_MIME = "application/x-qcode-code-id"
SELECTION_MIME = "application/x-qcode-text-selection"
_ROOT = QModelIndex()  # the invisible root; Qt passes it by value
_COUNT_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled
_NAME_FLAGS = _COUNT_FLAGS | Qt.ItemIsEditable
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
# Roles as plain ints, looked up once (an enum member costs a slow attribute lookup per use).
_DISPLAY, _EDIT, _DECORATION = int(Qt.DisplayRole), int(Qt.EditRole), int(Qt.DecorationRole)
_TOOLTIP, _ALIGN = int(Qt.ToolTipRole), int(Qt.TextAlignmentRole)


@dataclass
class CodeNode:
    """One code in the snapshot (no Qt)."""

    code: Code | None
    parent: CodeNode | None = None
    children: list[CodeNode] = field(default_factory=list)

    def row(self) -> int:
        """This node's row under its parent."""
        return self.parent.children.index(self) if self.parent else 0


def build_tree(codes: list[Code]) -> tuple[CodeNode, dict[int, CodeNode]]:
    """Root node and id → node, with children in codebook order."""
    root = CodeNode(None)
    nodes = {c.id: CodeNode(c) for c in codes}
    for c in sorted(codes, key=lambda c: c.position):
        node = nodes[c.id]
        node.parent = nodes[c.parent_id] if c.parent_id is not None else root
        node.parent.children.append(node)
    return root, nodes


def swatch(colour: str, size: int = 12) -> QIcon:
    """A small square icon in a code's colour."""
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    return QIcon(pix)


class CodebookModel(QAbstractItemModel):
    """The code tree with counts; drag a code to move it, drop a text selection to code it."""

    rename_requested = Signal(int, str)  # code id, new name
    move_requested = Signal(int, object, int)  # code id, new parent id or None, position (-1 = end)

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self._root, self._nodes = build_tree([])
        self._counts: dict[int, int] = {}
        self._icons: dict[str, QIcon] = {}
        self._cells: dict[int, tuple[dict, dict]] = {}  # code id → role → value, per column
        # The count column's header as the view can show it ("Kodn…" in a narrow codebook; the
        # tooltip keeps the whole word); None: the whole word.
        self.count_header: str | None = None
        # The pseudonymised view's rendering of a text (the transcript view's); None: names as stored.
        self.shown_text: Callable[[str], str] | None = None
        self.reload()

    @property
    def pseudonymised(self) -> bool:
        """Whether names are shown pseudonymised (and renaming is off)."""
        return self.shown_text is not None

    def set_shown_text(self, shown_text: Callable[[str], str] | None) -> None:
        """Show names through ``shown_text`` (the pseudonymised view) or, with None, as stored."""
        self.beginResetModel()  # the view keeps what was open and selected across a reset
        self.shown_text = shown_text
        self._cells = {}
        self.endResetModel()

    # -- refresh -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the tree and counts (after a codebook change)."""
        self.beginResetModel()
        self._root, self._nodes = build_tree(codebook.list_codes(self.project))
        self._counts = codings.coding_counts(self.project)
        self._cells = {}
        self.endResetModel()

    def refresh_counts(self) -> None:
        """Re-read the counts only (after a coding change)."""
        new = codings.coding_counts(self.project)
        changed = {k for k in set(new) | set(self._counts) if new.get(k) != self._counts.get(k)}
        self._counts = new
        for code_id in changed:
            self._cells.pop(code_id, None)
            if code_id in self._nodes:
                idx = self.index_of(code_id, 1)
                self.dataChanged.emit(idx, idx, [Qt.DisplayRole])

    # -- lookups ---------------------------------------------------------------------------------
    def code(self, code_id: int) -> Code | None:
        """The code with this id in the snapshot, or None."""
        node = self._nodes.get(code_id)
        return node.code if node else None

    def codes(self) -> list[Code]:
        """Every code in tree order."""
        out: list[Code] = []

        def walk(node: CodeNode) -> None:
            for child in node.children:
                out.append(child.code)
                walk(child)

        walk(self._root)
        return out

    def count(self, code_id: int) -> int:
        """Number of codings of a code."""
        return self._counts.get(code_id, 0)

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        """The model index of a code (invalid when unknown)."""
        node = self._nodes.get(code_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def _node(self, index: QModelIndex) -> CodeNode:
        return index.internalPointer() if index.isValid() else self._root

    # -- QAbstractItemModel ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: QModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 2

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role in (Qt.DisplayRole, Qt.ToolTipRole) and 0 <= section < 2:
            if role == Qt.DisplayRole and section == 1 and self.count_header is not None:
                return self.count_header
            return (self.tr("Code"), self.tr("Codings"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        code = index.internalPointer().code
        cells = self._cells.get(code.id)
        if cells is None:
            cells = self._cells[code.id] = self._cells_of(code)
        return cells[index.column()].get(role)

    def _cells_of(self, code: Code) -> tuple[dict, dict]:
        # Every role of both cells in one dict each, built once per reset (or count change): the
        # views ask for eight roles per cell on every paint and size pass.
        if code.colour not in self._icons:
            self._icons[code.colour] = swatch(code.colour)
        shown = self.shown_text or str
        label = shown(code.name)
        name = {CODE_ID_ROLE: code.id, _DISPLAY: label, _EDIT: label, _DECORATION: self._icons[code.colour]}
        if code.description:
            name[_TOOLTIP] = shown(code.description)
        count = {CODE_ID_ROLE: code.id, _DISPLAY: str(self._counts.get(code.id, 0)), _ALIGN: _RIGHT}
        return name, count

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.ItemIsDropEnabled
        return _NAME_FLAGS if index.column() == 0 and self.shown_text is None else _COUNT_FLAGS

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:
        # The rename goes through an undo command; the model changes when the bridge says so.
        # Never from the pseudonymised view: what an editor there holds is the shown name.
        if role == Qt.EditRole and index.isValid() and index.column() == 0 and self.shown_text is None:
            name = str(value).strip()
            code = index.internalPointer().code
            if name and name != code.name:
                self.rename_requested.emit(code.id, name)
            return False
        return False

    # -- drag and drop -----------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropActions:
        return Qt.MoveAction | Qt.CopyAction

    def supportedDragActions(self) -> Qt.DropActions:
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME, SELECTION_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        ids = sorted({i.data(CODE_ID_ROLE) for i in indexes if i.isValid()})
        if ids:
            mime.setData(CODE_MIME, str(ids[0]).encode())
        return mime

    def _target(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> tuple[int | None, int]:
        parent_id = parent.data(CODE_ID_ROLE) if parent.isValid() else None
        return parent_id, row

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(CODE_MIME) or data.hasFormat(SELECTION_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A dropped code asks for a move; the caller (the view) handles text selections."""
        if not data.hasFormat(CODE_MIME):
            return False
        code_id = int(bytes(data.data(CODE_MIME)).decode())
        parent_id, position = self._target(row, parent)
        code = self.code(code_id)
        if code is None:
            return False
        if code.parent_id == parent_id and 0 <= code.position < position:
            position -= 1  # the code leaves its old slot before it is inserted
        self.move_requested.emit(code_id, parent_id, position)
        # False: the move arrives as an undo command; the view must not remove the source rows.
        return False
