#!/usr/bin/env python3
"""Build the anon_extra10 evaluation set ("spoken forms") from the marked-up sources in src/.

The markup and the checks are in ../evalset_build.py. Re-runnable from anywhere: python3 build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from evalset_build import build  # noqa: E402

LABELS = {
    "PERSON": "Every mention of a real (non-public) person's name, each name part its own span (speaker labels, "
              "possessives: surface 'Mettes', core 'Mette'; nicknames; surnames alone; names in editorial brackets; "
              "initials used as names, also as speaker labels; names spelled out letter by letter ('M-E-T-T-E', core as "
              "spelled); broken-off name fragments ('Kar- Karina': 'Kar' and 'Karina'); bynames ('Tømrer-Hans' one "
              "span; 'Store Per' span with core 'Per'); surname particles belong to the surname span). Dialect "
              "articles and pronouns before names ('æ Niels', 'han Søren'), titles (fru, dr., pastor) are not part "
              "of the span. core = the bare name as written.",
    "AGE": "A real person's actual (present or past) age (speech, headers, brackets): surface = number or number word "
           "(also English) plus a directly following 'år'/'-årig(e)'/'år gammel'; core = the number/number word as "
           "written. Decade ages ('40'erne', 'fyrrerne') core '40' / 'fyrrerne'. Self-corrected ages: each said age "
           "is a span.",
    "PLACE": "Named towns, cities, districts, villages, islands, foreign countries (not 'Danmark', not continents). "
             "core = the name.",
    "ORG": "Named organisations a person belongs to or uses (workplaces, shelters, schools, clubs, local "
           "institutions, hospitals, jobcentres, small firms). National agencies are not ORG. core = the name.",
    "CPR": "Danish civil registration number in any written or spoken form; surface = the whole identifier; core = "
           "as written if in digits, else the first number word of the spoken identifier.",
    "PHONE": "Telephone number of a real person or small local body, written or read aloud (in pairs or digit by "
             "digit); surface = the whole identifier; core = as written if in digits, else its first number word.",
    "EMAIL": "E-mail address, written or spelled out in words ('snabel-a', 'punktum'); surface = the whole address; "
             "core = as written if written, else the first word of the spoken address.",
    "ADDRESS": "Street + house number (+ floor/side): core = street name and number as written when in digits; when "
               "the number is said in words ('Vestergade nummer syv, anden sal'), core = the house-number word. A "
               "postcode is its own ADDRESS span: core = the four digits, or, said in words, its first number word "
               "(the town after it is a PLACE span).",
    "BIRTHDATE": "Date of birth or birth year of a real person; surface = the date or year as written or said "
                 "(without 'født'/'f.'); core = as written if in digits, else the number word carrying the last two "
                 "digits of the year ('nitten hundrede og tooghalvtreds' -> 'tooghalvtreds').",
}

TITLE = ("anon_extra10: held-out set of 12 invented Danish interview transcripts in spoken forms (dialect, multiethnolect, numbers said in words, spelled names, overlaps) (sp_01-sp_12)")
NOTE = ("Written independently of the anonymiser's code, resources and tests; all people, "
        "ages, addresses, CPR numbers, phone numbers and e-mail addresses are invented.")

if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)), "sp", LABELS, TITLE, NOTE,
          ("AGE", "PLACE", "ORG", "CPR", "PHONE", "EMAIL"))
