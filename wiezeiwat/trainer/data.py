"""Shared corpora -> spaCy DocBins for training, early stopping and testing.

UD Dutch comes in two generations: the LassySmall 2017 draft train (UD 2.0, no XPOS,
``flat:name``) and today's files: the dev/test files (UD 2.13) and the whole Alpino
Treebank converted by the same alud version (``alpino-treebank/``, one file per suite).
The old file is brought to today's conventions (labels where that is mechanical, tags
learnt from today's files: see ``conventions``), and today's dev files are weighted up;
lemmas lose UD's compound underscores
(``af_lopen`` -> ``aflopen``) in training, since the speech-verb tables and the old train
file both use plain lemmas.  Test files are converted as they are, never trained on.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

from . import silver
from .conventions import Conventions, modernise

UD_OLD_TRAIN = "nl_lassysmall-train-UD2.0draft-minus-current-devtest.conllu"
UD_NEW_TRAIN = ["nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu"]
UD_TEST = ["nl_alpino-ud-test.conllu", "nl_lassysmall-ud-test.conllu"]
ALPINO_TREEBANK = "alpino-treebank"  # alpino-<suite>.conllu, dev/test sentences removed
# Times each Alpino Treebank suite is trained on.  Chosen before training, by what the text
# is (the suites' README), not tuned: `cdb`, 141k words of newspaper text, is closest to the
# news we parse and to the newspaper sections that UD_Dutch-Alpino's dev/test come from, so
# it counts twice; the other written, question and grammar-suite text once (UD_Dutch-Alpino's
# own train file has `qa`, `wpspel`, `eans` and the g/h suites too).  Left out: `ovis`
# (spoken train-timetable dialogue, mostly fragments such as "naar Groningen") and
# `leuven_yellow_pages` (directory listings): 5k words unlike any text we read.
ALPINO_SUITES = {"cdb": 2, "extra": 1, "Titaantjes": 1, "novelsample_corrected": 1,
                 "noisy": 1, "medfail": 1, "eans": 1, "qa": 1, "wpspel": 1, "qtleap1q": 1,
                 "qtleap1a": 1, "g_suite": 1, "h_suite": 1, "i_suite": 1, "j_suite": 1,
                 "m_suite": 1, "gen_g_suite": 1, "lot_test_suite1": 1, "ntv-suite": 1,
                 "LassySample250": 1, "LassySample500": 1, "paco-test": 1,
                 "paco-realtest": 1, "cgn_exs": 1}
ALPINO_LEFT_OUT = ("ovis", "leuven_yellow_pages")
NER_TRAIN, NER_DEV, NER_TEST = "ned.train", "ned.testa", "ned.testb"
UD_LABELS_2_0 = {"flat:name": "flat"}  # renamed after UD 2.0
HOLDOUT_SHARE = 0.08  # of today's UD docs, and of the NER docs, kept for early stopping
NEW_WEIGHT = 3  # today's files count thrice: they follow the test sets' conventions
SENTS_PER_DOC = 10


def read_conllu(path: Path) -> list[Doc]:
    return list(conllu_to_docs(path.read_text(encoding="utf-8"), n_sents=SENTS_PER_DOC,
                               no_print=True))


def plain_lemma(lemma: str, form: str = "") -> str:
    """UD marks compound parts in lemmas (``leven_stijl``); we train on plain forms.  In a
    hyphenated word the mark stands for the hyphen (``JGZ-verpleegkundige`` has the lemma
    ``JGZ_verpleegkundige``), which stays."""
    if len(lemma) < 2 or "_" not in lemma:
        return lemma
    joiner = "-" if form.count("-") == lemma.count("_") else ""
    return lemma.replace("_", joiner)


def harmonise(doc: Doc) -> Doc:
    """Bring one UD 2.0 or 2.13 doc to the label and lemma conventions we train on."""
    for token in doc:
        token.lemma_ = plain_lemma(token.lemma_, token.text)
        if "|" not in token.tag_ and token.tag_ in ("_", token.pos_):
            token.tag_ = ""  # no XPOS in the 2017 file: the converter copied UPOS
        token.dep_ = UD_LABELS_2_0.get(token.dep_, token.dep_)
        if token.dep_ == "det" and "Yes" in token.morph.get("Poss"):
            token.dep_ = "nmod:poss"  # UD 2.x relabelled possessives
    return doc


def write(docs: list[Doc], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return path


def read_alpino_treebank(ud_dir: Path) -> dict[str, list[Doc]]:
    """The docs of each Alpino Treebank suite we train on."""
    folder = ud_dir / ALPINO_TREEBANK
    return {suite: [harmonise(d) for d in read_conllu(folder / f"alpino-{suite}.conllu")]
            for suite in ALPINO_SUITES}


def convert_ud(ud_dir: Path, out: Path, seed: int = 0) -> list[Doc]:
    """UD training docs (the 2017 draft brought to today's conventions, today's dev files
    weighted up, the Alpino Treebank), a held-out share of today's dev docs for early
    stopping, the test files as released.  Returns today's training docs."""
    new = [harmonise(d) for name in UD_NEW_TRAIN for d in read_conllu(ud_dir / name)]
    random.Random(seed).shuffle(new)
    n_dev = int(len(new) * HOLDOUT_SHARE)
    suites = read_alpino_treebank(ud_dir)
    today = new[n_dev:] + [d for docs in suites.values() for d in docs]
    conventions = Conventions.learn(today)
    old = [modernise(harmonise(d), conventions) for d in read_conllu(ud_dir / UD_OLD_TRAIN)]
    train = old + new[n_dev:] * NEW_WEIGHT
    for suite, docs in suites.items():
        train += docs * ALPINO_SUITES[suite]
    random.Random(seed).shuffle(train)
    write(train, out / "ud_train.spacy")
    write(new[:n_dev], out / "ud_dev.spacy")
    for name in UD_TEST:  # scored as released: UD lemmas, UD labels
        write(read_conllu(ud_dir / name), out / "test" / f"{Path(name).stem}.spacy")
    return today


