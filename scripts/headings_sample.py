#!/usr/bin/env python3
"""Print the headings the detector finds in a random sample of articles, for judging by eye.

    python scripts/headings_sample.py [--shared ../shared] [--n 300] [--seed 11]

Reads the unlabeled DPG-2019 articles from ../shared/data (never copied into the repo) and
leaves out every article of the gold sets, so the sample is news the rules were not written
for. One line per detection: article id, the heading, and its context.
"""
import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--n", type=int, default=300, help="articles to read")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    shared = Path(a.shared)
    src = shared / "data" / "dpg2019" / "dpgMedia2019-articles-byarticle-all.jsonl"
    if not src.exists():
        sys.exit(f"no DPG articles at {src}")
    gold_ids = set()
    for path in (shared / "eval" / "gold").glob("*.jsonl"):
        for line in filter(str.strip, path.open(encoding="utf-8")):
            gold_ids.add(str(json.loads(line).get("id", "")).removeprefix("dpg-"))
    rows = [r for r in map(json.loads, filter(str.strip, src.open(encoding="utf-8"))) if str(r["id"]) not in gold_ids]
    random.Random(a.seed).shuffle(rows)
    from wiezeiwat import nlp
    from wiezeiwat.quotes.headings import heading_spans
    found = 0
    for r in rows[:a.n]:
        text = r["text"]
        for s, e in heading_spans(nlp.load("nl")(text)):
            found += 1
            context = f"…{text[max(0, s - 50):s]}⟦{text[s:e]}⟧{text[e:e + 50]}…".replace("\n", "⏎")
            print(f"{r['id']}\t{text[s:e]}\t{context}")
    print(f"{found} headings in {min(a.n, len(rows))} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
