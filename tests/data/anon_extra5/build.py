#!/usr/bin/env python3
"""Build the anon_extra5 evaluation set from the marked-up sources in src/.

Standard library only.  Re-runnable from any working directory:

    python3 build.py

Source format (one file per transcript, src/mx_NN.txt, always UTF-8 + LF):

* first line: ``%% {json}`` with the file's metadata
  (layout, encoding, newline, person, optional note);
* further lines starting with ``%%`` are directives and are dropped from the
  output: ``%%kind NAME`` sets the default span kind for following spans
  (``%%kind`` alone resets it to ``speech``);
* ``[[LABEL|surface]]`` or ``[[LABEL|surface|core]]`` -- a gold span.
  ``LABEL`` may carry an explicit kind: ``[[PERSON@header|Susanne]]``.
  Short label codes: P=PERSON, A=AGE, L=PLACE, O=ORG, TEL=PHONE, MAIL=EMAIL,
  ADR=ADDRESS, BD=BIRTHDATE (CPR is CPR).  If no core is given it is derived:
  AGE -> the number/number word before "år"/"-årig"/"'erne";
  ADDRESS -> text before the first comma; BIRTHDATE -> date/year after
  "født"/"f."; everything else -> the surface itself;
* ``[[N:KIND|surface]]`` -- a negative (look-alike that must survive).

A span's kind is ``speaker_label`` automatically when it opens a line (after an
optional ``[hh:mm:ss]`` time stamp) and is directly followed by ``:`` or a tab.

The script writes mx_NN.txt (in the file's encoding / newline style) and
gold.json next to itself, and asserts for every span and negative that
``text[start:end] == surface``.  It also checks that
  * spans and negatives never overlap,
  * every core stands as its own word inside its span (the scorer's rule),
  * every occurrence of a PERSON core anywhere in a file lies inside a gold
    span (otherwise a perfect anonymiser would be scored as leaking).
"""
from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

ALIASES = {"P": "PERSON", "A": "AGE", "L": "PLACE", "O": "ORG", "TEL": "PHONE",
           "MAIL": "EMAIL", "ADR": "ADDRESS", "BD": "BIRTHDATE", "CPR": "CPR"}

LABELS = {
    "PERSON": "every mention of a real (non-public) person's name: speaker labels, header/title/footer "
              "lines, possessives (surface 'Pernilles', core 'Pernille'), names in [editorial brackets], "
              "nicknames used as names, lower-case spellings (core as written); each part of a full name "
              "is its own span, a particle belongs to its surname's span (surface 'da Silva', core "
              "'Silva'); titles (fru, dr., pastor, sosu-hjælper) are not part of the span",
    "AGE": "every expression of a real person's actual age, now or at a past event (speech, headers, "
           "titles, footers, quoted documents); surface = number or number word plus a directly "
           "following 'år'/'-årig(e)'/''erne'; core = the number or number word as written",
    "PLACE": "named towns, cities, districts, villages, islands, foreign countries (not 'Danmark', not "
             "continents); the town name in '<Town> Kommune' and the town after a postcode are PLACE "
             "spans; core = the name",
    "ORG": "named local organisations a person belongs to or uses (workplaces, shelters, drop-in "
           "centres, schools, clubs, hospitals, small firms, jobcentres); core = the name. National "
           "agencies, media, brands and shop chains are negatives instead",
    "CPR": "Danish civil registration number of a real person, with or without hyphen or spaces; core as "
           "written (all numbers are fictitious)",
    "PHONE": "a real person's (or local caseworker's direct) phone number in any Danish form; core as "
             "written (fictitious)",
    "EMAIL": "a real person's e-mail address; core as written (fictitious)",
    "ADDRESS": "street + house number (+ floor/side) of a real person; core = street and number as "
               "written; a postcode is its own ADDRESS span (core = the four digits)",
    "BIRTHDATE": "date of birth or birth year of a real person ('født 3. maj 1961', 'f. 1961', 'født i "
                 "61'); surface includes 'født'/'f.', core = the date or year as written",
}

SPAN_RE = re.compile(r"\[\[(?P<tag>[A-Z][^|\[\]]*)\|(?P<surface>[^|\[\]]*)(?:\|(?P<core>[^|\[\]]*))?\]\]")
LETTER = r"[^\W\d_]"


