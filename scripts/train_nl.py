#!/usr/bin/env python
"""Train the Dutch pipeline that ships in wiezeiwat/models/nl and print its test scores.

    .venv/bin/python scripts/train_nl.py [--shared ../shared] [--output wiezeiwat/models/nl]

The same as `wiezeiwat train nl` (all its options apply; see `--help`).  Intermediate
files go to training/ (git-ignored).  UD test files and CoNLL-2002 ned.testb are scored,
never trained on.
"""
import sys

from wiezeiwat.cli import main

if __name__ == "__main__":
    main(["train", "nl", *sys.argv[1:]], prog_name="train_nl.py")
