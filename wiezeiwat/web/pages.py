"""The HTML pages: home, articles, an article, speakers, a speaker, claims, search, analyse."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..errors import NotFoundError, StoreError
from ..store import Store
from ..store.read import STANCE_KINDS
from . import render, timeline
from .api import DATE, speaker_row, store
from .api import timeline as speaker_timeline

PER_PAGE = 50
router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
DB = Annotated[Store, Depends(store)]
PageNo = Annotated[int, Query(ge=1, le=20_000)]
Words = Annotated[str, Query(max_length=200)]


def show(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    env = request.app.state.env
    html = env.get_template(template).render(
        request=request, allow_analyze=request.app.state.allow_analyze, **context)
    return HTMLResponse(html, status_code=status)


def paging(total: int, number: int) -> dict:
    last = max(1, -(-total // PER_PAGE))
    return {"number": number, "last": last, "total": total,
            "prev": number - 1 if number > 1 else None, "next": number + 1 if number < last else None}


@router.get("/")
def home(request: Request, db: DB):
    speakers, _ = db.speakers_page(limit=12)
    articles, _ = db.articles(limit=10)
    return show(request, "home.html", counts=db.counts(), speakers=speakers, articles=articles,
                claims=db.claims(limit=5))


@router.get("/articles")
def articles(request: Request, db: DB, q: Words = "", p: PageNo = 1):
    rows, total = db.articles(text=q.strip() or None, limit=PER_PAGE, offset=(p - 1) * PER_PAGE)
    return show(request, "articles.html", rows=rows, q=q, paging=paging(total, p))


@router.get("/articles/{article_id}")
def article(request: Request, db: DB, article_id: str):
    art = db.article(article_id)
    text = db.article_text(article_id)
    colours = render.speaker_colours(art["quotes"])
    return show(request, "article.html", art=art, paragraphs=render.pieces(text, art["quotes"]),
                colours=colours, legend=render.legend(art["quotes"]))


@router.get("/speakers")
def speakers(request: Request, db: DB, q: Words = "", p: PageNo = 1):
    rows, total = db.speakers_page(text=q.strip() or None, limit=PER_PAGE,
                                   offset=(p - 1) * PER_PAGE)
    return show(request, "speakers.html", rows=[speaker_row(r) for r in rows], q=q,
                paging=paging(total, p))


@router.get("/speakers/{key}")
def speaker(request: Request, db: DB, key: str, p: PageNo = 1):
    data = speaker_timeline(db, key, PER_PAGE, (p - 1) * PER_PAGE)
    claims = db.claims(speaker=data["key"], limit=20)
    return show(request, "speaker.html", s=data, chart=timeline.bars(data["every"]),
                stances=timeline.STANCES, claims=claims, paging=paging(data["quotes"]["total"], p))


@router.get("/claims")
def claims(request: Request, db: DB, speaker: Words = "", stance: Words = "", q: Words = "",
           p: PageNo = 1):
    filters = {"speaker": speaker.strip() or None, "stance": stance if stance in STANCE_KINDS else None,
               "text": q.strip() or None}
    problem = None
    if stance and stance not in STANCE_KINDS:
        problem = f"no stance {stance!r}; choose one of {', '.join(STANCE_KINDS)}"
    try:
        rows = db.claims(**filters, limit=PER_PAGE, offset=(p - 1) * PER_PAGE)
        total = db.count_claims(**filters)
    except NotFoundError as e:
        rows, total, problem = [], 0, str(e)
    return show(request, "claims.html", rows=rows, speaker=speaker, stance=stance, q=q,
                kinds=STANCE_KINDS, problem=problem, paging=paging(total, p))


@router.get("/claims/{claim_id}")
def claim(request: Request, db: DB, claim_id: int):
    return show(request, "claim.html", c=db.claim(claim_id))


@router.get("/search")
def search(request: Request, db: DB, q: Words = "", p: PageNo = 1):
    quotes, total, speakers, problem = [], 0, [], None
    if q.strip():
        speakers, _ = db.speakers_page(text=q.strip(), limit=10)
        try:
            quotes, total = db.quotes(text=q, limit=PER_PAGE, offset=(p - 1) * PER_PAGE)
        except StoreError as e:
            problem = str(e)
    return show(request, "search.html", q=q, quotes=quotes, speakers=speakers, problem=problem,
                paging=paging(total, p))


@router.get("/analyze")
def analyze_page(request: Request):
    if not request.app.state.allow_analyze:
        raise NotFoundError("analysing a text is off; start the server with --allow-analyze")
    return show(request, "analyze.html", date_pattern=DATE.strip("^$"))


