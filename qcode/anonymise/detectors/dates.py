"""Dates as Danish speakers and writers give them, shared by the contact and birth-date rules:
"14. maj 1987", "fjerde september nitten treogfirs", "3/6-71", "nittenhundrede og syvoghalvfems"."""

from __future__ import annotations

from qcode.anonymise.detectors.common import MONTH_NAMES

MONTHS = f"{MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec"
ORDINAL = (r"(?:første|anden|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|ellevte|tolvte"
           r"|\w+ende|tredivte|enogtredivte)")
_TENS = r"(?:tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)"
# a year said in words, as speech-to-text writes it: "nittenhundrede og syvoghalvfems", "to tusind og tre",
# and without the hundreds, as most say it: "nitten treogfirs"
YEAR_WORDS = (rf"(?:(?:nitten[ \t]*hundrede|to[ \t]*tusind)(?:[ \t]+og)?[ \t]+"
              rf"(?:\w+og{_TENS}|{_TENS}|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve"
              r"|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)"
              rf"|nitten[ \t]+(?:(?:en|to|tre|fire|fem|seks|syv|otte|ni)og{_TENS}|{_TENS}))")
DATE = (rf"(?:(?:\d{{1,2}}\.?|{ORDINAL})\s+(?:{MONTHS})\.?\s+(?:i\s+)?"
        rf"(?:\d{{4}}|['’]?\d{{2}}|{YEAR_WORDS})"
        r"|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?![\d])")
