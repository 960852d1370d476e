#!/usr/bin/env python3
"""Build the anon_extra4 evaluation set from the marked-up sources in src/.

Source format (UTF-8, LF), one file per transcript, src/fg_NN.txt:

  line 1      #% key=value; key=value; ...   metadata: person, layout, encoding, newline, and
              labels=Name1,Name2 (body lines starting "Name1:" get a PERSON speaker_label span)
  header      title / participant lines (kind "title" for the first line, "header" after)
  %%BODY      marker line (removed) -- everything after it is the transcript body
  body        "Label: speech" turns

Inline markup:
  [[LABEL|surface]]            gold span, core = surface (AGE: core derived, see age_core)
  [[LABEL|surface|core]]       gold span with explicit core
  [[LABEL@kind|surface...]]    gold span with explicit kind (otherwise inferred)
  [[NEG:KIND|surface]]         negative look-alike that must survive unchanged

Output: fg_NN.txt (in the file's encoding and newline style) and gold.json, next to this script.
Only the standard library is used; re-runnable from any working directory.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

MARK = re.compile(r"\[\[([A-Z]+(?::[A-Z_]+)?)(?:@([a-z_]+))?\|([^\[\]|]+)(?:\|([^\[\]|]+))?\]\]")
LABELS = ("PERSON", "AGE", "PLACE", "ORG", "CPR", "PHONE", "EMAIL", "ADDRESS", "BIRTHDATE")
SPEAKER = re.compile(r"^([^:\n\[\]]{1,40}):[ \t]")

LABEL_DOC = {
    "PERSON": "every mention of a real (non-public) person's name: speaker labels, possessives "
              "(surface 'Hodans', core 'Hodan'), names in [editorial brackets], nicknames, lower-case "
              "spellings (core as written); each part of a full name is its own span; surname particles "
              "(van, van der, von, de, bin, ibn, Abu, Umm) belong to the following name's span (surface "
              "'van der Berg', core 'Berg'); the Arabic article is written together with its name and "
              "kept in the core ('al-Hassan'); hyphenated double names are one span with the hyphenated "
              "core; titles (fru, hr., dr., pastor, overlæge, sagsbehandler) are not part of the span",
    "AGE": "every expression of a real person's actual (current) age in speech, headers, title lines and "
           "attributions: surface = number or number word plus a directly following 'år'/'-årig(e)'; "
           "core = the number or number word as written; decade ages '40'erne' have core '40'",
    "PLACE": "named towns, cities, districts, villages, islands, regions and foreign countries (not "
             "'Danmark', not continents); a town after a postcode is a PLACE span; core = the name",
    "ORG": "named organisations a person belongs to or uses (workplaces, shelters, schools, clubs, local "
           "institutions, hospitals, small firms); national agencies, big public bodies, brands, media "
           "and shop chains are negatives instead; core = the name",
    "CPR": "Danish personal identification number in any spacing; core = as written",
    "PHONE": "private phone numbers of real persons or local institutions; core = as written",
    "EMAIL": "e-mail addresses of real persons; core = as written",
    "ADDRESS": "street + house number (+ floor/side in the surface); core = street name and number as "
               "written; a postcode is its own ADDRESS span with core = the four digits",
    "BIRTHDATE": "date of birth or birth year of a real person ('født 3. maj 1961', 'f. 1961', "
                 "'født i 61'); surface = the date/year, core = the date/year as written",
}


def age_core(surface):
    m = re.match(r"^(.*?)(?:'erne|’erne)$", surface)
    if m:
        return m.group(1)
    m = re.match(r"^(.*?)(?:\s+år|-årige?|-års)$", surface)
    return m.group(1) if m else surface


def parse_meta(line):
    assert line.startswith("#%"), line
    meta = {}
    for part in line[2:].split(";"):
        if part.strip():
            k, v = part.split("=", 1)
            meta[k.strip()] = v.strip()
    return meta


def build_one(name, raw):
    first, rest = raw.split("\n", 1)
    meta = parse_meta(first)
    nl = meta.get("newline", "LF")
    assert "\n%%BODY\n" in "\n" + rest, name
    head, body = ("\n" + rest).split("\n%%BODY\n", 1)
    head = head[1:]
    # speaker labels listed in the metadata ("labels=Jens,Birgitte") are marked automatically
    names = [x.strip() for x in meta.get("labels", "").split(",") if x.strip()]
    if names:
        alt = "|".join(re.escape(x) for x in sorted(names, key=len, reverse=True))
        # a multi-word label ("Mohammad Reza") gets one span per name part
        body = re.sub(rf"(?m)^({alt})(?=:[ \t])",
                      lambda m: " ".join(f"[[PERSON@speaker_label|{w}]]" for w in m.group(1).split(" ")), body)
    marked = head + "\n" + body
    if nl == "CRLF":
        marked = marked.replace("\n", "\r\n")
    out = []
    items = []      # (start, end, label, kind, surface, core)
    pos = 0
    last = 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        label, kind, surface, core = m.groups()
        start = pos
        out.append(surface)
        pos += len(surface)
        items.append((start, pos, label, kind, surface, core))
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "%%" not in text, (name, text[text.find("[["):][:80])
    head_plain = MARK.sub(lambda m: m.group(3), head)
    head_len = len(head_plain.replace("\n", "\r\n") if nl == "CRLF" else head_plain)
    assert text.startswith(head_plain.replace("\n", "\r\n") if nl == "CRLF" else head_plain), name

    spans, negs = [], []
    for start, end, label, kind, surface, core in items:
        assert text[start:end] == surface
        if label.startswith("NEG:"):
            negs.append({"start": start, "end": end, "kind": label[4:], "surface": surface})
            continue
        assert label in LABELS, (name, label)
        if core is None:
            core = age_core(surface) if label == "AGE" else surface
        if label != "AGE" or not surface.endswith("erne"):
            assert core in surface, (name, surface, core)
        if kind is None:
            ls = text.rfind("\n", 0, start) + 1
            le = text.find("\n", start)
            line = text[ls:le if le >= 0 else len(text)]
            if start < head_len:
                kind = "title" if ls == 0 else "header"
            else:
                sm = SPEAKER.match(line)
                before = line[:start - ls]
                if sm and end - ls <= sm.end(1):
                    kind = "speaker_label"
                elif before.rfind("[") > before.rfind("]"):
                    kind = "bracket"
                else:
                    kind = "speech"
        spans.append({"start": start, "end": end, "label": label, "surface": surface, "core": core,
                      "kind": kind})
    # no overlaps between spans and negatives
    allr = sorted([(s["start"], s["end"], "span") for s in spans] + [(n["start"], n["end"], "neg") for n in negs])
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (name, a, b, text[a[0]:b[1]])
    return meta, text, spans, negs


def core_regex(core, genitive=False):
    # same rule as the scorer: a core standing as its own word/number
    L = r"[^\W\d_]"
    p = ""
    if re.match(L, core[:1]):
        p += rf"(?<!{L})(?<!{L}-)"
    elif core[:1].isdigit():
        p += r"(?<!\d)"
    p += re.escape(core)
    if genitive and re.match(L, core[-1:]):
        p += "s?"
    if re.match(L, core[-1:]):
        p += rf"(?!{L})"
    elif core[-1:].isdigit():
        p += r"(?!\d)"
    return re.compile(p)


def self_check(name, text, spans, negs):
    """A perfect redaction (every span replaced by a placeholder, negatives kept) must not still
    contain a PERSON core anywhere; every span core must be found in its own surface."""
    red = text
    for sp in sorted(spans, key=lambda s: -s["start"]):
        red = red[:sp["start"]] + "[X]" + red[sp["end"]:]
    probs = []
    for core in sorted({s["core"] for s in spans if s["label"] == "PERSON"}):
        m = core_regex(core, genitive=True).search(red)
        if m:
            probs.append(f"{name}: PERSON core {core!r} still in perfect redaction: ...{red[max(0, m.start()-30):m.end()+30]!r}")
    for sp in spans:
        if not core_regex(sp["core"], genitive=sp["label"] == "PERSON").search(sp["surface"]):
            probs.append(f"{name}: core {sp['core']!r} not found as a word in surface {sp['surface']!r}")
    return probs


def main():
    files = {}
    problems = []
    srcs = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    assert srcs, "no sources"
    for fn in srcs:
        with open(os.path.join(SRC, fn), encoding="utf-8", newline="") as fh:
            raw = fh.read()
        assert "\r" not in raw, fn
        meta, text, spans, negs = build_one(fn, raw)
        enc = meta.get("encoding", "utf-8")
        nl = meta.get("newline", "LF")
        path = os.path.join(HERE, fn)
        with open(path, "w", encoding=enc, newline="") as fh:
            fh.write(text)
        with open(path, encoding=enc, newline="") as fh:
            back = fh.read()
        assert back == text, fn
        if nl == "LF":
            assert "\r" not in text
        else:
            assert text.count("\n") == text.count("\r\n"), fn
        for it in spans + negs:
            assert back[it["start"]:it["end"]] == it["surface"], (fn, it)
        problems += self_check(fn, text, spans, negs)
        files[fn] = {"layout": meta["layout"], "encoding": enc, "newline": nl, "person": meta["person"],
                     "n_chars": len(text), "n_words": len(re.findall(r"\w+", text)),
                     "spans": spans, "negatives": negs}
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    gold = {
        "version": 1,
        "source": {"kind": "synthetic",
                   "title": "anon_extra4: focus groups, couple interviews, interpreter-mediated interviews and a "
                            "youth-care group with names from many traditions",
                   "generator": "build.py (marked-up sources in src/)",
                   "note": "Written independently of the anonymiser's code: the author did not read qcode's "
                           "source, resources, tests, benchmarks or docs and did not run qcode on these texts. "
                           "All people, ages, addresses, CPR and phone numbers are invented."},
        "offsets": "start/end are Python str indices (code points) into the .txt file decoded with the file's "
                   "'encoding' and WITHOUT newline translation (open(..., newline='')); text[start:end] == "
                   "surface is verified at build time.",
        "labels": LABEL_DOC,
        "required_labels": ["PERSON", "AGE"],
        "files": files,
    }
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # summary
    from collections import Counter
    lab = Counter(s["label"] for f in files.values() for s in f["spans"])
    negk = Counter(n["kind"] for f in files.values() for n in f["negatives"])
    words = sum(f["n_words"] for f in files.values())
    print(f"{len(files)} files, {words} words")
    for f, g in files.items():
        print(f"  {f}: {g['n_words']} words, {len(g['spans'])} spans, {len(g['negatives'])} negatives, "
              f"{g['encoding']}/{g['newline']}")
    print("labels:", dict(sorted(lab.items())), "total", sum(lab.values()))
    print("negatives:", sum(negk.values()), dict(sorted(negk.items())))


if __name__ == "__main__":
    main()
