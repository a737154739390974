"""The project's additions to a spaCy pipeline: tokenizer rules and small rule components.

Everything here reads its language knowledge from data tables in ``wiezeiwat/lang/<lang>/``;
the code holds no word lists of its own.  ``customize`` applies all of it to a pipeline,
trained or blank.
"""
from __future__ import annotations

from spacy.language import Language

from . import architectures, components  # noqa: F401  (registers architectures and factories)
from .tokenizer import customize_tokenizer

RULE_PIPES = ("wiezeiwat_quote_sents", "wiezeiwat_lemma_fixes", "wiezeiwat_ner_rules")


def customize(nlp: Language, lang: str = "nl") -> Language:
    """The tokenizer rules, and the rule components placed around the trained ones."""
    customize_tokenizer(nlp, lang)
    if "wiezeiwat_quote_sents" not in nlp.pipe_names:
        first_parse = next((n for n in ("parser", "senter", "sentencizer") if n in nlp.pipe_names), None)
        nlp.add_pipe("wiezeiwat_quote_sents", before=first_parse, config={"lang": lang})
    if "wiezeiwat_lemma_fixes" not in nlp.pipe_names and nlp.has_pipe("trainable_lemmatizer"):
        nlp.add_pipe("wiezeiwat_lemma_fixes", after="trainable_lemmatizer", config={"lang": lang})
    if "wiezeiwat_ner_rules" not in nlp.pipe_names and nlp.has_pipe("ner"):
        nlp.add_pipe("wiezeiwat_ner_rules", after="ner", config={"lang": lang})
    return nlp
