"""Quotes per week (or month) by stance: the numbers behind a speaker's timeline chart."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Optional

STANCES = ("assert", "confirm", "deny", "neither", "hedge", "refuse")
MAX_WEEKS = 160  # beyond this span the chart counts months


def point(value: Optional[str]) -> tuple[Optional[date], Optional[str]]:
    """(day, precision) of a time value: a date or ISO week is 'day' (its Monday for a
    week), a month ('2019-03', '2019-03-XX') is 'month' (its first day); else (None, None)."""
    if not value:
        return None, None
    try:
        if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", value):
            return date(*map(int, m.groups())), "day"
        if m := re.match(r"(\d{4})-W(\d{2})", value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1), "day"
        if m := re.match(r"(\d{4})-(\d{2})(-XX)?$", value):
            return date(int(m[1]), int(m[2]), 1), "month"
    except ValueError:
        pass
    return None, None


def quote_point(q: dict) -> tuple[Optional[date], Optional[str]]:
    d, precision = point(q.get("said_when"))
    return (d, precision) if d else point(q.get("article_date"))


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _month(d: date) -> str:
    return f"{d.year}-{d.month:02d}"


def counts(quotes: list[dict], unit: str) -> list[dict]:
    """Periods with quotes, in order: `week` (or `month`), its first day, counts per stance.
    Weeks count the quotes dated to the day; months every quote dated to the month."""
    found: dict[date, Counter] = {}
    for q in quotes:
        d, precision = quote_point(q)
        if d is None or (unit == "week" and precision != "day"):
            continue
        start = d - timedelta(days=d.weekday()) if unit == "week" else d.replace(day=1)
        found.setdefault(start, Counter())[q.get("stance") or "assert"] += 1
    name = _week if unit == "week" else _month
    return [{unit: name(start), "start": start.isoformat(), "stances": dict(found[start])}
            for start in sorted(found)]


def bars(quotes: list[dict]) -> dict:
    """Every period from the first quote to the last, empty ones too, with stacked
    segments: weeks when every dated quote is dated to the day and the span is short,
    else months."""
    points = [quote_point(q) for q in quotes]
    dated = [p for p in points if p[0]]
    if not dated:
        return {"bars": [], "max": 0, "unit": "week"}
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    weekly = all(p == "day" for _, p in dated) and (last - first).days // 7 < MAX_WEEKS
    unit = "week" if weekly else "month"
    rows = {r[unit]: Counter(r["stances"]) for r in counts(quotes, unit)}
    labels, step = [], (first - timedelta(days=first.weekday())) if weekly else first.replace(day=1)
    while step <= last:
        labels.append(_week(step) if weekly else _month(step))
        step = step + timedelta(days=7) if weekly else (step + timedelta(days=32)).replace(day=1)
    out = []
    for label in labels:
        c, y, segs = rows.get(label, Counter()), 0, []
        for s in STANCES:
            if c[s]:
                segs.append({"stance": s, "n": c[s], "y": y})
                y += c[s]
        out.append({"label": label, "total": y, "segments": segs, "title": f"{label}: " + (
            ", ".join(f"{c[s]} {s}" for s in STANCES if c[s]) or "no quotes")})
    return {"bars": out, "max": max(b["total"] for b in out), "unit": unit}
