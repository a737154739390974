"""Reading the per-language data tables under ``wiezeiwat/lang/<lang>/``.

Tables are plain text: ``#`` starts a comment line, blank lines are skipped, columns are
separated by tabs.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import ModelError

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"


def table_path(lang: str, name: str) -> Path:
    path = LANG_DIR / lang / name
    if not path.exists():
        raise ModelError(f"language table missing: {path}")
    return path


def read_rows(lang: str, name: str) -> list[list[str]]:
    rows = []
    for line in table_path(lang, name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([col.strip() for col in line.split("\t")])
    return rows


def read_words(lang: str, name: str) -> list[str]:
    return [row[0] for row in read_rows(lang, name)]
