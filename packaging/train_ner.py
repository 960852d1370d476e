#!/usr/bin/env python3
"""Train qcode's small Danish NER and write it to ``resources/models/ner-da`` (a build step, never CI).

Data: the Danish NER annotations on the UD Danish DDT in ``../shared/ner-da`` (Plank 2019, train-10k and
dev splits, CC BY-SA 4.0; the shipped model carries that attribution in its ``meta.json``), plus
synthetic interview transcripts from :mod:`synth_interviews` (templates written for qcode, filled from
qcode's name and place lists and typed name parts of other traditions). DDT is used three times: as
written, with a speaker label in front, and as a speech-to-text copy (lower case, half of them also
without punctuation); 30 % of the synthetic transcripts are lower-cased the same way. The labels are
PER, LOC, ORG and MISC (works, products, events: qcode ignores MISC, but giving capitalised things that
are no person a class of their own makes the model call fewer of them persons). The DDT *test* split
is never read here: it is the held-out score of ``bench/bench_ddt.py``.

The pipeline is ``qcode_first_name`` → ``tok2vec`` → ``ner`` on ``spacy.blank("da")``. The first
component (``detectors.model.mark_first_names``) sets case-free name-list features: NORM ``<fornavn>``
for a known first name that is no ordinary word, and in TAG which of qcode's lists know the token
(first name, surname, town, country, organisation, word form, compound, none) and whether the text is
lower-case speech-to-text output. The tok2vec (width 64, depth 4) embeds NORM, PREFIX, SUFFIX, SHAPE
and that TAG; the model is ~3.5 MB and reads ~30,000 words/s on one core.

Usage: ``.venv/bin/python packaging/train_ner.py [--final] [--epochs N] [--synth N] [--width N] ...``
Without ``--final`` it trains on the train split (+ synthetic data), reports PER precision/recall/F1 on
dev after every epoch (entity level, name parts joined, as the bench scores) as written and lower-cased,
and writes the best epoch's model to ``--out``. With ``--final`` it trains on train + dev for
``--epochs`` epochs (8: where the dev runs peaked, give or take the noise of 156 dev entities) and
writes the last, which is the shipped model: ``packaging/train_ner.py --final`` (about 15 minutes on
two cores). The defaults are the shipped model's settings; the seed makes a run repeatable.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.batchers import minibatch_by_words
from spacy.util import compounding
from thinc.api import Adam

import qcode.anonymise.detectors.model  # noqa: F401  (registers the qcode_first_name component)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))  # the bench's metric, so training selects what the bench scores
from bench_ddt import Sentence, runs, token_flags  # noqa: E402
from bench_ddt import read_conll as read_sentences  # noqa: E402
from synth_interviews import generate, noisy_copy  # noqa: E402

DATA = ROOT.parent / "shared" / "ner-da"
OUT = ROOT / "resources" / "models" / "ner-da"
VERSION = "0.2.0"


@dataclass(frozen=True)
class Hyper:
    """The model's size: tok2vec width/depth, hash-embedding rows, the NER's hidden width."""

    width: int = 64
    depth: int = 4
    rows_norm: int = 5000
    rows_prefix: int = 1000
    rows_suffix: int = 2500
    rows_shape: int = 250
    rows_tag: int = 64
    hidden: int = 64


def config_text(h: Hyper) -> str:
    """The spaCy config of the pipeline (training settings live in :func:`train`, not here)."""
    return f"""
[nlp]
lang = "da"
pipeline = ["qcode_first_name","tok2vec","ner"]
batch_size = 256

[components]

