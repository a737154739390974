"""The language tables (``wiezeiwat/lang/<lang>/timex.json``) and the regex pieces
built from them once, at import.  A new language adds a table with the same keys."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
W = r"(?<![\w])"     # start of a word
E = r"(?![\w])"      # end of a word
WORDS = re.compile(r"\w+")
# 'gesloten', 'geboden': a strong participle, not a weak past like 'gebruikten', 'gebeurden'
STRONG_PARTICIPLE = re.compile(r"ge\w*[aeiou][dt]en$")


def alternation(words) -> str:
    """A regex matching any of the literal words, as a trie ('ma(?:art|andag)') so the
    engine branches on one character instead of trying every word; longer words are
    tried first, so 'eergisteren' beats 'gisteren'.  A space matches any whitespace."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie(trie) + ")"


def _trie(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def compound_numerals(t: dict) -> dict[str, float]:
    """'eenentwintig' → 21, 'tweeëneenhalf' → 2.5."""
    out: dict[str, float] = {}
    for unit, n in t["numeral_units"].items():
        for sep in ("en", "ën"):
            out[unit + sep + "eenhalf"] = n + 0.5
            for ten, m in t["numeral_tens"].items():
                out[unit + sep + ten] = n + m
    return out


class Lexicon:
    """One language's table, with the regex pieces the rules are built from."""

    def __init__(self, table: dict):
        self.t = t = table
        self.months, self.weekdays, self.weekday_abbr = t["months"], t["weekdays"], t["weekday_abbreviations"]
        self.units = t["units"]
        self.numerals = {**t["numerals"], **t["multipliers"]}
        self.compound_numerals = compound_numerals(t)
        self._build_patterns(t)
        self.past_re = re.compile(W + alternation(t["past_markers"]) + E, re.I)
        self.future_re = re.compile(W + alternation(t["future_markers"]) + E, re.I)
        self.stop_after_year = set(t["stop_after_year"])
        # a weak verb's past tense ('verklaarde', 'kondigden'), not an adjective after a
        # determiner ('de perfecte') nor an infinitive after a modal ('kunnen worden')
        self.past_suffix = tuple(t["past_suffixes"])
        self.not_past_before = set(t["determiners"]) | set(t["not_past_before"])
        self.not_past = tuple(t["not_past_suffix"])
        self.past_words = set(t["past_markers"])
        self.present_verbs = set(t["present_verbs"])
        self.not_past_words = self.present_verbs | set(t["ordinals"])  # 'worden', 'vierde' end like 'meldde'
        self.clause_re = re.compile(rf"[,;:()]|(?<![\w]){alternation(t['clause_openers'])}(?![\w])", re.I)

    def _build_patterns(self, t: dict) -> None:
        simple = [w for w in t["numerals"] if w not in ("honderd", "duizend")]
        self.NUMWORD = alternation(list(self.compound_numerals) + simple)
        self.MULT = alternation(t["multipliers"])
        # a number: digits (with decimals), number words, 'twee en een half', '4,5 miljard', 'enkele'
        self.NUM = (rf"(?:(?:\d+(?:[.,]\d+)?|{self.NUMWORD})(?:\s+en\s+een\s+half)?(?:\s+{self.MULT})?"
                    rf"|(?:een\s+)?half|{alternation(t['vague_quantities'])})")
        self.MONTH = alternation(self.months)
        self.MONTH_FULL = alternation([m for m in self.months if m not in t["month_words_ambiguous"] or m == "mei"])
        self.WEEKDAY = alternation(self.weekdays)
        self.WEEKDAY_ABBR = alternation(self.weekday_abbr)
        self.ORDINAL = alternation(t["ordinals"])
        self.UNIT_WORD = alternation([u for u in self.units if len(u) > 1 and u.isalpha()])
        self.DAYPART = alternation(t["day_parts"])
        self.DAYPART_ADV = alternation(t["day_part_adverbs"])
        self.REL = alternation(t["relative_modifiers"])
        self.QMOD = alternation(t["quantity_modifiers"])
        self.POSMOD = alternation(t["position_modifiers"])
        self.SEASON = alternation(t["seasons"])
        self.HOLIDAY = alternation(t["holidays"])

    def finite_verb(self, word: str) -> bool:
        """A finite verb as far as the tables tell: a past tense, a weak past, a common present."""
        w = word.lower()
        return (w in self.past_words or w in self.present_verbs
                or (len(w) > 4 and w.endswith(self.past_suffix) and not w.endswith(self.not_past)))

    def weak_past(self, sentence: str) -> bool:
        """Does the sentence hold a weak verb's past tense?"""
        words = WORDS.findall(sentence)
        for prev, verb in zip([""] + words, words):
            if len(verb) > 4 and verb.endswith(self.past_suffix) and verb[0].islower() and verb not in self.not_past_words \
                    and not verb.endswith(self.not_past) and not STRONG_PARTICIPLE.match(verb) \
                    and prev.lower() not in self.not_past_before:
                return True
        return False

    def number(self, text: str, few: Optional[int] = None) -> Optional[Union[float, str]]:
        """'drie' → 3, '2,5' → 2.5, 'twee en een half' → 2.5, '4,5 miljard' → 4.5e9, 'enkele' → 'X'.

        `few`: the number 'een paar' stands for where a point needs one (Duckling: 2)."""
        s = re.sub(r"\s+", " ", text.strip().lower())
        if few and s in ("een paar", "paar"):
            return float(few)
        if s in self.t["vague_quantities"]:
            return "X"
        if s in ("half", "een half"):
            return 0.5
        extra = 0.0
        if s.endswith(" en een half"):
            s, extra = s[: -len(" en een half")], 0.5
        mult = 1
        parts = s.rsplit(" ", 1)
        if len(parts) == 2 and parts[1] in self.t["multipliers"]:
            s, mult = parts[0], self.t["multipliers"][parts[1]]
        if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
            if "." in s and len(s.split(".")[1]) == 3:   # '1.000' is a thousands separator
                v = float(s.replace(".", ""))
            else:
                v = float(s.replace(",", "."))
        elif s in self.compound_numerals:
            v = float(self.compound_numerals[s])
        elif s in self.numerals:
            v = float(self.numerals[s])
        else:
            return None
        return (v + extra) * mult


@lru_cache(maxsize=4)
def load(lang: str = "nl") -> Lexicon:
    with (LANG_DIR / lang / "timex.json").open(encoding="utf-8") as f:
        return Lexicon(json.load(f))
