"""`wiezeiwat extract`: articles in, one JSON object per article out."""
from __future__ import annotations

import csv
import json
import sys

import click

from .. import api, io
from ..errors import UsageError
from . import main
from .runlog import RunLog, progress as progress_bar

FORMATS = ("jsonl", "json", "csv", "table")
CSV_FIELDS = ("article", "start", "end", "kind", "speaker", "cue", "stance", "medium", "when", "text")


def _progress(iterable, enabled: bool, total=None):
    return progress_bar(iterable, enabled, total)


def _quote_row(article_id: str, q: dict) -> dict:
    return {"article": article_id, "start": q["start"], "end": q["end"], "kind": q["kind"],
            "speaker": q["speaker"] or "", "cue": (q["cue"] or {}).get("text", ""),
            "stance": q["stance"], "medium": (q["medium"] or {}).get("text", ""),
            "when": (q["when"] or {}).get("value") or "", "text": q["text"]}


class Writer:
    def __init__(self, fmt: str, out):
        self.fmt, self.out, self.n = fmt, out, 0
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=CSV_FIELDS)
            self.csv.writeheader()
        elif fmt == "json":
            out.write("[")

    def write(self, d: dict) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(d, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.out.write(("," if self.n else "") + "\n" + json.dumps(d, ensure_ascii=False, indent=1))
        elif self.fmt == "csv":
            for q in d["quotes"]:
                self.csv.writerow(_quote_row(d["id"], q))
        else:
            self.out.write(format_table(d))
        self.n += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n")


def format_table(d: dict) -> str:
    lines = [f"== {d['id']}  date {d['date'] or '?'}  {len(d['quotes'])} quotes, "
             f"{len(d.get('claims') or [])} claims"]
    for q in d["quotes"]:
        cue = (q["cue"] or {}).get("text") or "-"
        med = (q["medium"] or {}).get("text")
        when = (q["when"] or {}).get("value") or "?"
        text = _cut(q["text"])
        lines.append(f"  {q['speaker'] or '(unattributed)'} [{cue}; {q['stance']}; {q['kind']}; {when}]"
                     + (f" {med}" if med else ""))
        lines.append(f"      {text}")
    for c in d.get("claims") or []:
        where = f" {c['medium']}" if c["medium"] else ""
        lines.append(f"  claim {c['id']}: {c['by'] or '?'} [{c['said_when'] or '?'}]{where}")
        lines.append(f"      {_cut(c['text'])}")
        for s in c["stances"]:
            extra = "".join(f"; {v}" for v in (s["when"], s["medium"]) if v)
            lines.append(f"      {s['stance']:<8} {s['by'] or '?'} [{_cut(s['cue'] or '-', 40)}{extra}]")
    return "\n".join(lines) + "\n"


def _cut(text: str, width: int = 100) -> str:
    return text if len(text) < width else text[: width - 3] + "..."


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one article per line; json: one array; csv: one row per quote; table: for reading.")
@click.option("--lang", default="nl", show_default=True, help="Language pipeline to use.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--with-text", is_flag=True, help="Include the article body in the output.")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Worker processes (one core each; 1: one process on two threads). Same output.")
def extract(files, fmt, lang, progress, with_text, workers):
    """Extract quotes, speakers, entities, time expressions and claims.

    FILES are .txt articles (optional first line `date YYYY-MM[-DD]`), JSON Lines
    (fields id, text, date or published_at, title; .gz allowed), or - for stdin.
    Bad files, lines and articles are reported on stderr as FILE:LINE: reason; the
    rest still come out, and a summary line ends the run. Exit status: 0 when every
    input was read, 3 when some failed and the rest came out, 1 when nothing came out.

    \b
    Examples:
      wiezeiwat extract examples/000_e357c4b761ac78d2.txt
      wiezeiwat extract --format table examples/*.txt
      wiezeiwat extract archive.jsonl.gz > out.jsonl
      wiezeiwat extract --workers 2 archive.jsonl.gz > out.jsonl
      echo 'date 2025-02 Trump zei dat hij Poetin sprak.' | wiezeiwat extract -
    """
    log = RunLog()
    if progress is None:
        progress = sys.stderr.isatty()
    writer = Writer(fmt, sys.stdout)
    articles = io.read_inputs(files, on_error=log)
    total = io.count_articles(files) if progress else None
    if workers < 1:
        raise UsageError("--workers must be 1 or more")
    analysed = api.analyze_articles(articles, lang=lang, on_error=log, workers=workers)
    for article in _progress(analysed, progress, total):
        writer.write(article.to_dict(with_text=with_text))
        log.done(article)
    writer.close()
    log.finish(len(files))