def core_regex(core, genitive=False):
    """Same rule as score_anon.py: the core must stand as its own word/number."""
    parts = []
    first, last = core[:1], core[-1:]
    if re.match(LETTER, first):
        parts.append(rf"(?<!{LETTER})(?<!{LETTER}-)")
    elif first.isdigit():
        parts.append(r"(?<!\d)")
    parts.append(re.escape(core))
    if genitive and re.match(LETTER, last):
        parts.append("s?")
    if re.match(LETTER, last):
        parts.append(rf"(?!{LETTER})")
    elif last.isdigit():
        parts.append(r"(?!\d)")
    return re.compile("".join(parts))


def derive_core(label, surface):
    if label == "AGE":
        m = re.match(r"^(.*?)(?:\s*-?\s*år(?:ig(?:e)?)?|[’']erne|\s+years(?:\s+old)?)?$", surface)
        return m.group(1)
    if label == "ADDRESS":
        return surface.split(",")[0].strip()
    if label == "BIRTHDATE":
        return re.sub(r"^(?:[Ff]ødt|[Ff]\.)\s*(?:den\s+|d\.\s*|i\s+)?", "", surface)
    return surface


def parse(path):
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    assert "\r" not in raw, f"{path}: sources must be LF"
    first, _, body = raw.partition("\n")
    assert first.startswith("%% "), f"{path}: first line must be '%% {{json meta}}'"
    meta = json.loads(first[3:])
    crlf = meta.get("newline", "LF") == "CRLF"
    out = []
    spans, negs = [], []
    pos = 0
    default_kind = "speech"
    for line in body.split("\n"):
        if line.startswith("%%kind"):
            default_kind = line[len("%%kind"):].strip() or "speech"
            continue
        if line.startswith("%%"):
            continue
        i = 0
        buf = []
        for m in SPAN_RE.finditer(line):
            buf.append(line[i:m.start()])
            pos_in_line = sum(len(b) for b in buf)
            start = pos + pos_in_line
            surface = m.group("surface")
            end = start + len(surface)
            buf.append(surface)
            tag = m.group("tag")
            if tag.startswith("N:"):
                negs.append({"start": start, "end": end, "kind": tag[2:], "surface": surface})
            else:
                lab, _, kind = tag.partition("@")
                label = ALIASES.get(lab, lab)
                assert label in LABELS, f"{path}: unknown label {lab!r}"
                core = m.group("core") if m.group("core") is not None else derive_core(label, surface)
                if not kind:
                    before = "".join(buf[:-1])
                    after = line[m.end():]
                    if re.fullmatch(r"\s*(\[\d\d:\d\d:\d\d\]\s*)?", before) and after[:1] in (":", "\t"):
                        kind = "speaker_label"
                    else:
                        kind = default_kind
                spans.append({"start": start, "end": end, "label": label, "surface": surface,
                              "core": core, "kind": kind})
            i = m.end()
        buf.append(line[i:])
        text_line = "".join(buf)
        assert "[[" not in text_line and "]]" not in text_line, \
            f"{path}: unparsed markup in line: {text_line[:80]!r}"
        out.append(text_line)
        pos += len(text_line) + (2 if crlf else 1)
    sep = "\r\n" if crlf else "\n"
    text = sep.join(out)
    # drop trailing empty line produced by the final newline, keep exactly one final newline
    text = text.rstrip("\r\n") + sep
    return meta, text, spans, negs


