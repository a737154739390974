"""Links within one article: the stance board, answers, references, shared content and
continuations of one statement."""
from __future__ import annotations

from ..records import Article
from .content import table, words
from .records import BareStance, Link, Unit
from .units import Settings, related


def board_links(article: Article) -> list[Link]:
    """The article's stance board: claims and the stance quotes that answer them."""
    out = []
    for c in article.claims:
        for s in c.stances:
            if c.quote is not None and s.quote is not None and s.quote != c.quote:
                out.append(Link((article.id, c.quote), (article.id, s.quote), "stance-cue",
                                detail=s.cue or "", stance=s.stance))
    return out


def bare_stances(article: Article) -> list[BareStance]:
    """The board's stances that have no quote of their own (a cue and an object only)."""
    return [BareStance((article.id, c.quote), s.by, s.stance, s.cue, s.when, s.medium)
            for c in article.claims if c.quote is not None for s in c.stances if s.quote is None]


def answer_links(units: list[Unit], s: Settings) -> list[Link]:
    """`"Dat is niet waar", zegt X.`: an answer to the claim just reported by someone else."""
    t = table(s.lang)
    lookback = s.answer_lookback or t["answer_lookback_chars"]
    out = []
    for k, u in enumerate(units):
        for pattern, stance in t["answers"]:
            if not pattern.search(u.text.strip()):
                continue
            before = [p for p in units[:k] if p.by_key != u.by_key and u.start - p.end <= lookback]
            if before:
                out.append(Link(before[-1].ref, u.ref, "answer", detail=pattern.pattern, stance=stance))
            break
    return out


def _reference(text: str, t: dict):
    """(noun, named source or None) when the quote names a claim: `die bewering`,
    `het verhaal van Woodward`; else None."""
    ws = words(text)
    low = [w.lower() for w in ws]
    for k in range(1, len(ws)):
        if low[k] not in t["reference_nouns"] or low[k - 1] not in t["reference_determiners"]:
            continue
        if k + 2 < len(ws) and low[k + 1] == "van" and ws[k + 2][:1].isupper():
            return low[k], ws[k + 2].lower()
        if low[k - 1] not in ("de", "het"):  # `de conclusie` alone refers to nothing before
            return low[k], None
    return None


def reference_links(units: list[Unit], s: Settings) -> list[Link]:
    """A quote that names the claim it answers (`"Die bewering is onzin"`, `"het verhaal van
    Woodward klopt niet"`) joins the latest claim of that source, else of another source."""
    t = table(s.lang)
    lookback = t["reference_lookback_chars"]
    out = []
    for k, u in enumerate(units):
        ref = _reference(u.text, t)
        if ref is None:
            continue
        noun, named = ref
        before = [p for p in units[:k] if p.by_key != u.by_key and u.start - p.end <= lookback]
        if named:
            before = [p for p in before if p.by and named in p.by.lower().split()] or before
        if before:
            out.append(Link(before[-1].ref, u.ref, "reference", detail=noun + (f" van {named}" if named else ""),
                            stance=u.stance if u.stance != "assert" else None))
    return out


def content_links(units: list[Unit], s: Settings, weight=None) -> list[Link]:
    """Quotes of one article that make, restate or answer the same claim."""
    out = []
    for i, a in enumerate(units):
        for b in units[i + 1:]:
            link = related(a, b, s, weight)
            if link:
                out.append(link)
    return out


def _reported(p: Unit, q: Unit) -> bool:
    """An indirect (or mixed) quote with a cue, then the source's own words in a direct quote."""
    return p.cue is not None and p.kind != "direct" and q.kind == "direct"


def continuation_links(text: str, units: list[Unit], live: set, s: Settings) -> list[Link]:
    """A cue-less quote right after one of the same source, with at most an attribution
    between them (`', tweette hij. '`), goes on with the same statement: it joins a claim
    the statement is already part of (`live`), or starts one when it gives the source's own
    words for what was just reported of it (`Giuliani suggereerde dat iemand de FBI zover
    kreeg … "Ik wil weten wie het deed."`); two direct quotes alone start nothing."""
    out = []
    for p, q in zip(units, units[1:]):
        if q.cue is not None or not q.by_key or q.by_key != p.by_key or not (p.ref in live or q.ref in live or _reported(p, q)):
            continue
        between = words(text[p.end:q.start])
        if len(between) <= s.continuation_words:
            out.append(Link(p.ref, q.ref, "continuation", detail=" ".join(between)))
    return out
