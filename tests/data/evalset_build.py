"""The builder the evaluation sets 9-12 share: marked-up sources in a set's src/ become its texts and
gold.json for /work/shared/tools/score_anon.py (each set's build.py gives its prefix, labels and title).

Markup in src/*.txt (UTF-8, LF):
    {{LABEL|surface}}              gold span, core = default for the label
    {{LABEL|surface|core}}         gold span with explicit core
    {{LABEL@kind|surface[|core]}}  gold span with explicit kind (header, title, bracket, ...)
    {{NEG:KIND|surface}}           negative (look-alike that must survive unchanged)
Directive lines at the top of a source (removed from the output):
    %layout <name>
    %encoding utf-8 | utf-8-sig | cp1252
    %newline LF | CRLF
    %person <main informant's first name>
    %header_lines <n>     first n lines of the text are a header (span kind "header")
Default kind: speaker_label (span in a "Name:" turn label), bracket (inside [..]),
header (within the header lines), else speech.

Standard library only.
"""
import glob
import json
import os
import re
import sys

MARK = re.compile(r"\{\{([A-Z_]+(?::[A-Z_]+)?)(?:@([a-z_]+))?\|([^|{}]+)(?:\|([^|{}]+))?\}\}")
WORD = re.compile(r"\w+")

# What each label means, as the gold files record it (sets 9 and 12 as they are; set 11 adds USERNAME,
# set 10 words its own for identifiers said aloud)
LABELS = {
    "PERSON": "Every mention of a real (non-public) person's name, each name part its own span (speaker labels, "
              "possessives: surface 'Mettes', core 'Mette'; nicknames; surnames alone; names in editorial brackets; "
              "initials used as names; surname particles belong to the surname span, e.g. surface 'al-Hassan' "
              "core 'Hassan'). Titles (fru, dr., pastor) are not part of the span. core = the bare name as written.",
    "AGE": "A real person's actual age (speech, headers, brackets): surface = number or number word plus a directly "
           "following 'år'/'-årig(e)'; core = the number/number word as written. Decade ages ('40'erne') core '40'.",
    "PLACE": "Named towns, cities, districts, villages, islands, foreign countries (not 'Danmark', not continents). "
             "core = the name.",
    "ORG": "Named organisations a person belongs to or uses (workplaces, shelters, schools, clubs, local "
           "institutions, hospitals, jobcentres, small firms). National agencies are not ORG. core = the name.",
    "CPR": "Danish civil registration number in any written form; core = as written.",
    "PHONE": "Telephone number of a real person or small local body; core = as written.",
    "EMAIL": "E-mail address; core = as written.",
    "ADDRESS": "Street + house number (+ floor/side): core = street name and number as written; a postcode is its "
               "own ADDRESS span with core the four digits (the town after it is a PLACE span).",
    "BIRTHDATE": "Date of birth or birth year of a real person; surface/core = the date or year as written "
                 "(without 'født'/'f.').",
}

