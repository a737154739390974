"""Loading the language pipeline that every stage stands on.

The Dutch pipeline is trained by the project (``wiezeiwat train nl``) and ships inside
the package under ``wiezeiwat/models/<lang>``.  Where it is missing, a blank pipeline
with a rule-based sentencizer and the same tokenizer rules is used, so the rule-based
stages still run; the
``model`` field of ``pipeline_info()`` says which one is in use.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

import spacy
from spacy.language import Language

from .errors import ModelError
from .pipeline import customize  # also registers the wiezeiwat_* component factories

MODELS_DIR = Path(__file__).parent / "models"


def model_path(lang: str = "nl") -> Path:
    override = os.environ.get(f"WIEZEIWAT_MODEL_{lang.upper()}")
    return Path(override) if override else MODELS_DIR / lang


@functools.lru_cache(maxsize=4)
def load(lang: str = "nl") -> Language:
    """The shipped pipeline for `lang`, loaded once per process, with no network."""
    path = model_path(lang)
    if (path / "config.cfg").exists():
        try:
            return spacy.load(path)
        except Exception as e:  # a broken model must not pass for a missing one
            raise ModelError(f"the {lang} pipeline at {path} does not load: {e}") from e
    if os.environ.get("WIEZEIWAT_REQUIRE_MODEL"):
        raise ModelError(f"no trained {lang} pipeline at {path}")
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return customize(nlp, lang)


def pipeline_info(lang: str = "nl") -> dict:
    nlp = load(lang)
    return {"lang": lang, "model": nlp.meta.get("name", "blank"), "version": nlp.meta.get("version"),
            "pipes": list(nlp.pipe_names), "path": str(model_path(lang))}
