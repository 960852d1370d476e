"""Citation lines of exported quotes: the template fields ({case}, {køn}, {alder}, …), their
pseudonymised values, decades instead of exact ages, and checking a template. No Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from qcode.core.ages import age_band, is_age_attribute, is_band
from qcode.core.speaker_labels import document_named_case

if TYPE_CHECKING:
    from qcode.core.quotes import Quote

DEFAULT_CITATION = "({case}, {køn}, {alder})"
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


class TextPseudonymiser(Protocol):
    """What the citation needs of an export's pseudonymiser."""

    def text(self, text: str) -> str: ...


def exact_age(value: str) -> str:
    """An age or birth year as cited exactly: "46" → "46 år", "1978" → "f. 1978"."""
    digits = value.strip()
    if digits.isdigit() and int(digits) >= 1900:
        return f"f. {digits}"
    return f"{digits} år" if digits else ""


def age_bracket(value: str) -> str:
    """An age as its decade, Danish style: "46" → "40'erne" (a sealed project stores the decade already);
    unparsable values are left out."""
    band = age_band(value)
    if band == value:
        return value if is_band(value) else ""
    return band


CITATION_FIELDS = ("nr", "case", "navn", "informant", "dokument", "kode")


def citation_problem(template: str, attribute_names: Sequence[str]) -> str | None:
    """What is wrong with a citation template ("{ukendt}", an unclosed "{case"), or None."""
    if template.count("{") != template.count("}") or _PLACEHOLDER.sub("", template).count("{"):
        return "unbalanced braces"
    unknown = missing_fields(template, attribute_names)
    if unknown:
        known = set(CITATION_FIELDS) | set(attribute_names)
        return "unknown field {" + unknown[0] + "}; fields: " + ", ".join(sorted(known))
    return None


def missing_fields(template: str, attribute_names: Sequence[str]) -> list[str]:
    """The fields of ``template`` that are neither built in nor an attribute of this project."""
    known = set(CITATION_FIELDS) | set(attribute_names)
    return [name.strip() for name in _PLACEHOLDER.findall(template) if name.strip() not in known]


def fitted_template(template: str, attribute_names: Sequence[str]) -> tuple[str, list[str]]:
    """The template without the comma-separated parts whose fields this project does not have, and
    those fields: the default "({case}, {køn}, {alder})" becomes "({case})" on a project without
    gender and age, so a default never refuses."""
    missing = missing_fields(template, attribute_names)
    if not missing:
        return template, []
    opening, closing, body = "", "", template.strip()
    if body.startswith("(") and body.endswith(")"):
        opening, closing, body = "(", ")", body[1:-1]
    kept = [part.strip() for part in body.split(",")
            if not any(name.strip() in missing for name in _PLACEHOLDER.findall(part))]
    return f"{opening}{', '.join(p for p in kept if p)}{closing}", missing


def format_citation(template: str, fields: Mapping[str, str]) -> str:
    """Fill a citation template; comma-separated parts whose fields are empty are left out."""
    opening, closing = "", ""
    body = template.strip()
    if body.startswith("(") and body.endswith(")"):
        opening, closing, body = "(", ")", body[1:-1]
    kept = []
    for part in body.split(","):
        names = _PLACEHOLDER.findall(part)
        values = [fields.get(name.strip(), "") for name in names]
        if names and not all(v.strip() for v in values):
            continue
        filled = _PLACEHOLDER.sub(lambda m: fields.get(m.group(1).strip(), ""), part).strip()
        if filled:
            kept.append(filled)
    return f"{opening}{', '.join(kept)}{closing}" if kept else ""


_WORDS = re.compile(r"[^\W\d_]{2,}")


def wholly_pseudonymised(original: str, shown: str) -> bool:
    """Whether ``shown`` (a name as rendering gave it) keeps no word of ``original``: "mette_hansen" shown
    as "[Person 1]_hansen" keeps a surname the register never knew, so it must not be printed."""
    if shown == original:
        return False
    kept = {w.casefold() for w in _WORDS.findall(shown)}
    return not any(w.casefold() in kept for w in _WORDS.findall(original))


def case_label(case_name: str, number: str, pseudo: TextPseudonymiser) -> str:
    """The case as cited: its pseudonym ("[Informant 3]" → "Informant 3"), or "Deltager <nr>" when
    the register does not know the name, so an original name is never printed. (Not "Informant
    <nr>": the register numbers its informants itself, and the two numberings would clash.)"""
    if not case_name:
        return ""
    if case_name.startswith("[") and case_name.endswith("]"):  # sealed: the name is the pseudonym
        return case_name[1:-1]
    if document_named_case(case_name):  # "iv_mette_hansen – IP": the document's name is no pseudonym
        return f"Deltager {number}" if number else ""
    pseudonym = pseudo.text(case_name)
    if not wholly_pseudonymised(case_name, pseudonym):
        return f"Deltager {number}" if number else ""
    if pseudonym.startswith("[") and pseudonym.endswith("]"):
        return pseudonym[1:-1]
    return pseudonym


def citation_fields(quote: Quote, pseudo: TextPseudonymiser, keep_exact_age: bool = False,
                    document_label: str | None = None) -> dict[str, str]:
    """The values a citation template may use: nr, case, dokument, kode and every attribute.

    :param document_label: what the document is called in the export ("Dokument 3"); file-like
        names ("interview_Maja_Hansen") slip past word-based pseudonymising, so exports number them.
    """
    number = str(quote.case_number) if quote.case_number is not None else ""
    fields = {
        "nr": number,
        "case": case_label(quote.case_name, number, pseudo),
        "dokument": document_label if document_label is not None else pseudo.text(quote.document_name),
        "kode": pseudo.text(quote.code_path),
    }
    fields["navn"] = fields["informant"] = fields["case"]
    for name, value in quote.attributes.items():
        if is_age_attribute(name):
            fields[name] = exact_age(value) if keep_exact_age else age_bracket(value)
        else:
            fields[name] = pseudo.text(value)
    return fields
