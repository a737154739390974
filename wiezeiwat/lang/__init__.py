"""Per-language data tables: cue words and their stance, closed-class words, lexicons.

A language is a folder (``lang/nl``) of data files; code never hard-codes a word list,
so English is a new folder, not a rewrite.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import WiezeiwatError

LANG_DIR = Path(__file__).parent


class LanguageDataError(WiezeiwatError):
    code = "E040"


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    particle: str | None  # separable particle that must appear later in the clause
    stance: str
    frames: str  # d, t, n, p: which complements the cue takes (cues.tsv header)
    kind: str  # "verb" or "word" (volgens, aldus)


@dataclass
class LanguageData:
    code: str
    cue_forms: dict[str, list[CueEntry]] = field(default_factory=dict)
    words: dict = field(default_factory=dict)

    def wordset(self, name: str) -> frozenset:
        value = self.words.get(name, ())
        return frozenset(value)

    def cues_for(self, form: str) -> list[CueEntry]:
        return self.cue_forms.get(form.lower(), [])


def _read_cues(path: Path) -> dict[str, list[CueEntry]]:
    table: dict[str, list[CueEntry]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise LanguageDataError(f"{path}:{n}: expected 5 tab-separated columns, got {len(cols)}")
        lemma, particle, stance, frames, forms = cols
        particle = None if particle == "-" else particle
        kind = "word" if lemma in ("aldus", "volgens") else "verb"
        entry = CueEntry(lemma, particle, stance, frames, kind)
        for form in forms.split(","):
            form = form.strip().lower()
            table.setdefault(form, []).append(entry)
            if particle and kind == "verb":  # joined forms: aangeeft, aangaf, aangegeven
                table.setdefault(particle + form, []).append(entry)
    return table


@functools.lru_cache(maxsize=8)
def load_language(code: str = "nl") -> LanguageData:
    folder = LANG_DIR / code
    if not folder.is_dir():
        raise LanguageDataError(f"no language data for '{code}' (looked in {folder})")
    words = json.loads((folder / "words.json").read_text(encoding="utf-8"))
    return LanguageData(code=code, cue_forms=_read_cues(folder / "cues.tsv"), words=words)
