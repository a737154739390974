"""The candidate record every rule returns, and the context rules read."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Optional

from ..records import Timex
from .calendar import Dct, resolve_relative
from .lexicon import Lexicon

# a sentence ends at . ! ? before a capital, a quote or the end, or at a newline ('V. S. in' goes on)
SENTENCE_END = re.compile(r"[.!?]+[\"'”’]*(?=\s+[A-Z\"'“‘(,]|\s*$)|\n")


@dataclass
class Cand:
    start: int
    end: int
    type: str
    value: Optional[str]
    mod: Optional[str] = None
    earliest: Optional[str] = None
    latest: Optional[str] = None
    anchor: Optional[str] = None
    grain: str = "D"        # Y, Q, M, W, D, T (clock), P (duration/set/reference)
    kind: str = ""          # rule name: for merging passes and error hunting
    clock: Optional[str] = None  # 'HH:MM' or 'MO'… for a TIME, to re-date it when merged
    shift: Optional[str] = None  # '+1D', '-1Y': an offset from the last date ('een dag later')

    def timex(self, text: str) -> Timex:
        return Timex(self.start, self.end, text[self.start:self.end], self.type, self.value,
                     self.mod, self.earliest, self.latest, self.anchor)

    def but(self, **kw) -> "Cand":
        return replace(self, **kw)


@dataclass
class Ctx:
    text: str
    dct: Optional[Dct]
    lex: Lexicon
    _ends: Optional[list] = None

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around a span; sentence ends are found once per text, when first needed."""
        if self._ends is None:
            self._ends = [m.end() for m in SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._ends, start)
        left = self._ends[i - 1] if i else 0
        right = self._ends[i] if i < len(self._ends) else len(self.text)
        return left, max(right, end)

    def sentence(self, start: int, end: int) -> str:
        left, right = self.sentence_bounds(start, end)
        return self.text[left:right]

    def direction(self, start: int, end: int) -> int:
        """+1 if the clause (else the sentence) speaks of the future, -1 of the past, 0 if
        neither says: 'GM kondigde vrijdag aan dat dealers zullen sluiten' is past."""
        lo, hi = self.sentence_bounds(start, end)
        sentence, offset = self.text[lo:hi], start - lo
        left = [m.end() for m in self.lex.clause_re.finditer(sentence, 0, offset)]
        right = self.lex.clause_re.search(sentence, offset + (end - start))
        clause = sentence[left[-1] if left else 0: right.start() if right else len(sentence)]
        for s in (clause, sentence):
            s = s.replace(self.text[start:end], " ")  # 'zat.' must not vote for itself
            if self.lex.future_re.search(s):
                return 1
            if self.lex.past_re.search(s) or self.lex.weak_past(s):
                return -1
        return 0

    def resolve(self, start: int, end: int, fn: Callable[[date], tuple[str, str, str]], grain: str,
             kind: str, type_: str = "DATE") -> Cand:
        """A DATE resolved against the article date by `fn(anchor day)`."""
        value, earliest, latest = resolve_relative(self.dct, fn, grain)
        if value is None:
            value = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(grain, "XXXX-XX-XX")
        return Cand(start, end, type_, value, None, earliest, latest,
                    "dct" if self.dct else None, grain, kind)
