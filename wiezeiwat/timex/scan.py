"""Run the rules only near the words that can start them.

Scanning every regex over every character costs ~10,000 words/s; most text holds no
time expression.  One pass over the words finds the trigger words each rule needs (a
month name, a unit, a digit …) and each rule then runs only in windows around them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable

from .lexicon import Lexicon

WORD = re.compile(r"\w+")
WORD_TAIL = re.compile(r"\w*")
MARGIN = 60  # characters around a trigger word that a match may reach
# rules whose matches start at (or just before) their trigger need a smaller window before it
BEFORE = {"clock": 0, "hour_suffix": 0, "year": 0, "day_mon_yy": 0, "quarter_hour": 0, "half_hour": 25,
          "duration": 30, "approx_duration": 15, "ago": 30, "relative_to_last": 30, "ahead": 40, "duration_range_first": 40, "compound_duration": 0,
          "numeric_date": 25, "day_month_numeric": 25}
DIGIT = "#digit"
NUMBER = "#number"


def last_words(phrases: Iterable[str]) -> set[str]:
    return {p.split()[-1].lstrip("'").lower() for p in phrases}


def all_words(phrases: Iterable[str]) -> set[str]:
    return {w.lower() for p in phrases for w in WORD.findall(p)}


def rule_triggers(lex: Lexicon) -> dict[str, set[str]]:
    """The words one of which every match of a rule contains."""
    t = lex.t
    months, weekdays = set(lex.months), set(lex.weekdays)
    units = {u for u in lex.units if u.isalpha() and len(u) > 1}
    parts = set(t["day_parts"])
    weekday_parts = {w + p for w in weekdays for p in parts}
    span_units = set(t["span_units"])
    rel_units = {"week", "maand", "jaar", "kwartaal", "weekend", "weekeinde", "weekeind", "eeuw", "decennium", "dag"} | set(t["seasons"])
    return {
        "day_month": months, "month_day": months, "month_year": months, "month_rel_year": months, "month": months,
        "numeric_date": {DIGIT}, "day_mon_yy": {DIGIT}, "day_month_numeric": {DIGIT}, "year": {DIGIT}, "clock": {DIGIT}, "hour_suffix": {DIGIT},
        "nth_in_month": set(t["ordinals"]), "decade": {"jaren"}, "decade_second": set(t["decade_words"]),
        "decade_er": {w + "er" for w in t["decade_words"]}, "this_season": set(t["seasons"]), "quarter": {"kwartaal"}, "week_number": {"week"},
        "holiday": last_words(t["holidays"]), "relative_day": last_words(t["relative_days"]),
        "weekday": weekdays | weekday_parts, "weekday_abbr": set(lex.weekday_abbr),
        "relative_unit": rel_units, "relative_span": span_units, "season": set(t["seasons"]),
        "on_day": {DIGIT, "eerste"}, "this_day": {"dag"}, "current_unit": {"jaar", "maand", "week"},
        "ago": units, "ahead": units, "duration": units | {DIGIT}, "approx_duration": units, "relative_to_last": units,
        "hour": {"uur"}, "half_hour": {"half"}, "quarter_hour": {"kwart", NUMBER},
        "day_compound": set(t["day_compounds"]), "daypart_today": parts,
        "daypart_adverb": parts | last_words(t["day_part_adverbs"]),
        "half_unit": {"half", "halve"}, "whole_unit": {"hele", "gehele", "volle"},
        "set_adverb": last_words(t["set_adverbs"]), "set_every": set(t["set_words"]),
        "reference": last_words(k for k, v in t["references"].items() if v),
        "vague_duration": last_words(t["vague_durations"]), "anaphor": last_words(t["anaphora"]),
        "anaphor_year_before": {"jaar"}, "vague_plural": set(t["vague_plural_units"]), "compound_duration": {DIGIT} | {n + u for n in lex.numerals for u in t["compound_units"]}, "day_anaphor": {"dag"}, "duration_range_first": units,
    }


class Scanner:
    def __init__(self, lex: Lexicon, rules: list[tuple[str, re.Pattern, Callable]]):
        triggers = rule_triggers(lex)
        self.rules = rules
        self.by_word: dict[str, list[int]] = defaultdict(list)
        for i, (name, _, _) in enumerate(rules):
            for w in triggers[name]:
                self.by_word[w].append(i)
        rare_numbers = set(lex.numerals) | set(lex.compound_numerals)
        for w in rare_numbers - {"een", "één", "eén"}:
            self.by_word[w] = self.by_word.get(w, []) + self.by_word.get(NUMBER, [])

    def matches(self, text: str):
        """(rule index, match) for every rule match near one of its triggers."""
        hits: dict[int, list[int]] = defaultdict(list)
        by_word, digit = self.by_word, self.by_word.get(DIGIT, ()) + self.by_word.get(NUMBER, [])
        for m in WORD.finditer(text):
            w = m.group()
            rules = digit if w[0].isdigit() else by_word.get(w.lower())
            if rules:
                for i in rules:
                    hits[i].append(m.start())
        for i, positions in hits.items():
            name, regex = self.rules[i][0], self.rules[i][1]
            for lo, hi in windows(positions, text, BEFORE.get(name, MARGIN)):
                yield from ((i, m) for m in regex.finditer(text, lo, hi))


def windows(positions: list[int], text: str, before: int = MARGIN):
    """Merged [lo, hi) windows from `before` characters before each position to MARGIN after,
    ending at a word's end (a regex sees the window's end as the end of the text)."""
    lo, hi = None, None
    n = len(text)
    for p in positions:
        a, b = max(0, p - before), min(n, p + MARGIN)
        b = WORD_TAIL.match(text, b).end()
        if hi is not None and a <= hi:
            hi = b
            continue
        if lo is not None:
            yield lo, hi
        lo, hi = a, b
    if lo is not None:
        yield lo, hi
