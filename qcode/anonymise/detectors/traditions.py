"""Multi-part names of other traditions, where each part must go: particles and kunyas ("Khaled ibn
Hamid al-Khatib", "Pieter van der Berg", "Jógvan á Lakjuni", "Umm Yusuf"), the Arabic article written
with a hyphen ("al-Khatib", "El-Sayed"), and Vietnamese names, family name first with a middle name
("Nguyen Thi Lan", "Tran Van Minh") and after an honorific ("bà Lan").

The lists here are name *particles* and the common Vietnamese family and middle names: grammar of
names, not names of anyone in particular. A public figure in a public role is kept by ``public``.
"""

from __future__ import annotations

import re

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.common import LOWER, UPPER
from qcode.anonymise.detectors.english import ENGLISH_WORDS
from qcode.anonymise.lexicon import is_first_name, is_word

DETECTOR = "traditions"

_CAP = rf"[{UPPER}][{LOWER}]+"
_ARTICLE = rf"(?:[Aa]l|[Ee]l|[Aa]s|[Aa]d|[Aa]t|[Uu]l|[Aa]n)-[{UPPER}][{LOWER}]+"
_PARTICLE = (r"(?:ibn|bin|bint|ben|abu|Abu|umm|Umm|van der|van den|van de|van|von der|von|de la|de|da|di|du"
             r"|del|della|dos|das|ter|ten|á|í|af|zu)")
# a capitalised name, then parts joined by particles or hyphenated articles; one particle at least
_JOINED = re.compile(
    rf"(?<![\w-])(?P<name>{_CAP}(?:[ \t]+{_CAP})*"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+(?:{_CAP}|{_ARTICLE})|{_ARTICLE})(?:[ \t]+{_CAP})*)+)(?![\w-])")
_KUNYA = re.compile(rf"(?<![\w-])(?P<name>(?:Abu|Umm|Abū|Bint)[ \t]+{_CAP})(?![\w-])")
_LONE_ARTICLE = re.compile(rf"(?<![\w-])(?P<name>{_ARTICLE})(?![\w-])")
_VIET_FAMILY = ("Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Huỳnh|Phan|Vu|Vũ|Vo|Võ|Dang|Đặng"
                "|Bui|Bùi|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|Truong|Trương|Dinh|Đinh|Lam|Lâm|Trinh"
                "|Trịnh|Luong|Lương|Doan|Đoàn|Vuong|Vương|Quach|Quách|Luu|Lưu|Thai|Thái|Cao|Mai|Ha|Hà|Ta|Tạ")
_VIET_MIDDLE = ("Thi|Thị|Van|Văn|Duc|Đức|Huu|Hữu|Ngoc|Ngọc|Minh|Quang|Thanh|Xuan|Xuân|Kim|Hong|Hồng|Thu"
                "|Anh|Cong|Công|Gia|Bao|Bảo|Dinh|Đình|Tuan|Tuấn|Manh|Mạnh|Phuong|Phương")
_VIETNAMESE = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_VIET_FAMILY})[ \t]+(?:(?:{_VIET_MIDDLE})[ \t]+)?{_CAP}(?:[ \t]+{_CAP})?"
    rf"|(?:{_VIET_MIDDLE})[ \t]+{_CAP})(?![\w-])")
_VIETNAMESE_FIRST = f"(?:{_VIET_FAMILY}|{_VIET_MIDDLE}|Abu|Umm|Bint)"
_HONORIFIC = re.compile(rf"(?<![\w-])(?:bà|ông|cô|chị|anh|bác|chú|cụ)[ \t]+(?P<name>{_CAP})(?![\w-])")


def detect_traditions(text: str) -> list[Candidate]:
    """Whole multi-part names of other traditions, particles and honorifics included."""
    out: list[Candidate] = []

    def add(m: re.Match[str], reason: str, score: float = 0.75) -> None:
        name = m.group("name")
        # "Do You", "Van Gogh"-like English or Danish words after the first part are no name parts
        parts = name.split()
        # "Men da Else", "Så de Andersens": a sentence's first word and a Danish function word
        if len(parts) > 1 and not re.fullmatch(_VIETNAMESE_FIRST, parts[0]) and is_word(parts[0]) \
                and not is_first_name(parts[0]):
            return
        if len(parts) > 1 and all((is_word(p) or p.casefold() in ENGLISH_WORDS)
                                  and not re.fullmatch(_VIET_MIDDLE, p) for p in parts[1:]):
            return
        out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, DETECTOR, score, reason))

    for m in _JOINED.finditer(text):
        add(m, "a name joined by a particle ('ibn', 'van der', 'al-')")
    for m in _KUNYA.finditer(text):
        add(m, "a kunya ('Abu …', 'Umm …')")
    for m in _LONE_ARTICLE.finditer(text):
        add(m, "a surname with the Arabic article ('al-…', 'El-…')", 0.7)
    for m in _VIETNAMESE.finditer(text):
        add(m, "a Vietnamese name (family name, middle name, given name)", 0.7)
    for m in _HONORIFIC.finditer(text):
        add(m, "a name after a Vietnamese honorific", 0.7)
    return out
