"""`wiezeiwat train nl`: train the shipped Dutch pipeline from ../shared (see the model card)."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import UsageError
from ..trainer import DEFAULT_STEPS
from . import main

PACKAGE = Path(__file__).resolve().parent.parent


@main.group()
def train():
    """Train the project's language pipelines."""


@train.command("nl")
@click.option("--shared", type=click.Path(path_type=Path), default=Path("../shared"),
              show_default=True,
              help="Folder with data/ud-nl (with its alpino-treebank/) and data/conll2002-nl.")
@click.option("--output", type=click.Path(path_type=Path), default=PACKAGE / "models" / "nl",
              show_default=True, help="Where the trained pipeline is written.")
@click.option("--workdir", type=click.Path(path_type=Path), default=Path("training"),
              show_default=True, help="Intermediate corpora, checkpoints and logs.")
@click.option("--ud-steps", type=int, default=DEFAULT_STEPS["ud"], show_default=True,
              help="Most training steps of the first stage (UD syntax alone).")
@click.option("--nl-steps", type=int, default=DEFAULT_STEPS["nl"], show_default=True,
              help="Most training steps of the second stage (NER on the frozen first).")
@click.option("--reuse", is_flag=True, help="Keep stages already trained in WORKDIR.")
def train_nl(shared: Path, output: Path, workdir: Path, ud_steps: int, nl_steps: int, reuse: bool):
    """Convert UD Dutch, the Alpino Treebank and CoNLL-2002, train, score on the test
    sets, save to OUTPUT.

    \b
    Example:
      wiezeiwat train nl --shared ../shared --output /tmp/nl-model
    """
    from ..trainer.run import build  # spaCy training code loads only when asked for
    if not (shared / "data" / "ud-nl").is_dir():
        raise UsageError(f"no UD Dutch data under {shared}/data/ud-nl")
    if not (shared / "data" / "ud-nl" / "alpino-treebank").is_dir():
        raise UsageError(f"no Alpino Treebank under {shared}/data/ud-nl/alpino-treebank")
    build(shared, workdir, output, max_steps={"ud": ud_steps, "nl": nl_steps}, reuse=reuse,
          log=lambda m: click.echo(m, err=True))
