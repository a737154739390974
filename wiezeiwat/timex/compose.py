"""From rule matches to timexes: keep the longest of overlapping matches, then join
neighbours ('donderdag' + '9:30', '13' – '15 juli'), attach modifiers ('begin', 'bijna',
'binnen') and resolve anaphora ('toen', 'een dag later') to the last date mentioned."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from . import calendar as cal
from .core import Cand, Ctx
from .lexicon import Lexicon, alternation

RANGE_GAP = re.compile(r"^\s*(?:-|–|t/m|tot\s+en\s+met|tot|en)\s*$", re.I)
RANGE_OPEN = re.compile(r"(?:\b(?P<w>van|tussen)\s+)$", re.I)
DATE_TIME_GAP = re.compile(r"^\s*,?\s*(?:(?:stipt\s+)?(?:om|rond|tegen|omstreeks)|op|vanaf|tot|tussen|van)?\s*$", re.I)
DAY_RANGE_BEFORE = re.compile(r"(?<![\d.,])(?P<d>[0-3]?\d)(?:e|de|ste)?\s*(?:-|–|t/m|tot\s+en\s+met|tot)\s*$", re.I)
TOE = re.compile(r"\s+toe\b", re.I)
ANAPHOR_REACH = 600  # characters back that 'toen' may look for its time


class Composer:
    def __init__(self, lex: Lexicon):
        t = lex.t
        self.lex = lex
        self.daypart_after = re.compile(rf"\s*(?:in\s+de\s+)?(?P<p>{lex.DAYPART})(?![\w])", re.I)
        self.posmod_before = re.compile(rf"(?<![\w])(?P<w>{lex.POSMOD})\s+(?:van\s+)?(?:(?:het|de)\s+)?$", re.I)
        self.qmod_before = re.compile(rf"(?<![\w])(?P<w>{lex.QMOD})\s*$", re.I)
        self.prep_before = re.compile(rf"(?<![\w])(?P<w>{alternation(t['governing_prepositions'])})\s+$", re.I)
        self.latest_before = re.compile(r"(?<![\w])op\s+zijn\s+(?P<w>laatst|vroegst)\s+(?:om\s+)?$", re.I)
        self.latest_after = re.compile(r"\s+op\s+zijn\s+(?P<w>laatst|vroegst)(?![\w])", re.I)
        self.approx_after = re.compile(rf"\s+{alternation(t['approx_suffixes'])}(?![\w])", re.I)

    # -- selection ------------------------------------------------------------------------
    @staticmethod
    def select(cands: list[Cand]) -> list[Cand]:
        """Longest match wins; among equals, the earlier rule."""
        chosen: list[Cand] = []
        taken: list[tuple[int, int]] = []
        for c in sorted(cands, key=lambda c: -(c.end - c.start)):
            if all(c.end <= s or c.start >= e for s, e in taken):
                chosen.append(c)
                taken.append((c.start, c.end))
        return sorted(chosen, key=lambda c: c.start)

    def compose(self, cands: list[Cand], ctx: Ctx) -> list[Cand]:
        cs = self.select(cands)
        cs = self.join_day_ranges(cs, ctx)
        cs = self.join_ranges(cs, ctx)
        cs = self.join_date_time(cs, ctx)
        cs = self.absorb_references(cs, ctx)
        cs = [self.modify(c, ctx) for c in cs]
        self.resolve_anaphora(cs, ctx)
        return cs

    # -- joining neighbours ---------------------------------------------------------------
    def join_day_ranges(self, cs: list[Cand], ctx: Ctx) -> list[Cand]:
        """'13 - 15 juli' → 2013-07-13/2013-07-15."""
        out = []
        for c in cs:
            m = DAY_RANGE_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
            if c.kind == "date" and c.earliest and m and (not out or out[-1].end <= m.start()):
                d0 = date.fromisoformat(c.earliest)
                try:
                    first = d0.replace(day=int(m.group("d")))
                except ValueError:
                    first = None
                if first and first < d0:
                    c = c.but(start=m.start(), value=f"{first.isoformat()}/{c.value}", earliest=first.isoformat())
            out.append(c)
        return out

    def join_ranges(self, cs: list[Cand], ctx: Ctx) -> list[Cand]:
        """'9:30 - 11:00', 'van 14/10/2013 tot 15/10/2013', 'tussen 9:30 en 11:00'."""
        out: list[Cand] = []
        for c in cs:
            if out and self._rangeable(out[-1], c):
                a = out[-1]
                gap = ctx.text[a.end:c.start]
                opener = RANGE_OPEN.search(ctx.text, max(0, a.start - 10), a.start)
                if RANGE_GAP.match(gap) and (gap.strip().lower() != "en" or (opener and opener.group("w").lower() == "tussen")):
                    second = c.value
                    if a.type == "TIME" and a.clock and c.clock:
                        second = a.value.split("T")[0] + "T" + c.clock
                    out[-1] = a.but(end=c.end, value=f"{a.value}/{second}", latest=c.latest or a.latest, kind=a.kind + "_range")
                    continue
            out.append(c)
        return out

    @staticmethod
    def _rangeable(a: Cand, b: Cand) -> bool:
        if a.type != b.type or a.type not in ("DATE", "TIME") or "/" in (a.value or "") or not a.value or not b.value:
            return False
        if a.type == "TIME":
            return bool(a.clock and b.clock and ":" in a.clock and ":" in b.clock)
        # day ranges make one interval ('14/10 - 15/10'); years stay two ('van 2004 tot 2008')
        return a.grain == b.grain == "D" and a.kind not in ("reference",) and b.kind not in ("reference",)

    def join_date_time(self, cs: list[Cand], ctx: Ctx) -> list[Cand]:
        """'morgen om 15 uur', 'om 19:30 op vr. 20 sept.', 'donderdag ochtend', 'tien over vijf gistermiddag'."""
        out: list[Cand] = []
        for c in cs:
            if c.type == "DATE" and c.grain == "D" and c.value and "/" not in c.value:
                m = self.daypart_after.match(ctx.text, c.end)
                if m and not self._starts_cand(cs, c.end, m.end()):
                    code = self.lex.t["day_parts"][m.group("p").lower()]
                    c = c.but(end=m.end(), type="TIME", value=f"{c.value}T{code}", grain="T", clock=code)
            if out:
                a = out[-1]
                joined = self._join(a, c, ctx)
                if joined:
                    out[-1] = joined
                    continue
            out.append(c)
        return out

    @staticmethod
    def absorb_references(cs: list[Cand], ctx: Ctx) -> list[Cand]:
        """'eerder vandaag', 'later deze week': the date says it; the reference is its modifier."""
        out: list[Cand] = []
        for c in cs:
            if out and out[-1].kind == "reference" and out[-1].value in ("PAST_REF", "FUTURE_REF") \
                    and c.type in ("DATE", "TIME") and c.value and c.kind != "reference" \
                    and not ctx.text[out[-1].end:c.start].strip():
                out[-1] = c.but(start=out[-1].start)
                continue
            out.append(c)
        return out

    @staticmethod
    def _starts_cand(cs, start, end) -> bool:
        return any(start <= x.start < end for x in cs)

    def _join(self, a: Cand, b: Cand, ctx: Ctx) -> Optional[Cand]:
        if not DATE_TIME_GAP.match(ctx.text[a.end:b.start]):
            return None
        day, clock = None, None
        if a.type == "DATE" and a.grain == "D" and b.type == "TIME" and b.clock:
            day, clock = a, b
        elif b.type == "DATE" and b.grain == "D" and a.type == "TIME" and a.clock:
            day, clock = b, a
        elif a.type == "TIME" and b.type == "TIME" and a.clock and b.clock and ":" in a.clock and ":" not in b.clock \
                and b.kind == "day_compound":
            day, clock = b, a  # 'tien over vijf gistermiddag'
        elif a.type == "TIME" and b.type == "TIME" and a.clock and b.clock and ":" not in a.clock and ":" in b.clock \
                and a.kind == "day_compound":
            day, clock = a, b  # 'vanavond om 8 uur'
        if day is None or not day.value or "/" in day.value:
            return None
        ymd = day.value.split("T")[0]
        if day.clock in ("AF", "EV") and ":" in (clock.clock or "") and int(clock.clock[:2]) < 12:
            clock = clock.but(clock=f"{int(clock.clock[:2]) + 12:02d}{clock.clock[2:]}")
        if "/" in clock.value:
            first, second = clock.value.split("/")
            value = f"{ymd}T{first.split('T')[1]}/{ymd}T{second.split('T')[1]}"
        else:
            value = f"{ymd}T{clock.clock}"
        return clock.but(start=a.start, end=b.end, value=value, earliest=day.earliest, latest=day.latest,
                         anchor=day.anchor, kind=clock.kind)

    # -- modifiers ----------------------------------------------------------------------------
    def modify(self, c: Cand, ctx: Ctx) -> Cand:
        """Modifiers before or after a timex: 'begin 2022', 'bijna drie jaar', 'een jaar of
        vier', 'binnen 24 uur' (the preposition stays outside the span), 'op zijn laatst'."""
        positioned = self._position(c, ctx)
        if positioned is not None:
            return positioned
        c = self._quantity(c, ctx)
        return self._bound(c, ctx)

    @staticmethod
    def _window(c: Cand, ctx: Ctx) -> tuple[str, int]:
        lo = max(0, c.start - 30)
        return ctx.text[lo:c.start], lo

    def _position(self, c: Cand, ctx: Ctx) -> Optional[Cand]:
        if not (c.type == "DATE" and c.earliest and c.latest and c.grain in ("Y", "M", "Q", "W")):
            return None
        window, lo = self._window(c, ctx)
        m = self.posmod_before.search(window)
        if not m:
            return None
        mod = self.lex.t["position_modifiers"][re.sub(r"\s+", " ", m.group("w").lower())]
        a, b = cal.part_of(c.earliest, c.latest, mod, self.lex.t["position_fraction"])
        return c.but(start=lo + m.start(), mod=mod, earliest=a, latest=b)

    def _quantity(self, c: Cand, ctx: Ctx) -> Cand:
        window, lo = self._window(c, ctx)
        m = self.qmod_before.search(window)
        if m and c.kind not in ("reference", "anaphor", "set"):
            mod = self.lex.t["quantity_modifiers"][re.sub(r"\s+", " ", m.group("w").lower())]
            if c.type != "DURATION" and mod != "APPROX":
                mod = None  # 'bijna' before a date says nothing about the date
            c = c.but(start=lo + m.start(), mod=mod or c.mod)
        after = self.approx_after.match(ctx.text, c.end)
        if after and c.type == "DURATION":
            c = c.but(end=after.end(), mod="APPROX")
        return c

    def _bound(self, c: Cand, ctx: Ctx) -> Cand:
        window, _ = self._window(c, ctx)
        m = self.latest_before.search(window) or self.latest_after.match(ctx.text, c.end)
        if m and c.type in ("TIME", "DATE"):
            return c.but(mod="BEFORE" if m.group("w").lower() == "laatst" else "AFTER")
        m = self.prep_before.search(window)
        if not m or c.mod is not None or TOE.match(ctx.text, c.end):  # 'tot nu toe' is no bound
            return c
        prep = m.group("w").lower()
        bounds = {"DURATION": ("binnen",), "TIME": ("tot", "vanaf", "voor", "na"), "DATE": ("tot", "vanaf", "uiterlijk")}
        if prep in bounds.get(c.type, ()):
            return c.but(mod=self.lex.t["governing_prepositions"][prep])
        return c

    # -- anaphora -------------------------------------------------------------------------------
    def resolve_anaphora(self, cs: list[Cand], ctx: Ctx) -> None:
        """'toen' takes the last past date before it; 'een dag later' counts from it."""
        for i, c in enumerate(cs):
            if c.kind == "daypart":
                self._anchor_daypart(cs, i, ctx)
            if c.kind == "day_anaphor":
                cs[i] = self._day_anaphor(cs[:i], c, ctx)
            if c.kind not in ("anaphor", "relative_to_last"):
                continue
            prev = self._antecedent(cs[:i], c, ctx)
            if prev is None:
                continue
            if c.kind == "anaphor":
                cs[i] = c.but(value=prev.value, earliest=prev.earliest, latest=prev.latest, anchor="last", grain=prev.grain)
            else:
                shifted = self._shift(prev, c.shift)
                if shifted:
                    cs[i] = c.but(value=shifted[0], earliest=shifted[1], latest=shifted[2], anchor="last", grain="D")

    def _anchor_daypart(self, cs: list[Cand], i: int, ctx: Ctx) -> None:
        """"'s Ochtends" after 'gistermiddag' is that day's morning."""
        c = cs[i]
        for p in reversed(cs[:i]):
            if c.start - p.end > ANAPHOR_REACH:
                return
            if p.type in ("DATE", "TIME") and p.grain in ("D", "T") and p.value and "/" not in p.value \
                    and re.match(r"\d{4}-\d\d-\d\d", p.value) and p.kind != "daypart":
                day = p.value[:10]
                cs[i] = c.but(value=f"{day}T{c.clock}", earliest=day, latest=day, anchor="last")
                return

    def _day_anaphor(self, before: list[Cand], c: Cand, ctx: Ctx) -> Cand:
        """'later op de dag', 'sloot de dag af': the last day named, else the article's day."""
        for p in reversed(before):
            if c.start - p.end > ANAPHOR_REACH:
                break
            if p.type in ("DATE", "TIME") and p.value and "/" not in p.value and re.match(r"\d{4}-\d\d-\d\d", p.value):
                day = p.value[:10]
                return c.but(value=day, earliest=day, latest=day, anchor="last", grain="D")
        return ctx.resolve(c.start, c.end, cal.day_value, "D", "day_anaphor")

    def _antecedent(self, before: list[Cand], c: Cand, ctx: Ctx) -> Optional[Cand]:
        for p in reversed(before):
            if c.start - p.end > ANAPHOR_REACH:
                return None
            if p.type not in ("DATE", "TIME") or not p.value or p.kind == "reference" or "/" in p.value:
                continue
            if ctx.text[p.end:c.start].strip().lower() in ("", "van"):
                continue  # '28 maart van dat jaar': the anaphor names that date's year, not the date
            if c.kind == "anaphor" and ctx.dct and p.latest and p.latest > ctx.dct.last.isoformat() and self._looks_back(c, ctx):
                continue  # 'toen' looks back: skip what may lie after the article date ('de komende week')
            return p
        return None

    def _looks_back(self, c: Cand, ctx: Ctx) -> bool:
        """'toen' and 'destijds' always look back; 'die tijd', 'die dag' only in a past clause
        ('de deal wordt op 10 juni afgerond. Als er voor die tijd …' looks ahead)."""
        word = re.sub(r"\s+", " ", ctx.text[c.start:c.end].lower())
        return word in self.lex.t["past_anaphora"] or ctx.direction(c.start, c.end) < 0

    @staticmethod
    def _shift(prev: Cand, how: str):
        """'een dag later' from a day; 'een jaar eerder', 'het jaar daarvoor' from any date."""
        m = re.fullmatch(r"(-?\d+)([DWMY])", how or "")
        if not m or not prev.earliest:
            return None
        n, unit = int(m.group(1)), m.group(2)
        d = date.fromisoformat(prev.earliest)
        if unit == "Y" and re.match(r"\d{4}", prev.value or ""):
            y = int(prev.value[:4]) + n
            shift = lambda s: f"{int(s[:4]) + n}{s[4:]}" if s else s
            return f"{y}{prev.value[4:]}", shift(prev.earliest), shift(prev.latest)
        if prev.earliest != prev.latest:
            return None
        if unit == "D":
            return cal.day_value(d + timedelta(days=n))
        if unit == "W":
            return cal.day_value(d + timedelta(days=7 * n))
        shifted = cal.add_months(d, n)
        return cal.month_value(shifted.year, shifted.month)
