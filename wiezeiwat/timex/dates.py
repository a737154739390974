"""Rules for calendar dates written out: '14 april 2015', 'februari 2022', '2024', 'de jaren
zestig', 'het derde kwartaal', holidays.  Relative dates are in ``relative.py``."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from . import calendar as cal
from .core import Cand, Ctx
from .lexicon import E, W, Lexicon, alternation

SP = r"[^\S\n]+"  # spaces within a line: a date does not run on into the next line


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


def season_cand(lex: Lexicon, start: int, end: int, code: str, year: int, anchor: str) -> Cand:
    """A season ('2008-SU') with its astronomical range; a winter runs into the next year."""
    a, b = lex.t["season_ranges"][code]
    end_year = year + 1 if code == "WI" else year
    return Cand(start, end, "DATE", f"{year}-{code}", None, f"{year}-{a}", f"{end_year}-{b}", anchor, "M", "season")


class DateRules:
    def __init__(self, lex: Lexicon):
        L = lex
        self.lex = L
        wd = rf"(?:(?P<wd>{L.WEEKDAY}|{L.WEEKDAY_ABBR}\.)\s*,?\s+)?"
        DECADE = alternation(L.t["decade_words"])
        yr = rf"(?:{SP}(?P<y>(?:1[89]|20|21)\d\d|'\d\d)(?!\d))?"
        ordinal_suffix = r"(?:e|de|ste|ste)?"
        self.rules = [
            ("day_month", re.compile(
                rf"{W}{wd}(?:de\s+)?(?P<d>[0-3]?\d){ordinal_suffix}{SP}(?P<m>{L.MONTH})\.?{E}{yr}", re.I),
             self.day_month),
            ("month_day", re.compile(
                rf"{W}{wd}(?P<m>{L.MONTH})\.?{SP}(?P<d>[0-3]?\d)(?![\d.,:]\d|\s*(?:%|procent|\w))"
                rf"(?:,?{SP}(?P<y>(?:19|20)\d\d))?", re.I), self.day_month),
            ("numeric_date", re.compile(
                rf"{W}{wd}(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d\w])", re.I),
             self.day_month),
            ("day_mon_yy", re.compile(
                rf"{W}(?P<d>[0-3]?\d)-(?P<m>{L.MONTH})-(?P<y>\d\d|(?:19|20)\d\d)(?![\w])", re.I), self.day_month),
            ("day_month_numeric", re.compile(
                rf"(?:(?P<op>\bop\s+)|{W}{wd})(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?![\d\w]|[-/.:]\d)", re.I),
             self.day_month_numeric),
            ("month_year", re.compile(rf"{W}(?P<m>{L.MONTH})\.?(?:{SP}|-)(?P<y>(?:1[89]|20)\d\d|'\d\d)(?!\d)", re.I),
             self.month_year),
            ("month_rel_year", re.compile(
                rf"{W}(?:(?P<rel>{L.REL})\s+jaar\s+(?P<m>{L.MONTH_FULL})|(?P<m2>{L.MONTH_FULL})\s+(?:van\s+)?(?P<rel2>{L.REL})\s+jaar){E}",
                re.I), self.month_rel_year),
            ("nth_in_month", re.compile(
                rf"{W}(?:de\s+)?(?P<o>{L.ORDINAL})\s+(?P<what>{L.WEEKDAY}|dag|week)\s+(?:in|van)\s+(?P<m>{L.MONTH_FULL})"
                rf"(?:\s+(?P<y>(?:19|20)\d\d))?{E}", re.I), self.nth_in_month),
            ("month", re.compile(rf"{W}(?P<m>{L.MONTH_FULL}){E}", re.I), self.month),
            ("year", re.compile(r"(?<![\w.,€$/:-])(?P<y>(?:1[5-9]|20)\d\d)(?![\d]|[.,:/-]\d|\s*(?:%|-?jarige))", re.I), self.year),
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
            ("season", re.compile(rf"{W}(?:de\s+|het\s+)?(?P<s>{L.SEASON})\s+(?:van\s+)?(?P<y>(?:19|20)\d\d){E}", re.I),
             self.season_year),
            ("on_day", re.compile(r"\bop\s+(?P<span>de\s+(?P<d>[0-3]?\d(?:e|de|ste)|eerste))(?=\s*(?:[,.;!?]|$))", re.I),
             self.on_day),
        ]

    # -- absolute -------------------------------------------------------------------
    def day_month(self, m, ctx: Ctx):
        month = m.group("m")
        month = int(month) if month.isdigit() else self.lex.months[month.lower()]
        return absolute_day(ctx, m.start(), self._end(m), int(m.group("d")), month, _year(m.group("y")), "date")

    @staticmethod
    def _end(m) -> int:
        """A full month name takes no dot: in '4 juni.' the dot ends the sentence; 'sept.' abbreviates."""
        month = (m.group("m") or "").lower()
        full_name = month.isalpha() and (len(month) > 4 or month in ("mei", "juni", "juli"))
        return m.end() - 1 if m.group(0).endswith(".") and full_name and not m.group("y") else m.end()

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
        return ctx.resolve(m.start(), m.end(), lambda a: cal.month_value(a.year + shift, mo), "Y", "month")

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
        return ctx.resolve(m.start(), m.end(), fn, "Y", "date")

    def month(self, m, ctx: Ctx):
        mo = self.lex.months[m.group("m").lower()]
        if m.group("m") == "Mei" and ctx.text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n"):
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
            return ctx.resolve(m.start(), m.end(), lambda a: cal.quarter_value(a.year + shift, q), "Y", "quarter")
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
        return ctx.resolve(m.start(), m.end(), fn, "D", "holiday")

    def season_year(self, m, ctx: Ctx):
        code = self.lex.t["seasons"][m.group("s").lower()]
        return season_cand(self.lex, m.start(), m.end(), code, int(m.group("y")), "absolute")

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
