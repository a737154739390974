"""Quotes and their speakers (GUIDELINES.md: direct, indirect and mixed quotes).

The stage runs in three passes over one article:
1. quote marks are paired and sentences split around them (``marks``, ``segment``);
2. every cue gets a frame: source phrase, content, medium, negation (``frames``);
3. frames and quote pairs become quotes, and every source phrase is resolved to an
   entity of the article, also behind "hij" or "De Amerikaanse president" (``speakers``).
"""
from __future__ import annotations

import re

from bisect import bisect_left, bisect_right

from ..lang import load_language
from ..records import Entity, Quote
from .frames import Frame, FrameFinder
from .headings import heading_spans, not_headings
from .marks import QuotePair, outermost, pair_quote_marks
from .segment import split_sentences
from .speakers import SpeakerResolver
from .syntax import Grammar, Sentence, Spans

__all__ = ["find_quotes", "analyse_quotes"]

# `in het jaarverslag over 2018`: a time governed by a preposition belongs to the medium
PREPOSITIONS_BEFORE_TIME = {"over", "van", "uit", "in", "sinds"}


def _in_pair(pos: int, pairs: list[QuotePair], starts: list[int]) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pairs[k].open_start <= pos < pairs[k].close_end


def build_sentences(doc, pairs: list[QuotePair]) -> list[Sentence]:
    """Sentences with their tokens; `pairs` are outermost, so sorted and disjoint."""
    pair_starts = [p.open_start for p in pairs]
    text = doc.text  # Doc.text joins all tokens anew on every access
    spans = split_sentences(text, pairs, heading_spans(doc), keep_headings=False)  # headings: no sentence, a cut
    sentences, t = [], 0
    toks = list(doc)
    for n, (s, e) in enumerate(spans):
        while t < len(toks) and toks[t].idx < s:
            t += 1
        first = t
        while t < len(toks) and toks[t].idx < e:
            t += 1
        sent_toks = toks[first:t]
        quoted = [_in_pair(tok.idx, pairs, pair_starts) for tok in sent_toks]
        sentences.append(Sentence(n, s, e, sent_toks, quoted, text))
    return sentences


def find_quotes(doc, entities: list[Entity], lang: str = "nl") -> list[Quote]:
    return analyse_quotes(doc, entities, lang)[0]


def analyse_quotes(doc, entities: list[Entity], lang: str = "nl", timexes=()):
    """(quotes, frames, sentences): frames without content feed the claims stage.

    `timexes` (records with start/end) bound media: `In een interview met Bloomberg vorig jaar`.
    """
    L = load_language(lang)
    grammar = Grammar(L)
    text = doc.text
    pairs = outermost(pair_quote_marks(text))
    sentences = build_sentences(doc, pairs)
    finder = FrameFinder(grammar, timexes)
    frames = [f for s in sentences for f in finder.frames(s)]
    _anaphoric_contents(frames, sentences)
    for f in frames:
        f.medium = _cut_at(f.medium, timexes, text)
        f.speaker = _without_trailing_time(f.speaker, timexes, text, grammar)
    builder = QuoteBuilder(text, pairs, sentences, grammar, frames)
    drafts = builder.from_frames() + not_headings(builder.from_pairs(), heading_spans(doc))
    drafts += builder.continuations(drafts)
    drafts.sort(key=lambda d: d.start)
    drafts = [d for k, d in enumerate(drafts) if not k or (d.start, d.end) != (drafts[k - 1].start, drafts[k - 1].end)]
    # one content is one quote: `bevestigt noch ontkent dat …` has two cues for it
    resolver = SpeakerResolver(doc, text, entities, grammar, sentences, L, frames)
    quotes = resolver.attribute(drafts)
    return quotes, frames, sentences


def _anaphoric_contents(frames: list[Frame], sentences: list[Sentence]) -> None:
    """`… gaat dicht. Dat zei de wethouder.`: the sentence before is the content,
    unless another cue already reports it."""
    reported = {f.sentence for f in frames if f.content and f.pattern != "anaphoric"}
    for f in frames:
        if f.pattern == "anaphoric" and f.sentence > 0 and f.sentence - 1 not in reported:
            prev = sentences[f.sentence - 1]
            if f.takes_up_quotation and not (prev.quoted and all(q or t.is_punct for t, q in zip(prev.toks, prev.quoted))):
                continue  # `Hij zegt het al jaren`: only a quotation right before is what `het` stands for
            f.content = (prev.start, prev.end)


# `'Mark, ga de zalen in!' (AD 8-4)`, `'…' (Ten eerste, 2 maart)`: a headline cited by section and
# date, as letters to the editor do, is a title, not someone's words
CITED_HEADLINE = re.compile(r"\s*\(\s*[A-Z][\w .]{0,25},?\s+\d{1,2}(?:[-/]\d{1,2}\b|\s+[a-z]{3,})")


