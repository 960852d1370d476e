"""UI language: which one to use, and installing Qt translators (qcode's and Qt's own) for it."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qcode.resources import resource

_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language the UI shows now ('da' or 'en'), for texts that come from core (errors)."""
    return _current


def system_language() -> str:
    """'da' when the system locale is Danish, else 'en'."""
    return "da" if QLocale.system().language() == QLocale.Danish else "en"


def effective_language(choice: str) -> str:
    """The language to show for a settings choice ('' follows the system)."""
    return choice if choice in ("da", "en") else system_language()


def install_language(code: str) -> bool:
    """Replace the installed translators with those for ``code``; True if qcode's was found.
    Every widget then receives a LanguageChange event and retranslates itself."""
    global _current
    _current = code if code in ("da", "en") else "en"
    # core and io say their messages (import notes, skip reasons) in QCODE_LANG's language
    os.environ["QCODE_LANG"] = _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == "en":
        return True
    found = False
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"qcode_{code}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
