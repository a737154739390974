"""Tokenizer rules for news text: quote marks, elisions, abbreviations.

spaCy's Dutch defaults already split most quote marks; these rules make the behaviour
explicit and table-driven: every quote mark of ``quote_marks.tsv`` is a prefix and a
suffix (so ``"via``, ``kanalen".``, ``'Hoop`` and ``gaat'`` all give a quote token),
while the elisions and abbreviations of the tables stay whole.  The rules are stored in
the tokenizer, so they travel with a serialized model.
"""
# Real annotations, not postponed ones: spaCy 3.7 reads registered functions' signatures.

import re

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex, compile_suffix_regex, registry

from .tables import read_rows, read_words

APOSTROPHES = ("'", "’")
SAVED_TOKENIZER = {"@tokenizers": "wiezeiwat.SavedTokenizer.v1"}


@registry.tokenizers("wiezeiwat.SavedTokenizer.v1")
def create_saved_tokenizer():
    """A tokenizer that starts without special cases, for pipelines loaded from disk.

    spaCy's own factory first adds the language's 4,670 Dutch exceptions, then loading a
    saved pipeline replaces them with the saved set (the same ones plus ours): adding them
    twice was over half the load time.  Everything else comes from disk as well.
    """
    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab, rules={})

    return make


def quote_marks(lang: str) -> dict[str, str]:
    """mark -> role (open, close, both)."""
    return {row[0]: row[1] for row in read_rows(lang, "quote_marks.tsv")}


def variants(word: str) -> set[str]:
    """The forms a table entry takes in running text: capitalised, curly apostrophe."""
    forms = {word, word[:1].upper() + word[1:]}
    if word.startswith(APOSTROPHES) and len(word) > 1:
        forms.add(word[0] + word[1].upper() + word[2:])  # 'S Avonds is rare but 'T occurs
    return forms | {f.replace("'", "’") for f in forms}


def special_cases(lang: str) -> dict[str, list[dict]]:
    words = read_words(lang, "tokenizer_elisions.txt") + read_words(lang, "tokenizer_abbreviations.txt")
    return {form: [{ORTH: form}] for word in words for form in variants(word)}


def customize_tokenizer(nlp: Language, lang: str = "nl") -> Language:
    """Add the quote, elision and abbreviation rules of `lang` to `nlp.tokenizer`."""
    tokenizer = nlp.tokenizer
    marks = sorted(quote_marks(lang), key=len, reverse=True)  # ,, before ,
    escaped = [re.escape(m) for m in marks]
    prefixes = list(nlp.Defaults.prefixes or [])
    suffixes = list(nlp.Defaults.suffixes or [])
    tokenizer.prefix_search = compile_prefix_regex(escaped + prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(escaped + suffixes).search
    for form, tokens in special_cases(lang).items():
        tokenizer.add_special_case(form, tokens)
    drop = words_with_stop(lang, tokenizer.rules)
    if drop:
        tokenizer.rules = {form: tokens for form, tokens in tokenizer.rules.items() if form not in drop}
    return nlp


def words_with_stop(lang: str, rules: dict) -> set[str]:
    """Exceptions that are a word and a sentence-final stop, not an abbreviation: the listed
    words in every capitalisation, and acronyms in capitals (`VS.`), which Dutch writes without
    stops; never one of our own abbreviations as listed (`jan.` stays, `Jan.` goes)."""
    ours = set(read_words(lang, "tokenizer_elisions.txt") + read_words(lang, "tokenizer_abbreviations.txt"))
    listed = {v for w in read_words(lang, "tokenizer_words.txt") for v in (w, w.capitalize(), w.upper())}
    acronym = re.compile(r"^[A-ZÀ-Þ]{2,}\.$")
    return {form for form in rules if form not in ours and (form[:-1] in listed and form.endswith(".")
                                                            or acronym.match(form))}
