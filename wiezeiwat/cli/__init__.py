"""The `wiezeiwat` command: a thin layer over the Python API.

Each command group lives in its own module; errors raised as ``WiezeiwatError``
become one line on stderr and exit code 1 (2 for usage errors).
"""
from __future__ import annotations

import sys

import click

from ..errors import UsageError, WiezeiwatError


class Group(click.Group):
    """Turns named exceptions into one clear line at the boundary."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UsageError as e:
            click.echo(f"wiezeiwat: {e}", err=True)
            ctx.exit(2)
        except WiezeiwatError as e:
            click.echo(f"wiezeiwat: {e}", err=True)
            ctx.exit(1)
        except BrokenPipeError:  # `wiezeiwat extract … | head`
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wiezeiwat")
def main():
    """wiezeiwat — who said what, when, to whom, and who confirmed or denied it.

    \b
    Examples:
      wiezeiwat extract examples/000_e357c4b761ac78d2.txt
      wiezeiwat extract --format table article.txt
      cat day.jsonl | wiezeiwat extract - > quotes.jsonl
    """


from . import extract as _extract  # noqa: E402,F401  (registers commands)

for _optional in ("store", "train", "batch", "serve", "claims"):  # command groups that land stage by stage
    try:
        __import__(f"{__name__}.{_optional}")
    except ModuleNotFoundError as _e:
        if _e.name != f"{__name__}.{_optional}":
            raise
