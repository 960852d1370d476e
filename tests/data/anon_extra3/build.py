#!/usr/bin/env python3
"""Build the anon_extra3 evaluation set (speech-to-text style transcripts).

Reads the marked-up sources in src/*.txt, strips the markup, writes the plain
transcripts st_NN.txt next to this script and gold.json.  Standard library only;
re-runnable from any working directory:  python3 build.py

Source format
-------------
* Lines starting with "#% key: value" at the top of a source are metadata
  (layout, encoding, newline, bom, person) and are not part of the transcript.
* Gold span:   {{LABEL|surface}}  or  {{LABEL|surface|core}}
               optional kind after "@":  {{PERSON@l|Sofie}}
               (@l speaker_label, @h header, @t title, @b bracket, @s speech;
               default: "bracket" when inside an open [ ... ] on the line,
               otherwise "speech")
* Negative:    {{NEG:KIND|surface}}
* Default core: surface, except AGE (trailing " år", "-årig(e)", "årig(e)",
  " years old" stripped) -- everything else that differs is given explicitly.

Checks (assertions): text[start:end] == surface for every span and negative in
the decoded file (newline='' semantics), the core occurs as its own word inside
the surface (the scorer's rule), the file round-trips through its encoding, no
markup is left over, spans do not overlap, and no PERSON core occurs in the
file outside a gold span (the scorer's "anywhere" rule would otherwise count a
correct anonymisation as a leak).
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LETTER = r"[^\W\d_]"

MARK_RE = re.compile(r"\{\{(NEG:[A-Z_]+|[A-Z_]+)(?:@([a-z]))?\|([^{}|]+)(?:\|([^{}|]+))?\}\}")
KIND_CODES = {"l": "speaker_label", "h": "header", "t": "title", "b": "bracket", "s": "speech"}
LABELS = {
    "PERSON": "Every mention of a real (non-public) person's name: speaker labels, headers, speech, "
              "[editorial brackets]; possessives (surface 'mikkels', core 'mikkel'); nicknames used as names; "
              "lower- or upper-case spellings, core as written. Each part of a full name is its own span; "
              "titles (fru, hr., dr.) are outside the span. Generic labels (SPEAKER_00, Taler 1) are not names.",
    "AGE": "Every expression of a real person's actual age, also an age the speaker corrects ('44 nej 45') "
           "and the age at a past event ('da jeg var femten'), in Danish or English, digits or words: "
           "surface = number (+ directly following 'år' / '-årig(e)' / 'years old'), core = the number as written; "
           "decade ages ('40'erne') have core '40'. Hypothetical/future ages and age limits are negatives.",
    "PLACE": "Named towns, cities, districts, villages, islands and foreign countries (not 'Danmark', "
             "not continents); core = the name. A town after a postcode is a PLACE span ('århus c', core 'århus').",
    "ORG": "Named organisations a person belongs to or uses: workplaces, shelters, drop-in centres, schools, "
           "clubs, local institutions, hospitals, small firms; core = the name. National agencies, big public "
           "bodies, shop chains, brands and media are negatives, not ORG.",
    "CPR": "Danish personal identity numbers (fictitious), with or without hyphen or spaces, as said or typed; "
           "core = the number as written.",
    "PHONE": "Private phone numbers (fictitious), in digit pairs, blocks, with or without +45 / 'plus 45'; "
             "core = the number as written. Public service numbers (112, 1813, agencies) are negatives.",
    "EMAIL": "E-mail addresses, typed or spelled out by speech recognition ('snabel a', 'punktum'); "
             "core = the whole address as written.",
    "ADDRESS": "Street + house number (+ floor/side): surface incl. floor/side, core = street name and number as "
               "written ('nørregade 14'); a postcode is its own ADDRESS span with core the four digits.",
    "BIRTHDATE": "Date of birth or birth year of a real person ('født den tredje marts 44', 'f. 2003', "
                 "'født i 79'); surface includes 'født'/'f.', core = the date/year as written.",
}
REQUIRED = ["PERSON", "AGE"]
AGE_SUFFIX = re.compile(r"(?:\s+år|-?årige?|\s+years?\s+old|\s+years?)$")


def core_regex(core, genitive=False):
    """Same rule as score_anon.py: core standing as its own word/number."""
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


TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?")


def spoken_words(text):
    """Word count without timestamps, cue numbers and the WEBVTT/NOTE lines."""
    t = TIME_RE.sub(" ", text)
    lines = [ln for ln in t.splitlines() if not re.fullmatch(r"\s*(\d+|WEBVTT|NOTE .*)\s*", ln)]
    return len(re.findall(r"\w+", "\n".join(lines)))


def parse_source(path):
    raw = open(path, encoding="utf-8", newline="").read()
    assert "\r" not in raw, f"{path}: sources are LF-only"
    meta = {}
    lines = raw.split("\n")
    while lines and lines[0].startswith("#% "):
        k, v = lines.pop(0)[3:].split(":", 1)
        meta[k.strip()] = v.strip()
    body = "\n".join(lines).strip("\n") + "\n"
    nl = {"LF": "\n", "CRLF": "\r\n"}[meta.get("newline", "LF")]
    if nl != "\n":
        body = body.replace("\n", nl)
    out, spans, negs = [], [], []
    pos = 0
    n = 0  # length of output so far
    for m in MARK_RE.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        label, kcode, surface, core = m.groups()
        start, end = n, n + len(surface)
        out.append(surface)
        n = end
        pos = m.end()
        if label.startswith("NEG:"):
            assert core is None, f"{path}: negative with core: {m.group(0)}"
            negs.append({"start": start, "end": end, "kind": label[4:], "surface": surface})
        else:
            assert label in LABELS, f"{path}: unknown label {label}"
            if core is None:
                core = AGE_SUFFIX.sub("", surface) if label == "AGE" else surface
            spans.append({"start": start, "end": end, "label": label, "surface": surface,
                          "core": core, "kind": KIND_CODES[kcode] if kcode else None})
    out.append(body[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, f"{path}: leftover markup near " \
        f"{text[max(0, text.find('{{') - 40):text.find('{{') + 60]!r}"
    # default kinds
    for sp in spans:
        if sp["kind"] is None:
            ls = text.rfind("\n", 0, sp["start"]) + 1
            prefix = text[ls:sp["start"]]
            depth = prefix.count("[") - prefix.count("]")
            sp["kind"] = "bracket" if depth > 0 else "speech"
    return meta, text, spans, negs


def check_file(fn, text, spans, negs):
    problems = []
    for item in spans + negs:
        assert text[item["start"]:item["end"]] == item["surface"], (fn, item)
    for sp in spans:
        if not core_regex(sp["core"], genitive=sp["label"] == "PERSON").search(sp["surface"]):
            problems.append(f"core {sp['core']!r} not a word in surface {sp['surface']!r}")
    allr = sorted([(s["start"], s["end"], "S") for s in spans] + [(g["start"], g["end"], "N") for g in negs])
    for a, b in zip(allr, allr[1:]):
        if b[0] < a[1]:
            problems.append(f"overlap {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
    covered = [(s["start"], s["end"]) for s in spans]
    for core in sorted({s["core"] for s in spans if s["label"] == "PERSON"}):
        for m in core_regex(core, genitive=True).finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                problems.append(f"PERSON core {core!r} outside a span: ...{ctx}...")
    # warn (not fatal) about other cores that re-occur unmarked
    warnings = []
    for sp in spans:
        if sp["label"] in ("PLACE", "ORG"):
            for m in core_regex(sp["core"]).finditer(text):
                if not any(s <= m.start() and m.end() <= e for s, e in covered):
                    if not any(g["start"] <= m.start() and m.end() <= g["end"] for g in negs):
                        warnings.append(f"{sp['label']} core {sp['core']!r} unmarked at {m.start()}")
    return problems, sorted(set(warnings))


def main():
    files = {}
    words_total = 0
    fatal = []
    for path in sorted(glob.glob(os.path.join(SRC, "st_*.txt"))):
        fn = os.path.basename(path)
        meta, text, spans, negs = parse_source(path)
        enc = meta.get("encoding", "utf-8")
        data = text.encode("utf-8" if enc == "utf-8-sig" else enc)
        if enc == "utf-8-sig":
            data = b"\xef\xbb\xbf" + data
        if enc == "cp1252":
            try:
                data.decode("utf-8")
                raise AssertionError(f"{fn}: cp1252 file would also decode as UTF-8")
            except UnicodeDecodeError:
                pass
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
        # re-read exactly like the scorer documents it
        back = open(os.path.join(HERE, fn), encoding=enc, newline="").read()
        assert back == text, fn
        problems, warnings = check_file(fn, back, spans, negs)
        for p in problems:
            fatal.append(f"{fn}: {p}")
        for w in warnings:
            print(f"warning {fn}: {w}", file=sys.stderr)
        words = spoken_words(back)
        words_total += words
        files[fn] = {"layout": meta["layout"], "encoding": enc, "newline": meta.get("newline", "LF"),
                     "person": meta["person"], "n_chars": len(back), "n_words": words,
                     "spans": spans, "negatives": negs}
    if fatal:
        print("\n".join(fatal), file=sys.stderr)
        sys.exit(1)
    gold = {
        "version": 1,
        "source": {"kind": "synthetic",
                   "title": "anon_extra3: speech-to-text style Danish interview transcripts (Whisper, Teams, "
                            "Word Transskriber, WebVTT, SRT)",
                   "generator": "build.py (marked-up sources in src/)",
                   "note": "Written independently of the anonymiser's code, resources and tests; all people, "
                           "ages, addresses, CPR and phone numbers and e-mail addresses are invented."},
        "offsets": "start/end are Python str indices (code points) into the .txt file decoded with the file's "
                   "'encoding' and WITHOUT newline translation (open(..., newline='')); text[start:end] == "
                   "surface is verified at build time.",
        "labels": LABELS,
        "required_labels": REQUIRED,
        "files": files,
    }
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts, kinds, negk = {}, {}, {}
    for f in files.values():
        for s in f["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        for g in f["negatives"]:
            negk[g["kind"]] = negk.get(g["kind"], 0) + 1
    print(f"files: {len(files)}  words: {words_total}")
    for fn, f in files.items():
        print(f"  {fn}: {f['layout']:28} {f['encoding']:9} {f['newline']:4} words={f['n_words']:5d} "
              f"spans={len(f['spans']):3d} negatives={len(f['negatives']):3d}")
    print("spans per label:", json.dumps(dict(sorted(counts.items())), ensure_ascii=False))
    print("spans per kind:", json.dumps(dict(sorted(kinds.items())), ensure_ascii=False))
    print(f"negatives: {sum(negk.values())}", json.dumps(dict(sorted(negk.items())), ensure_ascii=False))


if __name__ == "__main__":
    main()
