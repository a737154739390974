"""Rules for times of day: '14:15', '17u10', 'om drie uur', 'half vier', 'kwart over
twee', '8 uur 's avonds', 'vanavond', 'gisteravond', "'s ochtends"."""
from __future__ import annotations

import re
from datetime import timedelta

from . import calendar as cal
from .core import Ctx
from .lexicon import E, W, Lexicon, alternation

# hours a clock says without a part of day: 1–6 are read as afternoon (Dutch 'om 3 uur')
PM_WITHOUT_DAYPART = range(1, 7)


class TimeRules:
    def __init__(self, lex: Lexicon):
        L = lex
        self.lex = L
        hour = rf"(?:[01]?\d|2[0-4]|{L.NUMWORD})"
        small = rf"(?:[0-2]?\d|{L.NUMWORD})"
        part = rf"(?P<part>\s+{L.DAYPART_ADV})?(?P<zone>\s+{alternation(L.t['time_zones'])}(?![\w]))?"
        self.rules = [
            ("clock", re.compile(
                rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d)(?:\s*(?:uur|u|h){E})?|[uh.](?P<mi2>[0-5]\d)(?:\s*uur)?{E})"
                rf"(?![\d,]|\.\d|:\d){part}", re.I), self.clock),
            ("hour_suffix", re.compile(rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])(?P<suf>[uh]){E}{part}", re.I), self.hour),
            ("hour", re.compile(
                rf"{W}(?P<prep>(?:stipt\s+|op\s+zijn\s+(?:laatst|vroegst)\s+)?{alternation(L.t['clock_prepositions'])}\s+"
                rf"(?:(?:ongeveer|circa|ca\.)\s+)?)?"
                rf"(?P<h>{hour})\s+uur(?:\s+(?P<mi>[0-5]?\d)(?!\s*(?:{L.UNIT_WORD}|\d)))?{E}{part}"
                rf"(?P<bound>(?=\s+op\s+zijn\s+(?:laatst|vroegst)))?", re.I), self.hour),
            ("half_hour", re.compile(
                rf"{W}(?:(?P<pre>{small}|kwart)\s+(?:minuten\s+)?(?P<dir>voor|over)\s+)?half\s+(?P<h>{hour})(?:\s+uur)?{E}{part}", re.I),
             self.half_hour),
            ("quarter_hour", re.compile(
                rf"{W}(?P<pre>kwart|{small})\s+(?:minuten\s+)?(?P<dir>voor|over)\s+(?P<h>{hour})(?:\s+uur)?(?!\s*(?:{L.UNIT_WORD}|[\d,.]\d)){E}{part}", re.I),
             self.quarter_hour),
            ("day_compound", re.compile(rf"{W}(?P<w>{alternation(L.t['day_compounds'])}){E}", re.I), self.day_compound),
            ("daypart_today", re.compile(rf"{W}(?:deze|vandaag)\s+(?P<p>{L.DAYPART}){E}", re.I), self.daypart_today),
            ("daypart_adverb", re.compile(rf"{W}(?P<p>{L.DAYPART_ADV}){E}", re.I), self.daypart_adverb),
        ]

    def _num(self, s: str):
        v = self.lex.number(s)
        return int(v) if isinstance(v, float) and v == int(v) else None

    def _time(self, ctx: Ctx, start: int, end: int, h: int, mi: int, part, kind: str, explicit24: bool):
        if part:
            code = self.lex.t["day_part_adverbs"][re.sub(r"\s+", " ", part.strip().lower()).replace("’", "'")]
            if code in ("AF", "EV") and h < 12:
                h += 12
            elif code == "NI" and 7 <= h < 12:
                h += 12
        elif not explicit24 and h in PM_WITHOUT_DAYPART:
            h += 12
        if h == 24:
            h = 0
        if not 0 <= h <= 23 or not 0 <= mi <= 59:
            return None
        clock = f"{h:02d}:{mi:02d}"
        c = ctx.resolve(start, end, cal.day_value, "D", kind, "TIME")
        return c.but(value=f"{c.value}T{clock}", grain="T", clock=clock, earliest=c.earliest, latest=c.latest)

    def _zoned(self, m, c):
        """'om 12.00 uur UTC' → T12:00Z (only UTC/GMT: other zones would need conversion)."""
        if c is not None and m.groupdict().get("zone"):
            zone = self.lex.t["time_zones"][m.group("zone").strip().lower()]
            c = c.but(value=c.value + zone, clock=c.clock + zone)
        return c

    def clock(self, m, ctx: Ctx):
        mi = m.group("mi") or m.group("mi2")
        if m.group("mi2") and ctx.text[m.end("h")] == "." and not re.match(r"\s*(?:uur|u\b)", ctx.text[m.end("mi2"):]):
            return None  # '10.10' is a date or a number unless 'uur' follows
        return self._zoned(m, self._time(ctx, m.start(), m.end(), int(m.group("h")), int(mi), m.group("part"), "clock", True))

    def hour(self, m, ctx: Ctx):
        h = self._num(m.group("h"))
        if h is None:
            return None
        has_context = any(m.groupdict().get(g) for g in ("suf", "prep", "part", "mi")) or m.groupdict().get("bound") is not None
        if not has_context and not self._dated(ctx, m.start()):
            return None  # a bare 'drie uur' is a duration
        mi = int(m.group("mi")) if m.groupdict().get("mi") else 0
        start = m.end("prep") if m.groupdict().get("prep") else m.start()
        return self._zoned(m, self._time(ctx, start, m.end(), h, mi, m.group("part"), "clock", h > 12))

    def _dated(self, ctx: Ctx, start: int) -> bool:
        """Is a clock time glued to a day before it ('morgen 15 uur', 'zaterdag, 9 uur')?"""
        before = ctx.text[max(0, start - 30): start].lower()
        return bool(re.search(rf"(?:{self.lex.WEEKDAY}|morgen|vandaag|gisteren|{self.lex.MONTH}\.?(?:\s+\d{{4}})?),?\s*$", before))

    def half_hour(self, m, ctx: Ctx):
        h = self._num(m.group("h"))
        if h is None:
            return None
        mi = 30
        if m.group("pre"):
            k = 15 if m.group("pre").lower() == "kwart" else self._num(m.group("pre"))
            if k is None:
                return None
            mi += -k if m.group("dir").lower() == "voor" else k
        return self._time(ctx, m.start(), m.end(), h - 1, mi, m.group("part"), "clock", h - 1 > 12)

    def quarter_hour(self, m, ctx: Ctx):
        h = self._num(m.group("h"))
        pre = m.group("pre").lower()
        k = 15 if pre == "kwart" else self._num(pre)
        if h is None or k is None or not 0 < k < 30 or pre in ("een", "één", "eén"):
            return None  # 'één voor één' is one by one
        if m.group("dir").lower() == "voor":
            h, mi = h - 1, 60 - k
        else:
            mi = k
        return self._time(ctx, m.start(), m.end(), h, mi, m.group("part"), "clock", h > 12)

    def day_compound(self, m, ctx: Ctx):
        shift, code = self.lex.t["day_compounds"][m.group("w").lower()]
        c = ctx.resolve(m.start(), m.end(), lambda a: cal.day_value(a + timedelta(days=shift)), "D", "day_compound")
        return c.but(type="TIME", value=f"{c.value}T{code}", grain="T", clock=code)

    def daypart_today(self, m, ctx: Ctx):
        code = self.lex.t["day_parts"][m.group("p").lower()]
        c = ctx.resolve(m.start(), m.end(), cal.day_value, "D", "day_compound")
        return c.but(type="TIME", value=f"{c.value}T{code}", grain="T", clock=code)

    def daypart_adverb(self, m, ctx: Ctx):
        code = self.lex.t["day_part_adverbs"][re.sub(r"\s+", " ", m.group("p").lower()).replace("’", "'")]
        c = ctx.resolve(m.start(), m.end(), cal.day_value, "D", "daypart")
        return c.but(type="TIME", value=f"{c.value}T{code}", grain="T", clock=code)
