"""Intertitles that news texts carry inline, without punctuation.

DPG articles lose their layout: a section heading is glued to the next sentence,
`… zegt Verhoef. Protest Bakkerij-eigenaar Olmos heeft het ongeluk …`. In a Dutch main
clause one constituent precedes the finite verb, and a capital in mid-sentence marks a
name, never a determiner, pronoun or adverb. So a short verbless run after a sentence end,
followed by a capitalised clause opener (`Wrevel De oppositiepartijen steunen …`,
`Ouders Daarna werd …`), is no part of that clause: it is a heading. A short quoted
title standing alone before a name (`… denkt.' 'Vooral nu telt elke gift' Marieke
Dorrestijn (…): '…'`) is one too.

Headings cut sentences (``segment``) and are left out of the sentences attribution reads,
so the sentence before a quote is never a heading; their words are never names
(``entities``), sources or quotes. Word lists are in ``lang/<code>/headings.json``.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from ..entities import first_names, given_name_genders
from ..lang import LANG_DIR, load_language
from .marks import outermost, pair_quote_marks

SENTENCE_END = ".?!"
CLOSING_MARKS = "\"'”’»'"
USER_DATA_KEY = "wiezeiwat.headings"


@dataclass(frozen=True)
class HeadingRules:
    max_tokens: int
    openers: frozenset
    clause_words: frozenset
    opener_pos: frozenset
    not_openers: frozenset
    breakers_pos: frozenset
    role_heads: frozenset
    person_nouns: frozenset
    person_suffixes: tuple


@functools.lru_cache(maxsize=4)
def rules(code: str = "nl") -> HeadingRules | None:
    path = LANG_DIR / code / "headings.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    L = load_language(code)
    openers = set(data.get("openers", []))
    for name in data.get("opener_lists", []):
        value = L.words.get(name, ())
        openers |= set(value)  # a dict (pronouns_person) gives its keys
    return HeadingRules(
        max_tokens=int(data.get("max_tokens", 5)),
        openers=frozenset(openers),
        clause_words=frozenset(w for name in data.get("clause_lists", []) for w in L.words.get(name, ())),
        opener_pos=frozenset(data.get("opener_pos", [])),
        not_openers=frozenset(data.get("not_openers", [])),
        breakers_pos=frozenset(data.get("run_breakers_pos", [])),
        role_heads=frozenset(data.get("role_heads", [])),
        person_nouns=L.wordset("person_nouns"),
        person_suffixes=tuple(L.words.get("person_suffixes", [])),
    )


def heading_spans(doc, lang: str = "nl") -> list[tuple[int, int]]:
    """Char spans (start, end exclusive) of the headings in `doc`, in text order.

    Kept on the Doc, so the entity and quote stages share one detection."""
    cached = doc.user_data.get(USER_DATA_KEY)
    if cached is None:
        r = rules(lang)
        cached = HeadingFinder(r, first_names(lang) | frozenset(given_name_genders(lang))).find(doc) if r else []
        doc.user_data[USER_DATA_KEY] = cached
    return list(cached)


def not_headings(drafts: list, spans: list[tuple[int, int]]) -> list:
    """Quotes of bare quote pairs without those that are a heading (`'Vooral nu telt elke
    gift' Marieke Dorrestijn (…): …`): a title, not someone's words (GUIDELINES)."""
    titles = set(spans)
    return [d for d in drafts if (getattr(d, "_pair", None) is None
                                  or (d._pair.open_start, d._pair.close_end) not in titles)]


def _is_finite(tok) -> bool:
    return "Fin" in tok.morph.get("VerbForm") or (tok.pos_ == "AUX" and not tok.morph.get("VerbForm"))


