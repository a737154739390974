"""When each quote was said: a timex governing its cue, else the article date.

Rules, in order:
1. a DATE/TIME timex in the cue's sentence, outside the quote's own content (a time
   inside the content is the content's time) and outside a relative clause about the
   speaker (', die in 2010 premier werd,'), not after the article date: the nearest one
   to the cue ('Gisteren zei Trump …', 'Trump zei eerder …', 'Hij gaf toen aan …');
2. else the statement time of the sentence just before, in the same paragraph: that of
   the same speaker's quote there, or a time in a sentence that speaks of a statement
   (an interview, a speech verb) and names the speaker, or before a pronoun ('In een
   interview … vorig jaar wilde Trump dat niet bevestigen. Wel zei hij: "…"');
3. else the article date.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ..records import Article, Quote, Timex, When
from .calendar import parse_dct
from .lexicon import W, E, alternation, load

STATEMENT_TYPES = ("DATE", "TIME")


class WhenFinder:
    def __init__(self, lang: str = "nl"):
        t = load(lang).t
        self.statement_re = re.compile(W + alternation(t["statement_context"]) + E, re.I)
        self.pronouns = set(t["pronouns"])
        # ', die in 2010 premier werd,': a relative clause tells about the speaker, not the statement
        self.relative_clause_re = re.compile(rf",\s*{alternation(t['relative_pronouns'])}(?![\w])[^,.;:]*,", re.I)

    def assign(self, article: Article, sentences: list[tuple[int, int]]) -> None:
        sentences = sorted(sentences) or [(0, len(article.text))]
        starts = [s for s, _ in sentences]
        dct = parse_dct(article.date)
        last_day = dct.last.isoformat() if dct else None
        # per sentence index: the statement time a quote there got from a timex, and its speaker
        said: dict[int, tuple[When, str]] = {}
        for q in sorted(article.quotes, key=lambda q: (q.cue.start if q.cue else q.start)):
            if q.when is not None:
                continue
            at = q.cue.start if q.cue else (q.speaker_mention.start if q.speaker_mention else q.start)
            i = max(bisect.bisect_right(starts, at) - 1, 0)
            when = self._own_time(article, q, sentences[i], at, last_day)
            if when is None and i > 0:
                when = self._carried_time(article, q, i, sentences, said, last_day)
            if when is None:
                when = self._article_date(article)
            q.when = when
            if when.source == "timex":
                said[i] = (when, self._key(q))

    def _own_time(self, article: Article, q: Quote, sentence, at: int, last_day) -> Optional[When]:
        s, e = sentence
        asides = [(m.start() + s, m.end() + s) for m in self.relative_clause_re.finditer(article.text[s:e])
                  if not m.start() + s <= at < m.end() + s]
        best, best_dist = None, None
        for k, t in enumerate(article.timexes):
            if not (s <= t.start < e) or q.start <= t.start < q.end or not self._statement_time(t, last_day):
                continue
            if any(a <= t.start < b for a, b in asides):
                continue
            dist = abs(t.start - at)
            if best is None or dist < best_dist:
                best, best_dist = k, dist
        return None if best is None else self._from_timex(article.timexes[best], best)

    def _carried_time(self, article: Article, q: Quote, i: int, sentences, said, last_day) -> Optional[When]:
        ps, pe = sentences[i - 1]
        if "\n\n" in article.text[pe:sentences[i][0]] or re.search(r"\n\s*\n", article.text[ps:pe].strip()):
            return None  # a new paragraph starts a new occasion
        speaker = self._speaker(q)
        previous = article.text[ps:pe]
        pronoun = speaker.lower() in self.pronouns
        if i - 1 in said and (pronoun or said[i - 1][1] == self._key(q)):
            return said[i - 1][0]  # the same speaker's statement time, one sentence back
        if not (pronoun or self._named_in(speaker, previous)):
            return None
        if not self.statement_re.search(previous):
            return None
        for k, t in enumerate(article.timexes):
            if ps <= t.start < pe and self._statement_time(t, last_day) and not self._inside_quote(article, t):
                return self._from_timex(t, k)
        return None

    @staticmethod
    def _statement_time(t: Timex, last_day) -> bool:
        if t.type not in STATEMENT_TYPES or not t.value or t.value == "FUTURE_REF":
            return False
        return not (last_day and t.earliest and t.earliest > last_day)  # said before publication

    @staticmethod
    def _inside_quote(article: Article, t: Timex) -> bool:
        return any(q.start <= t.start < q.end for q in article.quotes)

    @staticmethod
    def _key(q: Quote) -> str:
        """Who a quote is by, for 'the same speaker': the entity, else the speaker's name."""
        return str(q.speaker_entity) if q.speaker_entity is not None else (q.speaker or "").lower()

    @staticmethod
    def _named_in(speaker: str, sentence: str) -> bool:
        """'Donald Trump' is named in a sentence that says 'Trump'."""
        surname = speaker.split()[-1].lower() if speaker.split() else ""
        return bool(surname) and re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", sentence.lower()) is not None

    @staticmethod
    def _speaker(q: Quote) -> str:
        if q.speaker_mention is not None:
            return q.speaker_mention.text
        return q.speaker or ""

    @staticmethod
    def _from_timex(t: Timex, k: int) -> When:
        return When(value=t.value, earliest=t.earliest, latest=t.latest, source="timex", timex=k)

    @staticmethod
    def _article_date(article: Article) -> When:
        dct = parse_dct(article.date)
        if dct is None:
            return When(value=None)
        return When(value=article.date, earliest=dct.first.isoformat(), latest=dct.last.isoformat())


_FINDER: Optional[WhenFinder] = None


def assign_when(article: Article, sentences: list[tuple[int, int]]) -> None:
    """Set ``quote.when`` for every quote; ``sentences`` are (start, end) char spans."""
    global _FINDER
    if _FINDER is None:
        _FINDER = WhenFinder()
    _FINDER.assign(article, sentences)
