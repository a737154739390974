"""Records of claims across articles: the quotes of one claim and why they were linked."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .content import Content

QuoteRef = tuple  # (article id, quote index)


@dataclass
class Unit:
    """One quote of one article, as the linker sees it."""
    article: str
    quote: int
    start: int
    end: int
    text: str
    by: Optional[str]  # the speaker as the article names it
    by_key: Optional[str]  # cross-article speaker key
    stance: str  # the quote's own stance (from its cue)
    cue: Optional[str]
    date: Optional[str]  # the article date
    when: Optional[str]  # when it was said
    medium: Optional[str]
    content: Content
    order: int = 0  # position in the run (article order, then text order)
    cue_negated: bool = False  # "vond geen bewijs", "zei niet"
    kind: str = "direct"  # direct, indirect, mixed (the quote stage's kind)

    @property
    def negative(self) -> bool:
        """The polarity of what the quote says: a negation in the content or on the cue."""
        return self.content.negated != self.cue_negated

    @property
    def ref(self) -> QuoteRef:
        return (self.article, self.quote)


@dataclass
class Link:
    """Why two quotes belong to one claim."""
    a: QuoteRef
    b: QuoteRef
    why: str  # stance-cue, answer, reference, continuation, restated, overlap, about, reprint
    score: Optional[float] = None  # content overlap, 0 … 1
    detail: str = ""  # the noun, pattern or shared words behind it
    stance: Optional[str] = None  # the stance the link gives quote b, if any

    def to_dict(self) -> dict:
        return {"a": list(self.a), "b": list(self.b), "why": self.why,
                "score": None if self.score is None else round(self.score, 3),
                "detail": self.detail, "stance": self.stance}


@dataclass
class BareStance:
    """A stance with no quoted content of its own, from an article's stance board:
    "Het Kremlin heeft het verhaal ontkend", "wilde Trump dat niet bevestigen"."""
    claim: QuoteRef  # the quote that makes the claim it answers
    by: Optional[str]
    stance: str
    cue: Optional[str]
    when: Optional[str] = None
    medium: Optional[str] = None

    def to_dict(self) -> dict:
        return {"article": self.claim[0], "by": self.by, "stance": self.stance, "cue": self.cue,
                "when": self.when, "medium": self.medium}


@dataclass
class Member:
    unit: Unit
    role: str  # asserted or stance
    stance: str  # assert, confirm, deny, neither, hedge, refuse

    def to_dict(self) -> dict:
        u = self.unit
        return {"article": u.article, "quote": u.quote, "start": u.start, "end": u.end, "role": self.role,
                "stance": self.stance, "by": u.by, "by_key": u.by_key, "when": u.when or u.date,
                "text": u.text}


@dataclass
class StoryClaim:
    """A claim with all the quotes, in any article of a run, that assert it or take a stance on it."""
    id: str  # stable key: from the source and the first quote that makes the claim
    claim: str
    by: Optional[str]
    by_key: Optional[str]
    said_when: Optional[str]
    members: list[Member] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    bare: list[BareStance] = field(default_factory=list)  # stances without a quote of their own

    def to_dict(self) -> dict:
        """The scorer's SYSTEM line (`score_claims.py`), with the links that made it."""
        return {"id": self.id, "claim": self.claim, "by": self.by, "by_key": self.by_key,
                "said_when": self.said_when, "quotes": [m.to_dict() for m in self.members],
                "stances": [b.to_dict() for b in self.bare], "links": [link.to_dict() for link in self.links]}
