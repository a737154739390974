"""Response shapes of the JSON API; they make the OpenAPI document exact."""
from __future__ import annotations

from typing import Any, Generic, Literal, Optional, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")

Stance = Literal["assert", "confirm", "deny", "neither", "hedge", "refuse"]
StanceTaken = Literal["confirm", "deny", "neither", "hedge", "refuse"]
Kind = Literal["direct", "indirect", "mixed"]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="how many match in all")
    limit: int
    offset: int


class ArticleSummary(BaseModel):
    id: str
    date: Optional[str]
    title: Optional[str]
    n_quotes: int
    n_claims: int


class QuoteRow(BaseModel):
    id: int
    article: str
    idx: int = Field(description="the quote's index in its article")
    article_date: Optional[str]
    said_when: Optional[str] = Field(description="when said where known, else the article date")
    when_value: Optional[str]
    speaker: Optional[str]
    speaker_key: Optional[str]
    as_written: Optional[str]
    cue: Optional[str]
    stance: Optional[str]
    kind: Optional[str]
    negated: int
    medium: Optional[str]
    text: str


class SpeakerRow(BaseModel):
    key: str
    name: str
    type: Optional[str]
    quotes: int
    articles: int
    first: Optional[str]
    last: Optional[str]
    aliases: list[str] = Field(description="the spellings articles used for this speaker, most used first")


class Week(BaseModel):
    week: str = Field(description="ISO week, e.g. 2019-W12")
    start: str = Field(description="its Monday")
    stances: dict[str, int]


class Month(BaseModel):
    month: str = Field(description="e.g. 2019-03")
    start: str = Field(description="its first day")
    stances: dict[str, int]


class SpeakerTimeline(BaseModel):
    key: str
    name: str
    type: Optional[str]
    aliases: list[str]
    listed_aliases: list[str] = Field(description="forms the alias table maps to this key (folded)")
    weeks: list[Week] = Field(description="quotes dated to the day, per ISO week")
    months: list[Month] = Field(description="quotes dated at least to the month, per month")
    quotes: Page[QuoteRow]


class StanceRow(BaseModel):
    id: int
    claim: int
    article: str
    article_date: Optional[str]
    by: Optional[str]
    by_key: Optional[str]
    by_speaker: Optional[str]
    stance: Optional[str]
    cue: Optional[str]
    quote: Optional[int]
    when: Optional[str]
    said_when: Optional[str]
    medium: Optional[str]


class ClaimRow(BaseModel):
    id: int
    article: str
    article_date: Optional[str]
    article_title: Optional[str]
    idx: int
    text: str
    by: Optional[str]
    by_key: Optional[str]
    by_speaker: Optional[str]
    quote: Optional[int]
    said_when: Optional[str]
    medium: Optional[str]
    stances: list[StanceRow]


class Mention(BaseModel):
    start: int
    end: int
    text: str
    kind: Optional[str]


class EntityRow(BaseModel):
    id: int
    name: str
    type: Optional[str]
    key: Optional[str]
    roles: list[str]
    speaker_key: Optional[str]
    speaker_name: Optional[str]
    mentions: list[Mention]


class TimexRow(BaseModel):
    start: int
    end: int
    text: str
    type: Optional[str]
    value: Optional[str]
    mod: Optional[str]
    earliest: Optional[str]
    latest: Optional[str]
    anchor: Optional[str]


class ArticleQuote(BaseModel):
    start: int
    end: int
    text: str
    kind: Optional[str]
    speaker: Optional[str]
    speaker_entity: Optional[int]
    speaker_key: Optional[str]
    speaker_name: Optional[str]
    cue: Optional[str]
    cue_lemma: Optional[str]
    stance: Optional[str]
    medium: Optional[str]
    negated: int
    when_value: Optional[str]
    when_source: Optional[str]
    when_timex: Optional[int]
    rule: Optional[str]


class ArticleStance(BaseModel):
    by: Optional[str]
    stance: Optional[str]
    cue: Optional[str]
    quote: Optional[int]
    when: Optional[str]
    medium: Optional[str]


class ArticleClaim(BaseModel):
    id: int
    text: str
    by: Optional[str]
    quote: Optional[int]
    said_when: Optional[str]
    medium: Optional[str]
    stances: list[ArticleStance]


class Article(BaseModel):
    id: str
    date: Optional[str]
    title: Optional[str]
    source: Optional[str]
    text: str
    quotes: list[ArticleQuote]
    entities: list[EntityRow]
    timexes: list[TimexRow]
    claims: list[ArticleClaim]


class AnalyzeIn(BaseModel):
    text: str = Field(min_length=1, max_length=100_000, description="the article body")
    date: Optional[str] = Field(default=None, pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$",
                                description="YYYY, YYYY-MM or YYYY-MM-DD")
    title: Optional[str] = Field(default=None, max_length=1000)
    id: Optional[str] = Field(default=None, max_length=200)


class Problem(BaseModel):
    detail: Any
