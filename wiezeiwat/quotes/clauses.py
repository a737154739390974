"""Where the clause of a cue starts and which verb is its finite verb.

A mixin of ``FrameFinder``: a cue's source is found by the word order of its own clause, so
the clause must first be cut out of the sentence: after a comma that closes a fronted part
(`Op de vraag waarom …, zei X`), at a subordinator after the main verb (`… toen die had geopperd
dat …`), at `en`/`maar` that open a second main clause, at a heading glued to the sentence.
"""
from __future__ import annotations

from .syntax import Sentence


class ClauseBounds:
    def _finite(self, sent: Sentence, lo: int, cue: int) -> int:
        """The auxiliary before the cue (`heeft … gezegd`), else the cue itself; for a noun cue
        the first verb before it (`Wilders beet het spits af met het verwijt dat …`).  A finite cue
        is its clause's one finite verb: an auxiliary after a subordinator or wh-word belongs to
        that subordinate clause (`Op de vraag of het pand wordt toegewezen antwoordt X: …`)."""
        aux = next((k for k in range(lo, cue) if self.g.is_auxiliary(sent, k)), None)
        opens_clause = self.g.subordinators | self.g.wh
        if aux is not None and "Fin" in sent.toks[cue].morph.get("VerbForm") and any(
                sent.toks[k].lower_ in opens_clause for k in range(lo + 1, aux)):
            return cue
        if aux is None and sent.toks[cue].pos_ == "NOUN":
            aux = next((k for k in range(lo, cue) if sent.toks[k].pos_ in ("VERB", "AUX") and not sent.quoted[k]), None)
        return cue if aux is None else aux

    def _clause_start(self, sent: Sentence, i: int) -> int:
        toks = sent.toks
        comma_passed = False
        for k in range(i - 1, -1, -1):
            if sent.quoted[k]:
                continue
            if self._glued_opener(sent, k):
                return k  # `Oorzaak 1 Oude hond, nieuwe trucjes In 2006 zei …`: a heading ends before `In`
            if toks[k].text in (",", ":", ";", "(") and k + 1 <= i:
                nxt = toks[k + 1].lower_
                if toks[k].text == "," and nxt in self.g.relatives and k + 1 < i:
                    if not comma_passed and k > 0 and nxt != "wat" and not self._plural_verb(sent, k + 1, i):
                        return k + 1  # `steun van X, die zegt dat …`: the cue is the relative clause's own
                    # (not `, wat …`, which takes up a whole clause, nor a plural verb: groups the
                    # article names with a plural noun are resolved no better than by the old route)
                    continue  # `X, die opschudding veroorzaakte, zei …`: a relative clause, not the cue's
                comma_passed = True
                if nxt in self.g.coordinators and nxt not in self.g.subordinators and k + 2 <= i:
                    return k + 2  # `…, en wij vragen ons af …`: the conjunction opens no phrase
                if nxt in self.g.subordinators or nxt in self.g.coordinators or toks[k].text in (":", ";"):
                    return k + 1
                if toks[k].text == "," and self._ends_subordinate(sent, k):
                    return k + 1
        sub = self._subordinate_start(sent, i)
        if sub is not None:
            return sub
        conj = self._coordinated_clause(sent, i)
        if conj is not None:
            return conj
        start = 0
        while start < i and toks[start].lower_ in self.g.coordinators:
            start += 1
        if start + 2 < i and toks[start + 1].lower_ in self.g.subordinators and not sent.quoted[start + 1] and (
                toks[start].lower_ in ("dit", "dat") or toks[start].lower_ in self.g.adverbs):
            return start + 1  # `Dit omdat het stadsbestuur had besloten dat …`, `Juist omdat …`: the clause opens at the subordinator
        return start

    def _coordinated_clause(self, sent: Sentence, i: int) -> int | None:
        """`Critici moeten niets van hem hebben en veel partijgenoten vinden dat …`: without a comma,
        `en`/`maar` opens a second main clause when a finite verb stands before it and none between
        it and the cue; the clause starts after the conjunction."""
        toks = sent.toks
        finite = lambda k: "Fin" in toks[k].morph.get("VerbForm") and not sent.quoted[k]
        if not finite(i):
            return None  # `hebben VVD, D66 en PvdA aangegeven`: the finite verb comes before, one clause
        for k in range(i - 1, 0, -1):
            if finite(k) or toks[k].text in (",", "-", "–") or toks[k].lower_ in self.g.relatives:
                return None  # the cue is in a clause of its own (`… - die menen dat …`)
            low = toks[k].lower_
            if low in self.g.coordinators and low not in self.g.subordinators and not sent.quoted[k]:
                left = next((m for m in range(k - 1, -1, -1) if finite(m)), None)
                nxt = toks[k + 1] if k + 1 < i else None
                if nxt is None or not self.g.starts_nominal(nxt) or nxt.lower_ in self.g.relatives \
                        or nxt.pos_ == "PRON" and nxt.lower_ not in self.lang.wordset("subject_pronouns") \
                        and nxt.lower_ not in self.lang.wordset("possessives"):
                    return None  # `en hem het idee geven`, `en die hopen`: no new subject
                if toks[k - 1].text[:1].isupper() and nxt.text[:1].isupper():
                    return None  # `Terrorismebestrijding en Veiligheid`: `en` inside a name or a list of names
                if left is not None and not any(toks[m].lower_ in self.g.subordinators or toks[m].lower_ in self.g.relatives
                                                or toks[m].lower_ in self.lang.wordset("comparatives") for m in range(left, k)):
                    return k + 1  # the left conjunct is a main clause of its own
                return None
        return None

    def _glued_opener(self, sent: Sentence, k: int) -> bool:
        """A capitalised function word right after a word inside the sentence (`trucjes In 2006`)
        opens a new sentence that lost its stop; not a name's particle (`zei De Vries`)."""
        toks, g = sent.toks, self.g
        if k == 0 or k + 1 >= len(toks) or not toks[k].text[:1].isupper() or toks[k + 1].text[:1].isupper():
            return False
        low, prev = toks[k].lower_, toks[k - 1]
        closed = low in g.prepositions or low in g.determiners or low in g.subordinators or low in g.pronouns
        return closed and not sent.quoted[k - 1] and prev.text[-1:].isalnum() and prev.text[:1].islower()

    def _subordinate_start(self, sent: Sentence, i: int) -> int | None:
        """`De club had Kamphuis ontslagen toen die had geopperd dat …`: after the main clause's
        finite verb, a subordinator opens the clause the cue belongs to."""
        toks = sent.toks
        main_verb = next((k for k in range(i) if not sent.quoted[k] and "Fin" in toks[k].morph.get("VerbForm")), None)
        if main_verb is None:
            return None
        for k in range(i - 1, main_verb, -1):
            low = toks[k].lower_
            if sent.quoted[k] or toks[k].text in (",", ":", ";"):
                return None
            if low in self.g.subordinators and low not in self.g.complementizers and low not in self.g.relatives \
                    and low not in ("als",) and k + 1 < i and self.g.starts_nominal(toks[k + 1]):
                return k
        return None

    def _ends_subordinate(self, sent: Sentence, comma: int) -> bool:
        """`Op de vraag waarom …, zei X` and `Nadat …, zei X`: the comma closes a fronted part.

        Not when the main clause's verb came before it: `'s Ochtends had X, …, zijn …`."""
        first = sent.toks[0].lower_
        if first in self.g.subordinators or sent.quoted[0]:
            return True
        if first not in self.g.prepositions:
            return False
        for k in range(1, comma):
            tok = sent.toks[k]
            if tok.lower_ in self.g.subordinators or tok.lower_ in self.g.wh:
                return True
            if self.g.is_auxiliary(sent, k) or tok.pos_ in ("VERB", "AUX"):
                return False
        return True
