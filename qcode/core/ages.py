"""Ages as case attributes: which attributes hold an age (or a birth year), and the decade an exact age is
shown and grouped as. Tables, citations and sealing all generalise through here. No Qt.
"""

from __future__ import annotations

import re

# "alder"/"age" hold ages; the others hold birth years, which identify just as well.
AGE_ATTRIBUTES = ("alder", "age", "fødselsår", "født", "årgang", "birth year", "year of birth", "born")


def is_age_attribute(name: str) -> bool:
    """True for an attribute whose values are ages or birth years."""
    return " ".join(name.replace("_", " ").split()).casefold() in AGE_ATTRIBUTES


def age_band(value: str) -> str:
    """An age as its decade, Danish style ("46" → "40'erne", "17" → "under 20 år", a birth year
    "1961" → "1960'erne"); other text (an already generalised value) as is."""
    try:
        age = int(float(value.replace(",", ".")))
    except ValueError:
        return value
    return "under 20 år" if age < 20 else f"{age // 10 * 10}'erne"


_BAND = re.compile(r"\d+'erne|under 20 år")


def is_band(value: str) -> bool:
    """True for a value that already is a decade ("40'erne", "under 20 år")."""
    return bool(_BAND.fullmatch(value.strip()))


def band_order(band: str) -> tuple[int, str]:
    """Sort key that puts decades in numeric order ("under 20 år", "20'erne", …, other text last)."""
    digits = band[:band.index("'")] if band[:1].isdigit() and "'" in band else ""
    return (int(digits) if digits else (0 if band.startswith("under") else 10**6), band)
