"""Time expressions (TIMEX3-style), normalised against the article date, and when
each quote was said.

``find_timexes(text, date)`` finds Dutch time expressions with regex rules built once
from the tables in ``wiezeiwat/lang/nl/timex.json``; ``assign_when(article, sentences)``
gives every quote the time of its statement.  Conventions: docs/timex.md.
"""
from __future__ import annotations

from typing import Optional

from ..records import Timex
from .calendar import parse_dct
from .compose import Composer
from .core import Ctx
from .dates import DateRules
from .durations import DurationRules
from .relative import RelativeDateRules
from .lexicon import load
from .scan import Scanner
from .times import TimeRules
from .when import assign_when

__all__ = ["find_timexes", "assign_when"]


class Finder:
    """All rules of one language, compiled once."""

    def __init__(self, lang: str = "nl"):
        self.lex = load(lang)
        self.rules = (DateRules(self.lex).rules + RelativeDateRules(self.lex).rules + TimeRules(self.lex).rules
                      + DurationRules(self.lex).rules)
        self.composer = Composer(self.lex)
        self.scanner = Scanner(self.lex, self.rules)

    def __call__(self, text: str, date: Optional[str]) -> list[Timex]:
        ctx = Ctx(text, parse_dct(date), self.lex)
        cands = []
        for i, m in self.scanner.matches(text):
            c = self.rules[i][2](m, ctx)
            if c is not None:
                cands.append((i, c))
        cands = [c for _, c in sorted(cands, key=lambda ic: ic[0])]  # on equal spans the earlier rule wins
        return [c.timex(text) for c in self.composer.compose(cands, ctx)]


_FINDERS: dict[str, Finder] = {}


def find_timexes(text: str, date: Optional[str], lang: str = "nl") -> list[Timex]:
    """Dutch time expressions in `text`, normalised against the article `date`
    ('YYYY', 'YYYY-MM', 'YYYY-MM-DD' or None).

    >>> [(t.text, t.value) for t in find_timexes('Gisteren zei Trump dat.', '2019-03-14')]
    [('Gisteren', '2019-03-13')]
    """
    finder = _FINDERS.get(lang)
    if finder is None:
        finder = _FINDERS[lang] = Finder(lang)
    return finder(text, date)


from . import component  # noqa: E402,F401  (registers the 'wiezeiwat_timex' spaCy factory)
