"""Rules for durations ('bijna drie jaar', 'een uur en een kwartier'), sets ('elke dag',
'wekelijks'), references ('nu', 'eerder', 'straks') and anaphora ('toen')."""
from __future__ import annotations

import re

from .core import Cand, Ctx
from .lexicon import E, W, WORDS, Lexicon, alternation

CLOCK_UNITS = {"S": ("S", 1), "MIN": ("M", 1), "H": ("H", 1), "Q15": ("M", 15)}
DATE_UNITS = {"D": "D", "W": "W", "M": "M", "Y": "Y", "QUARTER": "Q", "DE": "DE", "CE": "CE", "WE": "WE"}
# a fraction of an hour or minute is said in the next smaller unit ('anderhalf uur' → PT90M,
# as annotators write it); longer units keep the decimal ('tweeëneenhalf jaar' → P2.5Y)
SMALLER = {"H": ("MIN", 60), "MIN": ("S", 60)}
SECONDS = {"S": 1, "MIN": 60, "H": 3600, "Q15": 900, "D": 86400, "W": 604800, "M": 2592000,
           "QUARTER": 7776000, "Y": 31536000, "DE": 315360000, "CE": 3153600000, "WE": 172800}


def iso_duration(parts: list[tuple[float, str]]) -> str:
    """[(1, 'H'), (15, 'MIN')] → 'PT1H15M'; [(2.5, 'Y')] → 'P2.5Y'; 'X' amounts give 'PXY'."""
    date_part, time_part = "", ""
    for n, unit in parts:
        if n != "X" and n != int(n) and unit in SMALLER:
            unit, factor = SMALLER[unit]
            n = n * factor
        if unit in CLOCK_UNITS:
            code, per = CLOCK_UNITS[unit]  # a 'kwartier' is 15 minutes
            time_part += _amount(n if n == "X" else n * per) + code
        else:
            date_part += _amount(n) + DATE_UNITS[unit]
    return "P" + date_part + ("T" + time_part if time_part else "")


def _amount(n) -> str:
    return "X" if n == "X" else (str(int(n)) if n == int(n) else f"{n:g}")