AGE_SUFFIX = re.compile(r"(?:\s+år(?:\s+gammel)?|-årige?|-årig)$")
HEADER_PREFIX = re.compile(r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?(?:[A-ZÆØÅ][\wæøåÆØÅ.]*\s*)*\d*\s*\(?$")
LABEL_SUFFIX = re.compile(r"^[\s\wæøåÆØÅ.'\-)]*$")


def default_core(label, surface):
    if label == "AGE":
        return AGE_SUFFIX.sub("", surface)
    return surface


def parse(path, labels):
    raw = open(path, encoding="utf-8").read()
    meta = {"layout": "interview", "encoding": "utf-8", "newline": "LF", "person": "", "header_lines": "0"}
    lines = raw.split("\n")
    while lines and lines[0].startswith("%"):
        k, _, v = lines.pop(0)[1:].partition(" ")
        meta[k.strip()] = v.strip()
    body = "\n".join(lines).strip("\n") + "\n"
    nl = "\r\n" if meta["newline"] == "CRLF" else "\n"
    body = body.replace("\n", nl)
    out, spans, negs = [], [], []
    pos = 0
    last = 0
    for m in MARK.finditer(body):
        out.append(body[last:m.start()])
        pos += m.start() - last
        label, kind, surface, core = m.groups()
        start, end = pos, pos + len(surface)
        out.append(surface)
        pos = end
        last = m.end()
        if label.startswith("NEG:"):
            negs.append({"start": start, "end": end, "kind": label[4:], "surface": surface})
        else:
            if label not in labels:
                sys.exit(f"{path}: unknown label {label}")
            spans.append({"start": start, "end": end, "label": label, "surface": surface,
                          "core": core or default_core(label, surface), "kind": kind})
    out.append(body[last:])
    text = "".join(out)
    if "{{" in text or "}}" in text:
        sys.exit(f"{path}: unparsed markup near {text[text.find('{{'):text.find('{{') + 60]!r}")
    # kinds
    nhead = int(meta["header_lines"])
    head_end = 0
    for _ in range(nhead):
        head_end = text.index("\n", head_end) + 1
    for sp in spans:
        if sp["kind"]:
            continue
        ls = text.rfind("\n", 0, sp["start"]) + 1
        le = text.find("\n", sp["start"])
        line_before = text[ls:sp["start"]]
        colon = text.find(":", sp["end"], le)
        if sp["start"] < head_end:
            sp["kind"] = "header"
        elif (colon != -1 and colon - sp["end"] <= 30 and len(line_before) <= 40
              and HEADER_PREFIX.match(line_before) and LABEL_SUFFIX.match(text[sp["end"]:colon])):
            sp["kind"] = "speaker_label"
        elif line_before.count("[") > line_before.count("]") or (
                line_before.startswith("(") and line_before.count("(") > line_before.count(")")):
            sp["kind"] = "bracket"
        else:
            sp["kind"] = "speech"
    return meta, text, spans, negs


def check(fn, text, spans, negs, warn_labels):
    problems = []
    for it in spans + negs:
        assert text[it["start"]:it["end"]] == it["surface"], (fn, it)
    for sp in spans:
        assert sp["core"] in sp["surface"], (fn, sp)
    allitems = sorted(spans + negs, key=lambda x: x["start"])
    for a, b in zip(allitems, allitems[1:]):
        assert a["end"] <= b["start"], (fn, a, b)
    # a PERSON core must not survive outside the gold PERSON spans (else the strict 'anywhere' rule misfires)
    pcores = {sp["core"] for sp in spans if sp["label"] == "PERSON"}
    pspans = [(sp["start"], sp["end"]) for sp in spans if sp["label"] == "PERSON"]
    L = r"[^\W\d_]"
    for c in pcores:
        rx = re.compile(rf"(?<!{L})(?<!{L}-){re.escape(c)}s?(?!{L})")
        for m in rx.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e in pspans):
                problems.append(f"{fn}: PERSON core {c!r} also outside PERSON spans at {m.start()}: "
                                f"{text[max(0, m.start() - 30):m.end() + 30]!r}")
    # the core must be findable as its own word inside the span (as the scorer looks for it)
    for sp in spans:
        c = sp["core"]
        pre = rf"(?<!{L})(?<!{L}-)" if re.match(L, c[:1]) else (r"(?<!\d)" if c[:1].isdigit() else "")
        post = rf"s?(?!{L})" if re.match(L, c[-1:]) else (r"(?!\d)" if c[-1:].isdigit() else "")
        if not re.compile(pre + re.escape(c) + post).search(text, max(0, sp["start"] - 2), sp["end"] + 2):
            problems.append(f"{fn}: core {c!r} not detectable as a word in span {sp['surface']!r}")
    # a possessive PERSON surface must carry the bare name as core
    for sp in spans:
        if sp["label"] == "PERSON" and sp["core"].endswith("s") and sp["core"][:-1] in pcores:
            problems.append(f"{fn}: possessive {sp['surface']!r} without bare core")
    # other cores appearing un-annotated (warning only)
    for lab in warn_labels:
        cores = {sp["core"] for sp in spans if sp["label"] == lab}
        cov = [(sp["start"], sp["end"]) for sp in spans + negs]
        for c in cores:
            if lab == "AGE":
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(c)}(?!\w)", text):
                if not any(s <= m.start() and m.end() <= e for s, e in cov):
                    print(f"  warning {fn}: {lab} core {c!r} un-annotated at {m.start()}: "
                          f"{text[max(0, m.start() - 30):m.end() + 30]!r}")
    return problems


def build(here, prefix, labels, title, note,
          warn_labels=("AGE", "PLACE", "ORG", "CPR", "PHONE", "EMAIL")):
    """Write the set's texts and gold.json from here/src/PREFIX_*.txt; exit on a problem."""
    files = {}
    problems = []
    totals, neg_kinds, words = {}, {}, 0
    for src in sorted(glob.glob(os.path.join(here, "src", f"{prefix}_*.txt"))):
        fn = os.path.basename(src)
        meta, text, spans, negs = parse(src, labels)
        problems += check(fn, text, spans, negs, warn_labels)
        enc = meta["encoding"]
        with open(os.path.join(here, fn), "w", encoding=enc, newline="") as fh:
            fh.write(text)
        # verify against the file as written
        back = open(os.path.join(here, fn), encoding=enc, newline="").read()
        assert back == text, fn
        for it in spans + negs:
            assert back[it["start"]:it["end"]] == it["surface"], (fn, it)
        files[fn] = {"layout": meta["layout"], "encoding": enc, "newline": meta["newline"],
                     "person": meta["person"], "n_chars": len(text), "spans": spans, "negatives": negs}
        for sp in spans:
            totals[sp["label"]] = totals.get(sp["label"], 0) + 1
        for ng in negs:
            neg_kinds[ng["kind"]] = neg_kinds.get(ng["kind"], 0) + 1
        nw = len(WORD.findall(text))
        words += nw
        print(f"{fn}: {nw:5d} words, {len(spans):3d} spans, {len(negs):3d} negatives  "
              f"[{meta['layout']}, {enc}, {meta['newline']}]")
    gold = {
        "version": 1,
        "source": {"kind": "synthetic",
                   "title": title,
                   "generator": "build.py (marked-up sources in src/)",
                   "note": note},
        "offsets": "start/end are Python str indices (code points) into the .txt file decoded with the file's "
                   "'encoding' and WITHOUT newline translation (open(..., newline='')); text[start:end] == surface "
                   "is verified at build time.",
        "labels": labels,
        "required_labels": ["PERSON", "AGE"],
        "files": files,
    }
    with open(os.path.join(here, "gold.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("labels:", dict(sorted(totals.items())), "total", sum(totals.values()))
    print("negatives:", sum(neg_kinds.values()), dict(sorted(neg_kinds.items())))
    print("words:", words)
    if problems:
        print("\n".join(problems))
        sys.exit("PROBLEMS found")