class HeadingFinder:
    def __init__(self, r: HeadingRules, first_names: frozenset = frozenset()):
        self.r = r
        self.first_names = first_names

    def find(self, doc) -> list[tuple[int, int]]:
        text = self.text = doc.text
        pairs = outermost(pair_quote_marks(text))
        self._pairs = {p.open_start: p for p in pairs}
        inside = _pair_lookup(pairs)
        spans, after_heading = [], -1
        for tok in doc:
            # `Fout 3 Een kapotte sensor De machinisten …`: a heading and its subtitle
            if not (self._after_sentence_end(text, tok.idx) or tok.idx == after_heading) or inside(tok.idx):
                continue
            span = self._run(doc, tok.i)
            if span:
                spans.append(span)
                after_heading = _next_start(text, span[1])
        spans += [(p.open_start, p.close_end) for p in pairs if self._quoted_title(doc, text, p)]
        return sorted(set(spans))

    @staticmethod
    def _after_sentence_end(text: str, pos: int) -> bool:
        """Paragraph start, or after `.`, `?`, `!`, also with a closing quote mark between."""
        k = pos
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k == 0 or text[k - 1] == "\n":
            return True
        if k == pos:
            return False  # no space: inside a word
        while k > 0 and text[k - 1] in CLOSING_MARKS:
            k -= 1
        return k > 0 and text[k - 1] in SENTENCE_END and not (k > 1 and text[k - 2] == ".")

    def _run(self, doc, i: int) -> tuple[int, int] | None:
        """A verbless run from token i (capitalised) up to a clause opener: its char span."""
        first = doc[i]
        if not first.text[:1].isupper() or not first.text[:1].isalpha() or first.lower_ in self.r.clause_words \
                or first.pos_ in ("PRON", "SCONJ", "CCONJ", "ADP"):
            return None  # `Wat Forum voor Democratie …`, `Het OM had …`: a clause of its own, and
            # `In het gisteren gepubliceerde rapport De zorg in cijfers staat …` a fronted phrase
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and (
                first.text in self.first_names or first.ent_type_ == "PER" and doc[i + 1].ent_iob_ == "I"):
            return None  # `Pierre Joosten Soest In 1990 …`: a letter's signature names its writer
        j = i
        while j < len(doc) and j - i < self.r.max_tokens:
            tok = doc[j]
            if j > i and self._ends_run(doc[j - 1]) and self._opens_clause(doc, i, j):
                return first.idx, doc[j - 1].idx + len(doc[j - 1].text)
            if tok.pos_ in self.r.breakers_pos or _is_finite(tok) or not any(c.isalnum() for c in tok.text) \
                    or tok.is_space or "\n" in tok.text_with_ws or self._particle_in_name(doc, j):
                return None
            j += 1
        if j < len(doc) and j > i and self._ends_run(doc[j - 1]) and self._opens_clause(doc, i, j):
            return first.idx, doc[j - 1].idx + len(doc[j - 1].text)
        return None

    def _ends_run(self, last) -> bool:
        """A heading ends in a content word: `Morgen in de finale tegen 'Barça' …` runs on, and
        `Waarmee Van der Linde … wil zeggen` is a clause."""
        return last.pos_ not in ("DET", "ADP", "PRON", "SCONJ", "CCONJ", "ADV") and last.lower_ not in self.r.openers \
            and last.lower_ not in self.r.not_openers  # `Renée van der Haar, Amsterdam`

    def _opens_clause(self, doc, i: int, j: int) -> bool:
        """Token j starts a new clause after the run i..j-1."""
        tok = doc[j]
        if tok.text in ("\"", "'", "„", ",,", "“", "‘", "«"):
            return self._quote_opens(doc, i, j)
        if not tok.text[:1].isupper():
            return False
        low = tok.lower_
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if low in self.r.openers or (tok.pos_ in self.r.opener_pos and tok.ent_iob_ != "I"):
            # `De Jong`, `Van Dijk`, `Het Parool`: a capitalised particle before a name
            if self._names_next(doc, j):
                return False
            return tok.ent_iob_ != "I"
        return self._role_subject(doc, i, j)

    def _particle_in_name(self, doc, j: int) -> bool:
        """`Sanne van den Berk Er komt …`: a byline, not a heading (but `Hart onder de riem`)."""
        if j == 0 or not doc[j].text[:1].islower() or doc[j].lower_ not in self.r.not_openers \
                or not doc[j - 1].text[:1].isupper():
            return False
        k = j
        while k < len(doc) and doc[k].lower_ in self.r.not_openers and doc[k].text[:1].islower():
            k += 1
        return k < len(doc) and doc[k].text[:1].isupper()

    def _names_next(self, doc, j: int) -> bool:
        """`De Jong`, `Van den Hoek`, `Het Kleine Veer in`: a capitalised particle or article
        that starts a name; but `Fel De Nederlandse staat …`: an adjective before a noun."""
        tok, k = doc[j], j + 1
        if tok.lower_ in self.r.not_openers:
            while k < len(doc) and doc[k].lower_ in self.r.not_openers and doc[k].text[:1].islower():
                k += 1  # `Van den Hoek`
        if k >= len(doc) or not doc[k].text[:1].isupper():
            return False
        after = doc[k + 1] if k + 1 < len(doc) else None
        if doc[k].pos_ == "ADJ" and after is not None and after.pos_ == "NOUN" and after.text[:1].islower():
            return False
        return tok.lower_ in self.r.not_openers or doc[k].ent_iob_ == "I"

    def _quote_opens(self, doc, i: int, j: int) -> bool:
        """`Ouders "Er verschenen …"`: a quote that opens with a capital, after a run that is
        no preposition phrase (`Volgens de minister 'zijn er …'` is one clause)."""
        if doc[i].pos_ in ("ADP", "SCONJ", "CCONJ") or doc[i].lower_ in self.r.openers:
            return False
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or nxt.pos_ == "PUNCT":
            return False
        pair = self._pairs.get(doc[j].idx)  # a quoted name (`Actiegroep 'Bos op het Plein' hield`) is no clause
        if pair is None:
            return False
        words = doc.char_span(pair.start, pair.end, alignment_mode="expand")
        return self.text[pair.start:pair.end].rstrip()[-1:] in ".?!,…" or any(_is_finite(t) for t in words or ())

    def _role_subject(self, doc, i: int, j: int) -> bool:
        """`Rugwind CNV-voorzitter Piet de Vries: …`: a capitalised role before a name opens
        the subject; the run before it is no title (`Premier Rutte`) nor an adjective
        (`Voormalig CNV-voorzitter`)."""
        tok, last = doc[j], doc[j - 1]
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or last.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(self._is_role(doc[k].text) for k in range(i, j)) or tok.ent_iob_ == "I":
            return False
        return self._is_role(tok.text) and ("-" in tok.text or tok.lower_ in self.r.person_nouns)

    def _is_role(self, word: str) -> bool:
        low = word.lower()
        tail = low.rsplit("-", 1)[-1]
        if low in self.r.person_nouns or tail in self.r.person_nouns or tail in self.r.role_heads:
            return True
        return "-" in low and any(tail.endswith(h) for h in self.r.role_heads) or \
            ("-" in low and len(tail) > 5 and tail.endswith(self.r.person_suffixes))

    def _quoted_title(self, doc, text: str, p) -> bool:
        """`… denkt.' 'Vooral nu telt elke gift' Marieke Dorrestijn (…): '…'`: a short
        quote with no final stop, alone between a sentence end and a capitalised name."""
        content = text[p.start:p.end].strip()
        words = content.split()
        if not (2 <= len(words) <= 8) or content[-1:] in ".?!,:;…" or not content[:1].isupper():
            return False
        if not self._after_sentence_end(text, p.open_start):
            return False
        k = p.close_end
        while k < len(text) and text[k] in " \t":
            k += 1
        if k == p.close_end or k >= len(text):
            return False
        after = doc.char_span(k, k + 1, alignment_mode="expand")
        if after is None or not text[k].isupper():
            return False
        tok = after[0]
        return tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "ORG") or self._is_role(tok.text)


def _next_start(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _pair_lookup(pairs):
    from bisect import bisect_right
    starts = [p.open_start for p in pairs]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pairs[k].start <= pos < pairs[k].end
    return inside
