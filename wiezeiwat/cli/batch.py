"""`wiezeiwat batch`: an archive in, part files out, on every core or a Dask cluster."""
from __future__ import annotations

import sys
import time

import click

from .. import batch
from ..errors import NoInputError
from . import main
from .runlog import PARTIAL

SHOWN_ERRORS = 20


@main.command(name="batch")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for part-NNNNNN.jsonl files (the extract contract, with text) and errors.jsonl.")
@click.option("--workers", type=int, default=None, help="Worker processes on this machine (default: all cores).")
@click.option("--scheduler", default=None, metavar="ADDR",
              help="Run on the Dask cluster at ADDR (tcp://host:8786) instead; its workers must see FILES and OUT.")
@click.option("--chunk-lines", type=int, default=200, show_default=True, help="JSONL lines per task.")
@click.option("--resume", is_flag=True, help="Go on with the run in OUT: skip tasks done on the same input.")
@click.option("--overwrite", is_flag=True, help="Replace the output of an earlier run in OUT.")
@click.option("--with-text/--without-text", default=True, show_default=True,
              help="Write each article's text, so the parts feed `wiezeiwat ingest -`.")
@click.option("--lang", default="nl", show_default=True)
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
def batch_cmd(files, out_dir, workers, scheduler, chunk_lines, resume, overwrite, with_text, lang, progress):
    """Extract an archive in parallel: the same output as `extract --with-text`, in part files.

    FILES are .txt, .jsonl or .jsonl.gz files.  A missing or unreadable file, a bad
    line or an article that fails is reported on stderr and in OUT/errors.jsonl (id,
    file, line, reason), and the run goes on.  A part file exists only when it is
    whole; --resume skips the tasks whose input (by fingerprint) and article ids match
    what OUT holds.  A new run into a folder with output refuses unless --overwrite.
    Exit status: 0 when every input was read, 3 when some failed and the rest is out,
    1 when nothing came out, 2 for usage errors.

    \b
    Examples:
      wiezeiwat batch archive-2019-*.jsonl.gz --out out/2019
      wiezeiwat batch day.jsonl --out out/day --workers 2 --resume
      wiezeiwat batch archive-*.jsonl.gz --out /shared/out --scheduler tcp://10.0.0.5:8786
      cat out/2019/part-*.jsonl | wiezeiwat ingest - --db news.sqlite
    """
    workers = batch.check_workers(workers)
    if progress is None:
        progress = sys.stderr.isatty()
    t0 = time.perf_counter()
    res = batch.run(files, out_dir, workers=workers, chunk_lines=chunk_lines, lang=lang, resume=resume,
                    overwrite=overwrite, progress=progress, scheduler=scheduler, with_text=with_text)
    secs = time.perf_counter() - t0
    errors = res["errors"]
    for e in errors[:SHOWN_ERRORS]:
        where = f"{e['file']}:{e['line']}" if e["line"] else (e["file"] or "?")
        article = f"article {e['id']}: " if e["id"] else ""
        click.echo(f"wiezeiwat: {where}: {article}{e['reason']}", err=True)
    if len(errors) > SHOWN_ERRORS:
        click.echo(f"wiezeiwat: … {len(errors) - SHOWN_ERRORS} more in {out_dir}/errors.jsonl", err=True)
    rate = res["articles"] / secs if secs else 0.0
    per_cpu = f", {res['articles'] / res['cpu_seconds']:.1f} per CPU second" if res["cpu_seconds"] > 0 else ""
    click.echo(f"wiezeiwat: {res['articles']} articles, {res['quotes']} quotes, {len(errors)} errors "
               f"in {secs:.1f} s ({rate:.1f} articles/s{per_cpu}); {res['run']} tasks run, {res['skipped']} skipped "
               f"({res['articles_skipped']} articles done before); output in {out_dir}", err=True)
    if res["articles"] + res["articles_skipped"] == 0:
        raise NoInputError(f"no article could be read from {len(files)} input(s)")
    if errors:
        sys.exit(PARTIAL)
