#!/usr/bin/env python3
"""Count attribution errors by class, for error hunting on a development set.

    python scripts/error_classes.py GOLD.jsonl SYSTEM.jsonl [--list]

A coarse, automatic reading of the scorer's misses, wrong speakers and false alarms
(GUIDELINES.md section 6), by what the gold says about each quote:
  miss-no-cue      a gold quote with a cue that no system quote overlaps
  miss-direct      a gold direct quote (marks) that no system quote overlaps
  content-scope    overlapped, but less than half covered
  speaker-name     wrong speaker where the gold mention is a name
  speaker-role     ... a description or role (`de minister`, `een woordvoerder`)
  speaker-pronoun  ... a pronoun (`hij`, `ze`, `die`)
  continuation     ... no mention at all (a quote that goes on from a source)
  false-alarm      a system quote outside every gold quote
Never run it on dev2_check: that set is for totals only.
"""
import argparse
import json
import sys
from collections import Counter
from pathlib import Path

PRONOUNS = {"hij", "zij", "ze", "hem", "haar", "die", "deze", "zijn", "wij", "we", "men"}


def load(path):
    return {str(r["id"]): r for r in map(json.loads, filter(str.strip, open(path, encoding="utf-8")))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--list", action="store_true", help="print each error with its class")
    a = ap.parse_args()
    if "check" in Path(a.gold).name:
        sys.exit("dev2_check is scored for totals only; its errors are not to be read")
    sys.path.insert(0, str(Path(a.gold).resolve().parent.parent))  # the shared scorer's own rules
    from score_quotes import overlap, same_speaker  # noqa: E402
    gold, system = load(a.gold), load(a.system)
    counts = Counter()
    for aid, g in gold.items():
        sq = system.get(aid, {}).get("quotes", [])
        for q in g["quotes"]:
            span = (q["start"], q["end"])
            hits = [(overlap(span, (s["start"], s["end"])), s) for s in sq]
            hits = [h for h in hits if h[0] > 0]
            if q.get("optional"):
                continue
            if not hits:
                cls = "miss-direct" if q.get("kind") == "direct" and not q.get("cue") else "miss-no-cue"
            elif sum(h[0] for h in hits) * 2 < span[1] - span[0]:
                cls = "content-scope"
            elif not same_speaker(q["speaker"], max(hits, key=lambda h: h[0])[1].get("speaker")):
                mention = (q.get("speaker_mention") or "").strip()
                cls = ("continuation" if not mention else "speaker-pronoun" if mention.lower() in PRONOUNS
                       else "speaker-role" if mention[:1].islower() or mention.split()[0].lower() in ("de", "het", "een")
                       else "speaker-name")
            else:
                continue
            counts[cls] += 1
            if a.list:
                print(f"{aid}\t{cls}\t{q['speaker']}\t{g.get('text', '')[q['start']:q['end']][:80]}")
        for s in sq:
            inside = sum(overlap((s["start"], s["end"]), (q["start"], q["end"])) for q in g["quotes"])
            if inside * 2 < s["end"] - s["start"]:
                counts["false-alarm"] += 1
    for cls, n in counts.most_common():
        print(f"{cls:16} {n}")
    print(f"{'total':16} {sum(counts.values())}")


if __name__ == "__main__":
    main()
