"""`wiezeiwat ingest`, `wiezeiwat query …` and `wiezeiwat export`: thin over ``wiezeiwat.store``."""
from __future__ import annotations

import csv
import json
import re
import sys
import time
from typing import Optional

import click

from .. import api, io
from ..errors import UsageError
from ..store import DEFAULT_PATH, Store
from ..store.read import EXPORTS, STANCE_KINDS
from . import main
from .extract import _progress
from .runlog import RunLog

READ_FORMATS = ("table", "json", "jsonl", "csv")
TEXT_WIDTH = 90


def db_option(f):
    f = click.option("--aliases", "aliases_path", type=click.Path(dir_okay=False), default=None,
                     help="Extra alias file (TSV: key, name, alias|alias); "
                          "also read from $WIEZEIWAT_ALIASES.")(f)
    return click.option("--db", "db_path", default=DEFAULT_PATH, show_default=True,
                        envvar="WIEZEIWAT_DB", help="SQLite database ($WIEZEIWAT_DB).")(f)


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(READ_FORMATS), default="table",
                        show_default=True, help="table for reading; json, jsonl or csv for programs.")(f)


def _cell(value, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(rows: list[dict], columns: list[str]) -> str:
    """Aligned columns; the last column (quote text, mostly) is cut at TEXT_WIDTH."""
    if not rows:
        return ""
    cells = [[_cell(r.get(c), TEXT_WIDTH if i == len(columns) - 1 else 40)
              for i, c in enumerate(columns)] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    return "\n".join([line(columns), line(["-" * w for w in widths]), *map(line, cells)]) + "\n"


def emit(rows: list[dict], fmt: str, columns: list[str], out=None) -> None:
    """Write rows as a table (chosen columns) or as json/jsonl/csv (every field)."""
    out = out or sys.stdout
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else columns)
        writer.writeheader()
        writer.writerows(rows)
    else:
        out.write(format_table(rows, columns))
        if not rows:
            click.echo("(nothing found)", err=True)


def open_store(db_path: str, aliases_path=None, create: bool = False) -> Store:
    return Store(db_path, aliases_path=aliases_path, create=create)


@main.command()
@click.argument("files", nargs=-1, required=True)
@db_option
@click.option("--lang", default="nl", show_default=True, help="Language pipeline to use.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--link/--no-link", "link", default=True, show_default=True,
              help="Link claims across all stored articles after storing (skip it for all but the last of many runs).")
def ingest(files, db_path, aliases_path, lang, progress, link):
    """Analyse articles and store them in an SQLite database.

    FILES are read like `wiezeiwat extract` reads them (.txt, JSON Lines, .gz, - for
    stdin). Each article is stored in one transaction and replaces an earlier copy with
    the same id, so an interrupted ingest can simply be run again. Bad lines and
    articles are reported on stderr and skipped; exit status 3 when there were any
    (0 when every input was read, 1 when nothing was stored). Claims are then linked
    across all stored articles (tables claim_keys, claim_links; see `wiezeiwat claims`).
    Browse the result with `wiezeiwat query` or `wiezeiwat serve`.

    \b
    Examples:
      wiezeiwat ingest archive.jsonl.gz --db news.sqlite
      wiezeiwat ingest examples/*.txt
      wiezeiwat ingest day.jsonl --db news.sqlite --aliases my_aliases.tsv
      wiezeiwat serve --db news.sqlite
    """
    log = RunLog()
    show = sys.stderr.isatty() if progress is None else progress
    with open_store(db_path, aliases_path, create=True) as db:
        articles = api.analyze_articles(io.read_inputs(files, on_error=log), lang=lang, on_error=log)
        total = io.count_articles(files) if show else None
        n = db.ingest(_counted(_progress(articles, show, total), log))
        n_claims = db.link_claims() if n and link else None
        counts = db.counts()
    log.finish(len(files), f"; {db_path} now holds {counts['articles']} articles, {counts['quotes']} quotes, "
                           f"{counts['speakers']} speakers"
                           + (f", {n_claims} claims linked across articles" if n_claims is not None else ""))


def _counted(articles, log: RunLog):
    for article in articles:
        log.done(article)
        yield article


@main.group()
def query():
    """Read a database made by `wiezeiwat ingest`: speakers, timelines, search, claims.

    \b
    Examples:
      wiezeiwat query speakers --db news.sqlite
      wiezeiwat query speaker Poetin --db news.sqlite
      wiezeiwat query search "stikstof boeren" --format json
      wiezeiwat query article 10593548
      wiezeiwat query claims --stance deny
      wiezeiwat query claim 12
    """


@query.command("speakers")
@db_option
@format_option
@click.option("--limit", "-n", default=20, show_default=True, help="How many (0: all).")
@click.option("--type", "type_", default=None, help="Only this entity type, e.g. person.")
def query_speakers(db_path, aliases_path, fmt, limit, type_):
    """Top speakers by number of quotes, with articles and first/last date.

    \b
    Examples:
      wiezeiwat query speakers --db news.sqlite
      wiezeiwat query speakers --type person -n 50
      wiezeiwat query speakers -n 0 --format csv > speakers.csv
    """
    with open_store(db_path, aliases_path) as db:
        rows = db.speakers(limit=limit or None, type=type_)
    emit(rows, fmt, ["quotes", "articles", "first", "last", "name", "key"])


@query.command("speaker")
@click.argument("name")
@db_option
@format_option
@click.option("--limit", "-n", default=0, help="At most this many quotes (0: all).")
@click.option("--distinct", is_flag=True,
              help="Each wording once (the same story in several titles), with a count of copies.")
def query_speaker(name, db_path, aliases_path, fmt, limit, distinct):
    """One speaker's quotes over time, with cue, stance and when said.

    NAME may be any spelling the alias table knows ("Putin" finds Vladimir Poetin), a
    full name, a surname that only one speaker has, or a speaker key.

    \b
    Examples:
      wiezeiwat query speaker Poetin
      wiezeiwat query speaker "Frank de Jong" --format jsonl
      wiezeiwat query speaker donald-trump --format csv > trump.csv
      wiezeiwat query speaker Rutte --distinct
    """
    with open_store(db_path, aliases_path) as db:
        speaker = db.find_speaker(name)
        rows = db.speaker_quotes(speaker["key"], limit=limit or None, distinct=distinct)
    if fmt == "table":
        click.echo(f"{speaker['name']} ({speaker['key']}): {len(rows)} quote(s)")
    emit(rows, fmt, ["said_when", "article", "cue", "stance", *(["copies"] if distinct else []), "text"])


@query.command("search")
@click.argument("text")
@db_option
@format_option
@click.option("--limit", "-n", default=50, show_default=True, help="At most this many (0: all).")
@click.option("--raw", is_flag=True, help="TEXT is an FTS5 query (OR, NEAR, \"phrases\", prefix*).")
def query_search(text, db_path, aliases_path, fmt, limit, raw):
    """Full-text search over quote text and speaker names, best match first.

    Plain TEXT finds quotes that hold every word (accents ignored).

    \b
    Examples:
      wiezeiwat query search oorlog
      wiezeiwat query search "sancties Rusland" --format json
      wiezeiwat query search --raw 'brexit OR "no deal"'
    """
    with open_store(db_path, aliases_path) as db:
        rows = db.search(text, limit=limit or None, raw=raw)
    emit(rows, fmt, ["said_when", "speaker", "cue", "article", "text"])


@query.command("article")
@click.argument("article_id")
@db_option
@format_option
def query_article(article_id, db_path, aliases_path, fmt):
    """One stored article: its quotes, entities with speaker keys, time expressions.

    json and jsonl give the whole record; csv and table one row per quote.

    \b
    Examples:
      wiezeiwat query article 10593548
      wiezeiwat query article 10593548 --format json
    """
    with open_store(db_path, aliases_path) as db:
        art = db.article(article_id)
    if echo_record(art, fmt):
        return
    if fmt == "table":
        click.echo(f"== {art['id']}  date {art['date'] or '?'}  {art['title'] or ''}".rstrip())
    emit(art["quotes"], fmt, ["speaker_name", "cue", "stance", "when_value", "text"])


def echo_record(record: dict, fmt: str) -> bool:
    """json and jsonl give one whole record; True when written."""
    if fmt not in ("json", "jsonl"):
        return False
    click.echo(json.dumps(record, ensure_ascii=False, indent=1 if fmt == "json" else None))
    return True


DATE_RE = r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"


def _date(ctx, param, value: Optional[str]) -> Optional[str]:
    """YYYY, YYYY-MM or YYYY-MM-DD, kept at the precision typed."""
    if value is not None and not re.fullmatch(DATE_RE, value):
        raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def stance_summary(stances: list[dict]) -> str:
    return "; ".join(f"{s['by'] or '?'}: {s['stance']}" for s in stances)


@query.command("claims")
@db_option
@format_option
@click.option("--speaker", default=None, help="Made or answered by this speaker (name or key).")
@click.option("--stance", type=click.Choice(STANCE_KINDS), default=None,
              help="Only claims that drew a stance of this kind.")
@click.option("--text", default=None, help="Only claims whose text holds this.")
@click.option("--since", default=None, callback=_date, help="Said on or after (YYYY[-MM[-DD]]).")
@click.option("--until", default=None, callback=_date, help="Said on or before (YYYY[-MM[-DD]]).")
@click.option("--limit", "-n", default=50, show_default=True, help="At most this many (0: all).")
def query_claims(db_path, aliases_path, fmt, speaker, stance, text, since, until, limit):
    """Claims and who confirmed, denied, hedged or dodged them, newest first.

    json and jsonl give each claim with its stances; table and csv one row per claim
    with the stances summed up ("Kremlin: deny; Peskov: hedge").

    \b
    Examples:
      wiezeiwat query claims --db news.sqlite
      wiezeiwat query claims --stance deny --since 2019-03
      wiezeiwat query claims --speaker Kremlin --format json
    """
    with open_store(db_path, aliases_path) as db:
        rows = db.claims(speaker=speaker, stance=stance, text=text, since=since, until=until,
                         limit=limit or None)
    if fmt in ("table", "csv"):
        rows = [{**{k: v for k, v in r.items() if k != "stances"},
                 "stances": stance_summary(r["stances"])} for r in rows]
    emit(rows, fmt, ["id", "said_when", "by", "article", "stances", "text"])


@query.command("claim")
@click.argument("claim_id", type=int)
@db_option
@format_option
def query_claim(claim_id, db_path, aliases_path, fmt):
    """One claim: what, who said it, when and where; then every stance taken on it.

    CLAIM_ID is the id `wiezeiwat query claims` shows. json and jsonl give the whole
    record; table and csv one row per stance.

    \b
    Examples:
      wiezeiwat query claim 12
      wiezeiwat query claim 12 --format json
    """
    with open_store(db_path, aliases_path) as db:
        c = db.claim(claim_id)
    if echo_record(c, fmt):
        return
    if fmt == "table":
        where = f" {c['medium']}" if c["medium"] else ""
        click.echo(f"claim {c['id']}: {c['by'] or '?'} ({c['said_when'] or '?'}{where}; "
                   f"article {c['article']})\n  {c['text']}\n")
    emit(c["stances"], fmt, ["said_when", "by", "stance", "cue", "medium", "article"])


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv", "parquet")), default="jsonl",
              show_default=True, help="parquet needs pyarrow (pip install 'wiezeiwat[parquet]').")
@click.option("--table", type=click.Choice(tuple(EXPORTS)), default="quotes", show_default=True,
              help="quotes: one row per quote with speaker and dates spelled out; claims: one "
                   "row per claim with stance counts; stances: one row per stance.")
@click.option("-o", "--output", default="-", show_default=True, help="File to write; - for stdout.")
def export(db_path, aliases_path, fmt, table, output):
    """Write a table of the database as JSON Lines, CSV or Parquet.

    \b
    Examples:
      wiezeiwat export --db news.sqlite > quotes.jsonl
      wiezeiwat export --format csv --table speakers -o speakers.csv
      wiezeiwat export --format parquet -o quotes.parquet
      wiezeiwat export --table stances --format csv -o stances.csv
    """
    from ..store.export import write_rows
    if fmt == "parquet" and output == "-":
        raise UsageError("parquet is binary: give a file with -o, e.g. -o quotes.parquet")
    with open_store(db_path, aliases_path) as db:
        n = write_rows(db.rows(table), fmt, output)
    click.echo(f"wiezeiwat: wrote {n} {table} row(s) to {'stdout' if output == '-' else output}", err=True)
