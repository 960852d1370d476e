#!/usr/bin/env python3
"""Build the anon_extra16 evaluation set (held-out set stressing ages, birth dates and people) from the
marked-up sources in src/.

The markup and the checks are in ../evalset_build.py. Re-runnable from anywhere: python3 build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from evalset_build import LABELS, build  # noqa: E402

TITLE = ("anon_extra16: held-out set of 12 invented Danish transcripts stressing ages, birth dates and "
         "people (ag_01-ag_12)")
NOTE = ("Written independently of the anonymiser's code, resources and tests; all people, "
        "ages, birth dates, addresses, CPR numbers, phone numbers and e-mail addresses are invented. "
        "Dated future ages ('hun fylder 40 på lørdag') are FUTURE_AGE negatives, like hypothetical ages.")

if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)), "ag", LABELS, TITLE, NOTE,
          ("AGE", "PLACE", "ORG", "CPR", "PHONE", "EMAIL"))
