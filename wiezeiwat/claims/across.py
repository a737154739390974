"""Links across articles dated close together: restated claims, reprints, shared content.
Candidate pairs come from an index of content stems, so a large run is not compared pair by pair."""
from __future__ import annotations

from datetime import date as Date
from typing import Optional

from .content import overlap, shared_stems
from .records import Link, Unit
from .units import Settings, related


def _day(value: Optional[str]) -> Optional[Date]:
    if not value:
        return None
    parts = (value.split("-") + ["01", "01"])[:3]
    try:
        return Date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _close(a: Optional[str], b: Optional[str], days: int) -> bool:
    da, db = _day(a), _day(b)
    return da is None or db is None or abs((da - db).days) <= days


def _candidates(by_article: list[list[Unit]], s: Settings) -> dict:
    """Pairs of quotes from different articles close in time that share at least two content
    stems (every link needs two), found through a stem index rather than by comparing
    every pair: {(i, j): [(a, b)]} with i < j."""
    index: dict = {}
    for i, units in enumerate(by_article):
        for k, u in enumerate(units):
            for x in u.content.stems:
                index.setdefault(x, []).append((i, k))
    need = min(s.min_shared_stems, s.min_restated_stems)
    shared: dict = {}
    for posting in index.values():
        if len(posting) > s.max_posting:
            continue  # a word in most quotes of a large run links nothing on its own
        for n, x in enumerate(posting):
            for y in posting[n + 1:]:
                if x[0] != y[0]:
                    key = (x, y) if x < y else (y, x)
                    shared[key] = shared.get(key, 0) + 1
    pairs: dict = {}
    for ((i, ka), (j, kb)), n in shared.items():
        a, b = by_article[i][ka], by_article[j][kb]
        if n >= need and _close(a.date, b.date, s.window_days):
            pairs.setdefault((i, j), []).append((a, b))
    return pairs


def _verbatim(a: Unit, b: Unit, s: Settings) -> bool:
    return len(shared_stems(a.content, b.content)) >= s.min_restated_stems and overlap(a.content, b.content) >= s.verbatim


def cross_links(by_article: list[list[Unit]], s: Settings, weight=None) -> list[Link]:
    """Links between the quotes of articles dated close together.  Two articles that share
    several verbatim quotes are versions of one report: there, the same words are the
    same quote whoever the two versions name as its source."""
    out = []
    for (i, j), pairs in sorted(_candidates(by_article, s).items()):
        pairs.sort(key=lambda p: (p[0].order, p[1].order))
        same = {(a.ref, b.ref) for a, b in pairs if _verbatim(a, b, s)}
        reprint = len(same) >= s.reprint_pairs
        for a, b in pairs:
            link = related(a, b, s, weight)
            if link is None and reprint and (a.ref, b.ref) in same:
                link = Link(a.ref, b.ref, "reprint", overlap(a.content, b.content),
                            ", ".join(sorted(shared_stems(a.content, b.content))))
            if link:
                out.append(link)
    return out
