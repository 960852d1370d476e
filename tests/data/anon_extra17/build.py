#!/usr/bin/env python3
"""Build the anon_extra17 evaluation set (held-out; contact identifiers, places, organisations) from the
marked-up sources in src/.

The markup and the checks are in ../evalset_build.py. Re-runnable from anywhere: python3 build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from evalset_build import LABELS, build  # noqa: E402

TITLE = ("anon_extra17: held-out set of 12 invented Danish documents and transcripts (cx_01-cx_12) "
         "stressing contact identifiers, places and organisations in written and spoken forms")
NOTE = ("Written independently of the anonymiser's code, resources and tests; all people, "
        "ages, addresses, CPR numbers, phone numbers and e-mail addresses are invented.")

if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)), "cx", LABELS, TITLE, NOTE,
          ("AGE", "PLACE", "ORG", "CPR", "PHONE", "EMAIL"))
