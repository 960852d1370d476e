#!/usr/bin/env python3
"""Build the anon_extra7 evaluation set from the marked-up sources in src/.

Markup inside src/*.txt (standard library only, re-runnable from anywhere):

  [[LABEL|surface]]              gold span, core = surface (AGE: number part)
  [[LABEL|surface|core]]         gold span with explicit core
  [[LABEL@kind|surface(|core)]]  gold span with an explicit kind (default: speech)
  [[NEG:KIND|surface]]           negative (look-alike that must survive)

Lines starting with "#%" at the top of a source are metadata:
  #% layout: webvtt        #% person: Aputsiaq
  #% encoding: utf-8 | utf-8-sig (BOM) | cp1252
  #% newline: LF | CRLF
Every source file src/ts_NN.txt gives ts_NN.txt; gold.json collects the spans.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

MARK = re.compile(r"\[\[([A-Z]+(?::[A-Z_]+)?(?:@[a-z_]+)?)\|([^|\]]*?)(?:\|([^|\]]*?))?\]\]")
AGE_TAIL = re.compile(r"^(.*?)(?:\s*-?\s*år(?:ig(?:e)?)?|\s*-årig(?:e)?|\s+(?:years?|år)\s+old)?$", re.S)

LABELS = {
    "PERSON": "every mention of a real (fictitious, non-public) person's name: speaker labels, WebVTT voice "
              "tags, Otter/Teams speaker lines, possessives (Oksanas -> core Oksana), names in [editorial "
              "brackets], nicknames, lower-case spellings (core as written); each part of a full name is its "
              "own span, surname particles belong to the surname; titles (fru, hr., dr., pastor, "
              "sygeplejerske) are outside the span",
    "AGE": "every expression of a real person's actual age; surface = number or number word plus a directly "
           "following 'år'/'-årig(e)'; core = the number or number word as written; decade ages "
           "('i 40'erne') core '40'; a self-corrected age ('fem- nej seks år') gives two spans",
    "PLACE": "named towns, cities, districts, villages, islands, foreign countries (not 'Danmark', not "
             "continents), also in lower case; core = the name; the town after a postcode is PLACE; "
             "'jobcentret i hjørring' = PLACE 'hjørring' (the generic institution word stays)",
    "ORG": "named organisations a person belongs to or uses (workplaces, shelters, schools, clubs, local "
           "institutions, hospitals with a proper name, small firms); core = the name as written; an "
           "institution known by its street ('botilbuddet på engvej') is ORG with core the street word; "
           "national agencies and big public bodies are negatives",
    "CPR": "Danish personal ID number, fictitious, in digits or said in words/digit by digit; core = as written",
    "PHONE": "private phone numbers (fictitious), in digits or said digit by digit in words; core = as written",
    "EMAIL": "e-mail addresses, also spelled out ('snabel-a', 'punktum'); core = as written",
    "ADDRESS": "street + house number (+ floor/side); core = street name and number as written (also in "
               "words); a postcode is its own ADDRESS span (core = the digits or number words as written)",
    "BIRTHDATE": "date of birth or birth year of a real person ('født 3. maj 1961', 'f. 1961', 'født i "
                 "nitten hundrede og syvoghalvtreds'); core = the year/date as written",
}


def parse_meta(raw):
    meta, body = {}, []
    lines = raw.split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("#%"):
        k, _, v = lines[i][2:].partition(":")
        meta[k.strip()] = v.strip()
        i += 1
    return meta, "\n".join(lines[i:])


def default_core(label, surface):
    if label == "AGE":
        m = AGE_TAIL.match(surface)
        core = m.group(1).rstrip(" -") if m else surface
        return core or surface
    return surface


def build_one(name, raw):
    meta, body = parse_meta(raw)
    nl = "\r\n" if meta.get("newline", "LF").upper() == "CRLF" else "\n"
    conv = (lambda s: s.replace("\n", nl))
    out, spans, negs = [], [], []
    pos = 0
    last = 0
    for m in MARK.finditer(body):
        plain = conv(body[last:m.start()])
        out.append(plain)
        pos += len(plain)
        tag, surface, core = m.group(1), conv(m.group(2)), m.group(3)
        start, end = pos, pos + len(surface)
        out.append(surface)
        pos = end
        last = m.end()
        if tag.startswith("NEG:"):
            negs.append({"start": start, "end": end, "kind": tag[4:], "surface": surface})
        else:
            label, _, kind = tag.partition("@")
            if label not in LABELS:
                sys.exit(f"{name}: unknown label {label!r}")
            core = core if core is not None else default_core(label, surface)
            if core not in surface:
                sys.exit(f"{name}: core {core!r} not inside surface {surface!r}")
            spans.append({"start": start, "end": end, "label": label, "surface": surface,
                          "core": core, "kind": kind or "speech"})
    tail = conv(body[last:])
    out.append(tail)
    text = "".join(out)
    for bad in ("[[", "]]", "#%"):
        if bad in text:
            i = text.index(bad)
            sys.exit(f"{name}: leftover markup {bad!r} near {text[max(0, i - 40):i + 40]!r}")
    return meta, text, spans, negs


def main():
    files = {}
    srcs = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    for fn in srcs:
        with open(os.path.join(SRC, fn), encoding="utf-8", newline="") as fh:
            raw = fh.read().replace("\r\n", "\n")
        meta, text, spans, negs = build_one(fn, raw)
        enc = meta.get("encoding", "utf-8")
        path = os.path.join(HERE, fn)
        with open(path, "wb") as fh:
            fh.write(text.encode(enc))
        # verify against the file as the scorer reads it (no newline translation)
        with open(path, encoding=enc, newline="") as fh:
            back = fh.read()
        assert back == text, fn
        for sp in spans + negs:
            assert back[sp["start"]:sp["end"]] == sp["surface"], (fn, sp)
        files[fn] = {"layout": meta.get("layout", "?"), "encoding": enc,
                     "newline": "CRLF" if meta.get("newline", "LF").upper() == "CRLF" else "LF",
                     "person": meta.get("person", ""), "n_chars": len(text),
                     "n_words": len(re.findall(r"\w+", text)),
                     "spans": spans, "negatives": negs}
    gold = {
        "version": 1,
        "source": {"kind": "synthetic",
                   "title": "anon_extra7: machine-made transcript exports (WebVTT, SRT, diarised STT, "
                            "Otter/Teams, CSV, spoken identifiers)",
                   "generator": "build.py (marked-up sources in src/)",
                   "note": "Written independently of the anonymiser's code: the author did not read "
                           "qcode's source, resources, tests or benchmarks and did not run qcode on these "
                           "texts. All people, ages, addresses and numbers are invented; CPR and phone "
                           "numbers are fictitious."},
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
    counts, nneg, words = {}, 0, 0
    for f in files.values():
        for sp in f["spans"]:
            counts[sp["label"]] = counts.get(sp["label"], 0) + 1
        nneg += len(f["negatives"])
        words += f["n_words"]
    print(f"{len(files)} files, {words} words")
    for lab in sorted(counts):
        print(f"  {lab:10} {counts[lab]}")
    print(f"  negatives  {nneg}")


if __name__ == "__main__":
    main()
