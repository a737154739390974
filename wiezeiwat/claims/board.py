"""Claims and the stances others take toward them.

A claim is a statement a source asserts (an assert quote).  A stance is another
source confirming, denying, hedging, refusing or neither confirming nor denying it:
"Het Kremlin heeft het verhaal van Woodward ontkend" (deny, the claim named by its
source), "wilde Trump dat niet bevestigen" (refuse, the claim just before),
"… het gesprek te 'bevestigen noch ontkennen'" (neither).  Only claims that draw a
stance are listed; every quote is in ``quotes`` already.
"""
from __future__ import annotations

from typing import Optional

from ..records import Article, Claim, Quote, Stance

STANCES = ("confirm", "deny", "neither", "hedge", "refuse")
LOOKBACK_CHARS = 1500  # an anaphoric "dat" / "het verhaal" points at a claim this close


def _statement(q: Quote) -> bool:
    return q.stance == "assert" and q.speaker is not None


def _target(quotes: list[Quote], pos: int, speaker: Optional[str], named: Optional[str]) -> Optional[int]:
    """The claim a stance at `pos` answers: one named by its source, else the latest by someone else."""
    before = [(i, q) for i, q in enumerate(quotes) if q.end <= pos and _statement(q)]
    if named:
        hits = [i for i, q in before if q.speaker and q.speaker.split()[-1].lower() == named.lower()]
        if hits:
            return hits[-1]
    others = [i for i, q in before if q.speaker != speaker and pos - q.end < LOOKBACK_CHARS]
    return others[-1] if others else None


def _named_source(article: Article, span) -> Optional[str]:
    """`het verhaal van Woodward`: the surname of a speaker named in the object."""
    if not span:
        return None
    text = article.text[span[0]:span[1]]
    for q in article.quotes:
        if q.speaker and q.speaker.split()[-1] in text.split():
            return q.speaker.split()[-1]
    return None


def _timex_in(article: Article, start: int, end: int) -> Optional[str]:
    for t in article.timexes:
        if start <= t.start < end and t.type == "DATE" and t.value and not t.value.endswith("_REF"):
            return t.value
    return None


def _stance_events(article: Article, frames, sentences):
    """(position, by, stance, cue, quote index, object span, when, medium) for every stance."""
    for i, q in enumerate(article.quotes):
        if q.stance in STANCES and q.speaker:
            yield q.start, q.speaker, q.stance, (q.cue.text if q.cue else q.text[:80]), i, None, \
                (q.when.value if q.when and q.when.source == "timex" else None), \
                (q.addressee_or_medium.text if q.addressee_or_medium else None)
    quoted = {id(getattr(q, "_frame", None)) for q in article.quotes}
    for f in frames:
        if id(f) in quoted or f.stance not in STANCES or not f.speaker_name:
            continue
        sent = sentences[f.sentence]
        medium = article.text[f.medium[0]:f.medium[1]] if f.medium else None
        yield f.cue_span[0], f.speaker_name, f.stance, f.cue_text, None, f.object_span, \
            _timex_in(article, sent.start, sent.end), medium


def find_claims(article: Article, frames=(), sentences=()) -> list[Claim]:
    claims: dict[int, Claim] = {}
    for pos, by, stance, cue, qi, obj, when, medium in sorted(_stance_events(article, frames, sentences), key=lambda e: e[0]):
        target = _target(article.quotes, pos, by, _named_source(article, obj))
        if target is None:
            continue
        if target not in claims:
            q = article.quotes[target]
            claims[target] = Claim(id=len(claims), text=q.text, by=q.speaker, quote=target,
                                   said_when=q.when.value if q.when else article.date,
                                   medium=q.addressee_or_medium.text if q.addressee_or_medium else None)
        claims[target].stances.append(Stance(by=by, stance=stance, cue=cue, quote=qi, when=when, medium=medium))
    return sorted(claims.values(), key=lambda c: c.id)
