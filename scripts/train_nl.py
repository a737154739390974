#!/usr/bin/env python
"""Train the Dutch pipeline that ships in wiezeiwat/models/nl and print its test scores.

    .venv/bin/python scripts/train_nl.py [--shared ../shared] [--output wiezeiwat/models/nl]

Same as `wiezeiwat train nl`.  Intermediate files go to training/ (git-ignored); about
35 minutes on 2 otherwise idle cores (the UD and NER parts train side by side).
UD test files and CoNLL-2002 ned.testb are scored, never trained on.  --reuse keeps
the parts that already finished in --workdir and only assembles and scores.
"""
import argparse
from pathlib import Path

from wiezeiwat.trainer.run import build

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=ROOT / "wiezeiwat" / "models" / "nl")
    parser.add_argument("--workdir", type=Path, default=ROOT / "training")
    parser.add_argument("--max-steps", type=int, default=5000)
    parser.add_argument("--reuse", action="store_true", help="keep parts already trained in --workdir")
    args = parser.parse_args()
    build(args.shared, args.workdir, args.output, max_steps=args.max_steps, reuse=args.reuse)


if __name__ == "__main__":
    main()
