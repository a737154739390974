"""Rules for dates relative to the article date: 'gisteren', 'zaterdag', 'vorige week',
'de komende drie dagen', 'drie jaar geleden', 'over twee weken', 'de lente'."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from . import calendar as cal
from .core import Cand, Ctx
from .dates import season_cand
from .lexicon import E, W, Lexicon, alternation


def weekday_step(anchor: date, weekday: int, direction: int, explicit: bool = False) -> date:
    """The weekday meant from the anchor day.  Looking ahead: the next one after it.
    Looking back: the last one, the article's own day included ('verklaarde maandag').
    Tense unknown: the article's own day when it is that weekday ('Het is
    donderdagmiddag'), else the next one.  'vorige'/'komende' never mean the day itself."""
    if direction > 0 or (direction == 0 and (explicit or anchor.isoweekday() != weekday)):
        return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    back = (anchor.isoweekday() - weekday) % 7
    return anchor - timedelta(days=back or (7 if explicit else 0))


def weekend_of(anchor: date, shift: int, following: bool) -> tuple[str, str, str]:
    """'afgelopen weekend' on a weekday is the one before; 'dit/komend weekend' the one of
    this week; on a Saturday or Sunday 'afgelopen' and 'dit' mean this one, 'volgend' the next."""
    weekend_now = anchor.isoweekday() >= 6
    if shift < 0 and not weekend_now:
        anchor -= timedelta(days=7)
    elif shift > 0 and weekend_now and following:
        anchor += timedelta(days=7)
    return cal.weekend_value(anchor)


