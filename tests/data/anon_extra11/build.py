#!/usr/bin/env python3
"""Build the anon_extra11 evaluation set (written and digital traces in qualitative research
material: chat threads, e-mails, meeting chats and auto-transcripts, social-media posts, diaries, survey
exports, case-file notes, voicemails, shared documents) from the marked-up sources in src/.

The markup and the checks are in ../evalset_build.py. Re-runnable from anywhere: python3 build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from evalset_build import LABELS as BASE_LABELS  # noqa: E402
from evalset_build import build  # noqa: E402

LABELS = {
    **BASE_LABELS,
    "USERNAME": "Social-media handle or user name that identifies a private person (Instagram, Snapchat, TikTok, "
                "chat or gamer names); core = the handle as written without a leading '@'.",
}

TITLE = ("anon_extra11: held-out set of 12 invented Danish written/digital documents from qualitative research material (dt_01-dt_12)")
NOTE = ("Written independently of the anonymiser's code, resources and tests; all people, "
        "ages, addresses, CPR numbers, phone numbers, e-mail addresses and user names are invented.")

if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)), "dt", LABELS, TITLE, NOTE,
          ("AGE", "PLACE", "ORG", "CPR", "PHONE", "EMAIL", "USERNAME"))
