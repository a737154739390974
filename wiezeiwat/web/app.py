"""The ASGI application: one read-only store per worker thread, security headers, limits."""
from __future__ import annotations

import os
import threading
import time
from collections import defaultdict, deque
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import aliases
from ..errors import NotFoundError, StoreError
from ..store import Store

HERE = Path(__file__).parent
MAX_BODY = 256 * 1024          # bytes in any request body (POST /api/analyze is the only one)
ANALYZE_PER_MINUTE = 20        # per client address
# Every asset is our own: no inline script, no other origin, no framing.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class Stores:
    """One read-only Store per thread (sqlite3 connections are not shared), one alias table."""

    def __init__(self, path: str, aliases_path=None):
        self.path, self.table = str(path), aliases.load_table(aliases_path)
        self.local = threading.local()
        self.get()  # a missing or foreign file fails at start, not at the first request

    def get(self) -> Store:
        db = getattr(self.local, "db", None)
        if db is None:
            db = self.local.db = Store(self.path, aliases_path=self.table, create=False,
                                       readonly=True)
        return db


class RateLimit:
    """At most `per_minute` calls per client in any sliding minute."""

    def __init__(self, per_minute: int):
        self.per_minute, self.calls, self.lock = per_minute, defaultdict(deque), threading.Lock()

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        with self.lock:
            calls = self.calls[client]
            while calls and now - calls[0] > 60:
                calls.popleft()
            if len(calls) >= self.per_minute:
                return False
            calls.append(now)
            return True


class Guard:
    """Pure ASGI middleware: security headers on every response, request bodies capped."""

    def __init__(self, app, max_body: int = MAX_BODY):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _too_large(send, self.max_body)
        seen = 0

        async def capped_receive():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise BodyTooLarge()
            return message

        async def secured_send(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", CSP.encode()),
                            (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, capped_receive, secured_send)
        except BodyTooLarge:
            await _too_large(send, self.max_body)


class BodyTooLarge(Exception):
    pass


async def _too_large(send, limit: int) -> None:
    body = f'{{"detail": "request body over {limit} bytes"}}'.encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def templates() -> Environment:
    from urllib.parse import quote
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["seg"] = lambda s: quote(str(s), safe="")  # one URL path segment
    return env


def create_app(db_path: str | os.PathLike, allow_analyze: bool = False, aliases_path=None,
               max_body: int = MAX_BODY, analyze_per_minute: int = ANALYZE_PER_MINUTE,
               allowed_hosts: Optional[list[str]] = None) -> FastAPI:
    """The API under /api, the pages under /, assets under /static; read-only unless
    `allow_analyze` (which adds POST /api/analyze and the /analyze page).  `allowed_hosts`
    answers only requests whose Host header is one of them (a page on another site that
    points its own name at 127.0.0.1 — DNS rebinding — gets 400)."""
    from . import api, pages
    app = FastAPI(title="wiezeiwat", version=_version(),
                  description="Who said what, when, and who confirmed or denied it: "
                              "a read-only view of a wiezeiwat store.",
                  # FastAPI's Swagger and ReDoc pages load their scripts from a CDN: off
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.stores = Stores(db_path, aliases_path)
    app.state.allow_analyze = allow_analyze
    app.state.rate = RateLimit(analyze_per_minute)
    app.state.env = templates()
    app.include_router(api.router)
    if allow_analyze:
        app.include_router(api.analyze_router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(Guard, max_body=max_body)
    _errors(app)
    return app


def _errors(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError):
        return _problem(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def bad_store_request(request: Request, exc: StoreError):
        return _problem(request, 400, str(exc))


def _problem(request: Request, status: int, detail: str):
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status)
    html = request.app.state.env.get_template("error.html").render(
        status=status, detail=detail, allow_analyze=request.app.state.allow_analyze)
    return HTMLResponse(html, status_code=status)


def _version() -> str:
    from importlib.metadata import version
    return version("wiezeiwat")


def client_of(request: Request) -> str:
    return request.client.host if request.client else "?"


__all__ = ["create_app", "Stores", "RateLimit", "MAX_BODY"]
