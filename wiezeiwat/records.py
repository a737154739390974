"""Small typed records that every stage reads and writes.

All offsets are code-point offsets into the article body, end exclusive, so
``body[span.start:span.end] == span.text``.  ``to_dict`` gives the JSON shape of
the extract contract (README, "Output").
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Optional


@dataclass
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Cue(Span):
    lemma: str = ""

    def to_dict(self) -> dict:
        return {**super().to_dict(), "lemma": self.lemma}


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: Optional[str]
    mod: Optional[str] = None
    earliest: Optional[str] = None  # YYYY-MM-DD, DATE only
    latest: Optional[str] = None
    anchor: Optional[str] = None  # how the value was found: "dct", "last", "absolute"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class When:
    """When a statement was made: a timex governing the cue, else the article date."""
    value: Optional[str]
    earliest: Optional[str] = None
    latest: Optional[str] = None
    source: str = "article_date"  # or "timex"
    timex: Optional[int] = None  # index into Article.timexes

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Mention(Span):
    kind: str = "name"  # name, surname, pronoun, role, org

    def to_dict(self) -> dict:
        return {**super().to_dict(), "kind": self.kind}


@dataclass
class Entity:
    id: int
    name: str  # canonical: the fullest proper name the article gives
    type: str  # person, organisation, place, other
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    key: Optional[str] = None  # cross-article speaker key (store/aliases)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "key": self.key,
                "roles": list(self.roles), "mentions": [m.to_dict() for m in self.mentions]}


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct, indirect, mixed
    speaker: Optional[str] = None
    speaker_mention: Optional[Span] = None
    speaker_entity: Optional[int] = None
    cue: Optional[Cue] = None
    stance: str = "assert"
    addressee_or_medium: Optional[Span] = None
    negated: bool = False
    when: Optional[When] = None
    sentence: Optional[int] = None
    rule: str = ""  # which pattern found it: for error hunting

    def to_dict(self) -> dict:
        medium = self.addressee_or_medium.to_dict() if self.addressee_or_medium else None
        return {
            "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "speaker_entity": self.speaker_entity,
            "cue": self.cue.to_dict() if self.cue else None,
            "stance": self.stance,
            "addressee_or_medium": medium,
            "medium": medium,
            "negated": self.negated,
            "when": self.when.to_dict() if self.when else None,
            "rule": self.rule,
        }


@dataclass
class Stance:
    by: Optional[str]
    stance: str
    cue: Optional[str]
    quote: Optional[int]  # index into Article.quotes; None for a stance with no quoted content
    when: Optional[str] = None
    medium: Optional[str] = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Claim:
    id: int
    text: str
    by: Optional[str]
    quote: Optional[int]  # the quote that makes the claim, if any
    said_when: Optional[str] = None
    medium: Optional[str] = None
    stances: list[Stance] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "by": self.by, "quote": self.quote,
                "said_when": self.said_when, "medium": self.medium,
                "stances": [s.to_dict() for s in self.stances]}


@dataclass
class Article:
    id: str
    text: str
    date: Optional[str] = None  # YYYY, YYYY-MM or YYYY-MM-DD
    title: Optional[str] = None
    source: Optional[str] = None  # file:line it came from
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self, with_text: bool = False) -> dict:
        d = {"id": self.id, "date": self.date}
        if self.title is not None:
            d["title"] = self.title
        if with_text:
            d["text"] = self.text
        d["quotes"] = [q.to_dict() for q in self.quotes]
        d["entities"] = [e.to_dict() for e in self.entities]
        d["timexes"] = [t.to_dict() for t in self.timexes]
        d["claims"] = [c.to_dict() for c in self.claims]
        return d
