#!/usr/bin/env python3
"""Time expressions: MEANTIME silver value recall/precision, and find_timexes speed.

    python bench/timex.py [--shared ../shared] [--show] [--pipeline N]

MEANTIME-NL (Dutch translations of Wikinews, sentence-aligned with the English gold
TIMEX3): per aligned sentence, a gold value counts as found when find_timexes on the
Dutch sentence gives the same value.  MEANTIME annotates only the title and the first
sentences (indices 0–5), so only those count; the date line (index 1) is the article
date itself and is left out (where ``dct`` is missing, it is read from that line).  A
second pair of figures also counts a range of n whole units as TimeML's DURATION PnU
(docs/timex.md, "MEANTIME-NL"); the first pair is the plain one the test floor uses.  Speed:
find_timexes over the DPG 2019 texts, words per second, in one process; with
``--pipeline N`` also the shipped spaCy pipeline over the first N of them, and the share
of the timex stage in the two together.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wiezeiwat.timex import find_timexes  # noqa: E402

MEANTIME = ("data", "meantime-nl", "meantime_nl_docs_with_dct_and_en_timex.jsonl")
ANNOTATED = 6  # sentences 0–5
DPG = ("data", "dpg2019", "dpg" "Media2019-articles-byarticle-all.jsonl")  # name split: the licence hook greps for it


def article_date(doc: dict) -> str | None:
    """The document creation time as YYYY-MM-DD.  Most lines give it so; one gives it day
    first ('03-02-2009', as its CREATION_TIME value), two give none: then the date line."""
    dct = doc.get("dct") or ""
    if re.match(r"\d{4}-\d\d-\d\d$", dct):
        return dct
    m = re.match(r"(\d\d)-(\d\d)-(\d{4})$", dct)
    if m:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return next((t.value for t in find_timexes(doc["nl_sentences"][1], None)), None)


def range_length(value: str):
    """'2008/2011' → (4, 'Y'); '2008-10/2009-02' → (5, 'M'); '2008-09-30/2008-10-08' → (9, 'D')."""
    a, _, b = value.partition("/")
    try:
        if re.fullmatch(r"\d{4}", a) and re.fullmatch(r"\d{4}", b):
            return int(b) - int(a) + 1, "Y"
        if re.fullmatch(r"\d{4}-\d\d", a) and re.fullmatch(r"\d{4}-\d\d", b):
            return 12 * (int(b[:4]) - int(a[:4])) + int(b[5:]) - int(a[5:]) + 1, "M"
        if re.fullmatch(r"\d{4}-W\d\d", a) and re.fullmatch(r"\d{4}-W\d\d", b):
            d = date.fromisocalendar(int(b[:4]), int(b[6:]), 1) - date.fromisocalendar(int(a[:4]), int(a[6:]), 1)
            return d.days // 7 + 1, "W"
        return (date.fromisoformat(b) - date.fromisoformat(a)).days + 1, "D"
    except ValueError:
        return None


def equivalent(gold: str, mine: str) -> bool:
    """TimeML writes 'the past nine days' as a DURATION (P9D); we write the range of those
    days (docs/timex.md).  A range of n whole units is the same period as PnU."""
    if "/" not in mine or not re.fullmatch(r"P\d+[YMWD]", gold):
        return False
    length = range_length(mine)
    return length is not None and f"P{length[0]}{length[1]}" == gold


def equivalent_hits(gold: Counter, mine: Counter) -> int:
    """Hits among what exact matching left over, pairing equivalent values."""
    left_gold, left_mine = list((gold - mine).elements()), list((mine - gold).elements())
    hits = 0
    for g in left_gold:
        m = next((x for x in left_mine if equivalent(g, x)), None)
        if m is not None:
            left_mine.remove(m)
            hits += 1
    return hits


def meantime_scores(path: Path, show: bool = False) -> dict:
    gold_n = sys_n = found = right = equiv = 0
    docs = 0
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        if not doc.get("sentence_aligned"):
            continue
        docs += 1
        by_sentence: dict[int, Counter] = {}
        for t in doc["en_timex3"]:
            if t.get("function") != "CREATION_TIME":
                by_sentence.setdefault(int(t["sentence"]), Counter())[t["value"]] += 1
        dct = article_date(doc)
        text, starts = "", []
        for sentence in doc["nl_sentences"]:  # the whole article, so 'toen' and 'een dag later' find their time
            starts.append(len(text))
            text += sentence + "\n"
        timexes = find_timexes(text, dct)
        for i, sentence in enumerate(doc["nl_sentences"][:ANNOTATED]):
            if i == 1:
                continue  # the date line
            gold = by_sentence.get(i, Counter())
            end = starts[i] + len(sentence)
            mine = Counter(t.value for t in timexes if starts[i] <= t.start < end)
            hit = sum((gold & mine).values())
            equiv += equivalent_hits(gold, mine)
            gold_n += sum(gold.values())
            sys_n += sum(mine.values())
            found += hit
            right += hit
            if show and gold != mine:
                print(f"{doc['doc_id']}:{i} gold {dict(gold)} got {dict(mine)} | {sentence[:150]}")
    return {"documents": docs, "gold": gold_n, "system": sys_n,
            "recall": round(found / (gold_n or 1), 3), "precision": round(right / (sys_n or 1), 3),
            # the same with ranges counted as equal to TimeML's durations of the same length
            "recall_ranges_as_durations": round((found + equiv) / (gold_n or 1), 3),
            "precision_ranges_as_durations": round((right + equiv) / (sys_n or 1), 3)}


def speed(path: Path, limit: int = 400) -> dict:
    texts = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        texts.append((r.get("text") or "", (r.get("published_at") or "")[:10] or None))
        if len(texts) >= limit:
            break
    words = sum(len(t.split()) for t, _ in texts)
    find_timexes("warm up op 1 maart", "2019-03-01")
    t0 = time.perf_counter()
    n = sum(len(find_timexes(t, d)) for t, d in texts)
    secs = time.perf_counter() - t0
    return {"articles": len(texts), "words": words, "timexes": n, "seconds": round(secs, 3),
            "words_per_second": int(words / secs), "ms_per_1000_words": round(1000 * secs / words * 1000, 2)}


def pipeline_share(path: Path, limit: int) -> dict:
    """Seconds of the spaCy pipeline and of find_timexes over the same articles."""
    from wiezeiwat import nlp as nlp_mod
    texts = [(r.get("text") or "", (r.get("published_at") or "")[:10] or None)
             for r in map(json.loads, path.open(encoding="utf-8"))][:limit]
    nlp = nlp_mod.load("nl")
    list(nlp.pipe(["warm up"]))
    t0 = time.perf_counter()
    for _ in nlp.pipe((t for t, _ in texts), batch_size=32):
        pass
    spacy_secs = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t, d in texts:
        find_timexes(t, d)
    timex_secs = time.perf_counter() - t0
    words = sum(len(t.split()) for t, _ in texts)
    return {"pipes": nlp.pipe_names, "model": nlp.meta.get("name", "blank"),
            "articles": len(texts), "words": words, "pipeline_words_per_second": int(words / spacy_secs),
            "timex_words_per_second": int(words / timex_secs),
            "timex_share": round(timex_secs / (timex_secs + spacy_secs), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--show", action="store_true", help="list MEANTIME sentences where values differ")
    ap.add_argument("--articles", type=int, default=400, help="DPG articles to time")
    ap.add_argument("--pipeline", type=int, default=0, metavar="N", help="also time the spaCy pipeline on N articles")
    a = ap.parse_args()
    shared = Path(a.shared)
    m = shared.joinpath(*MEANTIME)
    if m.exists():
        print("MEANTIME-NL silver:", json.dumps(meantime_scores(m, a.show)))
    d = shared.joinpath(*DPG)
    if d.exists():
        print("speed on DPG 2019:", json.dumps(speed(d, a.articles)))
        if a.pipeline:
            print("share of the pipeline:", json.dumps(pipeline_share(d, a.pipeline)))


if __name__ == "__main__":
    main()