def _draft(text: str, start: int, end: int, kind: str, frame: Frame | None, rule: str) -> Quote:
    q = Quote(start=start, end=end, text=text[start:end], kind=kind, rule=rule)
    q._frame = frame  # type: ignore[attr-defined]
    return q


def detach_frames(quotes: list[Quote]) -> None:
    """Drop each quote's link to its frame once the claims stage has read it: the frame
    holds tokens, and through them the whole parsed Doc, which a kept article must not."""
    for q in quotes:
        q.__dict__.pop("_frame", None)


# frames whose content is the whole sentence, their own cue included
NEVER_NESTED = ("parenthetical", "volgens", "fronted")


class QuoteBuilder:
    def __init__(self, text: str, pairs: list[QuotePair], sentences: list[Sentence], grammar: Grammar,
                 frames: list[Frame]):
        self.text, self.pairs, self.sentences, self.g, self.frames = text, pairs, sentences, grammar, frames
        self.used: set[QuotePair] = set()
        self.pair_starts = [p.open_start for p in pairs]
        self.sentence_starts = [s.start for s in sentences]
        self.contents = Spans(f.content for f in frames if f.content)
        self.by_sentence: dict[int, list[Frame]] = {}
        for f in frames:
            self.by_sentence.setdefault(f.sentence, []).append(f)
        # frames that can own a `…: "…"` quote, by where their cue ends
        self.frame_order = sorted((f for f in frames if not self._nested(f)), key=lambda f: f.cue_span[1])
        self.frame_ends = [f.cue_span[1] for f in self.frame_order]

    def _owns_its_content(self, g: Frame) -> bool:
        """A frame that keeps its content against a postposed cue inside it: one whose content is
        the whole sentence, or a quotation after a colon (`X ontkende: ,,Niet gebeurd'', zei hij`)."""
        return g.pattern in NEVER_NESTED or g.pattern == "colon" and bool(self._pairs_in(*g.content))

    def _withheld(self, f: Frame) -> tuple[int, int] | None:
        """`De politie wil op deze vraag geen antwoord geven`, `Het ministerie wil niet reageren`: a
        source that declines to say, with nothing said, is a quote of its refusal (GUIDELINES 7:
        refuse, neither); the span runs from the finite verb after the source to the cue (or what it withholds)."""
        if f.stance not in ("refuse", "neither") or not f.speaker or f.finite is None \
                or f.pattern != "subject" or f.cue_span[0] in self.contents \
                or f.entry.lemma not in self.g.lang.wordset("withholding_cues") \
                or f.finite is f.cue_toks[0] or f.finite.lower_ not in self.g.lang.wordset("modals_refuse"):
            return None  # a modal declines (`wil niet reageren`); `Het COA zegt niets` reports no refusal
        sent = self.sentences[f.sentence]
        source = [t for t in sent.toks if f.speaker[0] <= t.idx < f.speaker[1]]
        if not source or not self.g.starts_nominal(source[0]) or source[0].lower_ in self.g.wh or source[0].pos_ == "ADP" \
                or not self.g.can_speak(source):
            return None  # `Omwille van de privacy mag de arts …`, `Hoeveel leden …, wil X niet zeggen`
        start = min(f.finite.idx, f.cue_span[0])
        end = max(f.cue_span[1], f.object_span[1] if f.object_span else 0)
        if end <= start or any(t.lower_ in ("en", "maar") for t in sent.toks if start <= t.idx < end):
            return None  # `kan niet terecht … en moet … vaarwel zeggen`: the negation is another verb's
        return start, end

    def _names_someone(self, f: Frame) -> bool:
        """The source phrase is more than an article (`…' riep een 'gevaarlijke gek'`: an object)."""
        words = self.text[f.speaker[0]:f.speaker[1]].split()
        return len(words) > 1 or bool(words) and words[0].lower() not in self.g.determiners

    def _pairs_in(self, start: int, end: int) -> list[QuotePair]:
        k = bisect_left(self.pair_starts, start)
        out = []
        while k < len(self.pairs) and self.pairs[k].open_start < end:
            if self.pairs[k].close_end <= end + 1:
                out.append(self.pairs[k])
            k += 1
        return out

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        t = self.text
        while start < end and (t[start].isspace() or t[start] in ",:;"):
            start += 1
        while end > start and (t[end - 1].isspace() or t[end - 1] in ",:;."):
            end -= 1
        return start, end

    def from_frames(self) -> list[Quote]:
        out = []
        nearest: dict = {}  # content span -> the cue closest before it: `belde de politie om te melden dat …`
        for f in self.frames:
            if f.content and f.cue_span[1] <= f.content[0]:
                best = nearest.get(f.content)
                nearest[f.content] = f if best is None or f.cue_span[0] > best.cue_span[0] else best
        for f in self.frames:
            span = None if f.content else self._withheld(f)
            if span is not None:  # `wil dat bevestigen noch ontkennen`: the longest of overlapping refusals
                if any(q.rule == "withheld" and q.start < span[1] and span[0] < q.end and q.end - q.start >= span[1] - span[0]
                       for q in out):
                    continue
                out = [q for q in out if not (q.rule == "withheld" and q.start < span[1] and span[0] < q.end)]
                out.append(_draft(self.text, *span, "indirect", f, "withheld"))
                continue
            if not f.content or self._nested(f) or nearest.get(f.content, f) is not f:
                continue
            start, end = self._trim(*f.content)
            if end - start < 2:
                continue
            inner = self._pairs_in(*f.content)
            outside = self.text[f.content[0]:f.content[1]]  # untrimmed: the marks are still there to take out
            for p in inner:
                outside = outside.replace(self.text[p.open_start:p.close_end], " ")
            bare = outside.strip(" ,.:;\"'„“”‘’»«")
            words_outside = len(bare.split())
            if inner and (f.pattern in ("colon", "anaphoric") or words_outside <= 1
                          or f.pattern == "postposed" and words_outside < 4):  # `Hun bemoeienis zorgt voor 'een …'`, aldus X: mixed
                for p in inner:  # the cue frames quoted words: direct quotes
                    self.used.add(p)
                    out.append(_draft(self.text, p.start, p.end, "direct", f, f"direct+{f.pattern}"))
                continue
            self.used.update(inner)
            kind = "mixed" if inner else "indirect"
            out.append(_draft(self.text, start, end, kind, f, f.pattern))
            if f.after_colon:  # `Logisch, schrijft hij in zijn column: want …`
                a, b = self._trim(*f.after_colon)
                if b - a > 2 and not self._pairs_in(a, b):
                    out.append(_draft(self.text, a, b, "indirect", f, "postposed+colon"))
        return out

    def _nested(self, f: Frame) -> bool:
        """A cue inside another frame's content belongs to that quote (`zei dat hij gelooft dat …`).

        A frame's own content never holds its cue, except a parenthetical (`Op school, zegt
        Mertens, voelde …`) or a fronted object (`Die plannen noemt hij 'onzin'`), whose content is
        the whole sentence.  A postposed cue is the outer one when its content holds the cues of
        the frames whose content runs on into it (`Ajax moet niet denken dat …, zegt Degryse`)."""
        if f.pattern in NEVER_NESTED or f.cue_span[0] not in self.contents:
            return False
        if f.pattern == "postposed" and f.content and f.speaker:
            holders = [g for g in self.by_sentence.get(f.sentence, ()) if g is not f and g.content
                       and g.content[0] <= f.cue_span[0] < g.content[1]]
            if holders and all(f.content[0] <= g.cue_span[0] < f.content[1] and not self._owns_its_content(g)
                               for g in holders) and self._names_someone(f):
                return False
        return True

    def from_pairs(self) -> list[Quote]:
        out = []
        for p in self.pairs:
            if p in self.used:
                continue
            frame = self._colon_frame(p)
            words = len(self.text[p.start:p.end].split())
            subject = self._predicate_of(p) if frame is None else None
            if frame is None and subject is None and not self._quote_like(p, words):
                continue
            kind_rule = "direct+colon" if frame else "direct"
            if frame is None and self._colon_before(p):
                kind_rule = "direct+colon-np"
            elif subject is not None:
                kind_rule = "direct+predicate"
            q = _draft(self.text, p.start, p.end, "direct", frame, kind_rule)
            q._pair = p  # type: ignore[attr-defined]
            q._subject = subject  # type: ignore[attr-defined]
            out.append(q)
        return out

    def _predicate_of(self, p: QuotePair) -> tuple[int, int] | None:
        """`De FNV is 'geschokt over de ernst van de meldingen'`: quoted words right after the
        copula of a main clause whose subject is a name or a word for a person or an organisation
        are the subject's own words about itself; the subject's char span, else None."""
        k = bisect_right(self.sentence_starts, p.open_start) - 1
        if k < 0 or p.open_start >= self.sentences[k].end:
            return None
        sent = self.sentences[k]
        k = next((k for k, t in enumerate(sent.toks) if t.idx >= p.open_start), None)
        copulas = self.g.lang.wordset("copulas")
        if not k or sent.toks[k - 1].lower_ not in copulas or sent.toks[k - 1].pos_ not in ("AUX", "VERB") \
                or sent.quoted[k - 1]:
            return None  # not the possessive of `op zijn 'privacy'`
        subject = list(sent.toks[:k - 1])
        if not subject or any(sent.quoted[:k - 1]) or any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in subject):
            return None  # the copula must be the finite verb right after the subject
        head = self.g.head_noun(subject)  # the words before `van`: `Het thema van het Klimaatcafé` is a theme
        if head is None or not (head.pos_ == "PROPN" or head.ent_type_ in ("PER", "ORG")
                                or self.g.noun_class(head.text) in ("person", "organisation")):
            return None  # `Het is 'een kwestie van …'`, `Ze zijn 'confronterend'`: no source named
        return sent.text_of(0, k - 1)

    def _end_before(self, p: QuotePair) -> int:
        """Where the text before the opening mark ends, spaces skipped (no prefix copy)."""
        k = p.open_start
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        return k

    def _colon_before(self, p: QuotePair) -> bool:
        k = self._end_before(p)
        return k > 0 and self.text[k - 1] == ":"

    def _colon_frame(self, p: QuotePair) -> Frame | None:
        if not self._colon_before(p):
            return None
        colon = self._end_before(p)
        k = bisect_right(self.frame_ends, colon) - 1
        if k >= 0:
            f = self.frame_order[k]
            if colon - f.cue_span[1] < 120 and "." not in self.text[f.cue_span[1]:colon]:
                return f
        return None

    def _quote_like(self, p: QuotePair, words: int) -> bool:
        """A quoted stretch that is someone's words, not a scare quote or a title."""
        content = self.text[p.start:p.end].strip()
        if self._titled(p):
            return False
        sentence_like = content[-1:] in ".?!," or self._colon_before(p)
        if words >= 5:
            return True
        return words >= 2 and sentence_like and self._stands_alone(p)

    def _titled(self, p: QuotePair) -> bool:
        """A title or a name in quotation marks: `het rapport, getiteld '…'`, `met de titel '…'`,
        `'…', heet het convenant`."""
        before = self.text[max(0, p.open_start - 30):p.open_start].split()
        after = self.text[p.close_end:p.close_end + 30].replace(",", " ").split()
        words = self.g.lang.wordset
        return bool(before) and before[-1].lower().strip(",:") in words("title_words_before") \
            or bool(after) and after[0].lower() in words("title_verbs_after") \
            or bool(CITED_HEADLINE.match(self.text, p.close_end))

    def _stands_alone(self, p: QuotePair) -> bool:
        before = self.text[max(0, p.open_start - 2):p.open_start].strip()
        after = self.text[p.close_end:p.close_end + 2].strip()
        return (before == "" or before[-1:] in ".!?:\"'”’") and (after == "" or after[:1] in ".,!?\"'„‘" or after[:1].isupper())

    def continuations(self, drafts: list[Quote]) -> list[Quote]:
        """`En dat …` after an indirect quote continues it."""
        openers = tuple(self.g.lang.words.get("continuation_openers", []))
        out = []
        indirect = sorted((d for d in drafts if d.kind != "direct"), key=lambda d: d.start)
        for s in self.sentences:
            low = self.text[s.start:s.end].lower()
            hit = next((o for o in openers if low.startswith(o + " ")), None)
            if not hit:
                continue
            prev = [d for d in indirect if d.end <= s.start and s.start - d.end < 40]
            if not prev or any(d.start >= s.start and d.start < s.end for d in drafts):
                continue
            start, end = self._trim(s.start + len(hit) + 1, s.end)
            q = _draft(self.text, start, end, "mixed" if self._pairs_in(start, end) else "indirect", None, "continuation")
            q._continues = prev[-1]  # type: ignore[attr-defined]
            out.append(q)
        return out


