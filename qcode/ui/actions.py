"""The action table: ids, shortcuts and (translatable) texts of the main window's actions.
Texts are looked up again on every language change, so they live in a function."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

# id -> shortcuts (standard keys where Qt has one, so each platform gets its usual binding)
SHORTCUTS: dict[str, list] = {
    "new_project": [QKeySequence.New],
    "open_project": [QKeySequence.Open],
    "close_project": [QKeySequence.Close],
    "import": ["Ctrl+Shift+I"],
    "quit": [QKeySequence.Quit],
    "undo": [QKeySequence.Undo],
    "redo": [QKeySequence.Redo, "Ctrl+Shift+Z", "Ctrl+Y"],
    "apply_code": ["Ctrl+K"],
    "invivo": ["Ctrl+I"],
    "uncode": ["Ctrl+U"],
    "next_coding": ["F8"],
    "previous_coding": ["Shift+F8"],
    "find_document": [QKeySequence.Find],
    "new_code": ["Ctrl+Shift+N"],
    "pseudonymised": ["Ctrl+Shift+P"],
    "show_only": ["Ctrl+Shift+F"],
    "snap_words": [],
    "lang_system": [],
    "lang_da": [],
    "lang_en": [],
    "anonymise": [],
    "frequencies": [],
    "cooccurrence": [],
    "segments": ["Ctrl+Shift+R"],
    "search": ["Ctrl+Shift+S"],
    "query": [],
    "wordfreq": [],
    "export_quotes": ["Ctrl+E"],
    "about": [],
}
CHECKABLE = {"pseudonymised", "show_only", "snap_words", "lang_system", "lang_da", "lang_en"}


def texts() -> dict[str, str]:
    """Menu texts in the current language."""
    t = QCoreApplication.translate
    return {
        "new_project": t("MainWindow", "&New project…"),
        "open_project": t("MainWindow", "&Open project…"),
        "close_project": t("MainWindow", "&Close project"),
        "import": t("MainWindow", "&Import documents…"),
        "quit": t("MainWindow", "&Quit"),
        "undo": t("MainWindow", "&Undo"),
        "redo": t("MainWindow", "&Redo"),
        "apply_code": t("MainWindow", "Apply &code…"),
        "invivo": t("MainWindow", "&In-vivo code"),
        "uncode": t("MainWindow", "Unco&de selected code here"),
        "next_coding": t("MainWindow", "&Next coding of code"),
        "previous_coding": t("MainWindow", "&Previous coding of code"),
        "find_document": t("MainWindow", "&Find document"),
        "new_code": t("MainWindow", "New code…"),
        "pseudonymised": t("MainWindow", "Show &pseudonymised text"),
        "show_only": t("MainWindow", "Show &only the selected code"),
        "snap_words": t("MainWindow", "Snap selection to &whole words"),
        "lang_system": t("MainWindow", "System language"),
        "lang_da": t("MainWindow", "Dansk"),
        "lang_en": t("MainWindow", "English"),
        "anonymise": t("MainWindow", "&Anonymise…"),
        "frequencies": t("MainWindow", "Code &frequencies…"),
        "cooccurrence": t("MainWindow", "&Co-occurrence…"),
        "segments": t("MainWindow", "&Retrieve coded segments…"),
        "search": t("MainWindow", "&Search text…"),
        "query": t("MainWindow", "&Query…"),
        "wordfreq": t("MainWindow", "&Word frequencies…"),
        "export_quotes": t("MainWindow", "&Quotes…"),
        "about": t("MainWindow", "&About qcode"),
    }


def menu_titles() -> dict[str, str]:
    """Top-level menu titles in the current language."""
    t = QCoreApplication.translate
    return {
        "file": t("MainWindow", "&File"),
        "recent": t("MainWindow", "Open &recent"),
        "edit": t("MainWindow", "&Edit"),
        "view": t("MainWindow", "&View"),
        "language": t("MainWindow", "&Language"),
        "tools": t("MainWindow", "&Tools"),
        "analysis": t("MainWindow", "&Analysis"),
        "export": t("MainWindow", "E&xport"),
        "help": t("MainWindow", "&Help"),
        "documents": t("MainWindow", "Documents"),
        "codebook": t("MainWindow", "Codebook"),
        "memos": t("MainWindow", "Memos"),
        "toolbar": t("MainWindow", "Main toolbar"),
    }


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
        action.setCheckable(action_id in CHECKABLE)
        actions[action_id] = action
    return actions
