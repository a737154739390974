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
    particle: str | None  # separable particle that must appear later in the clause; fixed words of a phrase cue
    stance: str
    frames: str  # d, t, n, p: which complements the cue takes (cues.tsv header)
    kind: str  # "verb" or "word" (volgens, aldus)
    source: str = "core"  # "core" (curated cues.tsv) or the lexicon a built row came from

    @property
    def curated(self) -> bool:
        return self.source == "core"

    @property
    def phrase(self) -> bool:
        """A multiword cue of cue_phrases.tsv: the verb counts only with its fixed words."""
        return self.source == "phrase"


@dataclass
class LanguageData:
    code: str
    cue_forms: dict[str, list[CueEntry]] = field(default_factory=dict)
    words: dict = field(default_factory=dict)
    cue_lemmas: dict[str, list[CueEntry]] = field(default_factory=dict)
    phrase_forms: dict[str, list[CueEntry]] = field(default_factory=dict)
    _sets: dict[str, frozenset] = field(default_factory=dict, repr=False)

    def wordset(self, name: str) -> frozenset:
        """The word list `name` as a set, made once: rules ask for it per token."""
        if name not in self._sets:
            self._sets[name] = frozenset(self.words.get(name, ()))
        return self._sets[name]

    def cues_for(self, form: str) -> list[CueEntry]:
        return self.cue_forms.get(form.lower(), [])

    def cues_for_token(self, tok) -> list[CueEntry]:
        """Curated entries by the token's form; failing those, lexicon entries by the lemma
        the pipeline gives a verb, those with a separable particle first (the narrower match)."""
        found = self.phrase_forms.get(tok.lower_, []) + self.cues_for(tok.lower_)  # the narrower first
        if tok.pos_ != "VERB":
            return found
        lemmas = [tok.lemma_.lower()]
        if lemmas[0] == tok.lower_:  # the lemmatizer left it as it is: guess the infinitive
            lemmas += infinitives(tok.lower_)
        built = sorted({e for lemma in lemmas for e in self.cue_lemmas.get(lemma, [])},
                       key=lambda e: (e.particle is None, e.lemma))
        return found + [e for e in built if e.lemma not in {f.lemma for f in found}]  # `merkt` of opmerken or merken


VOWELS = frozenset("aeiou")


def infinitives(form: str) -> list[str]:
    """Infinitives a Dutch finite or past form can come from, for when the lemmatizer leaves
    a rare verb as it is: maant -> manen, verweet -> verweten, betoogde -> betogen."""
    out = []
    for suffix in ("den", "ten", "de", "te", "t", ""):
        if not form.endswith(suffix) or len(form) - len(suffix) < 3:
            continue
        stem = form[: len(form) - len(suffix)] if suffix else form
        out.append(stem + "en")
        if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in VOWELS and stem[-1] not in VOWELS:
            short = stem[:-2] + stem[-1]  # maan -> man: a long vowel is written once before -en
            out.append(short + "en")
            if short[-1] in "fs":  # schreef -> schreven, verrees -> verrezen
                out.append(short[:-1] + {"f": "v", "s": "z"}[short[-1]] + "en")
        if stem[-1] not in VOWELS and stem[-2:-1] in VOWELS and stem[-3:-2] not in VOWELS:
            out.append(stem + stem[-1] + "en")  # zet -> zetten
    return list(dict.fromkeys(out))


def _index_lemma(table: dict[str, list[CueEntry]], entry: CueEntry) -> None:
    """A cue is found by its whole lemma (`aangeven`, as the lemmatizer may give it) and, for
    a separable verb, by the verb without its particle (`geven` of `gaf … aan`)."""
    keys = [entry.lemma]
    if entry.particle and entry.lemma.startswith(entry.particle):
        keys.append(entry.lemma[len(entry.particle):])
    for key in keys:
        if entry not in table.setdefault(key, []):
            table[key].append(entry)


def _rows(path: Path):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise LanguageDataError(f"{path}:{n}: expected 5 tab-separated columns, got {len(cols)}")
        yield cols


def _read_phrases(path: Path) -> dict[str, list[CueEntry]]:
    """Multiword cues by the verb's form; kept apart from the cue forms, which rules also read
    as `a verb of saying` (a bare `is` or `maakt` is none)."""
    table: dict[str, list[CueEntry]] = {}
    for lemma, fixed, stance, frames, forms in _rows(path) if path.exists() else ():
        entry = CueEntry(lemma, fixed, stance, frames, "verb", "phrase")
        for form in forms.split(","):
            table.setdefault(form.strip().lower(), []).append(entry)
    return table


def _read_cues(path: Path) -> dict[str, list[CueEntry]]:
    """The curated table, by listed form: the forms leave out senses that are no statement
    (`gevonden` of vinden, `verwachte` as an adjective), which a lemma would let in."""
    table: dict[str, list[CueEntry]] = {}
    for lemma, particle, stance, frames, forms in _rows(path):
        particle = None if particle == "-" else particle
        kind = "word" if lemma in ("aldus", "volgens") else "verb"
        entry = CueEntry(lemma, particle, stance, frames, kind)
        for form in forms.split(","):
            form = form.strip().lower()
            table.setdefault(form, []).append(entry)
            if particle and kind == "verb" and "v" not in frames:  # joined forms: aangeeft, aangaf, aangegeven
                table.setdefault(particle + form, []).append(entry)
    for entries in table.values():  # the narrower match first: `stelt … vast` before `stelt`
        entries.sort(key=lambda e: e.particle is None)
    return table


@functools.lru_cache(maxsize=8)
def load_language(code: str = "nl") -> LanguageData:
    folder = LANG_DIR / code
    if not folder.is_dir():
        raise LanguageDataError(f"no language data for '{code}' (looked in {folder})")
    words = json.loads((folder / "words.json").read_text(encoding="utf-8"))
    lemmas: dict[str, list[CueEntry]] = {}
    forms = _read_cues(folder / "cues.tsv")
    built = folder / "cues_lexicon.tsv"  # scripts/build_cues.py: verbs from lexical resources
    if built.exists():
        for lemma, particle, stance, frames, source in _rows(built):
            _index_lemma(lemmas, CueEntry(lemma, None if particle == "-" else particle, stance, frames, "verb", source))
    phrases = _read_phrases(folder / "cue_phrases.tsv")
    return LanguageData(code=code, cue_forms=forms, words=words, cue_lemmas=lemmas, phrase_forms=phrases)
