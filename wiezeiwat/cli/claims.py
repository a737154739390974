"""`wiezeiwat claims`: articles in, one claim per line out, linked across the articles."""
from __future__ import annotations

import json
import sys

import click

from .. import api, io
from ..claims import Settings, link_claims
from ..errors import InputError, NoInputError
from . import main


def format_claim(c: dict) -> str:
    lines = [f"== {c['id']}  {c['by'] or '(unattributed)'}  ({c['said_when'] or '?'})", f"   {c['claim'][:120]}"]
    for q in c["quotes"]:
        lines.append(f"   {q['role']:8} {q['stance']:7} {q['article']} {q['start']}-{q['end']}  "
                     f"{q['by'] or '?'}: {q['text'][:80]}")
    for b in c.get("stances", []):
        lines.append(f"   stance   {b['stance']:7} {b['article']} (no quote)  {b['by'] or '?'}: {b['cue'] or ''}")
    for link in c["links"]:
        score = f" {link['score']:.2f}" if link["score"] is not None else ""
        lines.append(f"   link {link['a'][0]}#{link['a'][1]} -> {link['b'][0]}#{link['b'][1]}: "
                     f"{link['why']}{score} ({link['detail'][:60]})")
    return "\n".join(lines) + "\n"


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(("jsonl", "table")), default="jsonl", show_default=True,
              help="jsonl: one claim per line (the format of score_claims.py); table: for reading.")
@click.option("--window", "window_days", type=int, default=Settings.window_days, show_default=True,
              help="Days between two articles beyond which their quotes are not linked.")
@click.option("--lang", default="nl", show_default=True, help="Language pipeline to use.")
def claims(files, fmt, window_days, lang):
    """Claims linked across the articles of FILES, with who asserted, confirmed or denied them.

    FILES are read as by `extract`. Each output line is one claim: `id` (stable key),
    `claim`, `by`, `said_when`, `quotes` (`article`, `start`, `end`, `role`: asserted or
    stance, `stance`, `by`, `text`), `stances` (stances with no quote of their own:
    "het Kremlin heeft het verhaal ontkend") and `links` (which quotes were joined and
    why: stance-cue, answer, reference, restated, overlap, about, reprint, continuation, with
    the overlap score and the shared words).

    \b
    Examples:
      wiezeiwat claims story/*.txt
      wiezeiwat claims --format table archive.jsonl.gz
      wiezeiwat claims --window 7 week.jsonl > claims.jsonl
    """
    problems: list[InputError] = []

    def report(err: InputError) -> None:
        problems.append(err)
        click.echo(f"wiezeiwat: {err}", err=True)

    articles = list(api.analyze_articles(io.read_inputs(files, on_error=report), lang=lang))
    if not articles:
        raise NoInputError(f"no article could be read from {len(files)} input(s)"
                           + (f"; {len(problems)} problem(s) above" if problems else ""))
    for c in link_claims(articles, Settings(window_days=window_days, lang=lang)):
        d = c.to_dict()
        sys.stdout.write(format_claim(d) if fmt == "table" else json.dumps(d, ensure_ascii=False) + "\n")