def conll_ner_sentences(path: Path):
    """(words, IOB tags) per sentence of a CoNLL-2002 file; article breaks are dropped."""
    words, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        cols = line.split()
        if cols and cols[0] != "-DOCSTART-":
            words.append(cols[0])
            tags.append(cols[-1])
        elif words:
            yield words, tags
            words, tags = [], []


def read_conll_ner(path: Path) -> list[Doc]:
    vocab = Vocab()
    sents = list(conll_ner_sentences(path))
    docs = []
    for i in range(0, len(sents), SENTS_PER_DOC):
        chunk = sents[i:i + SENTS_PER_DOC]
        words = [w for ws, _ in chunk for w in ws]
        starts = [j == 0 for ws, _ in chunk for j in range(len(ws))]
        tags = [t for _, ts in chunk for t in ts]
        docs.append(Doc(vocab, words=words, sent_starts=starts, ents=tags))
    return docs


def convert_ner(ner_dir: Path, out: Path, tag_map: silver.TagMap | None = None,
                seed: int = 0, log=print) -> bool:
    """NER: ned.train and ned.testa, with a held-out share for early stopping; ned.testb
    for scoring only.  With a `tag_map` (and Frog installed), ned.train also becomes silver
    data for the taggers and the lemmatizer.  Returns whether it did."""
    train = read_conll_ner(ner_dir / NER_TRAIN)
    if tag_map is not None:
        sentences = [words for words, _ in conll_ner_sentences(ner_dir / NER_TRAIN)]
        tagged = silver.run_frog(sentences, out / f"{NER_TRAIN}.frog")
        n = silver.annotate(train, tagged, tag_map)
        write(train, out / "silver_train.spacy")
        log(f"silver tags and lemmas from Frog on {n:,} words of {NER_TRAIN}")
    docs = train + read_conll_ner(ner_dir / NER_DEV)
    random.Random(seed).shuffle(docs)
    n_dev = int(len(docs) * HOLDOUT_SHARE)
    write(docs[n_dev:], out / "ner_train.spacy")
    write(docs[:n_dev], out / "ner_dev.spacy")
    write(read_conll_ner(ner_dir / NER_TEST), out / "test" / "ner.spacy")
    return tag_map is not None


def convert_all(shared: Path, out: Path, log=print) -> Path:
    """out/{ud,ner}_{train,dev}.spacy; per training stage out/stage_<name>/{train,dev}/
    (a folder is read as the union of its files); out/test/*.spacy for scoring."""
    data = Path(shared) / "data"
    today = convert_ud(data / "ud-nl", out)
    tag_map = silver.TagMap.learn(today) if silver.frog_available() else None
    if tag_map is None:
        log("no silver tags: Frog is not installed (`make frog`)")
    has_silver = convert_ner(data / "conll2002-nl", out, tag_map, log=log)
    stages = {"ud": {"train": ["ud_train"] + ["silver_train"] * has_silver, "dev": ["ud_dev"]},
              "nl": {"train": ["ner_train"], "dev": ["ner_dev"]}}
    for stage, splits in stages.items():
        for split, names in splits.items():
            folder = out / f"stage_{stage}" / split
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            for i, name in enumerate(names):
                shutil.copyfile(out / f"{name}.spacy", folder / f"{i}_{name}.spacy")
    return out
