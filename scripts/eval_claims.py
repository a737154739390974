#!/usr/bin/env python3
"""Score `wiezeiwat claims` on the claims gold (../shared/eval/gold/claims_dev.jsonl).

    python scripts/eval_claims.py [--shared ../shared] [--gold claims_dev.jsonl] [--show] [--gold-spans]

Builds one input file with the gold stories' articles from ../shared/data/dpg2019 (read
there, written under out/eval/, never into the repository: ids `dpg-<id>`, the
publication day as date), runs `wiezeiwat claims` over all of them at once, and prints
score_claims.py's claim-link precision/recall/F1 and stance recall.  `--show` lists each
system claim with the gold claim each of its quotes stands for.

`--gold-spans` is a diagnostic of the linker alone: it adds to each article the gold quote
spans that no system quote stands for, without speaker, cue or stance (what a better quote
stage would add, minus its attribution), links in process and scores that too.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = "data/dpg2019/dpgMedia2019-articles-byarticle-all.jsonl"


def build_input(gold: Path, articles: Path, dest: Path) -> int:
    wanted = set()
    for line in filter(str.strip, gold.open(encoding="utf-8")):
        wanted |= set(json.loads(line)["articles"])
    n = 0
    with articles.open(encoding="utf-8") as f, dest.open("w", encoding="utf-8") as out:
        for line in f:
            r = json.loads(line)
            aid = f"dpg-{r['id']}"
            if aid in wanted:
                out.write(json.dumps({"id": aid, "date": r["published_at"], "title": r.get("title"),
                                      "text": r["text"]}, ensure_ascii=False) + "\n")
                n += 1
    missing = len(wanted) - n
    if missing:
        sys.exit(f"{missing} gold article(s) not found in {articles}")
    return n


def show(score_mod, gold: Path, system: Path) -> None:
    items, _ = score_mod.load_gold(str(gold))
    for line in filter(str.strip, system.open(encoding="utf-8")):
        c = json.loads(line)
        print(f"== {c['id']} {c['by']}: {c['claim'][:90]}")
        for q in c["quotes"]:
            i = score_mod.stand_for(items, q["article"], (q["start"], q["end"]))
            g = f"{items[i]['claim']}/{items[i]['stance'] or 'asserted'}" if i is not None else "-"
            print(f"   {q['article']}#{q['quote']} {q['role']}/{q['stance']} gold {g} | {q['text'][:70]}")


def with_gold_spans(gold: Path, src: Path) -> list:
    """The analysed articles plus a bare quote for every gold span no system quote covers."""
    sys.path.insert(0, str(ROOT))
    import wiezeiwat
    from wiezeiwat.io import read_path
    from wiezeiwat.records import Quote
    spans: dict = {}
    for line in filter(str.strip, gold.open(encoding="utf-8")):
        for c in json.loads(line)["claims"]:
            for q in c.get("asserted", []) + c.get("stances", []):
                spans.setdefault(q["article"], []).append((q["start"], q["end"]))
    out = []
    for art in wiezeiwat.analyze_articles(read_path(str(src))):
        for start, end in spans.get(art.id, ()):
            covered = any(min(end, q.end) - max(start, q.start) >= (end - start) / 2 for q in art.quotes)
            if not covered:
                art.quotes.append(Quote(start, end, art.text[start:end], "direct", rule="gold-span"))
        art.quotes.sort(key=lambda q: q.start)
        art.claims = []  # the board's quote indices no longer hold
        out.append(art)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--gold", default="claims_dev.jsonl", help="a file in SHARED/eval/gold")
    ap.add_argument("--show", action="store_true", help="list system claims against the gold")
    ap.add_argument("--gold-spans", action="store_true", help="also score the linker with the gold quote spans added")
    a = ap.parse_args()
    shared = Path(a.shared)
    gold = shared / "eval" / "gold" / a.gold
    if not gold.is_file() or not (shared / ARTICLES).is_file():
        sys.exit(f"no claims gold or DPG articles under {shared}")
    out = ROOT / "out" / "eval"
    out.mkdir(parents=True, exist_ok=True)
    src, system = out / "claims.in.jsonl", out / "claims.out.jsonl"
    n = build_input(gold, shared / ARTICLES, src)
    res = subprocess.run([sys.executable, "-m", "wiezeiwat", "claims", str(src)], capture_output=True, text=True)
    if res.returncode:
        sys.exit(f"wiezeiwat claims failed:\n{res.stderr}")
    system.write_text(res.stdout, encoding="utf-8")
    print(f"== claims ({a.gold}, {n} articles)")
    scorer = shared / "eval" / "score_claims.py"
    print(subprocess.run([sys.executable, str(scorer), str(gold), str(system)], capture_output=True, text=True,
                         check=True).stdout, end="")
    if a.show:
        sys.path.insert(0, str(scorer.parent))
        import score_claims
        show(score_claims, gold, system)
    if a.gold_spans:
        from wiezeiwat.claims import link_claims
        spans_out = out / "claims.gold-spans.out.jsonl"
        spans_out.write_text("".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n"
                                     for c in link_claims(with_gold_spans(gold, src))), encoding="utf-8")
        print("== claims with the gold's quote spans added (diagnostic of the linker)")
        print(subprocess.run([sys.executable, str(scorer), str(gold), str(spans_out)], capture_output=True,
                             text=True, check=True).stdout, end="")


if __name__ == "__main__":
    main()
