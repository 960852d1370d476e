#!/usr/bin/env python3
"""Build the anon_extra19 evaluation set (held-out mix, new styles) from the marked-up sources in src/.

The markup and the checks are in ../evalset_build.py. Re-runnable from anywhere: python3 build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from evalset_build import LABELS, build  # noqa: E402

TITLE = ("anon_extra19: held-out mixed set of 12 invented Danish transcripts and documents in new styles "
         "(vy_01-vy_12)")
NOTE = ("Written independently of the anonymiser's code, resources and tests; all people, "
        "ages, addresses, CPR numbers, phone numbers and e-mail addresses are invented.")

if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)), "vy", LABELS, TITLE, NOTE,
          ("AGE", "PLACE", "ORG", "CPR", "PHONE", "EMAIL"))
