#!/usr/bin/env python3
"""Benchmark: linking claims across the DPG 2019 articles (read from ../shared at run time).

    python bench/claims.py [--shared ../shared] [--limit N] [--copies K]

Analyses N articles once, then times ``wiezeiwat.claims.link_claims`` over them, and over
K dated copies of them (every quote reprinted K times, three days apart: the worst case of
syndicated news for the reprint and restated checks).  Prints quotes, claims, links and s.
"""
import argparse
import copy
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wiezeiwat import api  # noqa: E402
from wiezeiwat.claims import link_claims  # noqa: E402
from wiezeiwat.io import read_path  # noqa: E402

ARTICLES = "data/dpg2019/dpgMedia2019-articles-byarticle-all.jsonl"


def timed(articles) -> str:
    started = time.perf_counter()
    claims = link_claims(articles)
    took = time.perf_counter() - started
    n_quotes = sum(len(a.quotes) for a in articles)
    n_links = sum(len(c.links) for c in claims)
    return (f"{len(articles)} articles, {n_quotes} quotes: {len(claims)} claims, {n_links} links "
            f"in {took:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--copies", type=int, default=5)
    a = ap.parse_args()
    path = Path(a.shared) / ARTICLES
    if not path.is_file():
        sys.exit(f"no DPG articles at {path}")
    source = []
    for art in read_path(str(path)):
        source.append(art)
        if len(source) >= a.limit:
            break
    started = time.perf_counter()
    analysed = list(api.analyze_articles(source))
    print(f"analysed {len(analysed)} articles in {time.perf_counter() - started:.1f} s")
    print("link:", timed(analysed))
    copies = []
    for k in range(a.copies):
        for art in analysed:
            c = copy.copy(art)
            c.id = f"{art.id}-{k}"
            if art.date and len(art.date) == 10:
                c.date = (date.fromisoformat(art.date) + timedelta(days=3 * k)).isoformat()
            copies.append(c)
    print(f"link, {a.copies} copies:", timed(copies))


if __name__ == "__main__":
    main()
