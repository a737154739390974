"""JSON endpoints under /api: articles, quotes, speakers, timelines, claims; /api/analyze
only when the server was started with --allow-analyze."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from ..errors import WiezeiwatError
from ..store import Store
from . import models as m
from .timeline import counts

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
MAX_LIMIT = 200
MAX_OFFSET = 1_000_000
NOT_FOUND = {404: {"model": m.Problem, "description": "no such record (or speaker in a filter)"}}
BAD = {400: {"model": m.Problem, "description": "a search with no words in it"}}

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Since = Annotated[Optional[str], Query(pattern=DATE, description="said on or after, YYYY[-MM[-DD]]")]
Until = Annotated[Optional[str], Query(pattern=DATE, description="said on or before, YYYY[-MM[-DD]]")]
Text = Annotated[Optional[str], Query(max_length=200)]
SpeakerFilter = Annotated[Optional[str], Query(max_length=200, description="speaker key or name")]

router = APIRouter(prefix="/api", tags=["read"])
analyze_router = APIRouter(tags=["analyze"])


def store(request: Request) -> Store:
    return request.app.state.stores.get()


DB = Annotated[Store, Depends(store)]


def page(items: list, total: int, limit: int, offset: int) -> dict:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/articles", response_model=m.Page[m.ArticleSummary])
def list_articles(db: DB, q: Text = None, since: Since = None, until: Until = None,
                  limit: Limit = 50, offset: Offset = 0):
    """Articles newest first; `q` is a part of the title or id."""
    rows, total = db.articles(text=q, since=since, until=until, limit=limit, offset=offset)
    return page(rows, total, limit, offset)


@router.get("/articles/{article_id}", response_model=m.Article, responses=NOT_FOUND)
def get_article(db: DB, article_id: str):
    """One article with its text, quotes, entities (with cross-article keys), time
    expressions and claims."""
    art = db.article(article_id)
    return {**art, "text": db.article_text(article_id)}


@router.get("/quotes", response_model=m.Page[m.QuoteRow], responses={**NOT_FOUND, **BAD})
def list_quotes(db: DB, speaker: SpeakerFilter = None, stance: Optional[m.Stance] = None,
                kind: Optional[m.Kind] = None, since: Since = None, until: Until = None,
                q: Annotated[Optional[str], Query(max_length=200, description="words the quote or speaker holds")] = None,
                limit: Limit = 50, offset: Offset = 0):
    """Quotes in time order, filtered by speaker, stance, kind, date and full text."""
    rows, total = db.quotes(speaker=speaker, stance=stance, kind=kind, since=since, until=until,
                            text=q, limit=limit, offset=offset)
    return page(rows, total, limit, offset)


def speaker_row(row: dict) -> dict:
    return {**row, "aliases": row["as_written"]}


@router.get("/speakers", response_model=m.Page[m.SpeakerRow])
def list_speakers(db: DB, q: Text = None, type: Annotated[Optional[str], Query(max_length=40)] = None,
                  limit: Limit = 50, offset: Offset = 0):
    """Speakers most quoted first, with their keys and the spellings articles used."""
    rows, total = db.speakers_page(text=q, type=type, limit=limit, offset=offset)
    return page([speaker_row(r) for r in rows], total, limit, offset)


@router.get("/speakers/{key}", response_model=m.SpeakerTimeline, responses=NOT_FOUND)
def speaker_timeline(db: DB, key: str, limit: Limit = 50, offset: Offset = 0):
    """One speaker: aliases, quotes per ISO week (those dated to the day) and per month by
    stance, and a page of quotes in time order."""
    data = timeline(db, key, limit, offset)
    del data["every"]
    return data


def timeline(db: Store, key: str, limit: int, offset: int) -> dict:
    speaker = db.speaker(key)
    rows, total = db.quotes(speaker=speaker["key"], limit=limit, offset=offset)
    every, _ = db.quotes(speaker=speaker["key"], limit=-1)
    listed = sorted(a for a, k in db.aliases.keys.items() if k == speaker["key"])
    return {**speaker, "aliases": speaker["as_written"], "listed_aliases": listed,
            "weeks": counts(every, "week"), "months": counts(every, "month"),
            "quotes": page(rows, total, limit, offset), "every": every}


@router.get("/claims", response_model=m.Page[m.ClaimRow], responses=NOT_FOUND)
def list_claims(db: DB, speaker: SpeakerFilter = None, stance: Optional[m.StanceTaken] = None,
                q: Text = None, since: Since = None, until: Until = None,
                limit: Limit = 50, offset: Offset = 0):
    """Claims newest first, each with its stances in time order; `speaker` keeps claims
    made or answered by that speaker, `stance` those that drew a stance of that kind."""
    filters = dict(speaker=speaker, stance=stance, text=q, since=since, until=until)
    rows = db.claims(**filters, limit=limit, offset=offset)
    return page(rows, db.count_claims(**filters), limit, offset)


@router.get("/claims/{claim_id}", response_model=m.ClaimRow, responses=NOT_FOUND)
def get_claim(db: DB, claim_id: Annotated[int, Path(ge=0, le=2**62)]):
    """One claim: who said it, when and where, and every stance taken on it."""
    return db.claim(claim_id)


@analyze_router.post("/api/analyze", responses={400: {"model": m.Problem}, 413: {"model": m.Problem},
                                                429: {"model": m.Problem}})
@analyze_router.post("/analyze", include_in_schema=False)  # the same, beside the page
def analyze(request: Request, article: m.AnalyzeIn) -> dict:
    """One article in, the `wiezeiwat extract` record out (nothing is stored)."""
    from .. import api as wz
    from .app import client_of
    if not request.app.state.rate.allow(client_of(request)):
        raise HTTPException(429, "too many analyses; wait a minute")
    try:
        result = wz.analyze(article.text, date=article.date, title=article.title,
                            id=article.id or "posted")
    except WiezeiwatError as e:
        raise HTTPException(400, str(e)) from None
    return result.to_dict(with_text=False)
