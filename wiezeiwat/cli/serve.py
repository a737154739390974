"""`wiezeiwat serve`: the JSON API and the web pages over a store."""
from __future__ import annotations

import click

from ..errors import UsageError
from ..store import DEFAULT_PATH
from . import main

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@main.command()
@click.option("--db", "db_path", default=DEFAULT_PATH, show_default=True, envvar="WIEZEIWAT_DB",
              help="SQLite database made by `wiezeiwat ingest` ($WIEZEIWAT_DB); opened read-only.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; anything but loopback also needs --public.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--public", is_flag=True, help="Allow binding an address other machines can reach.")
@click.option("--allow-analyze", is_flag=True,
              help="Add POST /api/analyze and the 'analyse a text' page (size and rate limited).")
@click.option("--aliases", "aliases_path", type=click.Path(dir_okay=False), default=None,
              help="Extra alias file (TSV), as for ingest and query.")
def serve(db_path, host, port, public, allow_analyze, aliases_path):
    """Serve a store as web pages and a JSON API (OpenAPI at /api/openapi.json).

    Read-only: nothing can be written through it. Pages: articles with their quotes
    marked, speakers with a timeline, the claims board, search. Every asset ships in
    the package, so it works offline.

    \b
    Examples:
      wiezeiwat serve --db news.sqlite                 # http://127.0.0.1:8000/
      wiezeiwat serve --db news.sqlite --port 8080 --allow-analyze
    """
    if host not in LOOPBACK and not public:
        raise UsageError(f"--host {host} is reachable from other machines; add --public if you mean it")
    import uvicorn
    from ..web import create_app
    hosts = None if public else ["127.0.0.1", "localhost", "[::1]", "::1"]
    app = create_app(db_path, allow_analyze=allow_analyze, aliases_path=aliases_path,
                     allowed_hosts=hosts)
    click.echo(f"wiezeiwat: serving {db_path} on http://{host}:{port}/ "
               f"({'with' if allow_analyze else 'no'} analyse; Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
