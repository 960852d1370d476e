#!/usr/bin/env python3
"""Train qcode's small Danish NER and write it to ``resources/models/ner-da`` (a build step, never CI).

Data: the Danish NER annotations on the UD Danish DDT in ``../shared/ner-da`` (Plank 2019, CC BY-SA
4.0; the shipped model carries that attribution in its ``meta.json``). The pipeline is
``qcode_first_name`` → ``tok2vec`` → ``ner`` on ``spacy.blank("da")``; the first component replaces
the NORM of every token that is a known Danish first name with ``<fornavn>``, so the model learns
"this is a first name" rather than a few hundred names from 1990s newswire.

Usage: ``.venv/bin/python packaging/train_ner.py [--data DIR] [--out DIR] [--epochs N] [--final]``
Without ``--final`` the model trains on the train split and reports PER/LOC/ORG F1 on dev; with
``--final`` it trains on both splits (the shipped model).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

import qcode.anonymise.detectors.model  # noqa: F401  (registers the qcode_first_name component)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "ner-da"
OUT = ROOT / "resources" / "models" / "ner-da"

CONFIG = """
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
width = 64
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [3000,1000,1500,250]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
depth = 3
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 48
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 64
upstream = "tok2vec"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${paths.train}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${paths.dev}

[paths]
train = null
dev = null

[training]
seed = 7
dropout = 0.2
patience = 1600
max_epochs = 0
max_steps = 0
eval_frequency = 200
frozen_components = []
annotating_components = ["qcode_first_name"]

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.002

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
"""


def read_conll(path: Path, nlp: spacy.Language, per_doc: int = 8) -> list[Doc]:
    """CoNLL (token TAB BIO tag) sentences as Docs of ``per_doc`` sentences each (MISC dropped)."""
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if not parts[0]:
            if sentences[-1]:
                sentences.append([])
            continue
        tag = parts[1] if len(parts) > 1 else "O"
        sentences[-1].append((parts[0], "O" if tag.endswith("MISC") else tag))
    sentences = [s for s in sentences if s]
    docs = []
    for i in range(0, len(sentences), per_doc):
        chunk = [tok for sent in sentences[i : i + per_doc] for tok in sent]
        words = [w for w, _ in chunk]
        tags = [t for _, t in chunk]
        docs.append(Doc(nlp.vocab, words=words, spaces=[True] * len(words), ents=tags))
    return docs


def spoken_variants(docs: list[Doc], nlp: spacy.Language) -> list[Doc]:
    """Copies with interview furniture: a speaker label in front ("Interviewer:", "IP:") so the model
    sees capitalised role words and labels that are *not* entities."""
    rng = random.Random(3)
    labels = ["Interviewer", "I", "IP", "Informant", "Deltager", "Altså", "Jamen", "Øh"]
    out = []
    for doc in docs:
        label = rng.choice(labels)
        words = [label, ":"] + [t.text for t in doc]
        tags = ["O", "O"] + [(f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O") for t in doc]
        out.append(Doc(nlp.vocab, words=words, spaces=[False, True] + [True] * len(doc), ents=tags))
    return out


def main(argv: list[str] | None = None) -> int:
    """Train, evaluate (or train the final model on both splits) and copy the best model to ``--out``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--final", action="store_true", help="train on train+dev (the shipped model)")
    args = ap.parse_args(argv)
    from spacy.cli.train import train

    nlp = spacy.blank("da")
    train_docs = read_conll(args.data / "da_ddt-ner-train-10k.conll", nlp)
    dev_docs = read_conll(args.data / "da_ddt-ner-dev.conll", nlp)
    if args.final:
        train_docs = train_docs + dev_docs
    train_docs = train_docs + spoken_variants(train_docs, nlp)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        DocBin(docs=train_docs).to_disk(tmpdir / "train.spacy")
        DocBin(docs=dev_docs).to_disk(tmpdir / "dev.spacy")
        # fill in spaCy's defaults for everything the short config above leaves out
        config = spacy.util.load_config_from_str(CONFIG, interpolate=False)
        filled = spacy.util.load_model_from_config(config, auto_fill=True, validate=False).config
        filled["training"].update(config["training"])
        filled["corpora"] = config["corpora"]
        filled["paths"] = {**filled.get("paths", {}), "vectors": None, "init_tok2vec": None,
                           **config["paths"]}
        filled.to_disk(tmpdir / "config.cfg")
        overrides = {"paths.train": str(tmpdir / "train.spacy"), "paths.dev": str(tmpdir / "dev.spacy"),
                     "training.max_steps": args.steps}
        train(tmpdir / "config.cfg", tmpdir / "output", overrides=overrides)
        best = tmpdir / "output" / ("model-last" if args.final else "model-best")
        meta_path = best / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta.update({
            "name": "qcode_ner_da", "version": "0.1.0", "license": "CC BY-SA 4.0",
            "author": "qcode",
            "sources": [{"name": "Danish NER on UD Danish DDT (Plank 2019)", "license": "CC BY-SA 4.0",
                         "url": "https://github.com/UniversalDependencies/UD_Danish-DDT"}],
            "description": "Small Danish NER (PER, LOC, ORG) for qcode's anonymiser; needs qcode installed.",
        })
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(best, args.out)
    scores = meta.get("performance", {})
    print(json.dumps({k: scores.get(k) for k in ("ents_f", "ents_p", "ents_r", "ents_per_type")}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
