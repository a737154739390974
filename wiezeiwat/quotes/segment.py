"""Sentences for attribution: never split inside a quote pair.

A model's sentence splitter cuts `"Ik hoop dat het snel gaat. Elke dag …"` in two;
for attribution the quoted stretch is one unit, and the sentence it sits in runs on
to the cue after it (`…", zei Trump.`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .marks import QuotePair

BOUNDARY = re.compile(r"[.!?…]+[\"'”’»]*(?=\s+(?:[\"'„“‘«(,]*[A-ZÀ-Ý0-9]|'[stn]\s))|\n+")
ABBREV_END = re.compile(r"(?:\b[A-Z]|\b(?:o\.a|dhr|mr|mw|mevr|drs|dr|ir|ing|prof|bijv|enz|ca|nr|St|jl|vs|e\.d|m\.a\.w|d\.w\.z|i\.p\.v|t\.o\.v|incl|excl|resp|evt|blz|zgn|etc))\.$")


def _inside(pos: int, pairs: list[QuotePair], starts: list[int]) -> QuotePair | None:
    k = bisect_right(starts, pos) - 1
    if k >= 0 and pairs[k].start < pos < pairs[k].end:
        return pairs[k]
    return None


def split_sentences(text: str, pairs: list[QuotePair], headings=(), keep_headings: bool = True) -> list[tuple[int, int]]:
    """(start, end) spans of sentences; whitespace trimmed; quote pairs kept whole.

    `headings` (char spans, ``headings.heading_spans``) are sentences of their own:
    `Wrevel De oppositiepartijen steunen …` is a heading and a clause. Without
    `keep_headings` they are left out, so that the sentence before a quote is never a
    heading (`… verhuisde hij van school naar school. Rusteloos "Ik woonde …"`)."""
    cuts = [0]
    starts = [p.open_start for p in pairs]
    for a, b in headings:
        if _inside(a, pairs, starts) is None and _inside(b, pairs, starts) is None:
            cuts += [a, b]
    for m in BOUNDARY.finditer(text):
        end = m.end() if m.group().strip() else m.start()
        if m.group().startswith((".",)) and ABBREV_END.search(text[max(0, m.start() - 12):m.start() + 1]):
            continue
        pair = _inside(end, pairs, starts)
        if pair is not None:
            continue
        cuts.append(end if m.group().strip() else m.end())
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    if not keep_headings:
        drop = set(headings)
        spans = [s for s in spans if s not in drop]
    return spans
