"""Recall on the shared Danish corpus, scored as the customer scores it (skips without ../shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from qcode.anonymise.detect import detect

TAGS = {"PERSON": "[navn]", "AGE": "[alder]", "PLACE": "[by]", "ORG": "[organisation]"}


def _redact(text: str, use_model: bool = False) -> str:
    out, last = [], 0
    for c in detect(text, use_model=use_model):
        out += [text[last : c.start], TAGS.get(c.label, "[x]")]
        last = c.end
    return "".join(out) + text[last:]


EXTRA = Path(__file__).resolve().parents[1] / "data" / "anon_extra"
EXTRA2 = Path(__file__).resolve().parents[1] / "data" / "anon_extra2"


def _scorer(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("score_anon", shared_dir / "tools" / "score_anon.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


# The shared corpus and sets 1-2 were annotated before #13, whose list of what must stay names shop
# chains and brands; their gold still counts these as ORG. Scored by #13's convention, they are left
# out of the ORG figures of those sets (bench/README.md gives both figures).
KEPT_BY_13 = frozenset({"netto", "føtex", "bilka", "fakta", "lidl", "brugsen", "rema 1000"})


def _without_kept_chains(gold: dict) -> dict:
    for info in gold["files"].values():
        info["spans"] = [s for s in info["spans"]
                         if not (s["label"] == "ORG" and s["core"].casefold() in KEPT_BY_13)]
    return gold


def _score(scorer, corpus: Path, out: Path, use_model: bool = False) -> dict:
    gold = _without_kept_chains(json.loads((corpus / "gold.json").read_text(encoding="utf-8")))
    for name, info in gold["files"].items():
        with open(corpus / name, encoding=info["encoding"], newline="") as fh:
            text = fh.read()
        with open(out / name, "w", encoding=info["encoding"], newline="") as fh:
            fh.write(_redact(text, use_model))
    return scorer.score(gold, str(corpus), str(out))


def test_corpus_meets_the_recall_targets(shared_dir: Path, tmp_path: Path) -> None:
    res = _score(_scorer(shared_dir), shared_dir / "corpus", tmp_path)
    labels = res["labels"]
    assert labels["PERSON"]["recall_strict"] >= 0.99
    assert labels["AGE"]["recall_strict"] >= 0.95
    for lab in ("PLACE", "ORG"):
        if lab in labels:
            assert labels[lab]["recall_strict"] >= 0.9
    assert not res["names_anywhere"]
    assert sum(f["negatives_changed"] for f in res["files"].values()) <= 1
    over = res["over_redaction"]
    assert over["changed"] <= 0.01 * over["nongold_words"]


@pytest.mark.parametrize("corpus", [EXTRA, EXTRA2], ids=["anon_extra", "anon_extra2"])
def test_second_corpora_meet_the_recall_targets(shared_dir: Path, tmp_path: Path, corpus: Path) -> None:
    """The synthetic corpora in tests/data: more origins of names, places, countries, institutions and
    ages in words; their look-alikes include pets' names, foreign feasts and age differences.
    Nicknames that are ordinary words ("Bamse", "Lillemor") need the statistical model, which the
    command line uses by default."""
    res = _score(_scorer(shared_dir), corpus, tmp_path, use_model=True)
    labels = res["labels"]
    assert labels["PERSON"]["recall_strict"] >= 0.99
    assert labels["AGE"]["recall_strict"] >= 0.95
    assert labels["PLACE"]["recall_strict"] >= 0.9
    assert labels["ORG"]["recall_strict"] >= 0.9
    assert not res["names_anywhere"]
    assert res["negatives"]["changed"] <= 0.03 * res["negatives"]["total"]
    over = res["over_redaction"]
    assert over["changed"] <= 0.01 * over["nongold_words"]


# -- the evaluation sets of #13, scored exactly as a user gets them (`qcode anonymise --out`) ---------

DATA = Path(__file__).resolve().parents[1] / "data"
CONTACT = ("CPR", "PHONE", "EMAIL", "ADDRESS", "BIRTHDATE", "USERNAME")
# What sets 3 and 4 reached when #13's rules landed (see bench/README.md). A regression test: these
# figures may rise, never fall. Set 3 is speech-to-text in lower case, set 4 focus groups with
# interpreters and names of many traditions, set 6 (first score: PERSON 0.791, PLACE 0.656, ORG 0.424)
# sloppy hand typing.
FLOORS = {
    "anon_extra3": {"PERSON": 0.99, "AGE": 0.96, "PLACE": 0.96, "ORG": 0.90, "negatives": 3, "over": 0.01},
    # set 4's gold takes initials as speaker labels ("NK:") for codes; qcode replaces initials given for a
    # person (#13, 2026-12-07 evening: the issue asks a pseudonym for "initials used as labels"), and since
    # 2026-12-07 night also in its header ("SP – Sara Pind"), which its gold leaves unmarked
    # (and since 2026-12-08 the age one is still to turn, "52. 53 til sommer", which its gold keeps: the
    # lead's policy generalises dated future ages)
    "anon_extra4": {"PERSON": 0.99, "AGE": 0.99, "PLACE": 0.99, "ORG": 0.98, "negatives": 10, "over": 0.0095},
    # set 6: hand-typed transcripts with sentences and turns typed in lower case inside capitalised text
    "anon_extra6": {"PERSON": 0.99, "AGE": 0.96, "PLACE": 0.96, "ORG": 0.90, "negatives": 2, "over": 0.01},
    # set 7: exports of transcription software (WebVTT, SRT, diarised, Otter, Teams, CSV); first score
    # PERSON 0.954, ORG 0.808, PHONE 0.40, CPR 0.75, ADDRESS and BIRTHDATE 0.667 (said in words); its gold
    # keeps the interviewer's initials "KB", which qcode replaces (see set 4)
    "anon_extra7": {"PERSON": 0.99, "AGE": 0.96, "PLACE": 0.99, "ORG": 0.86, "negatives": 9, "over": 0.008,
                    "ADDRESS": 0.88},
    # set 8: field notes, chat logs, dialect, life-event tables, intake forms, initials; first score PERSON
    # 0.906, AGE 0.658, BIRTHDATE 0.571, look-alikes 44/213
    "anon_extra8": {"PERSON": 0.99, "AGE": 0.94, "PLACE": 0.96, "ORG": 0.98, "negatives": 19, "over": 0.006,
                    "ADDRESS": 0.88},
    # set 9: held out while #13's rules of 2026-12-07 (afternoon) were written, scored before (PERSON 0.968,
    # AGE 0.880, ORG 0.912, look-alikes 22/167, over-redaction 1.23 %) and after them; read from the evening
    "anon_extra9": {"PERSON": 0.99, "AGE": 0.97, "PLACE": 0.99, "ORG": 0.96, "negatives": 12, "over": 0.009},
    # set 10: spoken forms (dialect, numbers in words, spelled names); first score PERSON 0.851, AGE 0.882,
    # ADDRESS 0.765, PHONE 0.765, CPR 0.25, look-alikes 25/227, over-redaction 1.83 %
    "anon_extra10": {"PERSON": 0.99, "AGE": 0.95, "PLACE": 0.99, "ORG": 0.97, "negatives": 8, "over": 0.004,
                     "BIRTHDATE": 0.87},
    # set 11: written and digital traces (chats, e-mails, Teams logs, surveys, case files); first score
    # PERSON 0.960, AGE 0.650, ORG 0.929, USERNAME 0.286, look-alikes 31/374, over-redaction 1.77 %
    "anon_extra11": {"PERSON": 0.98, "AGE": 0.98, "PLACE": 0.97, "ORG": 0.99, "negatives": 13, "over": 0.009,
                     "BIRTHDATE": 0.83},
    # set 12: held out while the rules of 2026-12-07 (evening) were written; scored at that session's start
    # (PERSON 0.928, AGE 0.835, BIRTHDATE 0.750, look-alikes 35/245, over-redaction 1.27 %) and end
    # (PERSON 0.972, AGE 0.922, look-alikes 35/245), read from the next session on
    "anon_extra12": {"PERSON": 0.99, "AGE": 0.99, "PLACE": 0.99, "ORG": 0.98, "negatives": 26, "over": 0.008},
    # set 13: look-alikes (13 % of its spans are negatives), held out while the rules of the 2026-12-07 late
    # session were written: first score (session start) PERSON 0.980, AGE 0.835, PLACE 0.910, ORG 0.953,
    # BIRTHDATE 0.600, look-alikes 96/422, over-redaction 2.20 %; after those rules AGE 0.868, look-alikes
    # 90/422; then read. Its gold keeps bare street, square and station names, which qcode replaces as places
    # (sets 1, 2, 10 and 12 annotate them as PLACE), and dated future ages ("bliver 64 til jul")
    "anon_extra13": {"PERSON": 0.99, "AGE": 0.95, "PLACE": 0.96, "ORG": 0.99, "negatives": 82, "over": 0.018},
    # set 14: people and ages, held out through the 2026-12-07 late session: scored at its start (PERSON
    # 0.966, AGE 0.850, ORG 0.932, BIRTHDATE 0.667, look-alikes 37/317, over-redaction 1.27 %) and end (AGE
    # 0.855, ORG 0.945, look-alikes 35/317), read from the next session on. Its gold keeps dated future ages
    # ("fylder 85 til sommer") and birth years in words ("født i fyrre") as it has them
    "anon_extra14": {"PERSON": 0.99, "AGE": 0.96, "PLACE": 0.99, "ORG": 0.94, "negatives": 30, "over": 0.011,
                     "BIRTHDATE": 0.66},
    # set 15: mixed (farm, Bornholm dialect, migrant workers, shelter, AA round, children's homes, e-mails,
    # captions, medical notes, Faroese family), written as the 2026-12-07 night session's held-out set: first
    # score PERSON 0.969, AGE 0.784, BIRTHDATE 0.500, look-alikes 46/352, over-redaction 1.22 %; after set
    # 14's rules (unread) PERSON 0.979; then read. Its gold keeps dated future ages and public figures qcode
    # has no list of ("Lewandowski", "Eivør")
    "anon_extra15": {"PERSON": 0.98, "AGE": 0.94, "PLACE": 0.98, "ORG": 0.96, "negatives": 39, "over": 0.012,
                     "BIRTHDATE": 0.83},
    # set 16: ages, birth dates and people (life history, family centre, case file, pensioners, youth prison,
    # speech-to-text, code-switching, survey export, dementia, school notes, dialect, couple therapy),
    # written as a held-out set in the same session: first score AGE 0.768, BIRTHDATE 0.426, ADDRESS 0.421,
    # CPR 0.500, look-alikes 21/352; after sets 14 and 15's rules (unread) AGE 0.782; then read
    "anon_extra16": {"PERSON": 0.99, "AGE": 0.90, "PLACE": 0.99, "ORG": 0.94, "negatives": 21, "over": 0.009,
                     "BIRTHDATE": 0.76},
    # set 17: contact identifiers, places and organisations in letters, e-mails, a Facebook thread, minutes,
    # calls read aloud, a CV, a chat log, a debt session, dialect; held out in the same session: first score
    # ADDRESS 0.746, CPR 0.769, AGE 0.802, look-alikes 46/327, over-redaction 2.81 %; after sets 14-16's
    # rules (unread) AGE 0.837, CPR 0.846; then read
    "anon_extra17": {"PERSON": 0.99, "AGE": 0.95, "PLACE": 0.98, "ORG": 0.95, "negatives": 46, "over": 0.018},
    # set 18: everyday interviews, held out through the 2026-12-07 night session: scored at its start
    # (PERSON 0.975, AGE 0.889, ORG 0.924, BIRTHDATE 0.941, look-alikes 34/344, over-redaction 0.66 %) and
    # end (PERSON 0.980, AGE 0.929), read on 2026-12-08. Its gold keeps dated future ages ("fylder 21 på
    # fredag") and brands and public figures no list knows
    "anon_extra18": {"PERSON": 0.99, "AGE": 0.96, "PLACE": 0.99, "ORG": 0.93, "negatives": 26, "over": 0.006},
    # set 19: new layouts (Sønderjysk, SRT, Teams, journal, letters, Facebook group, code-switching, focus
    # group, speech-to-text call, foster care, nursing home), written on 2026-12-08: first score (session
    # start) PERSON 0.982, AGE 0.835, BIRTHDATE 0.667, EMAIL 0.900, look-alikes 29/259, over-redaction
    # 1.10 %; after set 18's rules (unread) AGE 0.847; then read
    "anon_extra19": {"PERSON": 0.99, "AGE": 0.94, "PLACE": 0.98, "ORG": 0.97, "negatives": 27,
                     "over": 0.0111},
}


@pytest.fixture(scope="module")
def scored_sets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Both sets through the batch command's own functions, with the model as the CLI uses it."""
    from qcode.anonymise.batch import anonymise_files, write_outputs

    shared = Path(__file__).resolve().parents[3] / "shared"
    if not (shared / "tools" / "score_anon.py").is_file():
        pytest.skip("../shared/tools/score_anon.py is not beside this checkout")
    scorer = _scorer(shared)
    results = {}
    for name in FLOORS:
        corpus = DATA / name
        out = tmp_path_factory.mktemp(name)
        result, files = anonymise_files(sorted(corpus.glob("*.txt")), use_model=True)
        write_outputs(result, files, out)
        gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
        results[name] = scorer.score(gold, str(corpus), str(out))
    return results