def check(fn, text, spans, negs):
    problems = []
    for s in spans + negs:
        assert text[s["start"]:s["end"]] == s["surface"], (fn, s)
    iv = sorted([(s["start"], s["end"], s["surface"]) for s in spans + negs])
    for a, b in zip(iv, iv[1:]):
        if b[0] < a[1]:
            problems.append(f"overlap {a} / {b}")
    for s in spans:
        assert s["core"] and s["core"] in s["surface"], (fn, "core not in surface", s)
        rx = core_regex(s["core"], genitive=s["label"] == "PERSON")
        if not any(s["start"] <= m.start() and m.end() <= s["end"] for m in rx.finditer(text)):
            problems.append(f"core {s['core']!r} does not stand as a word in {s['surface']!r}@{s['start']}")
    person_cores = {s["core"] for s in spans if s["label"] == "PERSON"}
    for s in spans:
        if s["label"] == "PERSON" and s["core"] == s["surface"] and s["core"][-1:] in ("s", "'", "’") \
                and s["core"][:-1] in person_cores:
            problems.append(f"possessive {s['surface']!r}@{s['start']} needs core {s['core'][:-1]!r}")
    cover = sorted((s["start"], s["end"]) for s in spans)

    def covered(a, b):
        return any(x <= a and b <= y for x, y in cover)

    for core in sorted({s["core"] for s in spans if s["label"] == "PERSON"}):
        for m in core_regex(core, genitive=True).finditer(text):
            if not covered(m.start(), m.end()):
                ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                problems.append(f"PERSON core {core!r} occurs outside gold spans: ...{ctx}...")
    warnings = []
    negcover = [(n["start"], n["end"]) for n in negs]
    for core in sorted({s["core"] for s in spans if s["label"] in ("PLACE", "ORG")}):
        for m in core_regex(core).finditer(text):
            if not covered(m.start(), m.end()) and not any(x <= m.start() and m.end() <= y for x, y in negcover):
                ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                warnings.append(f"{core!r} outside spans: ...{ctx}...")
    return problems, warnings


def main():
    files = {}
    all_problems = []
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".txt"):
            continue
        meta, text, spans, negs = parse(os.path.join(SRC, name))
        problems, warnings = check(name, text, spans, negs)
        for w in warnings:
            print(f"  warning {name}: {w}")
        all_problems += [f"{name}: {p}" for p in problems]
        enc = meta.get("encoding", "utf-8")
        data = text.encode(enc)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        # verify what was written, the way the scorer reads it
        with open(os.path.join(HERE, name), encoding=enc, newline="") as fh:
            back = fh.read()
        assert back == text, name
        for s in spans + negs:
            assert back[s["start"]:s["end"]] == s["surface"], (name, s)
        spans.sort(key=lambda s: s["start"])
        negs.sort(key=lambda s: s["start"])
        entry = {"layout": meta["layout"], "encoding": enc, "newline": meta.get("newline", "LF"),
                 "person": meta["person"], "n_chars": len(text), "n_words": len(text.split())}
        if meta.get("note"):
            entry["note"] = meta["note"]
        entry["spans"] = spans
        entry["negatives"] = negs
        files[name] = entry
    if all_problems:
        print("\n".join(all_problems))
        sys.exit(f"{len(all_problems)} problem(s); gold.json not written")
    gold = {
        "version": 1,
        "source": {"kind": "synthetic",
                   "title": "anon_extra5: mixed held-out set (letters, journal notes, phone interview, "
                            "diary monologue, teen slang, Jutlandic dialect, number tables, Word export, "
                            "title lines, name-like common words, auto-captions, focus group)",
                   "generator": "build.py (marked-up sources in src/)",
                   "note": "Written independently of the anonymiser's code, resources and tests; all "
                           "people, ages, addresses, CPR numbers, phone numbers and e-mail addresses are "
                           "invented. Public figures, agencies (with their public addresses/phone "
                           "numbers), media, brands, shop chains and pets appear as negatives."},
        "offsets": "start/end are Python str indices (code points) into the .txt file decoded with the "
                   "file's 'encoding' and WITHOUT newline translation (open(..., newline='')); "
                   "text[start:end] == surface is verified at build time.",
        "labels": LABELS,
        "required_labels": ["PERSON", "AGE"],
        "files": files,
    }
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # summary
    from collections import Counter
    lab = Counter(s["label"] for f in files.values() for s in f["spans"])
    nk = Counter(n["kind"] for f in files.values() for n in f["negatives"])
    words = sum(f["n_words"] for f in files.values())
    for fn, f in files.items():
        print(f"{fn}: {f['n_words']:5d} words, {len(f['spans']):3d} spans, {len(f['negatives']):3d} negatives"
              f"  [{f['layout']}, {f['encoding']}, {f['newline']}]")
    print(f"files: {len(files)}  words: {words}")
    print("spans per label:", dict(sorted(lab.items())), "total", sum(lab.values()))
    print("negatives:", sum(nk.values()), dict(sorted(nk.items())))


if __name__ == "__main__":
    main()
