"""Rules for calendar dates: absolute ('14 april 2015', 'februari 2022', '2024'),
holidays, and dates relative to the article date ('gisteren', 'vorige week', 'zaterdag',
'drie jaar geleden', 'de komende drie dagen')."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from . import calendar as cal
from .core import Cand, Ctx
from .lexicon import E, W, Lexicon, alternation


def _year(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    text = text.strip().lstrip("'’")
    y = int(text)
    return y if len(text) == 4 else (2000 + y if y < 50 else 1900 + y)


def infer_year(ctx: Ctx, month: int, day: int, start: int, end: int) -> Optional[int]:
    """The year of a day and month without one: the article's, shifted by the tense."""
    dct = ctx.dct
    if dct is None:
        return None
    if dct.month is None:
        return dct.year
    here, there = (dct.month, dct.day or 15), (month, day)
    d = ctx.direction(start, end)
    if d < 0 and there > here and month - dct.month > 1:
        return dct.year - 1
    if d > 0 and there < here and dct.month - month > 1:
        return dct.year + 1
    return dct.year


def absolute_day(ctx: Ctx, start: int, end: int, day: int, month: int, year: Optional[int], kind: str) -> Optional[Cand]:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        year = infer_year(ctx, month, day, start, end)
    if year is None:
        return Cand(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}", grain="D", kind=kind)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    v = d.isoformat()
    return Cand(start, end, "DATE", v, None, v, v, "absolute", "D", kind)


def weekday_step(anchor: date, weekday: int, direction: int, explicit: bool = False) -> date:
    """The nearest `weekday` after the anchor (direction ≥ 0), or before it.  A past tense
    ('verklaarde maandag') includes the article's own day; 'vorige maandag' does not."""
    if direction >= 0:
        return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    back = (anchor.isoweekday() - weekday) % 7
    return anchor - timedelta(days=back or (7 if explicit else 0))


