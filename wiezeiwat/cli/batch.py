"""`wiezeiwat batch`: an archive in, part files out, on every core (Dask)."""
from __future__ import annotations

import sys
import time

import click

from .. import batch
from ..errors import NoInputError
from . import main


@main.command(name="batch")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for part-NNNNNN.jsonl files (the extract contract) and errors.txt.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--chunk-lines", type=int, default=200, show_default=True, help="JSONL lines per task.")
@click.option("--resume", is_flag=True, help="Skip tasks whose part file is already there.")
@click.option("--lang", default="nl", show_default=True)
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
def batch_cmd(files, out_dir, workers, chunk_lines, resume, lang, progress):
    """Extract an archive in parallel: the same output as `extract`, in part files.

    FILES are .txt, .jsonl or .jsonl.gz files.  Bad lines go to OUT/errors.txt as
    FILE:LINE: reason; a run that stops keeps its finished parts, and --resume
    picks up where it stopped.

    \b
    Examples:
      wiezeiwat batch archive-2019-*.jsonl.gz --out out/2019
      wiezeiwat batch day.jsonl --out out/day --workers 2 --resume
      cat out/2019/part-*.jsonl | wiezeiwat ingest - --db news.sqlite
    """
    workers = batch.check_workers(workers)
    if progress is None:
        progress = sys.stderr.isatty()
    t0 = time.perf_counter()
    res = batch.run(files, out_dir, workers=workers, chunk_lines=chunk_lines, lang=lang,
                    resume=resume, progress=progress)
    secs = time.perf_counter() - t0
    for p in res["problems"][:20]:
        click.echo(f"wiezeiwat: {p}", err=True)
    if len(res["problems"]) > 20:
        click.echo(f"wiezeiwat: … {len(res['problems']) - 20} more in {out_dir}/errors.txt", err=True)
    rate = res["articles"] / secs if secs else 0.0
    click.echo(f"{res['articles']} articles, {res['quotes']} quotes in {secs:.1f} s ({rate:.1f} articles/s); "
               f"{res['run']} tasks run, {res['skipped']} skipped; output in {out_dir}", err=True)
    if res["articles"] == 0 and res["run"] > 0:
        raise NoInputError(f"no article could be read from {len(files)} input(s)")
