"""What the linker compares: quotes as units, and the content test two quotes must pass."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..records import Article
from .content import content_of, overlap, shared_names, shared_stems
from .records import Link, Unit


@dataclass
class Settings:
    window_days: int = 21  # articles further apart are not compared
    restated: float = 0.6  # overlap at which a quote restates another
    min_restated_stems: int = 2  # "Nee" restates nothing
    related: float = 0.3  # overlap at which quotes that share names are linked
    about: float = 0.4  # overlap at which quotes naming the same two things or more are linked
    min_about_names: int = 2  # named things two quotes share before their names alone can link them
    min_shared_stems: int = 2
    verbatim: float = 0.9  # overlap of the same words: a reprint of the quote
    reprint_pairs: int = 2  # verbatim quotes two articles share before they count as versions of one report
    max_posting: int = 300  # quotes sharing a stem beyond which the stem proposes no pairs
    continuation_words: int = 6  # words between a quote and its cue-less continuation (`, tweette hij.`)
    answer_lookback: Optional[int] = None  # chars; default from the language table
    lang: str = "nl"



def units_of(article: Article, lang: str = "nl") -> list[Unit]:
    out = []
    for i, q in enumerate(article.quotes):
        keys = [e.key for e in article.entities for m in e.mentions
                if q.start <= m.start and m.end <= q.end and m.kind == "name"]
        who = article.entities[q.speaker_entity] if q.speaker_entity is not None and q.speaker_entity < len(article.entities) else None
        by_key = (who.key if who is not None and who.key else None) or (q.speaker.lower() if q.speaker else None)
        out.append(Unit(article=article.id, quote=i, start=q.start, end=q.end, text=q.text, by=q.speaker,
                        by_key=by_key, stance=q.stance, cue=q.cue.text if q.cue else None, date=article.date,
                        when=q.when.value if q.when else None,
                        medium=q.addressee_or_medium.text if q.addressee_or_medium else None,
                        content=content_of(q.text, keys, lang), cue_negated=q.negated, kind=q.kind))
    return out



def related(a: Unit, b: Unit, s: Settings, weight=None) -> Optional[Link]:
    """A content link between two quotes, or None: restated, or related by words and names."""
    score = overlap(a.content, b.content, weight)
    stems = shared_stems(a.content, b.content)
    names = shared_names(a.content, b.content)
    same_source = a.by_key is not None and a.by_key == b.by_key
    if score >= s.restated and len(stems) >= s.min_restated_stems and (same_source or names):
        return Link(a.ref, b.ref, "restated", score, ", ".join(sorted(stems)))
    said = stems - a.content.name_stems - b.content.name_stems  # what is said, not only who or where
    if score >= s.related and len(stems) >= s.min_shared_stems and said and (same_source or names):
        return Link(a.ref, b.ref, "overlap", score, ", ".join(sorted(stems)) + " | " + ", ".join(sorted(names)))
    if score >= s.about and len(stems) >= s.min_shared_stems and len(_things(names)) >= s.min_about_names:
        return Link(a.ref, b.ref, "about", score, ", ".join(sorted(stems)) + " | " + ", ".join(sorted(names)))
    return None


def _things(names: set) -> set:
    """Named things, a name counted once whether as entity key or word ("donald-trump", "trump")."""
    keys = {n for n in names if "-" in n}
    return keys | {n for n in names if not any(n in k.split("-") for k in keys)}