class DurationRules:
    def __init__(self, lex: Lexicon):
        L = lex
        self.lex = L
        symbols = alternation(u for u in L.units if not u.isalnum())
        letters = alternation(u for u in L.units if u.isalpha() and len(u) == 1)
        # '2 min', '14 s' after digits; '2\'' and '1"' only glued to them (else they are quotes)
        unit = rf"(?:{L.UNIT_WORD}{E}|(?<=\d)\s?{letters}(?![\w'\"])|(?<=\d){symbols}(?![\w'\"]))"
        one = rf"(?P<n>{L.NUM})\s*(?:opeenvolgende\s+)?(?P<u>{unit})"
        more = rf"(?P<more>(?:\s*(?:,|en)?\s*(?:{L.NUM})\s*{unit})*)"
        self.conjunction_followers = set(L.t["conjunction_followers"])
        self.subject_pronouns = set(L.t["subject_pronouns"])
        self.determiners = set(L.t["determiners"])
        self.plural_unit_before = re.compile(rf"(?<![\w]){L.UNIT_WORD}\s+$", re.I)
        self.one_re = re.compile(one, re.I)
        self.rules = [
            ("duration", re.compile(rf"{W}{one}{more}(?P<tijd>\s+tijd{E})?", re.I), self.duration),
            ("approx_duration", re.compile(
                rf"{W}(?:een\s+)?(?P<u>{L.UNIT_WORD})\s+of\s+(?P<n>{L.NUM}){E}", re.I), self.approx_duration),
            ("half_unit", re.compile(rf"{W}(?:een\s+)?(?:half|halve)\s+(?P<u>uur|jaar|dag|eeuw|minuut){E}", re.I), self.half_unit),
            ("whole_unit", re.compile(rf"{W}(?:het|de|een)\s+(?:hele|gehele|volle)\s+(?P<u>jaar|dag|week|maand|nacht|middag|avond|ochtend|tijd){E}", re.I),
             self.whole_unit),
            ("vague_duration", re.compile(rf"{W}(?P<v>{alternation(L.t['vague_durations'])}){E}", re.I), self.vague_duration),
            ("compound_duration", re.compile(
                rf"(?<![\w-])(?P<n>\d+-|{L.NUMWORD})(?P<u>{alternation(L.t['compound_units'])}){E}"), self.compound_duration),
            ("vague_plural", re.compile(
                rf"(?<![\w])(?:{alternation(L.t['vague_plural_before'])})\s+(?P<u>{alternation(L.t['vague_plural_units'])})"
                rf"(?!\s*(?:\w+tig|\d|'|geleden|later|eerder|daarvoor|daarna){E}){E}", re.I), self.vague_plural),
            ("set_adverb", re.compile(rf"{W}(?P<s>{alternation(L.t['set_adverbs'])}){E}", re.I), self.set_adverb),
            ("set_every", re.compile(
                rf"{W}(?P<e>{alternation(L.t['set_words'])})\s+(?:(?P<n>{L.NUM})\s+)?(?P<u>{L.UNIT_WORD}|{L.WEEKDAY}){E}", re.I),
             self.set_every),
            ("reference", re.compile(rf"{W}(?P<r>{alternation(k for k, v in L.t['references'].items() if v)}){E}", re.I),
             self.reference),
            ("anaphor", re.compile(rf"{W}(?P<a>{alternation(L.t['anaphora'])}){E}", re.I), self.anaphor),
            ("anaphor_year_before", re.compile(
                rf"{W}(?P<a>{alternation(L.t['anaphora'])})\s+(?:van\s+)?(?:(?:vorig|verleden)\s+jaar|(?:een|het)\s+jaar\s+"
                rf"(?:eerder|daarvoor|ervoor)){E}", re.I), self.anaphor_year_before),
            ("day_anaphor", re.compile(rf"{W}(?:{alternation(L.t['day_anaphora'])}|(?P<dag>de\s+dag)(?=\s+(?:af|met|op|in)\b)){E}", re.I),
             self.day_anaphor),
            ("duration_range_first", re.compile(
                rf"{W}(?P<n>{L.NUM})(?=\s*(?:-|–|tot|à|a|of)\s*{L.NUM}\s+(?P<u>{L.UNIT_WORD}){E})", re.I), self.duration_range_first),
            ("relative_to_last", re.compile(
                rf"{W}(?:(?P<n>{L.NUM})|het|de)\s+(?P<u>{L.UNIT_WORD})\s+(?P<dir>{alternation(L.t['counted_from_last'])}){E}", re.I),
             self.relative_to_last),
        ]

    def _parts(self, text: str):
        out = []
        for m in self.one_re.finditer(text):
            n = self.lex.number(m.group("n"))
            unit = self.lex.units.get(re.sub(r"\s", "", m.group("u")).lower())
            if n is None or unit is None:
                return None
            out.append((n, unit))
        return out

    def duration(self, m, ctx: Ctx):
        parts = self._parts(m.group(0) if not m.group("tijd") else m.group(0)[: m.start("tijd") - m.start()])
        if not parts or re.match(r"(?i)min\s+of\s+meer", ctx.text[m.start("u"):m.start("u") + 15]):
            return None
        return Cand(m.start(), m.end(), "DURATION", iso_duration(parts), grain="P", kind="duration")

    def approx_duration(self, m, ctx: Ctx):
        n = self.lex.number(m.group("n"))
        unit = self.lex.units.get(m.group("u").lower())
        if n is None or unit is None or unit in ("WE",):
            return None
        return Cand(m.start(), m.end(), "DURATION", iso_duration([(n, unit)]), "APPROX", grain="P", kind="duration")

    def half_unit(self, m, ctx: Ctx):
        unit = self.lex.units.get(m.group("u").lower())
        return Cand(m.start(), m.end(), "DURATION", iso_duration([(0.5, unit)]), grain="P", kind="duration")

    def whole_unit(self, m, ctx: Ctx):
        unit = self.lex.units.get(m.group("u").lower())
        value = iso_duration([(1, unit)]) if unit else "PXX"
        if m.group("u").lower() in ("nacht", "middag", "avond", "ochtend"):
            value = "PT12H" if m.group("u").lower() == "nacht" else "PTXH"
        return Cand(m.start(), m.end(), "DURATION", value, grain="P", kind="duration")

    def vague_duration(self, m, ctx: Ctx):
        value = self.lex.t["vague_durations"][re.sub(r"\s+", " ", m.group("v").lower())]
        return Cand(m.start(), m.end(), "DURATION", value, grain="P", kind="duration")

    def vague_plural(self, m, ctx: Ctx):
        """'al jaren', 'het hoogste niveau in jaren': PXY; the word before stays outside the span."""
        unit = self.lex.units[m.group("u").lower()]
        value = iso_duration([("X", unit)])
        return Cand(m.start("u"), m.end(), "DURATION", value, grain="P", kind="duration")

    def compound_duration(self, m, ctx: Ctx):
        """'een vierdaagse opleving', 'een 12-urige dienst': TimeML's 'four-day' (P4D)."""
        n = self.lex.number(m.group("n").rstrip("-"))
        if n is None or n == "X":
            return None
        unit = self.lex.t["compound_units"][m.group("u")]
        return Cand(m.start(), m.end(), "DURATION", iso_duration([(n, unit)]), grain="P", kind="duration")

    def set_adverb(self, m, ctx: Ctx):
        value = self.lex.t["set_adverbs"][re.sub(r"\s+", " ", m.group("s").lower())]
        mod = "EVERY" if m.group("s").lower().split()[0] in self.lex.t["set_words"] else None
        return Cand(m.start(), m.end(), "SET", value, mod, grain="P", kind="set")

    def set_every(self, m, ctx: Ctx):
        word = m.group("u").lower()
        if word in self.lex.weekdays:
            return Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{self.lex.weekdays[word]}", "EVERY", grain="P", kind="set")
        unit = self.lex.units.get(word)
        n = self.lex.number(m.group("n")) if m.group("n") else 1
        if unit is None or n is None:
            return None
        return Cand(m.start(), m.end(), "SET", iso_duration([(n, unit)]), "EVERY", grain="P", kind="set")

    def reference(self, m, ctx: Ctx):
        word = re.sub(r"\s+", " ", m.group("r").lower())
        value = self.lex.t["references"][word]
        if not self._is_reference(word, m, ctx):
            return None
        c = Cand(m.start(), m.end(), "DATE", value, grain="P", kind="reference", anchor="dct" if ctx.dct else None)
        if ctx.dct:  # the range a reference allows, as the gold gives it
            first, last = ctx.dct.first.isoformat(), ctx.dct.last.isoformat()
            c.earliest, c.latest = {"PRESENT_REF": (first, last), "PAST_REF": (None, last),
                                    "FUTURE_REF": (first, None)}[value]
        return c

    def _is_reference(self, word: str, m, ctx: Ctx) -> bool:
        before, after = ctx.text[max(0, m.start() - 15):m.start()], ctx.text[m.end():m.end() + 12]
        if word in ("eerder", "later") and re.match(r"\s+dan\b", after):
            return False  # 'eerder dan verwacht' compares
        if word in ("eerder", "later") and self.plural_unit_before.search(before):
            return False  # 'dagen later' counts from another time
        if word == "later" and re.match(r"\s+(?:dit|deze|die|dat|op|in|tijdstip|datum)\b", after, re.I):
            return False  # 'later dit jaar' is that date's; 'op een later tijdstip'
        if word == "laatst" and re.search(r"(?:op\s+zijn|voor\s+het)\s+$", before, re.I):
            return False  # 'op zijn laatst' bounds another time; 'voor het laatst'
        if word in ("recent", "recente") and re.search(r"\bmeest\s+$", before, re.I):
            return False  # 'de meest recente versie' is the latest one, not a time
        if word == "voorlopig" and WORDS.findall(before)[-1:] and WORDS.findall(before)[-1].lower() in self.determiners:
            return False  # 'een voorlopig cijfer' is an adjective; 'blijft voorlopig' is 'for now'
        return not (word == "nu" and self._conjunction(m, ctx))  # ', nu het vertrouwen daalt'

    def anaphor(self, m, ctx: Ctx):
        if m.group("a").lower() in self.lex.t["conjunction_adverbs"] and self._conjunction(m, ctx):
            return None  # ', toen de wedstrijd …': 'when', not 'then'
        return Cand(m.start(), m.end(), "DATE", None, grain="P", kind="anaphor")

    def anaphor_year_before(self, m, ctx: Ctx):
        """'dezelfde periode vorig jaar', 'hetzelfde kwartaal een jaar eerder': the last date, a year back."""
        return Cand(m.start(), m.end(), "DATE", None, grain="P", kind="relative_to_last", shift="-1Y")

    def day_anaphor(self, m, ctx: Ctx):
        """'later op de dag', 'sloot de dag af': the day last spoken of (else the article's)."""
        if m.group("dag"):
            before = WORDS.findall(ctx.text[max(0, m.start() - 15):m.start()])
            if not before or before[-1].lower() not in self.lex.t["day_closing_verbs"]:
                return None
        return Cand(m.start(), m.end(), "DATE", None, grain="P", kind="day_anaphor")

    def duration_range_first(self, m, ctx: Ctx):
        """'60 tot 90 dagen', 'twee à drie jaar': the first number takes the unit after the second;
        TimeML gives each bound its own DURATION.  'van 9 tot 17 uur' is a clock range."""
        unit = self.lex.units.get(m.group("u").lower())
        n = self.lex.number(m.group("n"))
        if unit is None or n is None or n == "X" or n == 0:
            return None  # '(0 tot 4 jaar)' is an age bracket
        if unit == "H" and re.search(r"\b(?:van|tussen|om)\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I):
            return None
        return Cand(m.start(), m.end(), "DURATION", iso_duration([(n, unit)]), grain="P", kind="duration")

    def _conjunction(self, m, ctx: Ctx) -> bool:
        """'toen ik ging', ', toen de bal viel', 'bekend toen het blad': a conjunction before
        a subject (a pronoun anywhere; a determiner at a clause start or not after a verb)."""
        after = re.match(r"\s+(\w+)", ctx.text[m.end():m.end() + 20])
        if not after:
            return False
        follower = after.group(1).lower()
        if follower in self.subject_pronouns:
            return True
        if follower not in self.conjunction_followers or (m.group(0).lower(), follower) == ("nu", "een"):
            return False  # 'beschrijft nu een techniek' is 'now'
        before = ctx.text[max(0, m.start() - 25):m.start()]
        clause_start = re.search(r"(?:^|[,;:(.!?\n]|\ben|\bmaar)\s*$", before) is not None or m.start() == 0
        previous = WORDS.findall(before)[-1:]
        after_verb = bool(previous) and self.lex.finite_verb(previous[0])  # 'spraken toen de twee'
        return clause_start or not after_verb

    def relative_to_last(self, m, ctx: Ctx):
        n = self.lex.number(m.group("n") or "1")
        unit = self.lex.units.get(m.group("u").lower())
        if n is None or n == "X" or unit not in ("D", "W", "M", "Y"):
            return None
        if re.match(r"\s+dan\b", ctx.text[m.end():]):
            return None  # 'drie dagen later dan gepland' compares
        sign = self.lex.t["counted_from_last"][m.group("dir").lower()]
        return Cand(m.start(), m.end(), "DATE", None, grain="P", kind="relative_to_last", shift=f"{sign * int(n)}{unit}")
