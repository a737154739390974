"""What a quote says, reduced for comparison: content stems, names, polarity.

Two quotes make the same claim when they share its content words and the things it is
about.  Content words are the quote's words minus the closed class of the language table
(`lang/nl/claims.json`, "stopwords"), cut to a light stem ("samenspanning" and
"samenspannen" share "samenspann"); names are the entity keys of the mentions inside the
quote plus its capitalised words, so "Rusland" and "de Russen" count only as words.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass

from ..lang import LANG_DIR

DOUBLE_VOWEL = re.compile(r"([aeou])\1")
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)


@functools.lru_cache(maxsize=4)
def table(lang: str = "nl") -> dict:
    """The claims table of a language, with its patterns compiled."""
    data = json.loads((LANG_DIR / lang / "claims.json").read_text(encoding="utf-8"))
    data["answers"] = [(re.compile(a["pattern"], re.IGNORECASE), a["stance"]) for a in data["answer_patterns"]]
    for name in ("stopwords", "negations", "question_cues", "reference_nouns", "reference_determiners", "separable_particles"):
        data[name] = frozenset(data[name])
    return data


def fold(word: str) -> str:
    """Lower case without diacritics: "géén" -> "geen"."""
    nfkd = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def stem(word: str, lang: str = "nl") -> str:
    t = table(lang)
    w = fold(word)
    for suffix in t["suffixes"]:
        if w.endswith(suffix) and len(w) - len(suffix) >= t["min_stem"]:
            w = w[: -len(suffix)]
            break
    return DOUBLE_VOWEL.sub(r"\1", w)  # probleem / problemen: one stem


def words(text: str) -> list[str]:
    return WORD.findall(text)


PREFIX = 5  # a stem this long matches the longer stems it begins ("samen" / "samenwerk")


@dataclass(frozen=True)
class Content:
    stems: frozenset  # content-word stems
    names: frozenset  # entity keys and capitalised words inside the quote
    negated: bool  # the content holds a negation ("pleit hem niet vrij")
    prefixes: frozenset = frozenset()  # proper prefixes (PREFIX chars or more) of the stems
    name_stems: frozenset = frozenset()  # the stems of capitalised words ("Noord-Korea", "Kamer")

    @staticmethod
    def of(stems, names, negated, name_stems=()) -> "Content":
        prefixes = {x[:k] for x in stems for k in range(PREFIX, len(x))}
        return Content(frozenset(stems), frozenset(names), negated, frozenset(prefixes), frozenset(name_stems))

    def has(self, x: str) -> bool:
        """Whether a stem of this content matches `x`: equal, or one begins the other."""
        if x in self.stems or (len(x) >= PREFIX and x in self.prefixes):
            return True
        return any(x[:k] in self.stems for k in range(PREFIX, len(x)))


def _parts(w: str) -> list[str]:
    """A hyphenated word counts as its parts: "software-update" shares "update"."""
    parts = [p for p in w.split("-") if len(p) > 2]
    return parts if "-" in w and parts else [w]


def content_of(text: str, entity_keys=(), lang: str = "nl") -> Content:
    t = table(lang)
    ws = words(text)
    stems, name_stems = set(), set()
    for w in ws:
        if fold(w) in t["stopwords"]:
            continue
        for p in _parts(w):
            if len(p) > 2:
                stems.add(stem(p, lang))
                if w[:1].isupper():
                    name_stems.add(stem(p, lang))
    names = {fold(w) for w in ws if w[:1].isupper() and fold(w) not in t["stopwords"]}
    names |= {k for k in entity_keys if k}
    stems |= _separable(text, t, lang)
    negated = any(fold(w) in t["negations"] for w in ws)
    return Content.of(stems, names, negated, name_stems)


def _separable(text: str, t: dict, lang: str) -> set[str]:
    """Stems of separable verbs written apart or with `ge`: "pleit hem allerminst vrij" and
    "vrijgepleit" both give "vrijpleit" (particle + verb stem).  A particle counts only
    where it ends a clause (before punctuation or at the end), not as a preposition."""
    out = set()
    found = list(WORD.finditer(text))
    low = [fold(m.group()) for m in found]
    particles = t["separable_particles"]
    for k, (m, w) in enumerate(zip(found, low)):
        for p in particles:
            if w.startswith(p + "ge") and len(w) > len(p) + 4:
                out.add(p + stem(w[len(p) + 2:], lang))
        after = text[m.end():].lstrip()[:1]
        if w in particles and k > 0 and (after == "" or after in ",.;:!?'\"”’"):
            for n in range(k - 1, max(-1, k - 6), -1):  # the verb: the content word nearest before
                v = low[n]
                if v not in t["stopwords"] and v not in t["negations"] and v not in particles and len(v) > 2 \
                        and not found[n].group()[:1].isupper():
                    out.add(w + stem(v, lang))
                    break
    return out


def shared_stems(a: Content, b: Content) -> set[str]:
    """The stems of `a` that match a stem of `b` (equal, or one begins the other)."""
    return {x for x in a.stems if b.has(x)}


def overlap(a: Content, b: Content, weight=None) -> float:
    """Dice coefficient of the content stems, prefix matches counted: 0 … 1.

    `weight(stem)` (default 1) lowers words that most quotes of the run share: in a story
    about Trump and the Russians, "Trump" and "Russen" say little about which claim it is."""
    if not a.stems or not b.stems:
        return 0.0
    w = weight or (lambda _: 1.0)
    shared = sum(w(x) for x in shared_stems(a, b)) + sum(w(y) for y in shared_stems(b, a))
    return shared / (sum(w(x) for x in a.stems) + sum(w(y) for y in b.stems))


class Weights:
    """Inverse document frequency of stems over the quotes of a run, floored at `floor`."""

    def __init__(self, contents, floor: float = 0.2):
        import math
        self.n = max(1, len(contents))
        df: dict[str, int] = {}
        for c in contents:
            for x in c.stems:
                df[x] = df.get(x, 0) + 1
        top = math.log(1 + self.n)
        self.w = {x: max(floor, math.log(1 + self.n / d) / top) for x, d in df.items()}

    def __call__(self, x: str) -> float:
        return self.w.get(x, 1.0)


def shared_names(a: Content, b: Content) -> set[str]:
    return set(a.names & b.names)
