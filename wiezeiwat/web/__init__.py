"""`wiezeiwat serve`: a read-only JSON API and web pages over a store.

>>> from wiezeiwat.web import create_app
>>> app = create_app("news.sqlite")                  # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)    # doctest: +SKIP

Every asset (templates, CSS, JS) ships in this package: the pages work offline.
"""
from .app import create_app

__all__ = ["create_app"]
