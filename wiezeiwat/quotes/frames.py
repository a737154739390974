"""Attribution frames: a cue, its source phrase, its content and its medium.

One frame per cue in a sentence.  The patterns are Dutch clause order:
`X zegt dat …` (subject first), `Gisteren zei X dat …` (inversion, V2),
`…, zei X.` / `…, aldus X.` (postposed), `Volgens X …`, `X: "…"`, and
subordinate clauses (`terwijl X verklaarde dat …`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..lang import CueEntry
from .clauses import ClauseBounds
from .cues import CueMatcher
from .medium import find_medium
from .sources import SourcePhrases
from .syntax import Grammar, Sentence, Spans


@dataclass
class Frame:
    sentence: int
    cue_toks: list  # the cue's tokens (a separable particle included)
    entry: CueEntry
    speaker: Optional[tuple[int, int]] = None  # char span of the source phrase
    content: Optional[tuple[int, int]] = None  # char span of the reported content
    medium: Optional[tuple[int, int]] = None
    negated: bool = False
    finite: object = None  # the finite verb token (may be an auxiliary)
    pattern: str = ""  # subject, inversion, fronted, postposed, parenthetical, volgens, colon, subordinate
    object_span: Optional[tuple[int, int]] = None  # what is confirmed/denied when there is no clause
    stance: str = "assert"
    after_colon: Optional[tuple[int, int]] = None  # a second content after `…, schrijft ze:`
    speaker_entity: Optional[int] = None  # set when the source is resolved
    speaker_name: Optional[str] = None
    bare: bool = False  # the content is a bare object (`noemt het plan kansloos`), no clause
    takes_up_quotation: bool = False  # `X vraagt het`: the object pronoun stands for the quotation before

    @property
    def cue_span(self) -> tuple[int, int]:
        first, last = self.cue_toks[0], self.cue_toks[-1]
        return first.idx, last.idx + len(last)

    @property
    def cue_text(self) -> str:
        return " ".join(t.text for t in self.cue_toks)


class FrameFinder(CueMatcher, SourcePhrases, ClauseBounds):
    def __init__(self, grammar: Grammar, timexes=()):
        self.g = grammar
        self.lang = grammar.lang
        self.clause_breaks = tuple(self.lang.words.get("clause_breaks", []))
        self.times = Spans((t.start, t.end) for t in timexes)  # `Vorig jaar kondigde zij aan …`: time, not source
        self.dummies = self.lang.wordset("dummy_subjects")

    # -- cues -------------------------------------------------------------

    # -- frames -----------------------------------------------------------
    def frames(self, sent: Sentence) -> list[Frame]:
        out = []
        question = self._question(sent)
        for i, entry, parts in self.cues(sent):
            f = Frame(sent.index, parts, entry)
            if question and (i == question or sent.toks[0].lower_ in self.g.wh):
                continue  # `Wat zegt Staatsbosbeheer tegen …?`: the writer asks, nobody says
            if self._generic_relative(sent, i):
                continue  # `Wie dacht dat …, kwam bedrogen uit`, `hen die hopen dat …`: nobody in particular
            if "s" in entry.frames:
                self._source_phrase(sent, i, f)
            elif self._anaphoric(sent, i, f):
                pass
            elif entry.lemma == "volgens":
                self._volgens(sent, i, f)
            elif entry.lemma == "aldus" or (self._after_comma(sent, i) and (
                    self._ends_after_source(sent, i, parts) or self._main_clause_before(sent, i)
                    or self._quotation_before(sent, i))):
                self._postposed(sent, i, f)
            else:
                self._clause(sent, i, f)
            self._source_before_particle(f)
            if "a" in entry.frames and f.pattern != "postposed" and not self._characterisation(sent, f):
                continue  # `bestempelt het plan` without `als …` characterises nothing
            if f.speaker and self.text_of(sent, f.speaker).lower() in self.dummies:
                continue  # `Het zegt iets over …`: no source, no statement
            if self._reciprocal(sent, i, f):
                continue  # `vinden zeven partijen elkaar`, `spreken elkaar`: they meet, nobody says
            if f.pattern == "inversion" and self._not_finite(f):
                continue  # `Toegegeven, de aandacht was groot`, `Met oproepen zoals deze wist …`
            if entry.phrase and "n" in entry.frames and not self._clause_follows(sent, f):
                self._object_inside(sent, f)  # `wijst de verwijten van de hand`: the object is what is denied
            if entry.phrase and f.pattern not in ("postposed", "parenthetical") and not (
                    self._clause_follows(sent, f) or f.bare):
                continue  # `als de proef iets duidelijk maakt, is het …`: a phrase cue opens its clause at once
            if entry.lemma in self.lang.wordset("manner_verbs") and not (f.pattern == "postposed" and self._after_quote(sent, f)):
                continue  # `Hij liep weg, lacht ze`: a manner of speaking reports only a quotation
            if not entry.curated and not self._reports(sent, f):
                continue  # a verb from the lexicons is a cue only in a full report frame
            if f.bare and not (f.speaker and self._can_speak(sent, f.speaker)):
                continue  # `De marktrente … gesproken van …`: an object without a clause needs a real source
            if f.speaker and self._first_person(sent, f.speaker):
                continue  # `Ik schrijf nu wel …`, `we kunnen stellen dat …`: the writer's own words
            if f.pattern == "clausal-subject" or f.pattern == "colon" and not f.speaker:
                continue  # `Reageren: hoofdredactie`: a label, nobody speaks
            if f.speaker and (f.pattern in ("subject", "inversion") or self._possessive_phrase(sent, f.speaker)) \
                    and not self._can_speak(sent, f.speaker):
                continue  # `Deze astronomische winst roept de vraag op …`, `volgens zijn gewoonte`: a thing does not say
            if f.pattern == "volgens" and f.speaker and self._accordance(sent, f.speaker):
                continue  # `volgens de regels`, `volgens een goedgekeurd model`: in accordance with, no one says
            if f.pattern == "subject" and not f.content and f.speaker and entry.stance == "assert" \
                    and self._object_pronoun_after(sent, f):  # not `X weerspreekt dat`: a stance on it, not its source
                f.pattern, f.takes_up_quotation = "anaphoric", True  # `'…?' Coach Max vraagt het aan …`
            if f.speaker or f.content:
                self._negation_and_medium(sent, i, f)
                out.append(f)
        return out

    def _reciprocal(self, sent: Sentence, i: int, f: Frame) -> bool:
        """The cue's object is the reciprocal pronoun, right after the cue or its inverted source."""
        k = i + 1
        while k < len(sent.toks) and f.speaker and f.speaker[0] <= sent.toks[k].idx < f.speaker[1]:
            k += 1
        return k < len(sent.toks) and sent.toks[k].lower_ in self.g.reciprocals and not sent.quoted[k]

    def _accordance(self, sent: Sentence, span: tuple[int, int]) -> bool:
        """The first common noun of the phrase names a rule or a plan (words.json accordance_nouns)."""
        noun = next((t for t in sent.toks if span[0] <= t.idx < span[1] and t.pos_ == "NOUN"), None)
        return noun is not None and self.g.head_in(noun.lemma_ or noun.text, self.lang.wordset("accordance_nouns"))

    def _characterisation(self, sent: Sentence, f: Frame) -> bool:
        """`Critici zetten de partij neer als een club van dromers`, `die het akkoord als onzin
        afdoet`: the predicate of `als` is what the source says of the object.  Only an `als`
        inside the cue's clause counts, not one that opens a clause (`als je ziet hoe …`)."""
        toks = sent.toks
        first, last = toks.index(f.cue_toks[0]), toks.index(f.cue_toks[-1])
        start = self._clause_start(sent, first)
        end = self._end_of_clause(sent, first)
        after = next((k for k in range(first + 1, end) if toks[k].lower_ == "als" and not sent.quoted[k]), None)
        if after is not None and any(toks[k].lower_ in self.g.complementizers or toks[k].lower_ in self.g.wh
                                     or "Fin" in toks[k].morph.get("VerbForm") for k in range(last + 1, after)):
            after = None  # `beschrijft hoe X Y probeerde te portretteren als …`: another clause's `als`
        before = next((k for k in range(first - 1, start, -1) if toks[k].lower_ == "als" and not sent.quoted[k]
                       and toks[k - 1].text != ","), None)
        if any(toks[k].lemma_ in ("worden", "zijn") and toks[k].pos_ == "AUX" for k in range(start, first)):
            agent = next((k for k in range(start, first) if toks[k].lower_ == "door"), None)
            np = self.g.np_after(sent, agent + 1) if agent is not None else None
            f.speaker = self._span(sent, *np) if np else None  # `wordt weggezet als …`: the subject is who is characterised
        if after is not None and self._predicate(sent, after + 1, self._end_of_clause(sent, after)):
            f.content, f.bare = self._span(sent, after + 1, self._end_of_clause(sent, after)), True
        elif after is None and before is not None and last == first and self._predicate(sent, before + 1, first) \
                and not (f.speaker and f.speaker[0] <= toks[before].idx < f.speaker[1]):  # `De als X bestempelde kiezer`
            f.content, f.bare = self._span(sent, before + 1, first), True
        else:
            return False
        return True

    def _predicate(self, sent: Sentence, lo: int, hi: int) -> bool:
        """A nominal or adjectival predicate, not a clause (`als hij opkeek`) nor a rank (`als eerste`)."""
        toks = sent.toks
        if hi <= lo or (hi - lo == 1 and toks[lo].lower_ in self.lang.wordset("rank_words")):
            return False
        for k in range(lo, hi):
            if toks[k].lower_ in self.g.relatives and k > lo:
                return True  # `als een club die …`: a relative clause may follow the noun
            if "Fin" in toks[k].morph.get("VerbForm") and not sent.quoted[k]:
                return False
        return True

    @staticmethod
    def _source_before_particle(f: Frame) -> None:
        """`…, stelt de wethouder gerust`: the source phrase ends before the cue's particle."""
        if not f.speaker:
            return
        inside = [t for t in f.cue_toks[1:] if f.speaker[0] < t.idx < f.speaker[1]]
        if inside:
            before = inside[0].doc[inside[0].i - 1]
            f.speaker = (f.speaker[0], before.idx + len(before))

    def _generic_relative(self, sent: Sentence, i: int) -> bool:
        """The cue's subject is a free relative (`Wie dacht dat …`, not a question) or a relative
        pronoun after a generic antecedent (words.json generic_antecedents: `hen die hopen dat`)."""
        toks = sent.toks
        k = i - 1
        while k >= 0 and toks[k].lower_ in self.g.adverbs and not sent.quoted[k]:
            k -= 1
        if k < 0 or sent.quoted[k]:
            return False
        if toks[k].lower_ == "wie":
            return self._question(sent) is None
        return toks[k].lower_ in ("die", "dat") and k > 0 and toks[k - 1].lower_ in self.lang.wordset("generic_antecedents")

    def _possessive_phrase(self, sent: Sentence, span: tuple[int, int]) -> bool:
        first = next((t for t in sent.toks if t.idx >= span[0]), None)
        return first is not None and first.lower_ in self.lang.wordset("possessives") and span[1] > first.idx + len(first)

    def _question(self, sent: Sentence) -> int | None:
        """For a question outside quotes, the index of its first verb (where a yes/no question
        puts the cue); None for other sentences."""
        last = next((k for k in range(len(sent.toks) - 1, -1, -1) if not sent.quoted[k]), None)
        if last is None or sent.toks[last].text != "?":
            return None
        return next((k for k, t in enumerate(sent.toks) if t.pos_ in ("VERB", "AUX")), -1)

    def _anaphoric(self, sent: Sentence, i: int, f: Frame) -> bool:
        """`Dat zei wethouder Marco Ditters dinsdag.`: the sentence before is what was said;
        the content is filled in by the caller, who sees the whole article."""
        toks = sent.toks
        if i != 1 or toks[0].lower_ not in self.lang.wordset("anaphoric_openers") or len(f.cue_toks) > 1:
            return False
        np = self.g.np_after(sent, i + 1)
        if np is None or toks[np[0]].lower_ in self.g.first_person or toks[np[0]].lower_ in self.dummies:
            return False
        span = self._span(sent, *self.g.trim_np(sent, *np))
        if not self.g.starts_nominal(toks[np[0]]) or not self._can_speak(sent, span):
            return False  # `Dat verklaart waarschijnlijk …`: an explanation, not a report
        if toks[0].lower_ == "zo" and self._own_complement(sent, i, np[1]):
            return False  # `Zo zei X dat …`, `Zo hopen X … te …`: `zo` gives an example, the cue its own content
        f.speaker, f.finite, f.pattern = span, toks[i], "anaphoric"
        return True

    def _own_complement(self, sent: Sentence, i: int, after: int) -> bool:
        """The cue at i has a content of its own after its source: a clause, a colon, a quotation,
        a te-infinitive, or (by the parse) an object, a particle or a phrase with voor/naar/over."""
        toks = sent.toks
        for k in range(after, len(toks)):
            if sent.quoted[k] or toks[k].text == ":" or toks[k].lower_ in self.g.complementizers \
                    or toks[k].lower_ == "te" and k + 1 < len(toks) and toks[k + 1].pos_ in ("VERB", "AUX"):
                return True
        for child in toks[i].children:
            if child.dep_ in ("obj", "ccomp", "xcomp", "compound:prt"):
                return True
            if child.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ in ("voor", "naar", "over") for c in child.children):
                return True
        return False

    def _object_pronoun_after(self, sent: Sentence, f: Frame) -> bool:
        """`het` or `dat` right after a finite cue, as its whole object (not `zegt dat …`, `het
        plan`): what it stands for was said before."""
        toks = sent.toks
        k = next((m + 1 for m, t in enumerate(toks) if t is f.cue_toks[-1]), None)
        if k is None or k >= len(toks) or sent.quoted[k] or toks[k].lower_ not in ("het", "dat") \
                or f.finite is not f.cue_toks[0] or "Fin" not in f.finite.morph.get("VerbForm"):
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is None or nxt.pos_ in ("ADP", "ADV", "PUNCT") and not sent.quoted[k + 1]

    def _reports(self, sent: Sentence, f: Frame) -> bool:
        """A source that can speak (a name, a pronoun, a word for a person) and a reported
        clause (dat/of, a colon, or the quote before a postposed cue), not a wh-question."""
        if not f.content or not f.speaker or f.pattern == "passive":
            return False
        cue = f.cue_toks[0]
        if "Fin" not in cue.morph.get("VerbForm") and not (f.finite is not None and f.finite is not cue):
            return False  # `de verwachte kandidatuur`, `de geaccepteerde …`: a participle as adjective
        if f.pattern in ("postposed", "parenthetical", "colon") and "p" not in f.entry.frames \
                and not (f.pattern == "postposed" and self._after_quote(sent, f)):
            return False  # `…, steunen Koolmees`: only speech verbs stand after what was said, or any
            # communication verb right after a quotation (`"…", zo maant Kamerlid Van Dijk`)
        first = next((t for t in sent.toks if t.idx >= f.content[0]), None)
        if first is not None and first.lower_ in self.g.wh and f.pattern not in ("postposed", "parenthetical", "colon"):
            return False  # `onderzocht wat er fout ging`: what was looked into, not said
        return self._can_speak(sent, f.speaker)

    @staticmethod
    def _after_quote(sent: Sentence, f: Frame) -> bool:
        k = sent.toks.index(f.cue_toks[0]) - 1
        while k >= 0 and not sent.quoted[k] and sent.toks[k].lower_ in (",", "zo"):
            k -= 1
        return k >= 0 and sent.quoted[k]

    def _can_speak(self, sent: Sentence, span: tuple[int, int]) -> bool:
        """Grammar.can_speak, where a capital inside the sentence also marks a name."""
        src = [t for t in sent.toks if span[0] <= t.idx < span[1]]
        if len(src) > 1 and src[0].lower_ in self.lang.wordset("possessives"):
            src = src[1:]  # `zijn advocaat` speaks, `zijn gewoonte` does not: the possessive is no source
        return self.g.can_speak(src, lambda t: self._name_like(sent, t))

    def _name_like(self, sent: Sentence, tok) -> bool:
        """A capital that is not just the sentence's first letter: inside the sentence, or a word
        the article also writes with a capital inside a sentence (`Zwart vreest …`)."""
        if not tok.text[:1].isupper() or tok.lower_ in self.g.determiners or tok.lower_ in self.g.pronouns:
            return False
        if tok.idx != sent.start:
            return True
        return any(t.text == tok.text and t.i > 0 and not t.doc[t.i - 1].is_sent_end
                   and t.doc[t.i - 1].text not in ".!?\"'„“”‘’:" for t in tok.doc if t.i != tok.i)

    def _first_person(self, sent: Sentence, span: tuple[int, int]) -> bool:
        src = [t for t in sent.toks if span[0] <= t.idx < span[1]]
        return len(src) == 1 and src[0].lower_ in self.g.first_person and src[0].lower_ != "men"

    @staticmethod
    def _not_finite(f: Frame) -> bool:
        """The cue stands where the finite verb should be, but the tagger says it is a
        participle or an infinitive (a discourse marker, or a noun like `oproepen`)."""
        cue = f.cue_toks[0]
        forms = cue.morph.get("VerbForm")
        return f.finite is cue and bool(forms) and "Fin" not in forms

    def _after_comma(self, sent: Sentence, i: int) -> bool:
        """`…, zei Trump.` / `…", zegt Smolders` / `…'' benadrukt X` / `…, zo maant X`."""
        if i == 0:
            return False
        if i >= 2 and sent.toks[i - 1].lower_ == "zo" and not sent.quoted[i - 1]:
            i -= 1
        prev = sent.toks[i - 1]
        if prev.text == ",":
            return True
        return sent.quoted[i - 1] and prev.text in ("\"", "''", "”", "'", "’", "»") and i >= 2

    @staticmethod
    def text_of(sent: Sentence, span: tuple[int, int]) -> str:
        return sent.text[span[0]:span[1]]

    def _main_clause_before(self, sent: Sentence, i: int) -> bool:
        """`Reizigers hoeven niet ongerust te zijn, zegt het bedrijf dat de vluchten regelt`: a whole
        main clause before the comma fills the first position, so the cue after it is postposed
        and what follows the source is about the source, not what it said."""
        comma = i - 2 if sent.toks[i - 1].lower_ == "zo" else i - 1
        before = [t for t, q in zip(sent.toks[:comma], sent.quoted[:comma]) if not q]
        if len(before) < 3 or before[0].lower_ in self.g.subordinators or before[0].lower_ in self.g.prepositions:
            return False
        fin = next((k for k, t in enumerate(before) if "Fin" in t.morph.get("VerbForm")), None)
        if fin is None:
            return False
        # `Een echtpaar dat daar logeerde, dacht …`: a verb after a relative pronoun or a
        # subordinator belongs to a clause inside the subject
        return not any(t.lower_ in self.g.relatives or t.lower_ in self.g.subordinators or t.text == ","
                       for t in before[1:fin])

    @staticmethod
    def _quotation_before(sent: Sentence, i: int) -> bool:
        """`'…', zegt een van de activisten die …`: a whole quotation before the cue fills the first
        position; the source may go on with a relative clause about it."""
        return FrameFinder._closes_quote(sent, i - 1 if sent.toks[i - 1].text == "," else i)

    def _ends_after_source(self, sent: Sentence, i: int, parts=()) -> bool:
        """`…, zei Trump.` ends after the source; `X, wiens …, claimde dit succes` goes on; the
        rest of a split cue may close it (`…, liet X vanochtend weten`, `…, voegt X daaraan toe`)."""
        np = self._with_conjunct(sent, self.g.np_after(sent, self._after_particles(sent, i + 1)), sent.toks[i])
        if np is None or (np[1] - np[0] == 1 and sent.toks[np[0]].lower_ in self.g.determiners):
            return False  # `vindt het 'super'`, `zei zelfs 'heel content' te zijn`: no source after the cue
        k = np[1] if np else i + 1
        rest = {t.i for t in parts[1:]}
        while k < len(sent.toks) and not sent.quoted[k] and (sent.toks[k].lower_ in self.g.adverbs
                                                             or sent.toks[k].i in rest
                                                             or self._middle_field(sent, k, bool(rest))):
            k += 1
        if k >= len(sent.toks) or sent.quoted[k]:
            return True
        nxt = sent.toks[k]
        if nxt.text in (",", ".", ":", ";", "!", "?", "(", ")"):
            return True
        if nxt.lower_ in ("en", "maar", "want") and k + 1 < len(sent.toks) and self._new_clause(sent, k + 1):
            return True  # `…, zei Rutte en hij vertrok`: a new clause, the source was not coordinated
        return nxt.lower_ in self.g.prepositions and nxt.lower_ not in self.g.complementizers

    def _span(self, sent: Sentence, i: int, j: int) -> tuple[int, int]:
        return sent.text_of(i, j)

    def _end_of_clause(self, sent: Sentence, i: int) -> int:
        """Index just past the last token of the content clause starting at i."""
        toks = sent.toks
        end = len(toks)
        while end > i and toks[end - 1].text in (".", "!", "?", ":", ";") and not sent.quoted[end - 1]:
            end -= 1
        text = sent.text
        for k in range(i + 1, end):
            if sent.quoted[k]:
                continue
            here = text[toks[k - 1].idx + len(toks[k - 1]):toks[k].idx + len(toks[k])]
            probe = ", " + toks[k].lower_ if toks[k - 1].text == "," else " " + toks[k].text
            if toks[k].text == ":" or probe.startswith(self.clause_breaks) or here.strip() in (";", "-", "–"):
                if toks[k].lower_ in self.g.coordinators and k + 1 < end and toks[k + 1].lower_ in self.g.complementizers:
                    continue  # `…, maar dat Troika zich aan de regels hield`: a second reported clause
                return k - (1 if toks[k - 1].text == "," else 0)
        return end

    def _postposed(self, sent: Sentence, i: int, f: Frame) -> None:
        np = self._with_conjunct(sent, self.g.np_after(sent, self._after_particles(sent, i + 1)),
                                 sent.toks[i] if f.entry.kind == "verb" else None)
        if np:
            np = self.g.trim_np(sent, *np)
            f.speaker = self._span(sent, *np)
        f.finite = sent.toks[i]
        comma = i - 2 if i >= 2 and sent.toks[i - 1].lower_ == "zo" else i - 1
        if comma <= 0:
            return
        after = np[1] if np else i + 1
        rest = [t for t in sent.toks[after:] if not self.g.is_punct(t)]
        if rest and sent.toks[after].text == "," and not sent.quoted[after] and not sent.quoted[comma] \
                and not self._closes_quote(sent, comma) and self._clause_goes_on(sent, after + 1):
            f.pattern = "parenthetical"
            f.content = self._span(sent, 0, self._end_of_clause(sent, 0))
        else:
            f.pattern = "postposed"
            end = comma if sent.toks[comma].text == "," else comma + 1
            f.content = self._span(sent, 0, end) if end > 0 else None
        colon = next((k for k in range(after, len(sent.toks)) if sent.toks[k].text == ":" and not sent.quoted[k]), None)
        if colon is not None and colon + 1 < len(sent.toks) and not sent.quoted[colon + 1]:
            f.after_colon = self._span(sent, colon + 1, self._end_of_clause(sent, colon + 1))

    @staticmethod
    def _closes_quote(sent: Sentence, comma: int) -> bool:
        """`'…', zegt X, expert bij Y.`: a whole quotation before the cue is what was said; the
        cue is not a parenthesis inside a clause that goes on after it."""
        return comma > 0 and all(sent.quoted[:comma])

    def _clause_goes_on(self, sent: Sentence, k: int) -> bool:
        """After `…, zegt X,`: the interrupted clause goes on (`voelde ze zich veilig`), or only
        an apposition or relative clause about X follows (`eigenaar van het pand`, `die …`)."""
        if k >= len(sent.toks) or sent.quoted[k] or sent.toks[k].lower_ in self.g.relatives:
            return False
        rest = sent.toks[k:]
        if any(t.pos_ for t in rest):
            return any(t.pos_ in ("VERB", "AUX") for t in rest)
        first = sent.toks[k].lower_
        return not (first in self.g.determiners or self.g.is_person_noun(first))

    def _clause(self, sent: Sentence, i: int, f: Frame) -> None:
        toks, g = sent.toks, self.g
        start = self._clause_start(sent, i)
        if start == i and i > 1 and toks[i - 1].text == "," and g.starts_nominal(toks[0]):
            start = 0  # `Een echtpaar dat daar logeerde, dacht dat …`: the subject ends at the comma
        commas = [k for k in range(start, i) if toks[k].text == "," and not sent.quoted[k]]
        fin = self._finite(sent, commas[-1] + 1 if commas else start, i)
        if fin == i and i > 1 and toks[i - 1].lower_ == "te" and self._adjunct_te(sent, i):
            fin = self._main_finite(sent, i - 2)  # `X verraste de Kamer door te zeggen`: X is the subject
        if toks[fin].lower_ in self.lang.wordset("passive_auxiliaries") and fin < i \
                and "Fin" not in toks[i].morph.get("VerbForm"):  # `Dat X wordt stopgezet geeft aan dat`: not passive
            f.finite, f.pattern = toks[fin], "passive"  # `voor die vraag wordt gesteld`: no source named
            self._content_after(sent, i, f, None)
            return
        if toks[start].lower_ in g.subordinators and "Fin" in toks[i].morph.get("VerbForm") and any(
                "Fin" in toks[k].morph.get("VerbForm") and not sent.quoted[k] for k in range(start + 1, i)):
            f.pattern = "clausal-subject"  # `Dat de campagne wordt stopgezet, geeft aan dat …`: no source
            return
        np = self._source_by_order(sent, start, fin, f)
        rel = self._restrictive_relative(sent, commas[-1] if commas else start, i)
        if rel is not None:  # not `de vrouw die vermoedt dat …`: a kind of person, nobody in particular
            ante = self._relative_antecedent(sent, rel)
            clause = any(toks[m].lower_ in g.complementizers or toks[m].text == ":" for m in range(i + 1, min(i + 3, len(toks))))
            b = ante[0] - 1 if ante else -1
            while b >= 0 and toks[b].lower_ in g.determiners:
                b -= 1
            before = toks[b].lower_ if b >= 0 else ""  # `een docent van de Universiteit Utrecht die …`: the docent
            if ante and clause and before != "van" and (toks[rel - 1].text[:1].isupper() or self.lang.cues_for(before)):
                np, f.pattern = ante, "subject"  # `Paul van de Laar die riep dat …`, `aldus een woordvoerder die benadrukt dat …`
        relative = start > 1 and toks[start - 1].text == "," and toks[start].lower_ in g.relatives
        if np and np[0] == start and relative:
            if start + 1 < fin and toks[start + 1].lower_ in self.lang.wordset("subject_pronouns"):
                np = g.np_after(sent, start + 1)  # `een vondst, die hij herhaalt`: the relative is the object
            else:
                np = self._relative_antecedent(sent, start - 1)  # `steun van X, die zegt dat …`: X speaks
            last = toks.index(f.cue_toks[-1]) if f.cue_toks[-1] in toks else i
            if last + 1 < len(toks) and toks[last + 1].text == ",":  # `X, die het besluit onvermijdelijk noemt, …`:
                if np and "n" in f.entry.frames and i - (start + 1) >= 2:  # what was said stays in the relative clause
                    f.content, f.bare = self._span(sent, start + 1, i), True
                f.speaker = self._span(sent, *np) if np else None
                return
        if np is None and commas:  # `'s Ochtends had X, schuin aan de overkant, … uitgesproken`
            fin = self._finite(sent, start, i)
            np = self._source_by_order(sent, start, fin, f)
        fronted = self._fronted_object(sent, start, fin, np, f)
        person = None if fronted else self._person_after_thing(sent, fin, np, f)
        if fronted:
            np, f.pattern = (fin + 1, fin + 2), "inversion"
        elif person:  # `De bezorgdheid over … vindt historicus Frankopan voorbarig`
            fronted, np, f.pattern = True, person, "inversion"
        if np and np[1] > np[0]:
            f.speaker = self._span(sent, *np)
        self._content_after(sent, i, f, np)
        if relative and f.content and not any("Fin" in toks[k].morph.get("VerbForm") and not sent.quoted[k]
                                              for k in range(start - 1)):
            f.content = self._relative_end(sent, f.content)  # the main clause's verb is still to come
        if fronted and (f.bare or not f.content) and "n" in f.entry.frames:
            end = self._end_of_clause(sent, fin)  # `Die plannen noemt hij 'onzin'`: the object is part of what was said
            f.content, f.bare, f.pattern = self._span(sent, start, end), True, "fronted"

    def _relative_end(self, sent: Sentence, content: tuple[int, int]) -> tuple[int, int]:
        """What `X, die zegt dat …, lacht` reports ends at the comma that closes the relative
        clause, where the main clause goes on with its finite verb (called only when the
        relative clause stands before the main clause's verb)."""
        toks = sent.toks
        for k, tok in enumerate(toks[:-1]):
            if content[0] <= tok.idx < content[1] and tok.text == "," and not sent.quoted[k] \
                    and "Fin" in toks[k + 1].morph.get("VerbForm"):
                return content[0], tok.idx
        return content

    @staticmethod
    def _plural_verb(sent: Sentence, lo: int, hi: int) -> bool:
        fin = next((t for t in sent.toks[lo:hi + 1] if "Fin" in t.morph.get("VerbForm")), None)
        return fin is not None and "Plur" in fin.morph.get("Number")

    def _source_by_order(self, sent: Sentence, start: int, fin: int, f: Frame):
        """The source phrase by Dutch word order: subject first, inverted, or subordinate."""
        toks, g = sent.toks, self.g
        f.finite = toks[fin]
        first = toks[start] if start < len(toks) else None
        if first is not None and start + 1 < fin and first.lower_ in self.lang.wordset("focus_particles") \
                and g.starts_nominal(toks[start + 1]) and toks[start + 1].lower_ not in g.subordinators:
            start, first = start + 1, toks[start + 1]  # `Ook de SP vindt dat …`: the particle goes with the subject
        if first is not None and start + 1 < fin and first.pos_ in ("ADV", "ADJ") and toks[start + 1].lower_ in g.subordinators:
            start, first = start + 1, toks[start + 1]  # `Zeker als hij zegt: …`: an adverb before the clause
        if first is not None and start < fin and first.lower_ in g.subordinators and first.lower_ not in ("die", "wat", "wie") \
                and not (fin == start + 1 and first.lower_ in g.determiners):  # `Dat verklaart …`: a pronoun subject
            np = g.np_after(sent, start + 1)
            f.pattern = "subordinate"
        elif first is not None and start < fin and g.starts_nominal(first) and first.idx not in self.times:
            np = g.trim_np(sent, start, fin)
            f.pattern = "subject"
        else:
            np = self._with_conjunct(sent, g.np_after(sent, fin + 1), toks[fin])
            f.pattern = "inversion"
            if np is None and fin > 0 and toks[fin - 1].lower_ in g.coordinators:
                np = self._shared_subject(sent, fin)
                f.pattern = "coordinated"
        return np

    def _content_after(self, sent: Sentence, i: int, f: Frame, np) -> None:
        toks, g = sent.toks, self.g
        j = max(i + 1, np[1] if np and np[0] > i else i + 1)
        if len(f.cue_toks) > 1:
            j = max(j, toks.index(f.cue_toks[-1]) + 1) if f.cue_toks[-1] in toks else j
        for k in range(j, min(len(toks), j + 14)):
            if sent.quoted[k]:
                break
            low = toks[k].lower_
            if toks[k].text in (".", ";", "?", "!"):
                break
            if toks[k].text == ":":
                f.pattern = "colon"
                if k + 1 < len(toks):
                    f.content = self._span(sent, k + 1, self._end_of_clause(sent, k + 1))
                return
            if low in g.complementizers:
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if toks[k].dep_ == "cc" and (nxt is not None and nxt.lower_ in g.prepositions or not self._finite_before_break(sent, k + 1)):
                    continue  # `voor A, of voor B`, `naar A of B`: `of` joins two phrases, opens no clause
                possessive = nxt is not None and nxt.lower_ == "zijn" and k + 2 < len(toks) \
                    and toks[k + 2].pos_ in ("NOUN", "ADJ", "PROPN")  # `zei dat zijn partij …`: not the verb
                if nxt is not None and not possessive and (
                        nxt.pos_ in ("VERB", "AUX") and "Inf" not in nxt.morph.get("VerbForm") or nxt.lower_ in g.auxiliaries):
                    continue  # `zijn boek War dat verscheen`: a relative pronoun
                if self._after_noun(sent, k, np) or f.pattern != "passive" and self._relative_after_comma(sent, k, np):
                    continue
                if nxt is None or nxt.lower_ in g.negations or nxt.lower_ in ("wel", "dan") or nxt.text in (".", ","):
                    f.object_span = self._span(sent, k, k + 1)
                    return  # `wilde dat niet bevestigen`: a pronoun, not a clause
                if "t" in f.entry.frames and any(toks[m].lower_ == "te" and not sent.quoted[m] for m in range(j, k)):
                    break  # `zegt geen aanwijzingen te hebben dat …`: the te-clause is the content
                f.content = self._span(sent, k + 1, self._end_of_clause(sent, k + 1))
                return
            if low in g.wh and k > j - 1:
                f.content = self._span(sent, k, self._end_of_clause(sent, k))
                return
            if low in g.subordinators and low not in ("die", "dat", "wat"):
                break
        self._bare_complement(sent, j, f)

    @staticmethod
    def _finite_before_break(sent: Sentence, k: int) -> bool:
        """A finite verb stands between k and the next punctuation mark."""
        for tok, quoted in zip(sent.toks[k:], sent.quoted[k:]):
            if quoted or tok.is_punct:
                return False
            if "Fin" in tok.morph.get("VerbForm"):
                return True
        return False

    def _relative_after_comma(self, sent: Sentence, k: int, np) -> bool:
        """`een boycot van Decathlon (dat ook winkels heeft …)`, `schreven een boek, dat later …`:
        a `dat` the tagger reads as a pronoun, after a comma or bracket that closes a noun
        (not the source), opens a relative clause, not the content."""
        toks = sent.toks
        if toks[k].pos_ != "PRON" or k < 2 or toks[k - 1].text not in (",", "("):
            return False
        noun = toks[k - 2]
        if np and np[0] <= k - 2 < np[1]:
            return False  # `zei de minister, dat …`: the source, then the content
        return noun.pos_ in ("NOUN", "PROPN")

    def _after_noun(self, sent: Sentence, k: int, np) -> bool:
        """`in zijn boek War dat …`: `dat` right after a noun that is not the source is relative."""
        prev = sent.toks[k - 1]
        if np and np[0] <= k - 1 < np[1]:
            return False
        later = [t for t, q in zip(sent.toks[k + 2:], sent.quoted[k + 2:]) if not q and t.lower_ in self.g.complementizers]
        if not later:
            return False  # no other `dat` to take the content: this one does
        if prev.lower_ in self.g.statement_nouns or prev.lower_ in self.lang.words.get("noun_cues", {}):
            return False  # `de opmerking dat …` introduces the content
        if prev.pos_:
            return prev.pos_ in ("NOUN", "PROPN")
        return prev.text[:1].isupper() and prev.idx != sent.start

    def _bare_complement(self, sent: Sentence, j: int, f: Frame) -> None:
        """`zei de situatie schokkend te vinden`, `verwachten veel van …`, `zegt verbluft te zijn`."""
        toks = sent.toks
        end = self._end_of_clause(sent, j)
        while j < end and ((toks[j].lower_ in self.g.adverbs and toks[j].lower_ not in self.g.negations)
                           or toks[j].text == ","):
            j += 1  # `zegt ook …`; but `zegt geen aanwijzingen te hebben`: the negation is in the content
        if end - j < 2:
            if f.finite is not None and f.finite.i < f.cue_toks[0].i:
                lo = f.finite.i - toks[0].i + 1
                if f.pattern == "inversion" and f.speaker:
                    while lo < len(toks) and toks[lo].idx < f.speaker[1]:
                        lo += 1
                hi = f.cue_toks[0].i - toks[0].i
                if hi - lo >= 1:
                    f.object_span = self._span(sent, lo, hi)
            return
        words = {t.lower_ for t in toks[j:end]}
        if "te" in words and "t" in f.entry.frames:
            f.content = self._span(sent, j, end)
        elif "n" in f.entry.frames and end - j >= 3 and toks[j].lower_ in self.g.prepositions:
            # a phrase, not an object: `zei tegen het parlement dat …` reports the clause after it,
            # `moet een antwoord vinden op het tekort` reports nothing
            k = next((k for k in range(j + 1, end - 1) if toks[k].lower_ in self.g.complementizers
                      and not sent.quoted[k]), None)
            if k is not None:
                f.content = self._span(sent, k + 1, end)
            else:
                self._object_after_phrases(sent, j, end, f)
        elif "n" in f.entry.frames and end - j >= 3:
            while end - j > 2 and toks[end - 1].lower_ in self.g.negations and toks[end - 1].lower_ != "geen":
                end -= 1  # `ontkende de ritjes niet`: the negation closes the clause, not the object
            f.content, f.bare = self._span(sent, j, end), True
        elif "v" in f.entry.frames and end - j >= 2:
            f.content, f.bare = self._span(sent, j, end), True
        elif "t" in f.entry.frames and any(sent.quoted[k] for k in range(j, end)):
            f.content = self._span(sent, j, end)

    def _object_after_phrases(self, sent: Sentence, j: int, end: int, f: Frame) -> None:
        """`ontkende in een verklaring de aantijging`, `noemt in WNL zijn minister kandidaat`: the
        object after the prepositional phrases (a medium, a time); none in `een antwoord vinden op het tekort`."""
        toks, k = sent.toks, j
        while k < end and toks[k].lower_ in self.g.prepositions and not sent.quoted[k]:
            k += 1  # the phrase's noun: determiners and adjectives, then nouns or a name
            while k < end and toks[k].pos_ in ("DET", "ADJ", "NUM") and not sent.quoted[k]:
                k += 1
            if k >= end or toks[k].pos_ not in ("NOUN", "PROPN"):
                return
            while k < end and toks[k].pos_ in ("NOUN", "PROPN") and not sent.quoted[k]:
                k += 1
        if k < end and k > j and toks[k].pos_ in ("VERB", "AUX"):
            f.content = self._span(sent, j, end)  # `…, geeft hij toe, van de dossiers weet hij weinig`: a clause
            return
        if end - k >= 2 and not sent.quoted[k] and not self.g.is_auxiliary(sent, k) \
                and (self.g.starts_nominal(toks[k]) or toks[k].pos_ in ("DET", "NOUN", "PROPN", "NUM")):
            f.content, f.bare = self._span(sent, k, end), True

    # -- negation, stance and medium ----------------------------------------
    def _negation_and_medium(self, sent: Sentence, i: int, f: Frame) -> None:
        toks, g = sent.toks, self.g
        lo = min(f.finite.i if f.finite is not None else toks[i].i, toks[i].i) - toks[0].i
        hi = i + 1
        while hi < len(toks) and hi < i + 4 and not sent.quoted[hi] and toks[hi].lower_ not in g.complementizers \
                and toks[hi].text not in (",", ":", ";"):  # `Wat X eiste, was niet …`: another clause's negation
            hi += 1
        f.negated = any(toks[k].lower_ in g.negations for k in range(lo, hi) if not sent.quoted[k]
                        and (f.content is None or not (f.content[0] <= toks[k].idx < f.content[1])))
        if f.bare and f.content:  # `ontkende de aantijgingen van de oppositie niet`
            after = next((t for t in toks if t.idx >= f.content[1]), None)
            f.negated = f.negated or (after is not None and after.lower_ in g.negations and after.lower_ != "geen")
        self._addressee_before_te(sent, f)
        f.medium = find_medium(self, sent, f)
        f.stance = self._stance(sent, f)

    def _addressee_before_te(self, sent: Sentence, f: Frame) -> None:
        """`adviseerde de kandidaten 'niets … aan te nemen'`, `vroeg hem te komen`: the person
        object before a te-clause is who was addressed, not part of what was said."""
        if not f.content or f.entry.lemma not in self.lang.wordset("addressee_object_cues"):
            return
        toks = sent.toks
        k = next((n for n, t in enumerate(toks) if t.idx >= f.content[0]), None)
        if k is None or k == 0 or toks[k - 1] not in f.cue_toks or sent.quoted[k]:
            return
        np = self.g.np_after(sent, k)
        if not np or np[1] >= len(toks):
            return
        rest = [t for t in toks[np[1]:] if t.idx < f.content[1]]
        if not any(t.lower_ == "te" for t in rest):
            return
        head = self.g.head_noun(list(toks[np[0]:np[1]]))
        person = toks[np[0]].lower_ in self.lang.wordset("object_pronouns") or (
            head is not None and (self.g.is_person_noun(head.text) or head.pos_ == "PROPN"))
        if person:
            f.content = (toks[np[1]].idx, f.content[1])

    def _stance(self, sent: Sentence, f: Frame) -> str:
        """The cue's stance, turned by negation and modals, overruled by fixed phrases."""
        text = sent.text
        lo = min(f.cue_span[0], f.finite.idx if f.finite is not None else f.cue_span[0])
        hi = max(f.cue_span[1], f.content[1] if f.content else 0, f.object_span[1] if f.object_span else 0)
        window = text[max(sent.start, lo - 40):hi].lower()
        for phrase, label in self.lang.words.get("stance_phrases", {}).items():
            if phrase in window:
                return label
        stance = f.entry.stance
        turned = self.lang.words.get("negated_stance", {})
        if f.negated and (f.entry.lemma in turned or stance in turned):
            return turned.get(f.entry.lemma) or turned[stance]
        if f.negated and stance in ("assert", "confirm"):
            modal = f.finite is not None and f.finite.lower_ in self.lang.wordset("modals_refuse")
            if modal or f.entry.lemma in ("zeggen", "bevestigen", "vertellen", "laten weten") \
                    or self._interrogative(sent, f):
                return "refuse"
        return stance

    def _interrogative(self, sent: Sentence, f: Frame) -> bool:
        """The content is an embedded question (`of …`, `welke …`): a negated report of it
        withholds the answer (`maakt niet duidelijk welke landen`, `meldt niet of`)."""
        if not f.content:
            return False
        k = next((n for n, t in enumerate(sent.toks) if t.idx >= f.content[0]), None)
        if k is None:
            return False
        return sent.toks[k].lower_ in self.g.wh or k > 0 and sent.toks[k - 1].lower_ == "of"
