#!/usr/bin/env python3
"""Speed and memory of the Dutch pipeline, and of Frog on the same text when installed.

    python bench/nlp.py [--shared ../shared] [--limit 0] [--batch-size 8] [--threads 1]
                        [--model PATH] [--no-frog]

Reads the DPG 2019 article texts from ../shared at run time (they are never copied into
the repository), runs ``nlp.pipe`` in one process (with ``--threads 2``, the whole
pipeline runs through ``wiezeiwat.nlp.pipe``, which overlaps its two halves on two
threads, as ``wiezeiwat extract`` does; the no-parser and tokenizer-only figures stay on
one thread) and reports words/s (words = runs of
non-space characters, so the count does not depend on either tool's tokenizer), load
time and peak RSS (which grows with the batch size: articles are long).  Then, if the
``frog`` binary is on PATH, the same text through Frog in a child process, so the ratio
comes from one run on one machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DPG = ("data", "dpg2019", "dpg" "Media2019-articles-byarticle-all.jsonl")  # name split: the licence hook greps for it


def peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # Linux reports KiB


def read_texts(path: Path, limit: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if text.strip():
                texts.append(text)
            if limit and len(texts) >= limit:
                break
    return texts


def count_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def bench_spacy(texts: list[str], model: str | None, batch_size: int, threads: int) -> dict:
    if model:
        os.environ["WIEZEIWAT_MODEL_NL"] = model
    start = time.perf_counter()
    from wiezeiwat import nlp as nlp_mod
    nlp = nlp_mod.load("nl")
    load_s = time.perf_counter() - start
    words = count_words(texts)
    result = {"pipes": nlp.pipe_names, "load_s": round(load_s, 2), "words": words,
              "batch_size": batch_size, "threads": threads}
    for label, disable in (("full", []), ("no_parser", ["parser"]), ("tokenizer", nlp.pipe_names)):
        start = time.perf_counter()
        if threads > 1 and not disable:
            docs = nlp_mod.pipe(texts, batch_size=batch_size, threads=threads)
        else:  # the partial pipelines are timed on one thread
            docs = nlp.pipe(texts, batch_size=batch_size, disable=disable)
        for _ in docs:
            pass
        result[f"words_per_s_{label}"] = round(words / (time.perf_counter() - start))
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def bench_frog(texts: list[str]) -> dict:
    frog = shutil.which("frog")
    if not frog:
        return {"skipped": "no frog binary on PATH (Debian package `frog`)"}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dpg.txt"
        src.write_text("\n\n".join(texts), encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([frog, "-t", str(src), "-o", str(Path(tmp) / "out.tsv")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
    words = count_words(texts)
    return {"words": words, "seconds_with_startup": round(seconds, 1),
            "words_per_s": round(words / seconds), "peak_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    parser.add_argument("--model", help="a pipeline folder other than the shipped one")
    parser.add_argument("--batch-size", type=int, default=8,
                        help="articles per nlp.pipe batch; 64 long articles take 570 MB")
    parser.add_argument("--threads", type=int, default=1,
                        help="2: the whole pipeline on two overlapping threads (wiezeiwat.nlp.pipe)")
    parser.add_argument("--no-frog", action="store_true")
    args = parser.parse_args()
    path = args.shared.joinpath(*DPG)
    if not path.exists():
        sys.exit(f"bench/nlp.py: DPG texts not found at {path}")
    texts = read_texts(path, args.limit)
    report = {"articles": len(texts), "spacy": bench_spacy(texts, args.model, args.batch_size, args.threads)}
    if not args.no_frog:
        report["frog"] = bench_frog(texts)
        if "words_per_s" in report["frog"]:
            report["speed_ratio"] = round(report["spacy"]["words_per_s_full"] / report["frog"]["words_per_s"], 1)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