def _without_trailing_time(span, timexes, doc_text: str, grammar: Grammar):
    """`zei de president vorige week`, `meldde een demonstrante dit weekeinde`: a date or time that
    ends the source phrase is when it spoke, not part of who; a source phrase that is only a time
    names no one. Not a time after a preposition or `en` (`de plannen van vorig jaar`)."""
    if not span:
        return span
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not span[0] <= t.start < span[1] <= t.end:
            continue
        words = doc_text[span[0]:t.start].lower().split()
        if not words:
            return None  # only (whitespace and) a time
        if words[-1] in grammar.prepositions or words[-1] in grammar.coordinators or set(words) <= grammar.determiners:
            return span  # `de recent …`: the time word is an adjective in the phrase
        return (span[0], span[0] + len(doc_text[span[0]:t.start].rstrip()))
    return span


def _cut_at(span, timexes, doc_text: str):
    """End a span where a time expression starts inside it."""
    if not span:
        return span
    starts = [t.start for t in timexes if span[0] < t.start < span[1]
              and doc_text[span[0]:t.start].split()[-1].lower() not in PREPOSITIONS_BEFORE_TIME]
    if not starts:
        return span
    end = min(starts)
    while end > span[0] and doc_text[end - 1].isspace():
        end -= 1
    return (span[0], end) if end > span[0] else None
