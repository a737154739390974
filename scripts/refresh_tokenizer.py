"""Apply the current tokenizer tables to a saved pipeline, without retraining.

    python scripts/refresh_tokenizer.py [MODEL_DIR]   (default: the shipped wiezeiwat/models/nl)

The tokenizer rules (quote marks, elisions, abbreviations, words that end a sentence with
a stop) live in ``wiezeiwat/lang/nl/tokenizer_*.txt`` and are saved with the pipeline by
``wiezeiwat train nl``. After a table changes, this rewrites only the saved tokenizer, so
the shipped model follows the tables; the trained weights are untouched (they were trained
on treebank tokens, not on this tokenizer).
"""
from __future__ import annotations

import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wiezeiwat.nlp import model_path  # noqa: E402
from wiezeiwat.pipeline.tokenizer import customize_tokenizer  # noqa: E402


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else model_path("nl")
    if not (path / "config.cfg").exists():
        print(f"error: no saved pipeline at {path}", file=sys.stderr)
        return 1
    nlp = spacy.load(path)
    before = len(nlp.tokenizer.rules)
    customize_tokenizer(nlp, "nl")
    nlp.tokenizer.to_disk(path / "tokenizer", exclude=["vocab"])  # as spaCy saves it: the vocab has its own folder
    print(f"{path / 'tokenizer'}: {before} -> {len(nlp.tokenizer.rules)} special cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
