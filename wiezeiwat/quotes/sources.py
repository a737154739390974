"""Source phrases beyond the subject slot: coordination, fronted objects, relative clauses.

A mixin of ``FrameFinder``: the word-order patterns find where a source phrase starts; these
rules decide how far it runs (`zeggen A en B`, `zegt ook X`) and when the first phrase is an
object rather than the source (`Het kabinet noemde hij …`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import Sentence

if TYPE_CHECKING:
    from .frames import Frame


class SourcePhrases:
    def _with_conjunct(self, sent: Sentence, np, verb=None):
        """``_one_conjunct`` as often as it applies: `A en B en C`, `gemeente X en Waterschap Rijn en IJssel`."""
        for _ in range(3):
            longer = self._one_conjunct(sent, np, verb)
            if longer == np:
                break
            np = longer
        return np

    def _one_conjunct(self, sent: Sentence, np, verb=None):
        """The source phrase over `en` and a second phrase that can speak (`zeggen Hamming en
        Slettenhaar`, `volgens de bond en de werkgevers`), or over a name's own `en`
        (`Voedsel- en Warenautoriteit`, `B en W`); not when a new clause follows (`zegt de politie
        en de brandweer rukt uit`), nor after a singular verb."""
        toks, g = sent.toks, self.g
        if not np or np[1] + 1 >= len(toks) or toks[np[1]].lower_ != "en" or sent.quoted[np[1] + 1] \
                or toks[np[1] + 1].lower_ in g.pronouns:
            return np
        second = g.np_after(sent, np[1] + 1)
        last = toks[np[1] - 1].text
        in_phrase = any(toks[k].lower_ in g.prepositions and toks[k].ent_iob_ != "I"  # not `Rob van Bree`
                        for k in range(np[0] + 1, np[1]))  # `het ministerie van Justitie en Veiligheid`
        one_name = last.endswith("-") or len(last) == 1 and last.isupper() or in_phrase
        if not second or not (one_name or self._can_speak(sent, self._span(sent, *second))):
            return np
        if verb is not None:  # after a cue verb (not after `volgens`, where the finite verb comes next)
            after = toks[second[1]] if second[1] < len(toks) else None
            if after is not None and (after.pos_ in ("VERB", "AUX") or after.lower_ in g.auxiliaries):
                return np  # a new clause with its own subject
            if not one_name and "Sing" in verb.morph.get("Number"):
                return np
        return np[0], second[1]

    def _after_particles(self, sent: Sentence, k: int) -> int:
        """Past focus particles before a postposed source: `…, zegt ook hoogleraar X`."""
        while k < len(sent.toks) - 1 and sent.toks[k].lower_ in self.lang.wordset("focus_particles") and not sent.quoted[k]:
            k += 1
        return k

    def _new_clause(self, sent: Sentence, k: int) -> bool:
        """A clause opens at k: a pronoun, a finite verb (`en voegde toe`), or a phrase and then
        its finite verb (`en Kaag knikt`)."""
        toks, g = sent.toks, self.g
        if toks[k].lower_ in g.pronouns or "Fin" in toks[k].morph.get("VerbForm"):
            return True
        np = g.np_after(sent, k)
        return bool(np) and np[1] < len(toks) and "Fin" in toks[np[1]].morph.get("VerbForm")

    def _fronted_object(self, sent: Sentence, start: int, fin: int, np, f: Frame) -> bool:
        """`Het kabinet noemde hij 'een teleurstellende Sinterklaas'`, `Dat X …, vindt ze niet erg`:
        a subject pronoun right after the finite verb is the subject; what stands first is the
        object or a fronted clause, not the source."""
        toks = sent.toks
        if f.pattern not in ("subject", "subordinate") or fin + 1 >= len(toks) or fin == 0 or sent.quoted[fin + 1]:
            return False
        if toks[start].lower_ in self.g.prepositions:
            return False  # `In haar buitenverblijf sprak ze …`: a fronted adjunct
        pron = toks[fin + 1].lower_
        ze = pron == "ze" and f.pattern == "subordinate" and self._singular(toks[fin])  # `Justitie stelt ze …`: an object
        if pron not in self.lang.wordset("subject_pronouns") and not ze:
            return False
        if toks[fin - 1].lower_ in self.g.coordinators or toks[fin - 1].lower_ in self.g.relatives:
            return False  # `… en vertelde ze dat …`: the subject is shared, `ze` is the object
        if f.pattern == "subordinate":  # `Dat …, vindt ze`, not `Als hij dat wist, zou hij …`
            return toks[fin - 1].text == "," and (toks[start].lower_ in self.g.complementizers or toks[start].lower_ in self.g.wh)
        k = fin + 2
        while k < len(toks) and toks[k].lower_ in self.g.adverbs:
            k += 1
        if k < len(toks) and toks[k].lower_ in self.g.prepositions and not toks[k - 1].lower_ in self.g.negations:
            return False  # `Inspiratie vond hij bij …`: found, not judged
        if not f.entry.curated and not (k < len(toks) and toks[k].lower_ in self.g.complementizers):
            return False  # a verb from the lexicons needs its clause (`Het kabinet verwijt hij dat …`)
        return bool(np) and np[1] == fin and toks[np[0]].lower_ not in self.g.pronouns

    @staticmethod
    def _singular(tok) -> bool:
        return "Sing" in tok.morph.get("Number")

    def _relative_antecedent(self, sent: Sentence, comma: int):
        """The noun phrase that ends at the comma before a relative pronoun: the name that ends
        there (`steun van Piet de Vries`), else the longest phrase opened by a determiner
        (`de woordvoerder van het ministerie`)."""
        toks, best, name = sent.toks, None, None
        if comma > 0 and toks[comma - 1].text == ")":  # `Lilianne Ploumen (PvdA), die …`
            comma = next((k for k in range(comma - 2, -1, -1) if toks[k].text == "("), comma)
        for s in range(comma - 1, max(-1, comma - 10), -1):
            tok = toks[s]
            if sent.quoted[s] or tok.text in (",", ":", ";") or tok.pos_ in ("VERB", "AUX"):
                break
            bare = tok.pos_ == "NOUN" and (s == 0 or toks[s - 1].lower_ in self.g.prepositions)  # `kritiek van juristen`
            if tok.lower_ in self.g.determiners or tok.text[:1].isupper() or bare:
                np = self.g.np_after(sent, s)
                if np is not None and np[1] == comma:
                    best = np
                    opens_name = tok.lower_ not in self.g.determiners or tok.idx != sent.start  # not `Het vertrek van`
                    if tok.text[:1].isupper() and opens_name and toks[comma - 1].text[:1].isupper():
                        name = np  # `het vertrek van Van Geel, die …`: a name before the comma is who
        return name if name is not None else best

    def _shared_subject(self, sent: Sentence, fin: int):
        """`… richtte ze zich tot minderheden en zei: …`: the first conjunct's subject."""
        for k in range(fin - 1):
            low = sent.toks[k].lower_
            if not sent.quoted[k] and low in self.g.pronouns and low not in ("zijn", "haar"):
                return k, k + 1
        if self.g.starts_nominal(sent.toks[0]):
            np = self.g.np_after(sent, 0)
            return self.g.trim_np(sent, *np) if np else None
        return None
