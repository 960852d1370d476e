"""DocumentView: the read-only transcript with codings painted by :class:`CodingHighlighter` and a
:class:`CodingStripes` margin (one stripe per code, or a lane per coder). It turns Qt selections into
stored-text offsets (through the one offset helper) and asks for edits through signals; it never changes
the project itself. It shows the codings core lets this session see (blind coding filters them in core);
the coder filter narrows them further, and only the session coder's own codings offer Uncode and Memo.
The selection, the context menus, the keys and dragging are :mod:`qcode.ui.widgets.document_interaction`."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from qcode.core import codings as core_codings
from qcode.core import documents
from qcode.core.coders import list_coders
from qcode.core.coding_index import CodingIndex, Span
from qcode.core.types import Code
from qcode.core.visibility import session_coder_id
from qcode.ui.highlight.coding_highlighter import CodingHighlighter
from qcode.ui.text_offsets import OffsetConverter
from qcode.ui.widgets.coding_stripes import CodingStripes
from qcode.ui.widgets.document_interaction import DocumentInteraction
from qcode.ui.widgets.find_bar import FindBar

MEMO_TIP = 300  # characters of a coding memo shown in the stripe's tooltip
# A long document's paragraphs are highlighted as they come on screen: highlighting all 1,443 paragraphs
# of a 50,000-word interview when it opened took ~70 ms, which the coder spent looking at a window that
# did not answer. (In idle slices instead, each paragraph highlighted alone was laid out alone: ~4 times
# the work and ~12 MB, for paragraphs nobody may scroll to.)
EAGER = 60  # paragraphs: a shorter document is highlighted at once


class DocumentView(DocumentInteraction, QPlainTextEdit):
    """Shows one document; coding requests leave through the signals below."""

    recent_code_key = Signal(int)  # 1–9 pressed with a selection: apply the n-th recent code
    uncode_requested = Signal(int)  # coding id
    memo_requested = Signal(int)  # coding id
    invivo_requested = Signal()
    coding_selected = Signal(int)  # coding id, after a click on a stripe
    code_requested = Signal(int)  # code id chosen from the context menu's "Code with" list
    anonymise_requested = Signal(str)  # entity kind (PERSON, AGE, PLACE, ORG) for the selection

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.document_id: int | None = None
        self.stored_text = ""
        self._labels: list[tuple[int, int]] = []
        self.pseudonymised = False
        self.all_codings: list = []  # what core lets this session see
        self.codings: list = []  # what is shown: all_codings through the coder filter
        self.coder_filter: set[int] | None = None  # coder ids to show (None: all)
        self.stripes_by_coder = False
        self._coder_colours: dict[int, str] = {}
        self.index = CodingIndex([])
        self.conv = OffsetConverter("")
        self._map = None  # stored offset -> shown offset, in pseudonymised mode
        self._replacements: tuple = ()  # what the pseudonymised rendering replaced (stored offsets)
        self._kept_top: tuple[int, int | None, int] | None = None  # (stored offset, document, scroll bar)
        self._codes: dict[int, Code] = {}
        self._order: dict[int, int] = {}
        self._coders: dict[int, str] = {}
        self._drag_from: QPoint | None = None
        self.menu_codes: list[int] = []  # recent codes first; set by the coding controller
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.document().setDocumentMargin(8)
        self.highlighter = CodingHighlighter(self.document())
        self.stripes = CodingStripes(self)
        self.stripes.coding_clicked.connect(self._stripe_clicked)
        self.stripes.coding_menu_requested.connect(self._coding_menu)
        self.updateRequest.connect(lambda *_: self.stripes.update())
        self._highlighting = False
        # a scroll, a resize or a layout change can bring paragraphs on screen
        self.updateRequest.connect(lambda *_: self.highlight_visible())
        self._build_hint()
        self.update_margin()

    def _build_hint(self) -> None:
        # Shown over the empty page of a project without documents: how to begin, and a button.
        self.find_bar = FindBar(self)
        self.hint = QWidget(self.viewport())
        self.hint.setObjectName("empty_hint")
        self.hint_label = QLabel(self.hint)
        self.hint_label.setAlignment(Qt.AlignCenter)
        self.hint_label.setWordWrap(True)
        font = QFont(self.hint_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.hint_label.setFont(font)
        self.hint_label.setStyleSheet("color: palette(mid);")
        self.hint_button = QToolButton(self.hint)
        self.hint_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        layout = QVBoxLayout(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.hint_button, 0, Qt.AlignCenter)
        layout.addStretch(2)
        self.hint.hide()

    def show_hint(self, text: str | None) -> None:
        """Show ``text`` (and the hint button) over the empty page; None hides it."""
        if text:
            self.hint_label.setText(text)
            self.hint.setGeometry(self.viewport().rect())
            self.hint.show()
        else:
            self.hint.hide()

    # -- content -----------------------------------------------------------------------------------
    def set_codebook(self, codes: list[Code]) -> None:
        """Codes in tree order: names, colours and stripe order."""
        self._codes = {c.id: c for c in codes}
        self._order = {c.id: i for i, c in enumerate(codes)}
        self._apply_index()
        self.highlighter.rehighlight()

    def load(self, document_id: int | None) -> None:
        """Show a document (None: nothing) in the current mode."""
        self.document_id = document_id
        self._read_coders()
        if document_id is None:
            self.stored_text = ""
            self.conv = OffsetConverter("")
            self.highlighter.set_lazy(False)
            self.setPlainText("")
            self.all_codings = self.codings = []
            self._apply_index()
            return
        # Kept as stored: a Qt round trip would turn paragraph ends into U+2029.
        text = self.stored_text = documents.get_document(self.project, document_id).text
        self._map, self._replacements = None, ()
        if self.pseudonymised:
            from qcode.anonymise.render import render_document  # noqa: PLC0415 (the pseudonymised view only; not needed to start)

            rendered = render_document(self.project, document_id)
            text, self._map, self._map_range = rendered.text, rendered.map_offset, rendered.map_range
            self._replacements = tuple(sorted(rendered.replacements, key=lambda r: r.start))
        self.conv = OffsetConverter(text)
        self._read_codings()
        self._labels = [
            self._shown_range(t.label_start, t.label_end)
            for t in documents.turns_for_document(self.project, document_id)
            if t.label_start is not None and t.label_end is not None and t.label_end > t.label_start
        ]
        self._apply_index(rehighlight=False)
        # A short text is highlighted while it is set; a long one where it is on screen.
        self.highlighter.set_lazy(text.count("\n") >= EAGER)
        self.setPlainText(text)
        self.highlight_visible()

    def highlight_visible(self) -> None:
        """Highlight the paragraphs on screen that a lazy highlight has not reached yet."""
        if self._highlighting or not self.highlighter.pending:
            return
        self._highlighting = True  # highlighting changes the layout, which asks for this again
        try:
            block = self.firstVisibleBlock()
            offset, height = self.contentOffset(), self.viewport().height()
            while block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() < height:
                self.highlighter.highlight_block(block)
                block = block.next()
        finally:
            self._highlighting = False

    def _shown(self, offset: int) -> int:
        """Stored offset → Qt position in what is shown."""
        if self._map is not None:
            offset = self._map(offset)
        return self.conv.to_qt(offset)

    def _shown_range(self, start: int, end: int) -> tuple[int, int]:
        """A stored range → Qt positions in what is shown (whole pseudonyms when rendered)."""
        if self._map is not None:
            start, end = self._map_range(start, end)
        return self.conv.to_qt(start), self.conv.to_qt(end)

    def _read_coders(self) -> None:
        coders = list_coders(self.project)
        self._coders = {c.id: c.name for c in coders}
        self._coder_colours = {c.id: c.colour for c in coders}

    def _read_codings(self) -> None:
        self.all_codings = core_codings.codings_for_document(self.project, self.document_id)
        self.codings = [c for c in self.all_codings
                        if self.coder_filter is None or c.coder_id in self.coder_filter]

    def _apply_index(self, rehighlight: bool = False) -> None:
        spans = [Span(*self._shown_range(c.start, c.end), c.code_id, c.id, c.coder_id)
                 for c in self.codings]
        self.index = CodingIndex(spans)
        colours = {cid: c.colour for cid, c in self._codes.items()}
        self.highlighter.set_data(self.index, colours, self._labels)
        code_order = lambda c: self._order.get(c, 1 << 30)  # noqa: E731
        if self.stripes_by_coder:
            coders = sorted({c.coder_id for c in self.codings}, key=lambda c: self._coders.get(c, ""))
            keys = sorted({(c.coder_id, c.code_id) for c in self.codings},
                          key=lambda k: (coders.index(k[0]), code_order(k[1])))
            self.stripes.set_columns(keys, [(c, self._coder_colours.get(c, "#808080")) for c in coders])
        else:
            self.stripes.set_columns(sorted({c.code_id for c in self.codings}, key=code_order))
        if rehighlight:
            self.highlighter.rehighlight()

    # -- coders -----------------------------------------------------------------------------------
    def coders_present(self) -> list[tuple[int, str]]:
        """(id, name) of the coders with codings in this document that this session may see."""
        ids = {c.coder_id for c in self.all_codings}
        return sorted(((i, self._coders.get(i, "?")) for i in ids), key=lambda x: x[1])

    def set_coder_filter(self, coder_ids: set[int] | None) -> None:
        """Show only these coders' codings (None: every coder's this session may see)."""
        self.coder_filter = None if coder_ids is None else set(coder_ids)
        self.codings = [c for c in self.all_codings
                        if self.coder_filter is None or c.coder_id in self.coder_filter]
        self._apply_index(rehighlight=True)
        self.stripes.update()

    def set_stripes_by_coder(self, on: bool) -> None:
        """A lane of stripes per coder (on) or one stripe per code (off)."""
        self.stripes_by_coder = bool(on)
        self._apply_index()
        self.stripes.update()

    def is_own(self, coding) -> bool:
        """Whether a coding is the session coder's (only those can be uncoded or memoed here)."""
        return coding.coder_id == session_coder_id(self.project)

    def coder_name(self, coder_id: int) -> str:
        return self._coders.get(coder_id, "?")

    def refresh_codings(self) -> None:
        """Re-read this document's codings and repaint only the paragraphs that changed."""
        if self.document_id is None:
            return
        old = set(self.index.spans)
        self._read_coders()
        self._read_codings()
        self._apply_index()
        changed = old ^ set(self.index.spans)
        if len(changed) > 200:
            self.highlighter.rehighlight()
        else:
            doc = self.document()
            for span in changed:
                block = doc.findBlock(span.start)
                while block.isValid() and block.position() <= span.end:
                    self.highlighter.rehighlightBlock(block)
                    block = block.next()
        self.stripes.update()

    def set_only_code(self, code_id: int | None) -> None:
        """Paint only one code (None: all)."""
        self.highlighter.only_code = code_id
        self.highlighter.rehighlight()
        self.stripes.update()

    def set_pseudonymised(self, on: bool) -> None:
        """Show the pseudonymised rendering (coding is disabled there) or the stored text, with the
        passage at the top of the page still at the top: the two texts differ in length, so the
        scroll bar's value would land elsewhere."""
        top = self.top_offset() if self.document_id is not None else None
        kept = self._kept_top
        if kept is not None and kept[1:] == (self.document_id, self.verticalScrollBar().value()):
            top = kept[0]  # not scrolled since the last switch: lines wrap differently in the two texts,
            # so the line on top now may begin a little before the one that was; back to that one
        self.pseudonymised = bool(on)
        self.load(self.document_id)
        if top is not None:
            self.scroll_to_top(top)
            self._kept_top = (top, self.document_id, self.verticalScrollBar().value())

    def top_offset(self) -> int:
        """The stored offset of the first character on screen."""
        return self._stored(self.conv.from_qt(self.cursorForPosition(QPoint(0, 0)).position()))

    def _stored(self, shown: int) -> int:
        """An offset of what is shown → the stored offset (inside a pseudonym: the name's start)."""
        shift = 0
        for rep in self._replacements:
            start = rep.start + shift
            if shown < start:
                break
            if shown < start + len(rep.text):
                return rep.start
            shift += len(rep.text) - (rep.end - rep.start)
        return shown - shift

    def scroll_to_top(self, offset: int) -> None:
        """Scroll so that the line holding a stored offset is the first on screen (the caret goes there)."""
        # From the end, Qt's own "make the caret visible" scrolls up just far enough: that line on top.
        # (The scroll bar counts lines, but the lines of paragraphs not laid out yet are estimates.)
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        cursor = self.textCursor()
        cursor.setPosition(min(self._shown(offset), self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.highlight_visible()

    # -- geometry for the margin ---------------------------------------------------------------------
    def update_margin(self) -> None:
        """Make room for the stripes beside the text."""
        self.setViewportMargins(self.stripes.preferred_width(), 0, 0, 0)
        self._place_stripes()

    def _place_stripes(self) -> None:
        r = self.contentsRect()
        self.stripes.setGeometry(r.left(), r.top(), self.stripes.preferred_width(), r.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        if self.find_bar.isVisible():
            self.find_bar.place()
        super().resizeEvent(event)
        self._place_stripes()
        self.hint.setGeometry(self.viewport().rect())
        self.highlight_visible()

    def visible_range(self) -> tuple[int, int]:
        """Qt positions of the first and last visible characters."""
        block = self.firstVisibleBlock()
        first = block.position()
        offset, height = self.contentOffset(), self.viewport().height()
        end = first
        # Walk only the blocks on screen; asking for a position at the bottom would lay out more.
        while block.isValid():
            end = block.position() + block.length()
            if self.blockBoundingGeometry(block).translated(offset).bottom() >= height:
                break
            block = block.next()
        return first, end

    def y_of(self, position: int, top: bool) -> int:
        """Viewport y of a Qt position (top or bottom of its line)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        return rect.top() if top else rect.bottom()

    def colour_of(self, code_id: int) -> str:
        """A code's colour (grey when unknown)."""
        code = self._codes.get(code_id)
        return code.colour if code else "#999999"

    def code_name(self, code_id: int) -> str:
        """A code's name as this view shows text ('?' when unknown): an in-vivo code is named with the
        coded words, so in the pseudonymised view its name is pseudonymised too."""
        code = self._codes.get(code_id)
        return self.shown_text(code.name) if code else "?"

    def shown_text(self, text: str) -> str:
        """Any text that may quote the document (a code name, an undo step) as this view shows text:
        with the known names replaced in the pseudonymised view, as the exports replace them."""
        if not text or not self.pseudonymised:
            return text
        from qcode.anonymise.render import pseudonymise_text  # noqa: PLC0415 (the pseudonymised view only; not needed to start)

        return pseudonymise_text(self.project, text)

    def memo_of(self, coding_id: int) -> str:
        """The memo written on a shown coding ('' when none)."""
        coding = next((c for c in self.codings if c.id == coding_id), None)
        return (getattr(coding, "memo", "") or "").strip() if coding is not None else ""

    def shown_memo(self, coding_id: int) -> str:
        """A shown coding's memo as the view shows text: pseudonymised when the view is."""
        return self.shown_text(self.memo_of(coding_id))  # the hover text follows the view

    def coding_memos(self) -> list[tuple[int, str, str]]:
        """(coding id, code name, memo as shown) of the shown codings that have a memo, in text order."""
        return [(c.id, self.code_name(c.code_id), self.shown_memo(c.id)) for c in self.codings
                if (getattr(c, "memo", "") or "").strip()]

    def describe(self, span: Span) -> str:
        """Hover text for a stripe: code and coder, and the coding's memo when it has one."""
        text = self.tr("%1 — coded by %2").replace("%1", self.code_name(span.code_id)).replace(
            "%2", self._coders.get(span.coder_id, "?"))
        memo = self.shown_memo(span.coding_id)
        if memo:
            short = memo if len(memo) <= MEMO_TIP else memo[:MEMO_TIP].rsplit(" ", 1)[0] + " …"
            text += "\n" + self.tr("Memo: %1").replace("%1", short)
        return text
