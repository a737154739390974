"""Silver part-of-speech tags and lemmas for the CoNLL-2002 training text, from Frog.

The gold UD training data (about 110k words of UD files and 327k of the Alpino Treebank)
has little recent newspaper text; the NER training text is 200k words of newspaper Dutch
with no syntax.  Frog (Debian package
``frog``, run only here, at training time, when it is installed) tags it with CGN tags,
the tag set UD Dutch uses as XPOS, and lemmatises it.  Today's UD files tell which UPOS
and features go with a CGN tag (and with a lemma, for auxiliaries); the tagger,
morphologizer and lemmatizer then learn from that text too.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Doc

from ..errors import ModelError

FROG_SKIP = "mpnact"  # keep only the tagger and the lemmatizer; input is tokenized


def frog_available() -> bool:
    return shutil.which("frog") is not None


def cgn_to_xpos(tag: str) -> str:
    """Frog's ``N(soort,ev,basis,zijd,stan)`` -> UD's ``N|soort|ev|basis|zijd|stan``."""
    head, _, rest = tag.partition("(")
    parts = [p for p in rest.rstrip(")").split(",") if p]
    return "|".join([head, *parts])


def run_frog(sentences: list[list[str]], cache: Path) -> list[list[tuple[str, str]]]:
    """(lemma, XPOS) per token of each sentence; Frog's output is kept in `cache`."""
    if not cache.exists():
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "sentences.txt"
            src.write_text("\n".join(" ".join(s) for s in sentences) + "\n", encoding="utf-8")
            done = subprocess.run(["frog", f"--skip={FROG_SKIP}", "-n", "-t", str(src),
                                   "-o", str(cache)], capture_output=True, text=True)
        if done.returncode != 0:
            cache.unlink(missing_ok=True)
            raise ModelError(f"frog failed: {done.stderr.strip().splitlines()[-1:]}")
    tagged = read_frog(cache)
    if [len(s) for s in tagged] != [len(s) for s in sentences]:
        raise ModelError(f"frog's output in {cache} does not line up with its input")
    return tagged


def read_frog(path: Path) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 4:
            current.append((cols[2], cgn_to_xpos(cols[4])))
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


class TagMap:
    """XPOS (and lemma) -> UPOS and features, as today's UD files use them."""

    def __init__(self):
        self.by_lemma: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.by_tag: dict[str, Counter] = defaultdict(Counter)

    @classmethod
    def learn(cls, docs: list[Doc]) -> "TagMap":
        tag_map = cls()
        for doc in docs:
            for token in doc:
                if token.tag_:
                    value = (token.pos_, str(token.morph))
                    tag_map.by_lemma[token.tag_, token.lemma_.lower()][value] += 1
                    tag_map.by_tag[token.tag_][value] += 1
        return tag_map

    def lookup(self, xpos: str, lemma: str) -> tuple[str, str] | None:
        counts = self.by_lemma.get((xpos, lemma.lower())) or self.by_tag.get(xpos)
        return counts.most_common(1)[0][0] if counts else None


def annotate(docs: list[Doc], tagged: list[list[tuple[str, str]]], tag_map: TagMap) -> int:
    """Write Frog's lemmas and tags into docs whose tokens are the sentences of `tagged`,
    in order; tokens whose tag today's files never use stay unannotated.  Returns how many
    tokens got annotations."""
    flat = iter(pair for sentence in tagged for pair in sentence)
    done = 0
    for doc in docs:
        for token in doc:
            lemma, xpos = next(flat)
            mapped = tag_map.lookup(xpos, lemma)
            if mapped is None:
                continue
            token.tag_, token.pos_ = xpos, mapped[0]
            token.set_morph(mapped[1])
            token.lemma_ = token.text if mapped[0] == "PROPN" else lemma
            done += 1
    return done
