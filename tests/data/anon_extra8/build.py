#!/usr/bin/env python3
"""Build the anon_extra8 evaluation set from the marked-up sources in src/.

Markup inside src/*.txt (sources are UTF-8 with LF):
  {{LABEL|surface}}            gold span, core derived (AGE: number without "år"/"-årig")
  {{LABEL|surface|core}}       gold span with explicit core
  {{LABEL@kind|surface...}}    gold span with explicit span kind
  {{N:KIND|surface}}           negative (look-alike that must survive unchanged)
Short label aliases: P=PERSON A=AGE PL=PLACE O=ORG PH=PHONE EM=EMAIL AD=ADDRESS BD=BIRTHDATE.
Directive lines (removed from the output):
  #! layout: ... | #! person: ... | #! encoding: utf-8|utf-8-sig|cp1252 | #! newline: LF|CRLF
  #! kind: header|speech|note|chat|table|memo ...   (default span kind from here on)
Only the Python standard library is used; run from anywhere: python3 build.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

ALIASES = {"P": "PERSON", "A": "AGE", "PL": "PLACE", "O": "ORG", "PH": "PHONE", "EM": "EMAIL",
           "AD": "ADDRESS", "BD": "BIRTHDATE", "CPR": "CPR"}
LABELS = {
    "PERSON": "Every mention of a real (non-public) person's name or nickname, incl. speaker labels, "
              "possessives (core without genitive -s), names in [editorial brackets], initials ('K.', 'H.P.'; "
              "core = initials as written), dialect spellings. Each part of a full name is its own span; "
              "particles belonging to a surname are inside its span (surface 'bin Khalid', core 'Khalid'; "
              "hyphenated 'al-Hamdani' keeps core 'al-Hamdani'). Titles (fru, pastor, dr.) are outside.",
    "AGE": "Every expression of a real person's actual age (also age at death, estimated ages 'ca. 50' -> '50', "
           "ages in parentheses after initials). Surface = number/number word plus a directly following 'år' "
           "or '-årig(e)'; core = the number or number word as written. Decade ages '30'erne' -> core '30'.",
    "PLACE": "Named towns, cities, districts, villages, islands and foreign countries (also in dialect "
             "spelling, and the town after a postcode); not 'Danmark', not continents. Core = the name.",
    "ORG": "Named local organisations a person belongs to or uses: shelters, drop-in cafés, schools, clubs, "
           "hospitals, job centres, small firms, housing associations, treatment centres. National agencies, "
           "media, brands and shop chains are negatives, not ORG.",
    "CPR": "Danish CPR numbers (all fictitious), core as written.",
    "PHONE": "Private or local phone numbers (fictitious), core as written.",
    "EMAIL": "E-mail addresses of persons or local organisations, core as written.",
    "ADDRESS": "Street + house number (+ floor/side): core = street name and number as written; a postcode "
               "is its own ADDRESS span with the four digits as core.",
    "BIRTHDATE": "Date or year of birth of a real person ('f. 1951', 'født 14.08.1979', a birth year in a "
                 "life-event table); core = the date/year as written.",
}


def derive_core(label, surface):
    if label == "AGE":
        c = re.sub(r"\s*år$", "", surface)
        c = re.sub(r"-årig\w*$", "", c)
        c = re.sub(r"'erne$", "", c)
        return c
    return surface


MARK = re.compile(r"\{\{(N:)?([A-Za-z_]+)(?:@([a-z_]+))?\|([^{}|]+)(?:\|([^{}|]+))?\}\}")
SPEAKER = re.compile(r"^(\[[^\]]*\]\s*)?([^:\[\]]{1,40}):")


def parse_line(line):
    """Return plain line, list of (start, end, is_neg, label/kind, kind, surface, core)."""
    out, items, pos = [], [], 0
    n = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        n += len(line[pos:m.start()])
        neg, lab, kind, surface, core = m.groups()
        items.append((n, n + len(surface), bool(neg), lab, kind, surface, core))
        out.append(surface)
        n += len(surface)
        pos = m.end()
    out.append(line[pos:])
    plain = "".join(out)
    if "{{" in plain or "}}" in plain:
        raise SystemExit(f"unparsed markup in line: {line!r}")
    return plain, items


def build_file(path):
    meta = {"layout": "", "person": "", "encoding": "utf-8", "newline": "LF"}
    default_kind = "speech"
    text_parts, spans, negs = [], [], []
    offset = 0
    with open(path, encoding="utf-8", newline="") as fh:
        src = fh.read()
    assert "\r" not in src, path
    lines = src.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    body_lines = []
    for line in lines:
        d = re.match(r"^#!\s*(\w+):\s*(.*)$", line)
        if d:
            key, val = d.group(1), d.group(2).strip()
            if key == "kind":
                body_lines.append((None, val))
            else:
                meta[key] = val
            continue
        body_lines.append((line, None))
    nl = "\r\n" if meta["newline"] == "CRLF" else "\n"
    for line, kind_switch in body_lines:
        if kind_switch is not None:
            default_kind = kind_switch
            continue
        plain, items = parse_line(line)
        sp_m = SPEAKER.match(plain)
        for (s, e, is_neg, lab, kind, surface, core) in items:
            if is_neg:
                negs.append({"start": offset + s, "end": offset + e, "kind": lab, "surface": surface})
                continue
            label = ALIASES.get(lab, lab)
            if label not in LABELS:
                raise SystemExit(f"{path}: unknown label {lab}")
            if core is None:
                core = derive_core(label, surface)
            if kind is None:
                before = plain[:s]
                if (sp_m and default_kind not in ("header", "table") and sp_m.start(2) <= s
                        and e <= sp_m.end(2) and len(sp_m.group(2).split()) <= 4):
                    kind = "speaker_label"
                elif before.count("[") > before.count("]"):
                    kind = "bracket"
                else:
                    kind = default_kind
            spans.append({"start": offset + s, "end": offset + e, "label": label, "surface": surface,
                          "core": core, "kind": kind})
        text_parts.append(plain + nl)
        offset += len(plain) + len(nl)
    text = "".join(text_parts)
    return meta, text, spans, negs


def word_re(core):
    return re.compile(r"(?<!\w)" + re.escape(core) + r"(?!\w)")


def main():
    files = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    gold = {"version": 1,
            "source": {"kind": "synthetic",
                       "title": "anon_extra8 - research material around the interviews (field notes, chat logs, "
                                "dialect, resumé with life-event table, group talk, interpreter, aphasia, "
                                "initials-only notes, memo, debt/gambling, crisis shelter)",
                       "generator": "build.py (marked-up sources in src/)",
                       "note": "Written independently of the anonymiser's code, resources, tests and benchmarks; "
                               "all people, ages, addresses and numbers are invented (CPR and phone numbers are "
                               "fictitious)."},
            "offsets": "start/end are Python str indices (code points) into the .txt file decoded with the file's "
                       "'encoding' and WITHOUT newline translation (open(..., newline='')); text[start:end] == "
                       "surface is verified at build time.",
            "labels": LABELS,
            "required_labels": ["PERSON", "AGE"],
            "files": {}}
    total_words = 0
    counts, negcount = {}, 0
    warnings = []
    for f in files:
        meta, text, spans, negs = build_file(os.path.join(SRC, f))
        enc = meta["encoding"]
        out = os.path.join(HERE, f)
        with open(out, "w", encoding=enc, newline="") as fh:
            fh.write(text)
        # verify by reading back exactly as the scorer is told to
        with open(out, encoding=enc, newline="") as fh:
            back = fh.read()
        assert back == text, f
        if enc == "cp1252":
            raw = open(out, "rb").read()
            try:
                raw.decode("utf-8-sig")
                warnings.append(f"{f}: cp1252 file also decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        if enc == "utf-8-sig":
            assert open(out, "rb").read(3) == b"\xef\xbb\xbf"
        for x in spans + negs:
            assert back[x["start"]:x["end"]] == x["surface"], (f, x)
        for sp in spans:
            assert sp["core"] in sp["surface"], (f, sp)
        # no overlaps
        iv = sorted([(x["start"], x["end"], x["surface"]) for x in spans + negs])
        for a, b in zip(iv, iv[1:]):
            assert a[1] <= b[0], (f, a, b)
        # a negative that contains a PERSON core of the same file (same case) would be scored as a leak
        pcores = {sp["core"] for sp in spans if sp["label"] == "PERSON"}
        for ng in negs:
            for c in pcores:
                if re.search(r"(?<![^\W\d_])" + re.escape(c) + r"s?(?![^\W\d_])", ng["surface"]):
                    warnings.append(f"{f}: negative {ng['surface']!r} contains person core {c!r}")
        # every PERSON core occurrence in the text should be inside a PERSON span (else it is an untagged mention)
        pstarts = [(sp["start"], sp["end"]) for sp in spans]
        for c in pcores:
            for m in re.finditer(r"(?<![^\W\d_])(?<![^\W\d_]-)" + re.escape(c) + r"(?![^\W\d_])", back):
                if not any(s <= m.start() and m.end() <= e for s, e in pstarts):
                    warnings.append(f"{f}: untagged occurrence of person core {c!r} at {m.start()}: "
                                    f"{back[max(0, m.start()-20):m.end()+20]!r}")
        nwords = len(re.findall(r"\w+", back))
        total_words += nwords
        for sp in spans:
            counts[sp["label"]] = counts.get(sp["label"], 0) + 1
        negcount += len(negs)
        gold["files"][f.replace(".txt", ".txt")] = {
            "layout": meta["layout"], "encoding": enc, "newline": meta["newline"], "person": meta["person"],
            "n_chars": len(back), "n_words": nwords, "spans": spans, "negatives": negs}
        print(f"{f}: {nwords:5d} words, {len(spans):3d} spans, {len(negs):3d} negatives  [{enc}, {meta['newline']}]")
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("total words:", total_words)
    print("spans per label:", json.dumps(dict(sorted(counts.items())), ensure_ascii=False))
    print("total spans:", sum(counts.values()), " negatives:", negcount)
    for w in warnings:
        print("WARNING:", w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
