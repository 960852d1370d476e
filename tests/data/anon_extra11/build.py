#!/usr/bin/env python3
"""Build the anon_extra11 evaluation set (written and digital traces in qualitative research
material: chat threads, e-mails, meeting chats and auto-transcripts, social-media posts, diaries, survey
exports, case-file notes, voicemails, shared documents) from the marked-up sources in src/.

The markup and the checks are in ../evalset_build.py. Re-runnable from anywhere: python3 build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from evalset_build import build  # noqa: E402

LABELS = {
    "PERSON": "Every mention of a real (non-public) person's name, each name part its own span (speaker labels, "
              "possessives: surface 'Mettes', core 'Mette'; nicknames; surnames alone; names in editorial brackets; "
              "initials used as names; surname particles belong to the surname span, e.g. surface 'al-Hassan' "
              "core 'Hassan'). Titles (fru, dr., pastor) are not part of the span. core = the bare name as written.",
    "AGE": "A real person's actual age (speech, headers, brackets): surface = number or number word plus a directly "
           "following 'år'/'-årig(e)'; core = the number/number word as written. Decade ages ('40'erne') core '40'.",
    "PLACE": "Named towns, cities, districts, villages, islands, foreign countries (not 'Danmark', not continents). "
             "core = the name.",
    "ORG": "Named organisations a person belongs to or uses (workplaces, shelters, schools, clubs, local "
           "institutions, hospitals, jobcentres, small firms). National agencies are not ORG. core = the name.",
    "CPR": "Danish civil registration number in any written form; core = as written.",
    "PHONE": "Telephone number of a real person or small local body; core = as written.",
    "EMAIL": "E-mail address; core = as written.",
    "ADDRESS": "Street + house number (+ floor/side): core = street name and number as written; a postcode is its "
               "own ADDRESS span with core the four digits (the town after it is a PLACE span).",
    "BIRTHDATE": "Date of birth or birth year of a real person; surface/core = the date or year as written "
                 "(without 'født'/'f.').",
    "USERNAME": "Social-media handle or user name that identifies a private person (Instagram, Snapchat, TikTok, "
                "chat or gamer names); core = the handle as written without a leading '@'.",
}

TITLE = ("anon_extra11: held-out set of 12 invented Danish written/digital documents from qualitative research material (dt_01-dt_12)")
NOTE = ("Written independently of the anonymiser's code, resources and tests; all people, "
        "ages, addresses, CPR numbers, phone numbers, e-mail addresses and user names are invented.")

if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)), "dt", LABELS, TITLE, NOTE,
          ("AGE", "PLACE", "ORG", "CPR", "PHONE", "EMAIL", "USERNAME"))
