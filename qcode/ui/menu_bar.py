"""The main window's menu bar and toolbar: which action goes in which menu, and what each action calls.
The actions themselves (texts, shortcuts) are made in :mod:`qcode.ui.actions`. A mixin of MainWindow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QStyle

from qcode.ui import settings

FOCUS_ACTIONS = ("focus_documents", "focus_transcript", "focus_codebook", "next_pane", "previous_pane")
ANALYSIS_VIEWS = ("frequencies", "cooccurrence", "segments", "search", "query", "wordfreq")


class MenuBar:
    """Mixin for MainWindow (which has ``actions`` and ``workspace``): builds the menus and toolbar."""

    def _build_menus(self) -> None:
        a, bar = self.actions, self.menuBar()
        self.menus = {name: bar.addMenu("") for name in
                      ("file", "edit", "view", "tools", "analysis", "export", "help")}
        m = self.menus
        m["file"].addActions([a["new_project"], a["open_project"]])
        self.menus["recent"] = m["file"].addMenu("")
        self.menus["recent"].aboutToShow.connect(self._fill_recent)
        self.menus["file_import"] = m["file"].addMenu("")
        self.menus["file_import"].addActions([a["import"], a["import_qdpx"]])
        self.menus["file_export"] = m["file"].addMenu("")
        self.menus["file_export"].addActions([a["export_quotes"], a["export_qdpx"]])
        m["file"].addAction(a["merge_project"])
        m["file"].addAction(a["close_project"])
        m["file"].addAction(a["restore_backup"])
        m["file"].addSeparator()
        m["file"].addAction(a["quit"])
        m["edit"].addActions([a["undo"], a["redo"]])
        m["edit"].addSeparator()
        m["edit"].addActions([a["apply_code"], a["invivo"], a["uncode"], a["next_coding"],
                              a["previous_coding"], a["new_code"]])
        m["edit"].addSeparator()
        m["edit"].addActions([a["find_in_text"], a["find_document"]])
        m["edit"].addSeparator()
        m["edit"].addAction(a["settings"])
        m["view"].addActions([a["pseudonymised"], a["show_only"], a["snap_words"]])
        m["view"].addAction(a["stripes_by_coder"])
        self.menus["coders"] = m["view"].addMenu("")
        self.menus["coders"].aboutToShow.connect(self._fill_coders)
        self.menus["language"] = m["view"].addMenu("")
        group = QActionGroup(self)
        for key in ("lang_system", "lang_da", "lang_en"):
            group.addAction(a[key])
            self.menus["language"].addAction(a[key])
        a[{"da": "lang_da", "en": "lang_en"}.get(settings.language(), "lang_system")].setChecked(True)
        self.menus["go_to"] = m["view"].addMenu("")
        self.menus["go_to"].addActions([a[k] for k in FOCUS_ACTIONS])
        m["view"].addSeparator()
        self.dock_actions_at = m["view"].addSeparator()
        m["tools"].addAction(a["cases"])
        m["tools"].addSeparator()
        m["tools"].addActions([a["blind"], a["adjudicate"]])
        m["tools"].addSeparator()
        m["tools"].addActions([a["anonymise"], a["mark_anonymise"]])
        m["analysis"].addActions([a[v] for v in ANALYSIS_VIEWS])
        m["analysis"].addSeparator()
        m["analysis"].addAction(a["agreement"])
        m["analysis"].addSeparator()
        m["analysis"].addActions([a["overview"], a["saturation"], a["codebook_history"]])
        m["export"].addActions([a["export_quotes"], a["export_qdpx"], a["export_appendix"]])
        m["help"].addAction(a["about"])
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.addActions([a["open_project"], a["import"], a["undo"], a["redo"], a["apply_code"],
                                 a["pseudonymised"]])
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        style = self.style()
        for key, icon in (("open_project", QStyle.SP_DialogOpenButton), ("import", QStyle.SP_FileIcon),
                          ("undo", QStyle.SP_ArrowBack), ("redo", QStyle.SP_ArrowForward),
                          ("apply_code", QStyle.SP_DialogApplyButton),
                          ("pseudonymised", QStyle.SP_FileDialogContentsView)):
            a[key].setIcon(style.standardIcon(icon))
        a["snap_words"].setChecked(settings.snap_to_words())
        connect = {
            "new_project": self.new_project, "open_project": self.choose_project,
            "close_project": self.close_project, "import": lambda: self.import_files([]),
            "quit": self.close, "anonymise": self.open_anonymiser, "export_quotes": self.open_export,
            "about": self._about, "find_document": self._find_document,
            "find_in_text": self._find_in_text,
            "import_qdpx": self.import_qdpx, "export_qdpx": self.export_qdpx,
            "agreement": self.open_coder_comparison, "settings": self.edit_settings,
            "mark_anonymise": lambda: self.mark_for_anonymisation(None), "cases": self.open_cases,
            "restore_backup": lambda: self.restore_from_backup(),
            "overview": lambda: self.open_analysis("overview"),
            "saturation": lambda: self.open_analysis("saturation"),
            "codebook_history": lambda: self.open_codebook_history(),
            "export_appendix": lambda: self.export_methods_appendix(),
            "merge_project": lambda: self.merge_project(), "blind": self.edit_blind,
            "adjudicate": lambda: self.open_adjudication(),
        }
        for key, slot in connect.items():
            a[key].triggered.connect(slot)
        for view in ANALYSIS_VIEWS:
            a[view].triggered.connect(lambda _=False, v=view: self.open_analysis(v))
        a["snap_words"].toggled.connect(settings.set_snap_to_words)
        a["lang_system"].triggered.connect(lambda: self.set_language(""))
        a["lang_da"].triggered.connect(lambda: self.set_language("da"))
        a["lang_en"].triggered.connect(lambda: self.set_language("en"))
        ws = lambda fn: lambda *_: self.workspace and fn(self.workspace)  # noqa: E731
        a["undo"].triggered.connect(ws(lambda w: w.stack.undo()))
        a["redo"].triggered.connect(ws(lambda w: w.stack.redo()))
        a["apply_code"].triggered.connect(ws(lambda w: w.coding.pick_and_apply()))
        a["invivo"].triggered.connect(ws(lambda w: w.coding.invivo()))
        a["uncode"].triggered.connect(ws(lambda w: w.coding.uncode_selected_code()))
        a["next_coding"].triggered.connect(ws(lambda w: w.coding.jump(True)))
        a["previous_coding"].triggered.connect(ws(lambda w: w.coding.jump(False)))
        a["new_code"].triggered.connect(ws(lambda w: w.code_edits.new_code(None)))
        a["focus_documents"].triggered.connect(ws(lambda w: w.focus_pane("documents")))
        a["focus_transcript"].triggered.connect(ws(lambda w: w.focus_pane("transcript")))
        a["focus_codebook"].triggered.connect(ws(lambda w: w.focus_pane("codebook")))
        a["next_pane"].triggered.connect(ws(lambda w: w.cycle_pane(1)))
        a["previous_pane"].triggered.connect(ws(lambda w: w.cycle_pane(-1)))
        a["pseudonymised"].toggled.connect(self.set_pseudonymised)
        a["show_only"].toggled.connect(ws(lambda w: w.view.set_only_code(
            w.tree.current_code_id() if self.actions["show_only"].isChecked() else None)))
        a["stripes_by_coder"].toggled.connect(ws(lambda w: w.view.set_stripes_by_coder(
            self.actions["stripes_by_coder"].isChecked())))

    def _fill_recent(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        menu.setToolTipsVisible(True)
        home = Path.home()
        # Newest first, numbered; the folder beside the name, since two studies' files often share one.
        for number, path in enumerate(settings.recent_projects(), start=1):
            folder = path.parent
            shown = f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else str(folder)
            action = QAction(f"&{number} {path.name} — {shown}", menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
            menu.addAction(action)
        menu.setEnabled(True)
