"""The names of the register's entity kinds in the UI language, for the review and the mark dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qcode.anonymise.candidates import (
    ADDRESS,
    AGE,
    BIRTHDATE,
    CPR,
    EMAIL,
    ORG,
    PERSON,
    PHONE,
    PLACE,
    POSTCODE,
    USERNAME,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def kind_labels() -> dict[str, str]:
    """The entity kinds a user can mark, with their names in the UI language."""
    return {PERSON: translate("AnonymiseReviewDialog", "Name"),
            AGE: translate("AnonymiseReviewDialog", "Age"),
            PLACE: translate("AnonymiseReviewDialog", "Place"),
            ORG: translate("AnonymiseReviewDialog", "Organisation")}


def contact_kind_labels() -> dict[str, str]:
    """The contact identifiers detection finds (#13), with their names in the UI language."""
    return {CPR: translate("AnonymiseReviewDialog", "CPR number"),
            PHONE: translate("AnonymiseReviewDialog", "Phone number"),
            EMAIL: translate("AnonymiseReviewDialog", "E-mail"),
            ADDRESS: translate("AnonymiseReviewDialog", "Address"),
            POSTCODE: translate("AnonymiseReviewDialog", "Postcode"),
            BIRTHDATE: translate("AnonymiseReviewDialog", "Date of birth"),
            USERNAME: translate("AnonymiseReviewDialog", "User name")}