@pytest.mark.parametrize("name", list(FLOORS))
def test_new_sets_keep_their_scores(scored_sets: dict[str, dict], name: str) -> None:
    """The sets do not fall below what #13 reached; every contact identifier goes (set 7: see FLOORS)."""
    res, floor = scored_sets[name], FLOORS[name]
    labels = res["labels"]
    for label in ("PERSON", "AGE", "PLACE", "ORG"):
        assert labels[label]["recall_strict"] >= floor[label], (label, labels[label])
    for label in CONTACT:
        if label in labels:  # the kinds the set has
            assert labels[label]["recall_strict"] >= floor.get(label, 1.0), (label, labels[label])
    assert res["negatives"]["changed"] <= floor["negatives"]
    assert res["over_redaction"]["fraction"] <= floor["over"]


_NOT_YET = pytest.mark.xfail(strict=True, reason="#13's targets are not all met on this set yet: see "
                                                 "bench/README.md for what still fails")


@pytest.mark.parametrize("name", [
    "anon_extra3",
    pytest.param("anon_extra4", marks=_NOT_YET),  # look-alikes: public figures, pets, "Hus Forbi"
    pytest.param("anon_extra6", marks=_NOT_YET),  # ORG and PLACE recall in lower-case stretches
    pytest.param("anon_extra7", marks=_NOT_YET),  # names split over cues, addresses said in words
    pytest.param("anon_extra8", marks=_NOT_YET),  # look-alikes 19/213, AGE 0.949, ADDRESS 0.889
    pytest.param("anon_extra9", marks=_NOT_YET),  # look-alikes 12/167, ORG 0.965
    pytest.param("anon_extra10", marks=_NOT_YET),  # look-alikes 8/227, BIRTHDATE 0.875
    pytest.param("anon_extra11", marks=_NOT_YET),  # look-alikes 13/374 (3.5 %), PERSON 0.988
    pytest.param("anon_extra12", marks=_NOT_YET),  # look-alikes 26/245 (10.6 %), ORG 0.971
    pytest.param("anon_extra13", marks=_NOT_YET),  # look-alikes 83/422 (streets, biblical names, pets)
    pytest.param("anon_extra14", marks=_NOT_YET),  # look-alikes 30/317, BIRTHDATE 0.667
    pytest.param("anon_extra15", marks=_NOT_YET),  # AGE 0.940, look-alikes 39/352, BIRTHDATE 0.833
    pytest.param("anon_extra16", marks=_NOT_YET),  # AGE 0.904, BIRTHDATE 0.766
    pytest.param("anon_extra17", marks=_NOT_YET),  # look-alikes 46/327, over-redaction 1.68 %
    pytest.param("anon_extra18", marks=_NOT_YET),  # look-alikes 26/344 (brands, public figures, future ages)
    pytest.param("anon_extra19", marks=_NOT_YET),  # AGE 0.941, look-alikes 27/259, over-redaction 1.08 %
])
def test_new_sets_meet_the_targets_of_13(scored_sets: dict[str, dict], name: str) -> None:
    res = scored_sets[name]
    labels = res["labels"]
    assert labels["PERSON"]["recall_strict"] >= 0.99
    assert labels["AGE"]["recall_strict"] >= 0.95
    assert labels["PLACE"]["recall_strict"] >= 0.9 and labels["ORG"]["recall_strict"] >= 0.9
    assert all(labels[label]["recall_strict"] == 1.0 for label in CONTACT if label in labels)
    assert not res["names_anywhere"]
    assert res["negatives"]["changed"] <= 0.03 * res["negatives"]["total"]
    assert res["over_redaction"]["fraction"] <= 0.01
