"""What every archive command reports: one stderr line per problem, progress with a total
and an ETA on a terminal, a summary line at the end, and an exit status a script can trust.

Exit status: 0 when every input was read and analysed; 3 (``PARTIAL``) when some inputs,
lines or articles failed and the rest came out; 1 when nothing came out; 2 for usage errors.
"""
from __future__ import annotations

import sys
import time
from typing import Iterable, Optional

import click

from ..errors import NoInputError, WiezeiwatError

PARTIAL = 3


class RunLog:
    """The `on_error` of readers and of ``analyze_articles``; counts what came out."""

    def __init__(self, quiet_after: Optional[int] = None):
        self.problems: list[WiezeiwatError] = []
        self.articles = self.quotes = 0
        self.started = time.monotonic()
        self.quiet_after = quiet_after

    def __call__(self, err: WiezeiwatError) -> None:
        self.problems.append(err)
        if self.quiet_after is None or len(self.problems) <= self.quiet_after:
            click.echo(f"wiezeiwat: {err}", err=True)

    @property
    def count(self) -> int:  # the older name, used by `ingest`
        return len(self.problems)

    def done(self, article) -> None:
        self.articles += 1
        self.quotes += len(article.quotes)

    def summary(self, extra: str = "") -> str:
        secs = time.monotonic() - self.started
        rate = self.articles / secs if secs > 0 else 0.0
        return (f"wiezeiwat: {self.articles} articles, {self.quotes} quotes, {len(self.problems)} errors "
                f"in {secs:.1f} s ({rate:.1f} articles/s){extra}")

    def finish(self, n_inputs: int, extra: str = "") -> None:
        """The summary line, then exit 1 (nothing out), 3 (partial) or return (all read)."""
        if self.articles == 0:
            raise NoInputError(f"no article could be read from {n_inputs} input(s)"
                               + (f"; {len(self.problems)} problem(s) above" if self.problems else ""))
        click.echo(self.summary(extra), err=True)
        if self.problems:
            sys.exit(PARTIAL)


def progress(iterable: Iterable, enabled: bool, total: Optional[int] = None):
    """A tqdm bar on stderr with the total (and so an ETA) when it is known."""
    if not enabled:
        return iterable
    from tqdm import tqdm
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked after the bar starts
    return tqdm(iterable, total=total, unit=" articles", file=sys.stderr, mininterval=0.5)
