"""Calendar arithmetic for TIMEX3 values: the article date, weeks, ranges, Easter.

An article date may be a year, a month or a day (optionally with a time, as the
Duckling corpus gives).  Relative expressions are resolved against the first and
the last day the article date allows; where the two differ the value is masked
with ``X`` at the precision the article date leaves open.
"""
from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

GRAIN_ORDER = {"Y": 0, "Q": 1, "M": 1, "W": 2, "D": 3, "T": 4}
DCT_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?")


@dataclass(frozen=True)
class Dct:
    """The article date and its precision: 'Y', 'M', 'D' (or 'T' with a clock time)."""
    year: int
    month: Optional[int] = None
    day: Optional[int] = None
    hour: Optional[int] = None
    minute: Optional[int] = None

    @property
    def precision(self) -> str:
        if self.day is None:
            return "M" if self.month else "Y"
        return "T" if self.hour is not None else "D"

    @property
    def first(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> date:
        if self.day:
            return self.first
        month = self.month or 12
        return date(self.year, month, month_length(self.year, month))

    @property
    def middle(self) -> date:
        return self.first + (self.last - self.first) // 2


def parse_dct(value: Optional[str]) -> Optional[Dct]:
    m = DCT_RE.match(value or "")
    if not m:
        return None
    y, mo, d, h, mi = (int(g) if g else None for g in m.groups())
    try:  # a malformed date ('2019-13-40') is no date rather than a crash
        date(y, mo or 1, d or 1)
    except ValueError:
        return None
    if h is not None and not (h < 24 and mi < 60):
        h = mi = None
    return Dct(y, mo, d, h, mi)


def month_length(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, month_length(y, m + 1)))


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) ISO weekday (1=Monday) of a month."""
    if n < 0:
        last = date(year, month, month_length(year, month))
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


# -- values and ranges at a grain ------------------------------------------------

def day_value(d: date) -> tuple[str, str, str]:
    s = d.isoformat()
    return s, s, s


def week_value(d: date) -> tuple[str, str, str]:
    start = monday(d)
    return iso_week(d), start.isoformat(), (start + timedelta(days=6)).isoformat()


def weekend_value(d: date) -> tuple[str, str, str]:
    sat = monday(d) + timedelta(days=5)
    return iso_week(d) + "-WE", sat.isoformat(), (sat + timedelta(days=1)).isoformat()


def month_value(year: int, month: int) -> tuple[str, str, str]:
    return (f"{year}-{month:02d}", f"{year}-{month:02d}-01",
            f"{year}-{month:02d}-{month_length(year, month):02d}")


def quarter_value(year: int, q: int) -> tuple[str, str, str]:
    first, last = 3 * q - 2, 3 * q
    return (f"{year}-Q{q}", f"{year}-{first:02d}-01",
            f"{year}-{last:02d}-{month_length(year, last):02d}")


def year_value(year: int) -> tuple[str, str, str]:
    return str(year), f"{year}-01-01", f"{year}-12-31"


def year_month(d: date) -> tuple[int, int]:
    return d.year, d.month


def year_quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def decade_value(n: int) -> tuple[str, str, str]:
    """Decade n (201 = the 2010s)."""
    return str(n), f"{n}0-01-01", f"{n}9-12-31"


def century_value(n: int) -> tuple[str, str, str]:
    return f"{n:02d}", f"{n}00-01-01", f"{n}99-12-31"


def span_value(a: tuple[str, str, str], b: tuple[str, str, str]) -> tuple[str, str, str]:
    """A closed range from the unit of `a` to the unit of `b`: value 'A/B'."""
    return f"{a[0]}/{b[0]}", a[1], b[2]


def part_of(earliest: str, latest: str, mod: str, fractions: dict) -> tuple[str, str]:
    """The earliest/latest of the START/MID/END part of a range ('begin 2022')."""
    lo, hi = fractions[mod]
    a, b = date.fromisoformat(earliest), date.fromisoformat(latest)
    if (b - a).days >= 300:  # a year: whole months, as annotators do (begin → Jan–Apr)
        months = [(a.year, m) for m in range(1, 13)]
        first = months[int(round(lo * 12))]
        last = months[max(int(round(hi * 12)) - 1, 0)]
        return (f"{first[0]}-{first[1]:02d}-01",
                f"{last[0]}-{last[1]:02d}-{month_length(*last):02d}")
    n = (b - a).days + 1
    start = a + timedelta(days=int(lo * n))
    end = a + timedelta(days=max(int(hi * n) - 1, 0))
    return start.isoformat(), end.isoformat()


Resolver = Callable[[date], tuple[str, str, str]]


def resolve_relative(dct: Optional[Dct], fn: Resolver, grain: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Resolve `fn(anchor day)` against an article date of any precision.

    Exact when the article date is at least as precise as the expression needs;
    otherwise the value is masked where the article date leaves it open and the
    range spans every day the expression can mean.
    """
    if dct is None:
        return None, None, None
    if dct.precision in ("D", "T"):
        return fn(dct.first)
    value, _, _ = fn(dct.middle)
    earliest = fn(dct.first)[1]
    latest = fn(dct.last)[2]
    return mask(value, grain, dct.precision), earliest, latest


def mask(value: str, grain: str, precision: str) -> str:
    """Replace the parts of `value` finer than the article date's precision with X."""
    if grain == "Y" or GRAIN_ORDER.get(grain, 3) <= GRAIN_ORDER[precision]:
        return value
    if grain == "W":
        return re.sub(r"W\d\d", "WXX", value)
    if grain == "Q" or grain == "M":
        return re.sub(r"^(\d{4})-(Q?)\d\d?", lambda m: f"{m.group(1)}-{m.group(2)}XX", value, count=1)
    if precision == "M":  # day or finer, article date gives the month
        return re.sub(r"^(\d{4}-\d\d)-\d\d", r"\1-XX", value)
    return re.sub(r"^(\d{4})-\d\d-\d\d", r"\1-XX-XX", value)