class RelativeDateRules:
    def __init__(self, lex: Lexicon):
        L = lex
        self.lex = L
        self.rules = [
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
                rf"{W}(?:(?:de|het)\s+)?(?P<rel>{alternation(L.t['span_modifiers'])})\s+(?:(?P<n>{L.NUM})\s+)?"
                rf"(?P<u>{alternation(L.t['span_units'])}){E}", re.I),
             self.relative_span),
            ("ago", re.compile(
                rf"{W}(?P<n>{L.NUM})\s+(?P<u>{L.UNIT_WORD})\s+(?P<dir>{alternation(L.t['ago_words'])}){E}", re.I), self.shifted),
            ("ahead", re.compile(
                rf"{W}(?P<prep>{alternation(L.t['ahead_prepositions'])})\s+(?P<span>(?P<n>{L.NUM})\s+(?P<u>{L.UNIT_WORD}))"
                rf"(?!\s+{alternation(L.t['duration_markers'])})(?P<dir>){E}", re.I),
             self.shifted),
            ("this_season", re.compile(rf"{W}(?:de|het)\s+(?P<s>{L.SEASON}){E}", re.I), self.this_season),
            ("this_day", re.compile(rf"{W}deze\s+dag{E}", re.I), self.this_day),
        ]

    # 'op de zwoele zaterdagavond': a day described is one the story has reached; a bare
    # 'op de zaterdagavond' is mostly habitual, and 'die' mostly a relative pronoun
    definite_before = re.compile(r"(?<![\w])(?:de|deze)\s+(?:[^\W\d]+e\s+){1,2}$", re.I)

    def current_unit(self, m, ctx: Ctx):
        """'eind van het jaar', 'begin van de maand': the article's year or month; only with
        a position word before (the composer adds it), since 'het jaar' alone refers anywhere."""
        before = ctx.text[max(0, m.start() - 25):m.start()].lower()
        if not re.search(rf"{self.lex.POSMOD}\s+van\s+$", before):
            return None
        if m.group("y"):
            return ctx.resolve(m.start(), m.end(), lambda a: cal.year_value(a.year), "Y", "relative_unit")
        if m.group("mo"):
            return ctx.resolve(m.start(), m.end(), lambda a: cal.month_value(a.year, a.month), "M", "relative_unit")
        return ctx.resolve(m.start(), m.end(), cal.week_value, "W", "relative_unit")

    def this_season(self, m, ctx: Ctx):
        """'de lente' in an April article: this year's spring (the winter around the article date)."""
        code = self.lex.t["seasons"][m.group("s").lower()]
        return ctx.resolve(m.start(), m.end(), self._season(code, 0), "M", "season")

    def _season(self, code: str, shift: int):
        """The season `shift` years from the one of the anchor's year (a winter starts in December)."""
        def fn(a: date):
            c = season_cand(self.lex, 0, 0, code, a.year - (code == "WI" and a.month <= 3) + shift, "dct")
            return c.value, c.earliest, c.latest
        return fn

    def this_day(self, m, ctx: Ctx):
        return ctx.resolve(m.start(), m.end(), cal.day_value, "D", "relative_day")

    # -- relative ---------------------------------------------------------------------
    def relative_day(self, m, ctx: Ctx):
        word = m.group("r").lower()
        if word == "morgen":  # 'de morgen', "'s morgens", 'elke morgen' are mornings
            before = ctx.text[max(0, m.start() - 8): m.start()].lower()
            if re.search(r"(?:\bde|\bdeze|\bdie|\belke|\bvan|'s|\bgoede)\s+$", before):
                return None
        shift = self.lex.t["relative_days"][word]
        return ctx.resolve(m.start(), m.end(), lambda a: cal.day_value(a + timedelta(days=shift)), "D", "relative_day")

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
            if direction == 0 and self.definite_before.search(ctx.text, max(0, m.start() - 40), m.start()):
                direction = -1  # 'Op de zwoele zaterdagavond staat Mertens …'
            fn = lambda a: cal.day_value(weekday_step(a, wd, direction, bool(rel)))
        c = ctx.resolve(m.start(), m.end(), fn, "D", "weekday")
        part = m.groupdict().get("part")
        if part:
            code = self.lex.t["day_parts"][part.lower()]
            c = c.but(type="TIME", value=f"{c.value}T{code}", grain="T", clock=code)
        return c

    def relative_unit(self, m, ctx: Ctx):
        shift = self.lex.t["relative_modifiers"][m.group("rel").lower()]
        unit = m.group("u").lower()
        if unit in self.lex.t["seasons"]:
            return ctx.resolve(m.start(), m.end(), self._season(self.lex.t["seasons"][unit], shift), "M", "season")
        if unit.startswith("weekein") or unit == "weekend":
            following = m.group("rel").lower() in ("volgend", "volgende")
            return ctx.resolve(m.start(), m.end(), lambda a: weekend_of(a, shift, following), "W", "weekend")
        fns = {
            "dag": ("D", lambda a: cal.day_value(a + timedelta(days=shift))),
            "week": ("W", lambda a: cal.week_value(a + timedelta(days=7 * shift))),
            "maand": ("M", lambda a: cal.month_value(*cal.year_month(cal.add_months(a, shift)))),
            "kwartaal": ("Q", lambda a: cal.quarter_value(*cal.year_quarter(cal.add_months(a, 3 * shift)))),
            "jaar": ("Y", lambda a: cal.year_value(a.year + shift)),
            "decennium": ("Y", lambda a: cal.decade_value(a.year // 10 + shift)),
            "eeuw": ("Y", lambda a: cal.century_value(a.year // 100 + shift)),
        }
        grain, fn = fns[unit]
        return ctx.resolve(m.start(), m.end(), fn, grain, "relative_unit")

    def relative_span(self, m, ctx: Ctx):
        """'de afgelopen drie dagen' → the days before the anchor; without a number a duration."""
        unit = self.lex.units.get(m.group("u").lower(), "Y")
        back = self.lex.t["span_modifiers"][m.group("rel").lower()] < 0
        code = {"S": "TXS", "MIN": "TXM", "H": "TXH"}.get(unit, "X" + unit)
        if m.group("n") is None:  # 'de laatste jaren': PXY as in the dev gold (MEANTIME has PXY and PAST_REF)
            return Cand(m.start(), m.end(), "DURATION", "P" + code, grain="P", kind="vague_span")
        n = self.lex.number(m.group("n"), few=2)
        if n == "X":
            return Cand(m.start(), m.end(), "DURATION", "P" + code, grain="P", kind="vague_span")
        if n is None or n != int(n) or unit in ("S", "MIN", "H"):
            return self._clock_span(m, ctx, unit, n, back)
        n = int(n)
        step = {"D": lambda a, k: cal.day_value(a + timedelta(days=k)),
                "W": lambda a, k: cal.week_value(a + timedelta(days=7 * k)),
                "M": lambda a, k: cal.month_value(*cal.year_month(cal.add_months(a, k))),
                "Y": lambda a, k: cal.year_value(a.year + k)}.get(unit)
        if step is None:
            return None
        first, last = (-n, -1) if back else (1, n)
        grain = {"D": "D", "W": "W", "M": "M", "Y": "Y"}[unit]
        return ctx.resolve(m.start(), m.end(), lambda a: cal.span_value(step(a, first), step(a, last)), grain, "relative_span")

    def _clock_span(self, m, ctx: Ctx, unit, n, back):
        dct = ctx.dct
        if dct is None or dct.precision != "T" or n is None or n == "X":
            return None
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
        prep = (m.groupdict().get("prep") or "").lower()
        if self.lex.t["ahead_prepositions"].get(prep) == "point_or_duration" and not self._future_point(m, ctx):
            return None  # 'twee explosieven in twee maanden': a duration
        if prep and self._spread_over(m, ctx):
            return None  # 'te besteden over tien jaar', 'verspreid over drie dagen': a duration
        span = (m.start("span"), m.end("span")) if m.groupdict().get("span") else (m.start(), m.end())
        if unit in ("S", "MIN", "H", "Q15"):
            return self._clock_shift(span, ctx, unit, n * sign)
        if n != int(n):
            return None
        k = int(n) * sign
        fns = {"D": ("D", lambda a: cal.day_value(a + timedelta(days=k))),
               "W": ("D", lambda a: cal.day_value(a + timedelta(days=7 * k))),
               "WE": ("W", lambda a: cal.weekend_value(a + timedelta(days=7 * k))),
               "M": ("M", lambda a: cal.month_value(*cal.year_month(cal.add_months(a, k)))),
               "QUARTER": ("Q", lambda a: cal.quarter_value(*cal.year_quarter(cal.add_months(a, 3 * k)))),
               "Y": ("Y", lambda a: cal.year_value(a.year + k)),
               "DE": ("Y", lambda a: cal.year_value(a.year + 10 * k)),
               "CE": ("Y", lambda a: cal.year_value(a.year + 100 * k))}
        grain, fn = fns[unit]
        return ctx.resolve(span[0], span[1], fn, grain, "shifted")

    def _spread_over(self, m, ctx: Ctx) -> bool:
        """'over' after an infinitive with 'te' or a verb of spreading: the time it is spread over."""
        before = ctx.text[max(0, m.start() - 30):m.start()].lower()
        words = re.findall(r"\w+", before)
        return bool(re.search(r"\bte\s+\w+en\s+$", before)) or (bool(words) and words[-1] in self.lex.t["spread_words"])

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
        now = datetime(dct.year, dct.month, dct.day, dct.hour, dct.minute)
        minutes = n * {"S": 1 / 60, "MIN": 1, "H": 60, "Q15": 15}[unit]
        t = now + timedelta(minutes=minutes)
        fmt = "%Y-%m-%dT%H:%M:%S" if unit == "S" else "%Y-%m-%dT%H:%M"
        return Cand(span[0], span[1], "TIME", t.strftime(fmt), None, None, None, "dct", "T", "shifted")
