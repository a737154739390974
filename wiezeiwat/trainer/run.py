"""Train the Dutch pipeline in two stages, then assemble and score it.

Stage ``ud`` trains the tok2vec and the syntax components on UD Dutch (plus Frog's silver
tags of the CoNLL-2002 text when Frog is installed).  Stage ``nl`` freezes them and trains
the NER on CoNLL-2002, reading the shared tok2vec next to a narrow one of its own: one
full tok2vec for the whole pipeline is what makes it fast.
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
from spacy.util import get_minor_version_range

from ..errors import ModelError
from ..nlp import use_numpy_blas
from ..pipeline import customize
from ..pipeline.tokenizer import SAVED_TOKENIZER
from . import DEFAULT_STEPS, data, scores

CONFIGS = Path(__file__).parent / "configs"
SPACY_CODE = Path(__file__).parent / "spacy_code.py"  # our architectures; numpy's BLAS
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
STAGES = ("ud", "nl")


def stage_command(stage: str, corpus: Path, out: Path, max_steps: int) -> list[str]:
    """`spacy train` for one stage; the corpus folders are made by `data.convert_all`."""
    folder = corpus / f"stage_{stage}"
    extra = ["--paths.ud_model", str(out / "ud" / "model-best")] if stage == "nl" else []
    return [sys.executable, "-m", "spacy", "train", str(CONFIGS / f"{stage}.cfg"),
            "--output", str(out / stage), "--paths.train", str(folder / "train"),
            "--paths.dev", str(folder / "dev"), "--training.max_steps", str(max_steps),
            "--code", str(SPACY_CODE), *extra]


def train_stages(corpus: Path, out: Path, max_steps: dict[str, int], reuse: bool = False,
                 log=print) -> Path:
    """Run the stages one after the other, logging to out/<stage>.log; with `reuse`, a
    stage with a best checkpoint in `out` is not trained again."""
    env = {**os.environ, **ONE_THREAD}
    for stage in STAGES:
        if reuse and (out / stage / "model-best" / "config.cfg").exists():
            continue
        log(f"stage {stage}: at most {max_steps[stage]} steps, log in {out / stage}.log")
        out.mkdir(parents=True, exist_ok=True)
        with (out / f"{stage}.log").open("w") as stage_log:
            done = subprocess.run(stage_command(stage, corpus, out, max_steps[stage]),
                                  stdout=stage_log, stderr=subprocess.STDOUT, env=env)
        if done.returncode != 0:
            raise ModelError(f"training stage {stage} failed; see {out / stage}.log")
    return out / STAGES[-1] / "model-best"


def assemble(model_path: Path) -> Language:
    """The trained pipeline plus our rule components and tokenizer rules."""
    nlp = use_numpy_blas(spacy.load(model_path))
    customize(nlp, "nl")
    nlp.config["nlp"]["tokenizer"] = SAVED_TOKENIZER  # its rules are saved with it
    nlp.meta.update({"name": "wiezeiwat_nl", "version": "0.5.0", "date": date.today().isoformat(),
                     # scored and saved with this spaCy, whichever one trained the weights
                     "spacy_version": get_minor_version_range(spacy.__version__),
                     "license": "CC BY-SA 4.0 (UD); LGPL-2.1 (Alpino Treebank); NER trained on CoNLL-2002, research use",
                     "description": "Dutch pipeline trained by `wiezeiwat train nl`"})
    return nlp


def build(shared: Path, workdir: Path, output: Path, max_steps: dict[str, int] | None = None,
          reuse: bool = False, log=print) -> dict:
    """The whole recipe: convert, train, assemble, score, save to `output`."""
    start = time.time()
    corpus = workdir / "corpus"
    log(f"converting corpora from {shared} into {corpus}")
    data.convert_all(shared, corpus, log=log)
    steps = {**DEFAULT_STEPS, **(max_steps or {})}
    nlp = assemble(train_stages(corpus, workdir, steps, reuse, log))
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
