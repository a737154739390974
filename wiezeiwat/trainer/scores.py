"""Scores of a pipeline on the held-out test sets, with the pipeline's own tokenizer.

UD test files are scored twice: as released (UD lemmas with compound underscores, full
labels) and in the form we train for (plain lemmas; LAS on universal labels, which is
how the CoNLL 2018 shared task scored LAS).
"""
from __future__ import annotations

import time
from pathlib import Path

from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from .data import plain_lemma

UD_KEYS = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")


def read_docs(nlp: Language, path: Path) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def as_trained(gold: Doc) -> Doc:
    """A copy of a UD gold doc with plain lemmas and universal dependency labels."""
    doc = gold.copy()
    for token in doc:
        token.lemma_ = plain_lemma(token.lemma_, token.text)
        token.dep_ = token.dep_.split(":")[0]
    return doc


def universal_labels(doc: Doc) -> Doc:
    doc = doc.copy()
    for token in doc:
        token.dep_ = token.dep_.split(":")[0]
    return doc


def predict(nlp: Language, golds: list[Doc], disable=()) -> tuple[list[Doc], float]:
    start = time.perf_counter()
    docs = list(nlp.pipe((g.text for g in golds), batch_size=64, disable=list(disable)))
    return docs, time.perf_counter() - start


def score(nlp: Language, preds: list[Doc], golds: list[Doc], keys) -> dict[str, float]:
    examples = [Example(p, g) for p, g in zip(preds, golds)]
    scores = Scorer(nlp).score(examples)
    return {k: round(100 * scores[k], 2) for k in keys if scores.get(k) is not None}


def score_ud(nlp: Language, path: Path) -> dict[str, float]:
    """Scores of running text (10-sentence docs: the pipeline finds the sentences), plus
    UAS/LAS/POS with each gold sentence parsed on its own (own tokens, gold sentences)."""
    golds = read_docs(nlp, path)
    preds, seconds = predict(nlp, golds)
    released = score(nlp, preds, golds, UD_KEYS)
    ours = score(nlp, [universal_labels(p) for p in preds], [as_trained(g) for g in golds],
                 ("lemma_acc", "dep_las"))
    sentences = [s.as_doc() for g in golds for s in g.sents]
    by_sentence = score(nlp, predict(nlp, sentences)[0], sentences, ("pos_acc", "dep_uas", "dep_las"))
    words = sum(len(g) for g in golds)
    return {**released, "lemma_acc_plain": ours["lemma_acc"], "dep_las_universal": ours["dep_las"],
            **{f"{k}_gold_sents": v for k, v in by_sentence.items()},
            "words": words, "words_per_s": round(words / seconds)}


def score_ner(nlp: Language, path: Path) -> dict[str, float]:
    golds = read_docs(nlp, path)
    keys = ("ents_p", "ents_r", "ents_f")
    with_rules, _ = predict(nlp, golds)
    result = score(nlp, with_rules, golds, keys)
    if "wiezeiwat_ner_rules" in nlp.pipe_names:
        without, _ = predict(nlp, golds, disable=["wiezeiwat_ner_rules"])
        result.update({f"{k}_model_only": v for k, v in score(nlp, without, golds, keys).items()})
    per_type = Scorer(nlp).score([Example(p, g) for p, g in zip(with_rules, golds)])["ents_per_type"]
    result["per_type_f"] = {label: round(100 * s["f"], 2) for label, s in per_type.items()}
    return result


def score_all(nlp: Language, corpus: Path) -> dict[str, dict]:
    test = corpus / "test"
    return {"alpino_test": score_ud(nlp, test / "nl_alpino-ud-test.spacy"),
            "lassysmall_test": score_ud(nlp, test / "nl_lassysmall-ud-test.spacy"),
            "conll2002_testb": score_ner(nlp, test / "ner.spacy")}
