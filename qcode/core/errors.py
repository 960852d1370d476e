"""Errors a user can see, with message ids and parameters so the UI and CLI can say them in Danish
or English. Core raises these; it never prints or shows dialogs."""

from __future__ import annotations

import os
from typing import Any

# message id -> (English, Danish). Parameters are str.format() fields.
MESSAGES: dict[str, tuple[str, str]] = {
    "project.exists": (
        "A project already exists at {path}.",
        "Der findes allerede et projekt i {path}.",
    ),
    "project.not_found": ("There is no project file at {path}. Check the name and the folder.",
                          "Der er ingen projektfil i {path}. Kontrollér navnet og mappen."),
    "project.not_a_project": (
        "{path} is not a qcode project file.",
        "{path} er ikke en qcode-projektfil.",
    ),
    "project.too_new": (
        "{path} was written by a newer qcode (schema {found}, this version knows {known}).",
        "{path} er skrevet af en nyere qcode (skema {found}, denne version kender {known}).",
    ),
    "project.locked": (
        "The project is already open by {user} on {host} (process {pid}, since {since}). Close it there, "
        "or wait until it is closed, and try again.",
        "Projektet er allerede åbnet af {user} på {host} (proces {pid}, siden {since}). Luk det dér, "
        "eller vent, til det er lukket, og prøv igen.",
    ),
    "project.closed": ("The project is closed.", "Projektet er lukket."),
    "document.not_found": ("No document named '{name}'.", "Der er intet dokument med navnet '{name}'."),
    "document.duplicate_name": (
        "A document named '{name}' already exists.",
        "Der findes allerede et dokument med navnet '{name}'.",
    ),
    "document.empty": ("'{name}' has no text.", "'{name}' indeholder ingen tekst."),
    "code.not_found": ("No code '{path}'.", "Der er ingen kode '{path}'."),
    "code.ambiguous": ("Several codes are called '{path}': {paths}. Give the whole path.",
                       "Flere koder hedder '{path}': {paths}. Angiv hele stien."),
    "code.empty_name": ("A code needs a name.", "En kode skal have et navn."),
    "code.bad_name": (
        "A code name cannot contain '/': '{name}'.",
        "Et kodenavn må ikke indeholde '/': '{name}'.",
    ),
    "code.control_character": (
        "A code name cannot contain tabs or line breaks: '{name}'.",
        "Et kodenavn må ikke indeholde tabulatorer eller linjeskift: '{name}'.",
    ),
    "code.duplicate_name": (
        "There is already a code '{name}' here.",
        "Der er allerede en kode '{name}' her.",
    ),
    "code.move_into_itself": (
        "'{name}' cannot be moved into itself or one of its sub-codes.",
        "'{name}' kan ikke flyttes ind i sig selv eller en af sine underkoder.",
    ),
    "code.merge_into_itself": (
        "'{name}' cannot be merged into itself or one of its sub-codes.",
        "'{name}' kan ikke flettes ind i sig selv eller en af sine underkoder.",
    ),
    "code.bad_colour": (
        "'{colour}' is not a colour; use #RRGGBB.",
        "'{colour}' er ikke en farve; brug #RRGGBB.",
    ),
    "coding.bad_range": (
        "The range {start}–{end} is outside the document (0–{length}) or empty.",
        "Intervallet {start}–{end} ligger uden for dokumentet (0–{length}) eller er tomt.",
    ),
    "coding.not_found": ("No coding with id {id}.", "Der er ingen kodning med id {id}."),
    "coder.empty_name": ("A coder needs a name.", "En koder skal have et navn."),
    "case.not_found": ("No case named '{name}'.", "Der er ingen case med navnet '{name}'."),
    "case.duplicate_name": (
        "A case named '{name}' already exists.",
        "Der findes allerede en case med navnet '{name}'.",
    ),
    "attribute.bad_value": (
        "'{value}' is not a valid {type} for attribute '{name}'.",
        "'{value}' er ikke en gyldig {type} for attributten '{name}'.",
    ),
    "attribute.bad_type": ("Unknown attribute type '{type}'.", "Ukendt attributtype '{type}'."),
    "memo.not_found": ("No memo with id {id}.", "Der er intet memo med id {id}."),
}


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Add a module's own (English, Danish) messages; ids are namespaced like ``anon.leak``."""
    MESSAGES.update(messages)


def say(message_id: str, lang: str = "en", **params: Any) -> str:
    """A registered message (not an error: a summary line, a confirmation) in ``lang``."""
    english, danish = MESSAGES.get(message_id, (message_id, message_id))
    template = danish if lang == "da" else english
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def ui_language() -> str:
    """'da' or 'en' for messages outside the GUI (QCODE_LANG, then LANG)."""
    lang = os.environ.get("QCODE_LANG") or os.environ.get("LANG", "")
    return "da" if lang.lower().startswith("da") else "en"


class QcodeError(Exception):
    """Base of every error meant for a user; ``message(lang)`` gives the text."""

    def __init__(self, message_id: str, **params: Any):
        self.message_id = message_id
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return say(self.message_id, lang, **self.params)


class ProjectError(QcodeError):
    """The project file cannot be created, opened or used."""


class ProjectLockedError(ProjectError):
    """Another process has the project open."""


class DocumentError(QcodeError):
    """A document operation was refused."""


class CodebookError(QcodeError):
    """A code tree operation was refused."""


class CodingError(QcodeError):
    """A coding operation was refused."""


class CaseError(QcodeError):
    """A case or attribute operation was refused."""


class MemoError(QcodeError):
    """A memo operation was refused."""
