#!/usr/bin/env python3
"""Run `wiezeiwat extract` over the gold articles and score the output.

    python scripts/eval.py [--shared ../shared] [--show] [--only seed|dev|dev2_tune|dev2_check|openboek]

Writes the system output to out/eval/ and prints score_quotes.py and score_time.py
results for the founding article (seed) and the dev set, score_quotes.py for dev2_tune
and dev2_check (totals only: it estimates unseen news, its errors are never listed), then score_quotes.py for the
OpenBoek peer set (direct speech in Dutch novels, 1,192 quotes: attribution in fiction,
no time gold).
"""
import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gold_to_input(gold: Path, dest: Path) -> None:
    with gold.open(encoding="utf-8") as f, dest.open("w", encoding="utf-8") as out:
        for line in filter(str.strip, f):
            g = json.loads(line)
            out.write(json.dumps({"id": g["id"], "date": g["date"], "text": g["text"]}, ensure_ascii=False) + "\n")


def run(cmd, out_path=None) -> str:
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{res.stderr}")
    if out_path:
        Path(out_path).write_text(res.stdout, encoding="utf-8")
    return res.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--show", action="store_true", help="list misses, wrong speakers and false alarms")
    ap.add_argument("--only", choices=("seed", "dev", "dev2_tune", "dev2_check", "openboek"))
    a = ap.parse_args()
    ev = Path(a.shared) / "eval"
    if not ev.is_dir():
        sys.exit(f"no eval folder at {ev}")
    out = ROOT / "out" / "eval"
    out.mkdir(parents=True, exist_ok=True)
    cli = [sys.executable, "-m", "wiezeiwat"]
    show = ["--show"] if a.show else []
    sets = {"seed": (Path(a.shared) / "examples" / "000_e357c4b761ac78d2.txt", ev / "gold/seed.jsonl", ev / "gold/seed_time.jsonl"),
            "dev": (None, ev / "gold/dev.jsonl", ev / "gold/dev_time.jsonl"),
            "dev2_tune": (None, ev / "gold/dev2_tune.jsonl", None),
            "dev2_check": (None, ev / "gold/dev2_check.jsonl", None),
            "openboek": (None, ev / "gold/openboek.jsonl", None)}
    for name, (src, gold, gold_time) in sets.items():
        if a.only and a.only != name:
            continue
        if src is None:
            src = out / f"{name}.in.jsonl"
            gold_to_input(gold, src)
        sys_out = out / f"{name}.out.jsonl"
        run(cli + ["extract", str(src)], sys_out)
        print(f"== {name}: quotes")
        # dev2_check is the estimate of unseen news: its totals only, never its errors
        set_show = [] if name == "dev2_check" else show
        print(run([sys.executable, str(ev / "score_quotes.py"), str(gold), str(sys_out)] + set_show), end="")
        if gold_time is None:
            continue
        print(f"== {name}: time")
        print(run([sys.executable, str(ev / "score_time.py"), str(gold_time), str(sys_out)] + show), end="")


if __name__ == "__main__":
    main()
