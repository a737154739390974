"""A quote's cue fields and what its source does with what it says (GUIDELINES 7): the cue's
stance, or the stance the quote's own first sentence gives it (`De kritiek is onterecht`,
`Misschien …`).

A mixin of ``SpeakerResolver``: it reads the resolver's hedges, denials and confirmations.
"""
from __future__ import annotations

import re
from typing import Optional

from ..records import Cue, Quote, Span
from .frames import Frame

FIRST_SENTENCE = re.compile(r".+?(?:[.!?](?=\s+[\"'„‘«(]*[A-ZÀ-Ý])|$)", re.S)


class StanceReader:
    def _cue_fields(self, d: Quote, f: Frame) -> None:
        d.cue = cue_record(f)
        d.negated = f.negated
        d.addressee_or_medium = span_record(f.medium, self.text)
        d.stance = self._stance(d, f)

    def _stance(self, d: Quote, f: Frame) -> str:
        if d.kind == "direct" and f.stance == "assert":
            return self._hedged(d) or f.stance
        if f.stance in ("assert", "refuse") and self._hedged_cue(f):
            return "hedge"  # `weet bijna zeker dat …`, `weet niet zeker of …`: the source's own doubt
        said = self._hedged(d) if f.stance == "assert" else None
        if said == "deny" or said == "confirm" and not self._embedded_question(d):
            return said  # `Volgens de directeur is het verwijt onterecht`, `… is er inderdaad …`
        return f.stance

    def _hedged(self, d: Quote) -> Optional[str]:
        """The stance its own words give a quote: a hedge or a denial in its first sentence
        (`Misschien kan ik …`, `De kritiek is volkomen onterecht`); a hedge deep in a long
        quote does not make the whole quote uncertain."""
        first = FIRST_SENTENCE.match(d.text)
        low = _padded_words(first.group() if first else d.text)
        if any(f" {h} " in low for h in self.denials):
            return "deny"
        if self._confirmed(low):
            return "confirm"
        return "hedge" if any(f" {h} " in low for h in self.hedges) else None

    def _embedded_question(self, d: Quote) -> bool:
        """`beoordelen of de vrouw zich inderdaad …`: a question put, nothing confirmed."""
        before = self.text[max(0, d.start - 12):d.start].split()
        return bool(before) and before[-1].lower() in self.conditionals

    def _confirmed(self, low: str) -> bool:
        """A confirmation (`inderdaad`, `dat klopt`) in the sentence, not inside a condition
        (`als het inderdaad zo is`)."""
        for phrase in self.confirmations:
            at = low.find(f" {phrase} ")
            if at >= 0 and not set(low[:at].split()) & self.conditionals:
                return True
        return False

    def _hedged_cue(self, f: Frame) -> bool:
        """A hedge between the cue and a content after it (`weet bijna zeker dat`)."""
        if not f.content or f.content[0] < f.cue_span[1]:
            return False
        low = _padded_words(self.text[f.cue_span[0]:f.content[0]])
        return any(f" {h} " in low for h in self.hedges)


def _padded_words(text: str) -> str:
    """Lowercase words between single spaces, padded: `" {phrase} " in` finds whole words."""
    return " " + re.sub(r"[^\w']+", " ", text.lower()) + " "


def cue_record(f: Frame) -> Cue:
    start, end = f.cue_span
    return Cue(start=start, end=end, text=f.cue_text, lemma=f.entry.lemma)


def span_record(span, text: str) -> Span | None:
    if not span:
        return None
    return Span(span[0], span[1], text[span[0]:span[1]])
