"""A private person's user name on a social medium or app, as messages, bios and field notes quote it:
"følg @line_k93", "Mads (@madsehh_)", "snap maloubabe02", "Snap: rene_gl81", "brugernavnet er mikz_8930",
"under navnet Kazz0r", "hans gamle profil mikkelsen_rds".

An @handle is taken wherever it stands (an e-mail address is found by ``contact`` first); a bare user name
only after a word that says it is one, and only when it is shaped like one (a digit, an underscore or a
dot inside, or written after "under navnet").
"""

from __future__ import annotations

import re

from qcode.anonymise.candidates import USERNAME, Candidate

DETECTOR = "contact"

_AT_HANDLE = re.compile(r"(?<![\w.@+-])@(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])")
_CUE = (r"brugernavn(?:et)?(?:\s+er)?|user(?:name)?|profil(?:en)?|konto(?:en)?|snap(?:chat)?|insta(?:gram)?"
        r"|tiktok|twitch|discord|gamertag|handle|navnet")
_NAMED = re.compile(
    rf"(?i)\b(?:{_CUE})(?:\s+(?:er|hedder|var|hed|som|på))?\s*[:,]?\s*['\"“]?"
    rf"(?P<name>[A-Za-z0-9](?:[A-Za-z0-9_.]{{1,28}}[A-Za-z0-9_])?)(?![\w@])")
_SHAPED = re.compile(r"[0-9_.]")
# Without a cue word, a name shaped like a user name (letters with digits, an underscore or a dot inside:
# "mille.xo08", "dark_angel_666", "N1ghtW0lf") where a person is named: "der hed …", "Min er …", or set
# off and taken up by "han"/"hun" ("en i Ishøj, N1ghtW0lf, han er …")
_HANDLE_SHAPE = (r"(?=[A-Za-z0-9_.]*[A-Za-z]{2})(?=[A-Za-z0-9_.]*[0-9_])"
                 r"[A-Za-z][A-Za-z0-9_.]{2,28}[A-Za-z0-9_]")
_INTRODUCED = re.compile(
    rf"(?i:\b(?:hed|hedder|kalder\s+sig|kaldte\s+sig|min\s+er|mit\s+er|hans\s+er|hendes\s+er))\s+['\"“]?"
    rf"(?P<name>{_HANDLE_SHAPE})(?![\w@])"
    rf"|,[ \t]+(?P<name2>{_HANDLE_SHAPE}),[ \t]+(?:han|hun)\b")


def detect_handles(text: str) -> list[Candidate]:
    """@handles and user names after a cue (see the module doc)."""
    out: list[Candidate] = []
    for m in _AT_HANDLE.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(0), USERNAME, m.group("name"), DETECTOR, 0.9,
                             "an @handle"))
    for m in _INTRODUCED.finditer(text):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        if "." in name and name.rsplit(".", 1)[1].casefold() in ("dk", "com", "org", "net", "se", "no"):
            continue  # a web address
        out.append(Candidate(m.start(group), m.end(group), name, USERNAME, name, DETECTOR, 0.85,
                             "a name shaped like a user name where a person is named"))
    for m in _NAMED.finditer(text):
        name = m.group("name")
        after_navnet = m.group(0).casefold().startswith("navnet")
        if not (_SHAPED.search(name) or (after_navnet and any(ch.isupper() for ch in name[1:]))):
            continue
        if name.replace(".", "").isdigit():
            continue  # "profil 2", "konto 4410": a number, not a name
        out.append(Candidate(m.start("name"), m.end("name"), name, USERNAME, name, DETECTOR, 0.85,
                             "a user name after a word that says it is one"))
    return out