[components.qcode_first_name]
factory = "qcode_first_name"

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {h.width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE","TAG"]
rows = [{h.rows_norm},{h.rows_prefix},{h.rows_suffix},{h.rows_shape},{h.rows_tag}]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {h.width}
depth = {h.depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {h.hidden}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {h.width}
upstream = "tok2vec"
"""


def read_conll(path: Path, nlp: Language, per_doc: int = 8, misc: bool = True) -> list[Doc]:
    """CoNLL (token TAB BIO tag) sentences as Docs of ``per_doc`` sentences each (MISC dropped unless
    ``misc``)."""
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if not parts[0]:
            if sentences[-1]:
                sentences.append([])
            continue
        tag = parts[1] if len(parts) > 1 else "O"
        sentences[-1].append((parts[0], "O" if tag.endswith("MISC") and not misc else tag))
    sentences = [s for s in sentences if s]
    docs = []
    for i in range(0, len(sentences), per_doc):
        chunk = [tok for sent in sentences[i : i + per_doc] for tok in sent]
        words = [w for w, _ in chunk]
        tags = [t for _, t in chunk]
        docs.append(Doc(nlp.vocab, words=words, spaces=[True] * len(words), ents=tags))
    return docs


def spoken_variants(docs: list[Doc], nlp: Language, seed: int = 3) -> list[Doc]:
    """Copies with interview furniture: a speaker label in front ("Interviewer:", "IP:") so the model
    sees capitalised role words and labels that are *not* entities."""
    rng = random.Random(seed)
    labels = ["Interviewer", "I", "IP", "Informant", "Deltager", "Altså", "Jamen", "Øh"]
    out = []
    for doc in docs:
        label = rng.choice(labels)
        words = [label, ":"] + [t.text for t in doc]
        tags = ["O", "O"] + [(f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O") for t in doc]
        out.append(Doc(nlp.vocab, words=words, spaces=[False, True] + [True] * len(doc), ents=tags))
    return out


def speech_to_text(docs: list[Doc], seed: int = 5) -> list[Doc]:
    """Lower-cased copies, half of them also without punctuation."""
    rng = random.Random(seed)
    return [noisy_copy(doc, lower=True, strip_punct=rng.random() < 0.5) for doc in docs]


def training_docs(nlp: Language, ddt: list[Doc], n_synth: int, seed: int, misc: bool,
                  copies: int = 1) -> list[Doc]:
    """DDT as written (``copies`` times), with speaker labels and as speech-to-text, plus ``n_synth``
    synthetic transcripts."""
    synth = list(generate(nlp, n_synth, seed=seed, misc=misc))
    return ddt * copies + spoken_variants(ddt, nlp) + speech_to_text(ddt) + synth


def examples(nlp: Language, docs: list[Doc]) -> list[Example]:
    """Training examples whose predicted side already carries the name-list features."""
    feature = nlp.get_pipe("qcode_first_name")
    return [Example(feature(nlp.make_doc(doc.text)), doc) for doc in docs]


def per_score(nlp: Language, sentences: list[Sentence]) -> tuple[float, float, float]:
    """PER precision, recall, F1 of ``nlp`` on ``sentences``, scored as ``bench/bench_ddt.py`` scores."""
    tp = fp = fn = 0
    for sent, doc in zip(sentences, nlp.pipe([s.text for s in sentences], batch_size=256), strict=True):
        spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
        gold, pred = runs(sent.gold), runs(token_flags(sent, spans))
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def train(nlp: Language, train_docs: list[Doc], dev: Path | None, epochs: int, out: Path,
          seed: int, dropout: float = 0.2) -> dict[str, float]:
    """Train for ``epochs`` epochs; with ``dev``, keep the epoch with the best PER F1 on it, else the last.

    Adam with parameter averaging (the averaged weights are the ones scored and saved), batches growing
    from 100 to 1,000 words.
    """
    rng = random.Random(seed)
    spacy.util.fix_random_seed(seed)
    train_egs = examples(nlp, train_docs)
    optimizer = Adam(learn_rate=0.002, use_averages=True, L2=1e-6, grad_clip=1.0)
    nlp.initialize(lambda: train_egs, sgd=optimizer)
    dev_sents = read_sentences(dev) if dev else []
    dev_lower = read_sentences(dev, lower=True) if dev else []
    best: dict[str, float] = {"f": -1.0}
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        rng.shuffle(train_egs)
        losses: dict[str, float] = {}
        sizes = compounding(100.0, 1000.0, 1.001)
        for batch in minibatch_by_words(train_egs, size=sizes, get_length=lambda eg: len(eg.reference)):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            line = f"epoch {epoch:2d}  loss {losses.get('ner', 0):8.1f}  {time.perf_counter() - t0:5.1f} s"
            if dev_sents:
                p, r, f = per_score(nlp, dev_sents)
                lp, lr, lf = per_score(nlp, dev_lower)
                line += f"  dev PER P {p:.3f} R {r:.3f} F1 {f:.3f}"
                line += f"  lower-cased P {lp:.3f} R {lr:.3f} F1 {lf:.3f}"
                if f > best["f"]:
                    best = {"epoch": epoch, "p": p, "r": r, "f": f,
                            "lower_p": lp, "lower_r": lr, "lower_f": lf}
                    nlp.to_disk(out)
            elif epoch == epochs:
                nlp.to_disk(out)
                best = {"epoch": epoch}
            print(line, flush=True)
    return best


def write_meta(out: Path, final: bool, n_synth: int, scores: dict[str, float]) -> None:
    """Name, version, licence and attribution (CC BY-SA 4.0 from DDT), and what it was trained on."""
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    splits = "train-10k + dev" if final else "train-10k"
    meta.update({
        "name": "qcode_ner_da", "version": VERSION, "license": "CC BY-SA 4.0", "author": "qcode",
        "sources": [
            {"name": "Danish NER on UD Danish DDT (Plank 2019)", "license": "CC BY-SA 4.0",
             "url": "https://github.com/bplank/danish_ner_transfer",
             "author": "Barbara Plank (NER layer) on the UD Danish DDT (Johannsen, Martínez Alonso, "
                       "Plank; from the Danish Dependency Treebank, Buch-Kromann et al.)"},
            {"name": "qcode synthetic interview transcripts (packaging/synth_interviews.py)",
             "license": "MIT (qcode)", "url": ""},
        ],
        "description": ("Small Danish NER (PER, LOC, ORG; MISC is learnt, qcode ignores it) for qcode's "
                        "anonymiser; needs qcode installed "
                        f"(qcode_first_name features). Trained on DDT {splits} (as written, with speaker "
                        f"labels, lower-cased) and {n_synth} synthetic interview transcripts."),
        "performance": {"dev_per": scores} if not final else {},
    })
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Train (and score on dev), or train the final model on both splits, and write it to ``--out``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--synth", type=int, default=600, help="number of synthetic transcripts")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--width", type=int, default=Hyper.width)
    ap.add_argument("--depth", type=int, default=Hyper.depth)
    ap.add_argument("--no-misc", dest="misc", action="store_false",
                    help="train without the MISC label (works, products, events become O)")
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--ddt-copies", type=int, default=1, help="how often DDT as written is repeated")
    ap.add_argument("--final", action="store_true", help="train on train+dev (the shipped model)")
    args = ap.parse_args(argv)
    hyper = Hyper(width=args.width, depth=args.depth)
    config = spacy.util.load_config_from_str(config_text(hyper))
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    ddt = read_conll(args.data / "da_ddt-ner-train-10k.conll", nlp, misc=args.misc)
    dev_path = args.data / "da_ddt-ner-dev.conll"
    if args.final:
        ddt += read_conll(dev_path, nlp, misc=args.misc)
    docs = training_docs(nlp, ddt, args.synth, args.seed, args.misc, args.ddt_copies)
    print(f"{len(docs)} training docs, {sum(len(d) for d in docs)} tokens; {hyper}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        best = Path(tmp) / "model"
        scores = train(nlp, docs, None if args.final else dev_path, args.epochs, best, args.seed,
                       args.dropout)
        write_meta(best, args.final, args.synth, scores)
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(best, args.out)
    print(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