class DateRules:
    def __init__(self, lex: Lexicon):
        L = lex
        self.lex = L
        wd = rf"(?:(?P<wd>{L.WEEKDAY}|{L.WEEKDAY_ABBR}\.)\s*,?\s+)?"
        DECADE = alternation(L.t["decade_words"])
        yr = r"(?:\s+(?P<y>(?:1[89]|20|21)\d\d|'\d\d)(?!\d))?"
        ordinal_suffix = r"(?:e|de|ste|ste)?"
        self.rules = [
            ("day_month", re.compile(
                rf"{W}{wd}(?:de\s+)?(?P<d>[0-3]?\d){ordinal_suffix}\s+(?P<m>{L.MONTH})\.?{E}{yr}", re.I),
             self.day_month),
            ("month_day", re.compile(
                rf"{W}{wd}(?P<m>{L.MONTH})\.?\s+(?P<d>[0-3]?\d)(?![\d.,:]\d|\s*(?:%|procent|\w))"
                rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I), self.day_month),
            ("numeric_date", re.compile(
                rf"{W}{wd}(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d\w])", re.I),
             self.day_month),
            ("day_mon_yy", re.compile(
                rf"{W}(?P<d>[0-3]?\d)-(?P<m>{L.MONTH})-(?P<y>\d\d|(?:19|20)\d\d)(?![\w])", re.I), self.day_month),
            ("day_month_numeric", re.compile(
                rf"(?:(?P<op>\bop\s+)|{W}{wd})(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?![\d\w]|[-/.:]\d)", re.I),
             self.day_month_numeric),
            ("month_year", re.compile(rf"{W}(?P<m>{L.MONTH})\.?(?:\s+|-)(?P<y>(?:1[89]|20)\d\d|'\d\d)(?!\d)", re.I),
             self.month_year),
            ("month_rel_year", re.compile(
                rf"{W}(?:(?P<rel>{L.REL})\s+jaar\s+(?P<m>{L.MONTH_FULL})|(?P<m2>{L.MONTH_FULL})\s+(?:van\s+)?(?P<rel2>{L.REL})\s+jaar){E}",
                re.I), self.month_rel_year),
            ("nth_in_month", re.compile(
                rf"{W}(?:de\s+)?(?P<o>{L.ORDINAL})\s+(?P<what>{L.WEEKDAY}|dag|week)\s+(?:in|van)\s+(?P<m>{L.MONTH_FULL})"
                rf"(?:\s+(?P<y>(?:19|20)\d\d))?{E}", re.I), self.nth_in_month),
            ("month", re.compile(rf"{W}(?P<m>{L.MONTH_FULL}){E}", re.I), self.month),
            ("year", re.compile(r"(?<![\d.,€$/:-])(?P<y>(?:1[5-9]|20)\d\d)(?![\d]|[.,:/-]\d|\s*(?:%|-?jarige))", re.I), self.year),
            ("decade", re.compile(
                rf"{W}(?:de\s+)?jaren\s+(?P<dec>'?[1-9]0|{DECADE})(?:\s+(?:en|of|tot)\s+(?P<dec2>'?[1-9]0|{DECADE}))?"
                rf"(?P<prev>\s+van\s+de\s+vorige\s+eeuw)?{E}", re.I), self.decade),
            ("decade_second", re.compile(
                rf"(?<=\s)(?:en|of|tot)\s+(?P<dec>{DECADE})(?P<prev>\s+van\s+de\s+vorige\s+eeuw)?{E}", re.I), self.decade_second),
            ("decade_er", re.compile(
                rf"{W}(?:(?:de|het)\s+)?(?P<dec>{DECADE})er(?:\s+jaren|(?=\s+(?:en|of)\s+{DECADE}er\s+jaren)){E}", re.I),
             self.decade_er),
            ("quarter", re.compile(
                rf"{W}(?:het\s+)?(?P<q>{L.ORDINAL}|[1-4](?:e|de|ste)?)\s+kwartaal(?:\s+(?:van\s+)?(?:(?P<y>(?:19|20)\d\d)|"
                rf"(?:het\s+)?(?P<rel>{L.REL})\s+jaar))?{E}", re.I),
             self.quarter),
            ("week_number", re.compile(rf"{W}week\s+(?P<w>[1-5]?\d)(?:\s+(?:van\s+)?(?P<y>(?:19|20)\d\d))?(?![\d\w])", re.I),
             self.week_number),
            ("holiday", re.compile(rf"{W}(?P<h>{L.HOLIDAY})(?:\s+(?P<y>(?:19|20)\d\d))?{E}", re.I), self.holiday),
            ("current_unit", re.compile(
                rf"(?<=\bvan\s)(?:het\s+(?P<y>jaar)|de\s+(?P<mo>maand)|de\s+(?P<w>week))(?!\s+(?:daarvoor|ervoor|daarna|erna|{L.REL}))(?=\W|$)",
                re.I), self.current_unit),
            ("relative_day", re.compile(rf"{W}(?P<r>{alternation(L.t['relative_days'])}){E}", re.I), self.relative_day),
            ("weekday", re.compile(
                rf"{W}(?:(?P<rel>{L.REL})\s+)?(?:(?P<wrel>{L.REL})\s+week\s+)?(?P<wd>{L.WEEKDAY})"
                rf"(?:-?(?P<part>{L.DAYPART}))?(?:\s+(?P<wrel2>deze|volgende|vorige)\s+week|\s+(?P<inweek>over\s+een\s+week))?{E}", re.I),
             self.weekday),
            ("weekday_abbr", re.compile(rf"^\s*(?P<wd>{L.WEEKDAY_ABBR})\.\s*$", re.I), self.weekday),
            ("relative_unit", re.compile(
                rf"{W}(?:(?:de|het)\s+)?(?P<rel>{L.REL})\s+(?P<u>week|maand|jaar|kwartaal|weekend|weekeinde?|eeuw|decennium|"
                rf"{L.SEASON}|dag){E}", re.I), self.relative_unit),
            ("relative_span", re.compile(
                rf"{W}(?:(?:de|het)\s+)?(?P<rel>afgelopen|vorige|komende|volgende|laatste)\s+(?:(?P<n>{L.NUM})\s+)?"
                rf"(?P<u>seconden|secondes|minuten|uur|uren|dagen|weken|maanden|jaren|jaar|decennia|eeuwen){E}", re.I),
             self.relative_span),
            ("ago", re.compile(
                rf"{W}(?P<n>{L.NUM})\s+(?P<u>{L.UNIT_WORD})\s+(?P<dir>geleden|terug){E}", re.I), self.shifted),
            ("ahead", re.compile(
                rf"{W}(?P<prep>over|in)\s+(?P<span>(?P<n>{L.NUM})\s+(?P<u>{L.UNIT_WORD}))(?!\s+(?:tijd|lang))(?P<dir>){E}", re.I),
             self.shifted),
            ("this_season", re.compile(rf"{W}(?:de|het)\s+(?P<s>{L.SEASON}){E}", re.I), self.this_season),
            ("season", re.compile(rf"{W}(?:de\s+|het\s+)?(?P<s>{L.SEASON})\s+(?:van\s+)?(?P<y>(?:19|20)\d\d){E}", re.I),
             self.season_year),
            ("on_day", re.compile(rf"\bop\s+(?P<span>de\s+(?P<d>[0-3]?\d(?:e|de|ste)|eerste))(?=\s*(?:[,.;!?]|$))", re.I),
             self.on_day),
            ("this_day", re.compile(rf"{W}deze\s+dag{E}", re.I), self.this_day),
        ]

    # -- absolute -------------------------------------------------------------------
    def day_month(self, m, ctx: Ctx):
        month = m.group("m")
        month = int(month) if month.isdigit() else self.lex.months[month.lower()]
        return absolute_day(ctx, m.start(), m.end(), int(m.group("d")), month, _year(m.group("y")), "date")

    def day_month_numeric(self, m, ctx: Ctx):
        d, mo = int(m.group("d")), int(m.group("m"))
        # scores ('1-4') and fractions: take d-m without a year only after 'op'/a weekday, or two digits
        if not (m.group("op") or m.group("wd") or len(m.group("d")) == 2 or m.group("sep") == "/"):
            return None
        if (d, mo) == (24, 7):  # '24/7'
            return None
        start = m.start("d") if m.group("op") else m.start()
        return absolute_day(ctx, start, m.end(), d, mo, None, "date")

    def month_year(self, m, ctx: Ctx):
        y, mo = _year(m.group("y")), self.lex.months[m.group("m").lower()]
        v, a, b = cal.month_value(y, mo)
        return Cand(m.start(), m.end(), "DATE", v, None, a, b, "absolute", "M", "month")

    def month_rel_year(self, m, ctx: Ctx):
        mo = self.lex.months[(m.group("m") or m.group("m2")).lower()]
        shift = self.lex.t["relative_modifiers"][(m.group("rel") or m.group("rel2")).lower()]
        return ctx.date(m.start(), m.end(), lambda a: cal.month_value(a.year + shift, mo), "Y", "month")

    def nth_in_month(self, m, ctx: Ctx):
        """'derde dinsdag in september 2014', 'laatste week van september', 'eerste dag van mei'."""
        n = self.lex.t["ordinals"][m.group("o").lower()]
        mo = self.lex.months[m.group("m").lower()]
        what = m.group("what").lower()
        explicit = _year(m.group("y"))

        def fn(anchor: date):
            y = explicit or anchor.year
            if what == "dag":
                last = cal.month_length(y, mo)
                return cal.day_value(date(y, mo, last if n < 0 else min(n, last)))
            if what == "week":  # the n-th week that starts in the month; the last whole one
                if n < 0:
                    end = date(y, mo, cal.month_length(y, mo))
                    start = cal.monday(end) - (timedelta(days=7) if end.isoweekday() != 7 else timedelta(0))
                else:
                    start = cal.nth_weekday(y, mo, 1, n)
                return cal.week_value(start)
            return cal.day_value(cal.nth_weekday(y, mo, self.lex.weekdays[what], n))
        grain = "W" if what == "week" else "D"
        if explicit:
            v, a, b = fn(date(explicit, 1, 1))
            return Cand(m.start(), m.end(), "DATE", v, None, a, b, "absolute", grain, "date")
        return ctx.date(m.start(), m.end(), fn, "Y", "date")

    def month(self, m, ctx: Ctx):
        mo = self.lex.months[m.group("m").lower()]
        if m.group("m").lower() == "mei" and not m.group("m")[0].islower() and m.start() > 0 and ctx.text[m.start() - 2] not in ".!?\n":
            return None  # 'Mei' mid-sentence is a name
        y = infer_year(ctx, mo, 15, m.start(), m.end())
        if y is None:
            return Cand(m.start(), m.end(), "DATE", f"XXXX-{mo:02d}", grain="M", kind="month")
        v, a, b = cal.month_value(y, mo)
        return Cand(m.start(), m.end(), "DATE", v, None, a, b, "dct", "M", "month")

    def year(self, m, ctx: Ctx):
        after = ctx.text[m.end(): m.end() + 20].lstrip().split(" ", 1)[0].lower().strip(".,;:")
        if after in self.lex.stop_after_year:
            return None
        y = int(m.group("y"))
        if not 1800 <= y <= 2100:
            return None
        v, a, b = cal.year_value(y)
        return Cand(m.start(), m.end(), "DATE", v, None, a, b, "absolute", "Y", "year")

    def decade(self, m, ctx: Ctx):
        """'de jaren zestig (van de vorige eeuw)' → 196; a second decade ('en tachtig') is its own timex."""
        end = m.end("dec") if m.group("dec2") else m.end()
        return self._decade(m.start(), end, m.group("dec"), bool(m.group("prev")), ctx)

    def decade_second(self, m, ctx: Ctx):
        if not re.search(r"jaren\s+\S+\s+$", ctx.text[max(0, m.start() - 30):m.start()], re.I):
            return None
        return self._decade(m.start("dec"), m.end(), m.group("dec"), bool(m.group("prev")), ctx)

    def decade_er(self, m, ctx: Ctx):
        """'de zeventiger (en tachtiger) jaren'."""
        return self._decade(m.start(), m.end(), m.group("dec"), False, ctx)

    def _decade(self, start: int, end: int, dec: str, previous_century: bool, ctx: Ctx) -> Cand:
        dec = dec.lstrip("'’").lower()
        n = self.lex.t["decade_words"].get(dec, None)
        n = int(dec) // 10 if n is None else n
        century = 19 if previous_century or ctx.dct is None or n * 10 > ctx.dct.year % 100 else ctx.dct.year // 100
        v = f"{century}{n}"
        return Cand(start, end, "DATE", v, None, f"{v}0-01-01", f"{v}9-12-31", "absolute", "Y", "decade")

    def quarter(self, m, ctx: Ctx):
        q = m.group("q").lower()
        q = self.lex.t["ordinals"].get(q) or int(q[0])
        q = 4 if q == -1 else q
        if not 1 <= q <= 4:
            return None
        if m.group("rel"):
            shift = self.lex.t["relative_modifiers"][m.group("rel").lower()]
            return ctx.date(m.start(), m.end(), lambda a: cal.quarter_value(a.year + shift, q), "Y", "quarter")
        y = _year(m.group("y")) or infer_year(ctx, 3 * q - 1, 15, m.start(), m.end())
        if y is None:
            return Cand(m.start(), m.end(), "DATE", f"XXXX-Q{q}", grain="Q", kind="quarter")
        v, a, b = cal.quarter_value(y, q)
        return Cand(m.start(), m.end(), "DATE", v, None, a, b, "absolute" if m.group("y") else "dct", "Q", "quarter")

    def week_number(self, m, ctx: Ctx):
        w = int(m.group("w"))
        y = _year(m.group("y")) or (ctx.dct.year if ctx.dct else None)
        if not 1 <= w <= 53 or y is None:
            return None
        try:
            mon = date.fromisocalendar(y, w, 1)
        except ValueError:
            return None
        return Cand(m.start(), m.end(), "DATE", f"{y}-W{w:02d}", None, mon.isoformat(),
                    (mon + timedelta(days=6)).isoformat(), "absolute", "W", "week")

    def holiday(self, m, ctx: Ctx):
        spec = self.lex.t["holidays"][re.sub(r"\s+", " ", m.group("h").lower())]
        explicit = _year(m.group("y"))

        def on(year: int) -> date:
            if "fixed" in spec:
                mo, d = map(int, spec["fixed"].split("-"))
                return date(year, mo, d)
            if "easter" in spec:
                return cal.easter(year) + timedelta(days=spec["easter"])
            if "koningsdag" in spec:  # 27 April, a day earlier when that is a Sunday
                d = date(year, 4, 27)
                return d - timedelta(days=1) if d.isoweekday() == 7 else d
            mo, wd, n = spec["nth_weekday"]
            return cal.nth_weekday(year, mo, wd, n)

        if explicit:
            v = on(explicit).isoformat()
            return Cand(m.start(), m.end(), "DATE", v, None, v, v, "absolute", "D", "holiday")

        def fn(anchor: date):
            d = on(anchor.year)
            direction = ctx.direction(m.start(), m.end())
            if direction < 0 and d > anchor:
                d = on(anchor.year - 1)
            elif direction >= 0 and d < anchor:
                d = on(anchor.year + 1)
            return cal.day_value(d)
        return ctx.date(m.start(), m.end(), fn, "D", "holiday")

    def season_year(self, m, ctx: Ctx):
        code = self.lex.t["seasons"][m.group("s").lower()]
        return self._season(m.start(), m.end(), code, int(m.group("y")), "absolute")

    def this_season(self, m, ctx: Ctx):
        """'de lente' in an April article: this year's spring (the winter around the article date)."""
        code = self.lex.t["seasons"][m.group("s").lower()]

        def fn(a: date):
            y = a.year - (1 if code == "WI" and a.month <= 3 else 0)
            c = self._season(0, 0, code, y, "dct")
            return c.value, c.earliest, c.latest
        return ctx.date(m.start(), m.end(), fn, "M", "season")

    def _season(self, start, end, code, year, anchor):
        a, b = self.lex.t["season_ranges"][code]
        end_year = year + 1 if code == "WI" else year
        return Cand(start, end, "DATE", f"{year}-{code}", None, f"{year}-{a}", f"{end_year}-{b}", anchor, "M", "season")

    def on_day(self, m, ctx: Ctx):
        if ctx.dct is None or ctx.dct.month is None:
            return None
        raw = m.group("d").lower()
        d = 1 if raw == "eerste" else int(re.match(r"\d+", raw).group())
        here = ctx.dct.first
        target = date(here.year, here.month, 1)
        if d < (ctx.dct.day or 1):
            target = cal.add_months(target, 1)
        return absolute_day(ctx, m.start("span"), m.end(), d, target.month, target.year, "date")

    def current_unit(self, m, ctx: Ctx):
        """'eind van het jaar', 'begin van de maand': the article's year or month; only with
        a position word before (the composer adds it), since 'het jaar' alone refers anywhere."""
        before = ctx.text[max(0, m.start() - 25):m.start()].lower()
        if not re.search(rf"{self.lex.POSMOD}\s+van\s+$", before):
            return None
        if m.group("y"):
            return ctx.date(m.start(), m.end(), lambda a: cal.year_value(a.year), "Y", "relative_unit")
        if m.group("mo"):
            return ctx.date(m.start(), m.end(), lambda a: cal.month_value(a.year, a.month), "M", "relative_unit")
        return ctx.date(m.start(), m.end(), cal.week_value, "W", "relative_unit")

    def this_day(self, m, ctx: Ctx):
        return ctx.date(m.start(), m.end(), cal.day_value, "D", "relative_day")

    # -- relative ---------------------------------------------------------------------
    def relative_day(self, m, ctx: Ctx):
        word = m.group("r").lower()
        if word == "morgen":  # 'de morgen', "'s morgens", 'elke morgen' are mornings
            before = ctx.text[max(0, m.start() - 8): m.start()].lower()
            if re.search(r"(?:\bde|\bdeze|\bdie|\belke|\bvan|'s|\bgoede)\s+$", before):
                return None
        shift = self.lex.t["relative_days"][word]
        return ctx.date(m.start(), m.end(), lambda a: cal.day_value(a + timedelta(days=shift)), "D", "relative_day")

    def weekday(self, m, ctx: Ctx):
        names = {**self.lex.weekdays, **self.lex.weekday_abbr}
        wd = names[m.group("wd").lower()]
        rel = (m.groupdict().get("rel") or "").lower()
        wrel = (m.groupdict().get("wrel") or m.groupdict().get("wrel2") or "").lower()
        if m.groupdict().get("inweek"):
            wrel = "volgende"
        rels = self.lex.t["relative_modifiers"]
        if wrel:
            week_shift = rels[wrel]
            fn = lambda a: cal.day_value(cal.monday(a) + timedelta(days=7 * week_shift + wd - 1))
        else:
            direction = rels[rel] if rel else ctx.direction(m.start(), m.end())
            fn = lambda a: cal.day_value(weekday_step(a, wd, direction, bool(rel)))
        c = ctx.date(m.start(), m.end(), fn, "D", "weekday")
        part = m.groupdict().get("part")
        if part:
            code = self.lex.t["day_parts"][part.lower()]
            c = c.but(type="TIME", value=f"{c.value}T{code}", grain="T", clock=code)
        return c

    def relative_unit(self, m, ctx: Ctx):
        shift = self.lex.t["relative_modifiers"][m.group("rel").lower()]
        unit = m.group("u").lower()
        if unit in self.lex.t["seasons"]:
            code = self.lex.t["seasons"][unit]

            def season(a: date):
                y = a.year - (1 if code == "WI" and a.month <= 3 else 0) + shift
                c = self._season(0, 0, code, y, "dct")
                return c.value, c.earliest, c.latest
            return ctx.date(m.start(), m.end(), season, "M", "season")
        fns = {
            "dag": ("D", lambda a: cal.day_value(a + timedelta(days=shift))),
            "week": ("W", lambda a: cal.week_value(a + timedelta(days=7 * shift))),
            "maand": ("M", lambda a: cal.month_value(*_ym(cal.add_months(a, shift)))),
            "kwartaal": ("Q", lambda a: cal.quarter_value(*_yq(cal.add_months(a, 3 * shift)))),
            "jaar": ("Y", lambda a: cal.year_value(a.year + shift)),
            "decennium": ("Y", lambda a: _decade(a.year // 10 + shift)),
            "eeuw": ("Y", lambda a: _century(a.year // 100 + shift)),
        }
        if unit.startswith("weekein") or unit == "weekend":
            def weekend(a: date):
                this = a if a.isoweekday() >= 6 else a + timedelta(days=0)
                if shift < 0 and a.isoweekday() < 6:
                    this = a - timedelta(days=7)
                elif shift > 0 and a.isoweekday() >= 6 and m.group("rel").lower() in ("volgend", "volgende"):
                    this = a + timedelta(days=7)
                return cal.weekend_value(this)
            return ctx.date(m.start(), m.end(), weekend, "W", "weekend")
        grain, fn = fns[unit]
        return ctx.date(m.start(), m.end(), fn, grain, "relative_unit")

    def relative_span(self, m, ctx: Ctx):
        """'de afgelopen drie dagen' → the days before the anchor; without a number a duration."""
        unit = self.lex.units.get(m.group("u").lower(), "Y")
        back = m.group("rel").lower() in ("afgelopen", "vorige", "laatste")
        code = {"S": "TXS", "MIN": "TXM", "H": "TXH"}.get(unit, "X" + unit)
        if m.group("n") is None:
            return Cand(m.start(), m.end(), "DURATION", "P" + code, grain="P", kind="vague_span")
        n = self.lex.number(m.group("n"), few=2)
        if n == "X":
            return Cand(m.start(), m.end(), "DURATION", "P" + code, grain="P", kind="vague_span")
        if n is None or n != int(n) or unit in ("S", "MIN", "H"):
            return self._clock_span(m, ctx, unit, n, back)
        n = int(n)
        step = {"D": lambda a, k: cal.day_value(a + timedelta(days=k)),
                "W": lambda a, k: cal.week_value(a + timedelta(days=7 * k)),
                "M": lambda a, k: cal.month_value(*_ym(cal.add_months(a, k))),
                "Y": lambda a, k: cal.year_value(a.year + k)}.get(unit)
        if step is None:
            return None
        first, last = (-n, -1) if back else (1, n)
        grain = {"D": "D", "W": "W", "M": "M", "Y": "Y"}[unit]
        return ctx.date(m.start(), m.end(), lambda a: cal.span_value(step(a, first), step(a, last)), grain, "relative_span")

    def _clock_span(self, m, ctx: Ctx, unit, n, back):
        dct = ctx.dct
        if dct is None or dct.precision != "T" or n is None or n == "X":
            return None
        from datetime import datetime
        now = datetime(dct.year, dct.month, dct.day, dct.hour, dct.minute)
        size = {"H": timedelta(hours=1), "MIN": timedelta(minutes=1), "S": timedelta(seconds=1)}[unit]
        base = now.replace(minute=0) if unit == "H" else now
        n = int(n)
        a, b = (base - n * size, base - size) if back else (base + size, base + n * size)
        fmt = "%Y-%m-%dT%H:%M:%S" if unit == "S" else "%Y-%m-%dT%H:%M"
        return Cand(m.start(), m.end(), "TIME", f"{a.strftime(fmt)}/{b.strftime(fmt)}", None, None, None, "dct", "T", "relative_span")

    def shifted(self, m, ctx: Ctx):
        """'drie jaar geleden' → 2022; 'over een week' → that day."""
        n = self.lex.number(m.group("n"), few=2)
        unit = self.lex.units.get(m.group("u").lower())
        if n is None or n == "X" or unit is None:
            return None
        sign = -1 if m.group("dir") else 1
        if m.groupdict().get("prep", "").lower() == "in" and not self._future_point(m, ctx):
            return None  # 'twee explosieven in twee maanden': a duration
        span = (m.start("span"), m.end("span")) if m.groupdict().get("span") else (m.start(), m.end())
        if unit in ("S", "MIN", "H", "Q15"):
            return self._clock_shift(span, ctx, unit, n * sign)
        if n != int(n):
            return None
        k = int(n) * sign
        fns = {"D": ("D", lambda a: cal.day_value(a + timedelta(days=k))),
               "W": ("D", lambda a: cal.day_value(a + timedelta(days=7 * k))),
               "WE": ("W", lambda a: cal.weekend_value(a + timedelta(days=7 * k))),
               "M": ("M", lambda a: cal.month_value(*_ym(cal.add_months(a, k)))),
               "QUARTER": ("Q", lambda a: cal.quarter_value(*_yq(cal.add_months(a, 3 * k)))),
               "Y": ("Y", lambda a: cal.year_value(a.year + k)),
               "DE": ("Y", lambda a: cal.year_value(a.year + 10 * k)),
               "CE": ("Y", lambda a: cal.year_value(a.year + 100 * k))}
        grain, fn = fns[unit]
        return ctx.date(span[0], span[1], fn, grain, "shifted")

    @staticmethod
    def _future_point(m, ctx: Ctx) -> bool:
        """'in drie jaar' is a point ahead only where the sentence looks ahead or the
        phrase stands alone (a heading, an agenda line); else it is a duration."""
        if ctx.direction(m.start(), m.end()) > 0:
            return True
        rest = ctx.sentence(m.start(), m.end()).replace(m.group(0), "")
        return not re.search(r"\w", rest)

    def _clock_shift(self, span, ctx: Ctx, unit, n):
        dct = ctx.dct
        if dct is None or dct.precision != "T":
            return None
        from datetime import datetime
        now = datetime(dct.year, dct.month, dct.day, dct.hour, dct.minute)
        minutes = n * {"S": 1 / 60, "MIN": 1, "H": 60, "Q15": 15}[unit]
        t = now + timedelta(minutes=minutes)
        fmt = "%Y-%m-%dT%H:%M:%S" if unit == "S" else "%Y-%m-%dT%H:%M"
        return Cand(span[0], span[1], "TIME", t.strftime(fmt), None, None, None, "dct", "T", "shifted")


def _ym(d: date):
    return d.year, d.month


def _yq(d: date):
    return d.year, (d.month - 1) // 3 + 1


def _decade(n: int):
    return str(n), f"{n}0-01-01", f"{n}9-12-31"


def _century(n: int):
    return f"{n:02d}", f"{n}00-01-01", f"{n}99-12-31"
