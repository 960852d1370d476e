"""The action table: ids, shortcuts and (translatable) texts of the main window's actions.
Texts are looked up again on every language change, so they live in a function."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

# id -> shortcuts (standard keys where Qt has one, so each platform gets its usual binding)
SHORTCUTS: dict[str, list] = {
    "new_project": [QKeySequence.New],
    "open_project": [QKeySequence.Open],
    "close_project": [QKeySequence.Close],
    "restore_backup": [],
    "import": ["Ctrl+Shift+I"],
    "import_qdpx": [],
    "export_qdpx": [],
    "merge_project": [],
    "settings": [QKeySequence.Preferences],
    "quit": [QKeySequence.Quit],
    "undo": [QKeySequence.Undo],
    "redo": [QKeySequence.Redo, "Ctrl+Shift+Z", "Ctrl+Y"],
    "apply_code": ["Ctrl+K"],
    "invivo": ["Ctrl+I"],
    "uncode": ["Ctrl+U"],
    "next_coding": ["F8"],
    "previous_coding": ["Shift+F8"],
    "find_in_text": [QKeySequence.Find],
    "find_document": ["Ctrl+Shift+D"],
    "new_code": ["Ctrl+Shift+N"],
    "pseudonymised": ["Ctrl+Shift+P"],
    "show_only": ["Ctrl+Shift+F"],
    "stripes_by_coder": [],
    "snap_words": [],
    "lang_system": [],
    "lang_da": [],
    "lang_en": [],
    "anonymise": [],
    "mark_anonymise": [],
    "cases": [],
    "blind": [],
    "adjudicate": [],
    "frequencies": [],
    "cooccurrence": [],
    "segments": ["Ctrl+Shift+R"],
    "search": ["Ctrl+Shift+S"],
    "query": [],
    "wordfreq": [],
    "agreement": [],
    "overview": [],
    "saturation": [],
    "codebook_history": [],
    "export_quotes": ["Ctrl+E"],
    "export_appendix": [],
    "about": [],
    "focus_documents": ["Ctrl+1"],
    "focus_transcript": ["Ctrl+2"],
    "focus_codebook": ["Ctrl+3"],
    "next_pane": ["F6"],
    "previous_pane": ["Shift+F6"],
}
# Shortcuts that work from any of qcode's windows (the Analysis window too), not only the main one.
APP_WIDE = {"pseudonymised"}
CHECKABLE = {"pseudonymised", "show_only", "stripes_by_coder", "snap_words", "lang_system", "lang_da",
             "lang_en"}


def texts() -> dict[str, str]:
    """Menu texts in the current language."""
    return {
        "new_project": QCoreApplication.translate("MainWindow", "&New project…"),
        "open_project": QCoreApplication.translate("MainWindow", "&Open project…"),
        "close_project": QCoreApplication.translate("MainWindow", "&Close project"),
        "restore_backup": QCoreApplication.translate("MainWindow", "Restore from &backup…"),
        "import": QCoreApplication.translate("MainWindow", "&Import documents…"),
        "import_qdpx": QCoreApplication.translate("MainWindow", "REFI-QDA project (.qdpx)…"),
        "export_qdpx": QCoreApplication.translate("MainWindow", "REFI-QDA project (.qdpx)…"),
        "merge_project": QCoreApplication.translate("MainWindow", "&Merge project…"),
        "settings": QCoreApplication.translate("MainWindow", "&Settings…"),
        "quit": QCoreApplication.translate("MainWindow", "&Quit"),
        "undo": QCoreApplication.translate("MainWindow", "&Undo"),
        "redo": QCoreApplication.translate("MainWindow", "&Redo"),
        "apply_code": QCoreApplication.translate("MainWindow", "Apply &code…"),
        "invivo": QCoreApplication.translate("MainWindow", "&In-vivo code"),
        "uncode": QCoreApplication.translate("MainWindow", "Unco&de selected code here"),
        "next_coding": QCoreApplication.translate("MainWindow", "&Next coding of code"),
        "previous_coding": QCoreApplication.translate("MainWindow", "&Previous coding of code"),
        "find_in_text": QCoreApplication.translate("MainWindow", "Find &in text…"),
        "find_document": QCoreApplication.translate("MainWindow", "&Find document"),
        "new_code": QCoreApplication.translate("MainWindow", "New code…"),
        "pseudonymised": QCoreApplication.translate("MainWindow", "Show &pseudonymised text"),
        "show_only": QCoreApplication.translate("MainWindow", "Show &only the selected code"),
        "stripes_by_coder": QCoreApplication.translate("MainWindow", "Coding stripes per &coder"),
        "snap_words": QCoreApplication.translate("MainWindow", "Snap selection to &whole words"),
        "lang_system": QCoreApplication.translate("MainWindow", "System language"),
        "lang_da": QCoreApplication.translate("MainWindow", "Dansk"),
        "lang_en": QCoreApplication.translate("MainWindow", "English"),
        "anonymise": QCoreApplication.translate("MainWindow", "&Anonymise…"),
        "mark_anonymise": QCoreApplication.translate("MainWindow", "&Mark selection for anonymisation…"),
        "cases": QCoreApplication.translate("MainWindow", "&Cases and attributes…"),
        "blind": QCoreApplication.translate("MainWindow", "&Blind coding…"),
        "adjudicate": QCoreApplication.translate("MainWindow", "A&djudicate disagreements…"),
        "frequencies": QCoreApplication.translate("MainWindow", "Code &frequencies…"),
        "cooccurrence": QCoreApplication.translate("MainWindow", "&Co-occurrence…"),
        "segments": QCoreApplication.translate("MainWindow", "&Retrieve coded segments…"),
        "search": QCoreApplication.translate("MainWindow", "&Search text…"),
        "query": QCoreApplication.translate("MainWindow", "&Query…"),
        "wordfreq": QCoreApplication.translate("MainWindow", "&Word frequencies…"),
        "agreement": QCoreApplication.translate("MainWindow", "Coder c&omparison…"),
        "overview": QCoreApplication.translate("MainWindow", "O&verview…"),
        "saturation": QCoreApplication.translate("MainWindow", "Sa&turation…"),
        "codebook_history": QCoreApplication.translate("MainWindow", "Codebook &history…"),
        "export_appendix": QCoreApplication.translate("MainWindow", "&Methods appendix…"),
        "export_quotes": QCoreApplication.translate("MainWindow", "&Quotes…"),
        "about": QCoreApplication.translate("MainWindow", "&About qcode"),
        "focus_documents": QCoreApplication.translate("MainWindow", "Go to &documents"),
        "focus_transcript": QCoreApplication.translate("MainWindow", "Go to &transcript"),
        "focus_codebook": QCoreApplication.translate("MainWindow", "Go to code&book"),
        "next_pane": QCoreApplication.translate("MainWindow", "Ne&xt pane"),
        "previous_pane": QCoreApplication.translate("MainWindow", "Pre&vious pane"),
    }


def menu_titles() -> dict[str, str]:
    """Top-level menu titles in the current language."""
    return {
        "file": QCoreApplication.translate("MainWindow", "&File"),
        "recent": QCoreApplication.translate("MainWindow", "Open &recent"),
        "file_import": QCoreApplication.translate("MainWindow", "&Import"),
        "file_export": QCoreApplication.translate("MainWindow", "&Export"),
        "edit": QCoreApplication.translate("MainWindow", "&Edit"),
        "view": QCoreApplication.translate("MainWindow", "&View"),
        "language": QCoreApplication.translate("MainWindow", "&Language"),
        "coders": QCoreApplication.translate("MainWindow", "Show codings &of"),
        "tools": QCoreApplication.translate("MainWindow", "&Tools"),
        "analysis": QCoreApplication.translate("MainWindow", "&Analysis"),
        "export": QCoreApplication.translate("MainWindow", "E&xport"),
        "help": QCoreApplication.translate("MainWindow", "&Help"),
        "documents": QCoreApplication.translate("MainWindow", "Documents"),
        "codebook": QCoreApplication.translate("MainWindow", "Codebook"),
        "memos": QCoreApplication.translate("MainWindow", "Memos"),
        "go_to": QCoreApplication.translate("MainWindow", "&Go to"),
        "toolbar": QCoreApplication.translate("MainWindow", "Main toolbar"),
    }


def pseudonymised_toggle() -> tuple[str, str]:
    """Where the pseudonymised view is turned off ("View → Show pseudonymised text") and its shortcut,
    for the messages that say why something is off while it is on."""
    where = " → ".join(t.replace("&", "") for t in (menu_titles()["view"], texts()["pseudonymised"]))
    return where, QKeySequence(SHORTCUTS["pseudonymised"][0]).toString(QKeySequence.NativeText)


def make_actions(parent) -> dict[str, QAction]:
    """One QAction per id, with shortcuts; texts are set by the window's retranslate()."""
    actions = {}
    for action_id, keys in SHORTCUTS.items():
        action = QAction(parent)
        action.setObjectName(f"action_{action_id}")
        seqs: list[QKeySequence] = []
        for key in keys:
            for seq in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                        else [QKeySequence(key)]):
                if seq not in seqs:
                    seqs.append(seq)
        action.setShortcuts(seqs)
        if action_id in APP_WIDE:
            action.setShortcutContext(Qt.ApplicationShortcut)
        action.setCheckable(action_id in CHECKABLE)
        actions[action_id] = action
    return actions
