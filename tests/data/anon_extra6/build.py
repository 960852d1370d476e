#!/usr/bin/env python3
"""Build anon_extra6 (sloppily hand-typed transcripts with lower-case stretches).

Reads the marked-up sources in src/sl_NN.txt, writes sl_NN.txt (plain text,
UTF-8, LF) and gold.json in the format read by
/work/shared/tools/score_anon.py.

Markup in src/:
  [[X|surface]]            gold span, X = P(ERSON) A(GE) L (PLACE) O(RG) T (PHONE) E(MAIL)
  [[X|surface|core]]       gold span with an explicit core (e.g. a genitive)
  [[X@k|surface]]          kind k: h = header, sl = speaker_label, b = bracket
                           (default: speech)
  [[NEG:KIND|surface]]     look-alike negative that must stay unchanged

Checks (the build aborts on failure):
  * text[start:end] == surface for every span and negative, after writing the
    file and reading it back with newline='';
  * no overlapping spans/negatives;
  * every span's core occurs as a word in its surface;
  * "perfect redaction": after replacing every span, no PERSON core (or its
    genitive, case-sensitive, as the scorer matches it) remains anywhere;
  * PLACE/ORG cores still present after a perfect redaction are listed so
    that they can be checked by hand (they must all be negatives).
Only the standard library is used.  Run: python3 build.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LETTER = r"[^\W\d_]"
LABELS = {"P": "PERSON", "A": "AGE", "L": "PLACE", "O": "ORG", "T": "PHONE", "E": "EMAIL"}
KINDS = {"h": "header", "sl": "speaker_label", "b": "bracket", None: "speech"}
MARK = re.compile(r"\[\[(?:NEG:([A-Z_]+)|([A-Z])(?:@(\w+))?)\|([^|\]]+)(?:\|([^\]]+))?\]\]")

META = {
    "sl_01.txt": ("single_interview_named_labels", "Kenneth"),
    "sl_02.txt": ("single_interview_I_named_label", "Lærke"),
    "sl_03.txt": ("single_interview_initial_labels", "Serkan"),
    "sl_04.txt": ("single_interview_named_labels", "Jonna"),
    "sl_05.txt": ("single_interview_I_named_label", "Abdi"),
    "sl_06.txt": ("single_interview_named_labels", "Tomasz"),
    "sl_07.txt": ("single_interview_I_named_label", "Ivalo"),
    "sl_08.txt": ("single_interview_named_labels", "Rania"),
}

LABEL_DOC = {
    "PERSON": "every mention of a real (non-public) person's name, however it is cased: speaker labels "
              "(also lower-case 'kenneth:'), header names, names in lower-case stretches (core = as written, "
              "e.g. 'mathias'); each part of a full name is its own span; titles (fru, overlæge) are outside "
              "the span; a name that is also a Danish word (Maj, Rose, Pil, Sol, Kaj, Bonde, Due, Hjort, Frost, "
              "Rask, Ravn, Lind) is a span only where it names the person",
    "AGE": "a real person's current age: number or number word, plus a directly following 'år' if present; "
           "core = the number or number word as written",
    "PLACE": "named towns, districts, villages, lakes, areas and foreign countries (not 'Danmark'), in any case; "
             "core = the name as written",
    "ORG": "named organisations a person belongs to or uses (shelters, municipal units, NGOs, schools, "
           "treatment centres, workplaces, clubs); one span even if it contains a place; national agencies, "
           "brands, media and shop chains are negatives; core = the name as written",
    "PHONE": "phone numbers of real persons or local institutions; core = as written",
    "EMAIL": "e-mail addresses of real persons; core = as written",
}


def core_regex(core, genitive=False):
    # same rule as score_anon.core_regex
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


def default_core(label, surface):
    if label == "AGE":
        return re.match(r"[^\s-]+", surface).group(0)
    return surface


def parse(src):
    out, spans, negs = [], [], []
    pos = 0
    last = 0
    for m in MARK.finditer(src):
        out.append(src[last:m.start()])
        pos += len(src[last:m.start()])
        neg_kind, lab, kind, surface, core = m.groups()
        start, end = pos, pos + len(surface)
        if neg_kind:
            negs.append({"start": start, "end": end, "kind": neg_kind, "surface": surface})
        else:
            label = LABELS[lab]
            spans.append({"start": start, "end": end, "label": label, "surface": surface,
                          "core": core or default_core(label, surface), "kind": KINDS[kind],
                          "case": "lower" if surface[:1].islower() else "normal"})
        out.append(surface)
        pos = end
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit("unparsed markup left: " + text[text.find("[["):text.find("[[") + 60])
    return text, spans, negs


def main():
    gold = {
        "version": 1,
        "source": {
            "kind": "synthetic",
            "title": "anon_extra6: sloppily hand-typed interview transcripts with lower-case stretches "
                     "(names, places and organisations sometimes in lower case)",
            "generator": "build.py (marked-up sources in src/)",
            "note": "Written independently of the anonymiser's code: the author did not read qcode's source, "
                    "resources or rules and did not run qcode on these texts. All people, ages, phone numbers "
                    "and e-mail addresses are invented.",
        },
        "offsets": "start/end are Python str indices (code points) into the .txt file decoded as UTF-8 and "
                   "WITHOUT newline translation (open(..., newline='')); text[start:end] == surface is "
                   "verified at build time.",
        "labels": LABEL_DOC,
        "required_labels": ["PERSON", "AGE"],
        "files": {},
    }
    problems = []
    notes = []
    for fn in sorted(META):
        src = open(os.path.join(HERE, "src", fn), encoding="utf-8", newline="").read()
        text, spans, negs = parse(src)
        path = os.path.join(HERE, fn)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        back = open(path, encoding="utf-8", newline="").read()
        assert back == text
        for e in spans + negs:
            assert back[e["start"]:e["end"]] == e["surface"], (fn, e)
        allr = sorted(spans + negs, key=lambda e: e["start"])
        for a, b in zip(allr, allr[1:]):
            if a["end"] > b["start"]:
                problems.append(f"{fn}: overlap {a['surface']!r} / {b['surface']!r}")
        for s in spans:
            if not core_regex(s["core"]).search(s["surface"]):
                problems.append(f"{fn}: core {s['core']!r} not a word in {s['surface']!r}")
        # perfect redaction
        red = back
        for s in sorted(spans, key=lambda s: -s["start"]):
            red = red[:s["start"]] + f"[{s['label']}]" + red[s["end"]:]
        for c in sorted({s["core"] for s in spans if s["label"] == "PERSON"}):
            for m in core_regex(c, genitive=True).finditer(red):
                problems.append(f"{fn}: PERSON core {c!r} survives a perfect redaction: "
                                f"...{red[max(0, m.start() - 30):m.end() + 30]!r}...")
        for c in sorted({s["core"] for s in spans if s["label"] in ("PLACE", "ORG")}):
            for m in core_regex(c).finditer(red):
                notes.append(f"{fn}: PLACE/ORG core {c!r} left after perfect redaction (must be a negative): "
                             f"...{red[max(0, m.start() - 25):m.end() + 25]!r}...")
        layout, person = META[fn]
        gold["files"][fn] = {
            "layout": layout, "encoding": "utf-8", "newline": "LF", "person": person,
            "n_chars": len(back), "n_words": len(re.findall(r"\w+", back)),
            "spans": spans, "negatives": negs,
        }
    for n in notes:
        print("NOTE", n)
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    n_sp = sum(len(f["spans"]) for f in gold["files"].values())
    n_ng = sum(len(f["negatives"]) for f in gold["files"].values())
    print(f"built {len(gold['files'])} files, {n_sp} spans, {n_ng} negatives; all offsets verified")


if __name__ == "__main__":
    main()
