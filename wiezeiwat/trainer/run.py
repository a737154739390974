"""Train the UD and NER halves of the Dutch pipeline, then assemble and score the whole.

The two halves learn from different corpora, so they are trained apart (in parallel, one
thread each) and joined afterwards: NER keeps its own tok2vec, copied into the component.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import ModelError
from ..pipeline import customize
from . import data, scores

CONFIGS = Path(__file__).parent / "configs"
PARTS = {"ud": ("ud_train", "ud_dev"), "ner": ("ner_train", "ner_dev")}
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def train_command(part: str, corpus: Path, out: Path, max_steps: int) -> list[str]:
    train, dev = PARTS[part]
    return [sys.executable, "-m", "spacy", "train", str(CONFIGS / f"{part}.cfg"),
            "--output", str(out / part), "--paths.train", str(corpus / f"{train}.spacy"),
            "--paths.dev", str(corpus / f"{dev}.spacy"), "--training.max_steps", str(max_steps)]


def train_parts(corpus: Path, out: Path, max_steps: int, reuse: bool = False) -> dict[str, Path]:
    """Run both `spacy train` jobs side by side, logging to out/<part>.log; with `reuse`,
    a part with a best checkpoint in `out` is not trained again."""
    env = {**os.environ, **ONE_THREAD}
    jobs = {}
    for part in PARTS:
        if reuse and (out / part / "model-best" / "config.cfg").exists():
            continue
        log = (out / f"{part}.log").open("w")
        jobs[part] = subprocess.Popen(train_command(part, corpus, out, max_steps),
                                      stdout=log, stderr=subprocess.STDOUT, env=env)
    for part, job in jobs.items():
        if job.wait() != 0:
            raise ModelError(f"training the {part} part failed; see {out / part}.log")
    return {part: out / part / "model-best" for part in PARTS}


def assemble(ud_path: Path, ner_path: Path) -> Language:
    """The UD pipeline plus the NER component (with its tok2vec inside), plus our rules."""
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    customize(nlp, "nl")
    nlp.meta.update({"name": "wiezeiwat_nl", "version": "0.1.0", "date": date.today().isoformat(),
                     "license": "CC BY-SA 4.0 (UD); NER trained on CoNLL-2002, research use",
                     "description": "Dutch pipeline trained by `wiezeiwat train nl`"})
    return nlp


def build(shared: Path, workdir: Path, output: Path, max_steps: int = 5000,
          reuse: bool = False, log=print) -> dict:
    """The whole recipe: convert, train, assemble, score, save to `output`."""
    start = time.time()
    corpus = workdir / "corpus"
    log(f"converting corpora from {shared} into {corpus}")
    data.convert_all(shared, corpus)
    log(f"training UD and NER parts (max {max_steps} steps each) into {workdir}")
    parts = train_parts(corpus, workdir, max_steps, reuse)
    nlp = assemble(parts["ud"], parts["ner"])
    log("scoring on the test sets")
    minutes = round((time.time() - start) / 60, 1)
    result = {"scores": scores.score_all(nlp, corpus), "train_minutes": minutes}
    nlp.meta["performance"] = result["scores"]
    save(nlp, output)
    (workdir / "scores.json").write_text(json.dumps(result, indent=2))
    log(json.dumps(result, indent=2))
    return result


def save(nlp: Language, output: Path) -> None:
    card = output / "README.md"
    kept = card.read_text(encoding="utf-8") if card.exists() else None
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    if kept:  # the model card is written by hand from the scores
        card.write_text(kept, encoding="utf-8")
