"""Source phrases beyond the subject slot: coordination, fronted objects, relative clauses,
`volgens` and `uit … blijkt` phrases, and what may stand after a postposed source.

A mixin of ``FrameFinder``: the word-order patterns find where a source phrase starts; these
rules decide how far it runs (`zeggen A en B`, `zegt ook X`, `Volgens X, woordvoerder van Y, …`)
and when the first phrase is an object rather than the source (`Het kabinet noemde hij …`).
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

    def _person_after_thing(self, sent: Sentence, fin: int, np, f: Frame):
        """`De bezorgdheid over … vindt historicus Frankopan voorbarig`: a phrase headed by no word
        for a source stands first, a role and a name right after the finite cue: that is the
        subject, what stands first the object; its token range, else None."""
        toks = sent.toks
        if f.pattern != "subject" or not np or np[1] != fin or fin + 2 >= len(toks) or "n" not in f.entry.frames \
                or not f.entry.curated:
            return None
        head = self.g.head_noun(list(toks[np[0]:np[1]]))
        if head is None or head.pos_ == "PROPN" or head.ent_type_ or self.g.noun_class(head.text) \
                or head.lower_ in self.g.pronouns or head.lower_ in self.g.determiners:
            return None
        after = self.g.np_after(sent, fin + 1)
        if not after or after[1] - after[0] < 2 or not self.g.is_person_noun(toks[fin + 1].text) \
                or not toks[fin + 2].text[:1].isupper():
            return None  # a role and then a name: `historicus Frankopan`, `minister Jan Bos`
        return after

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

    def _middle_field(self, sent: Sentence, k: int, split_cue: bool = False) -> bool:
        """After a postposed source, words about the saying that end nothing: an adverb or a
        predicative adjective (`zegt hij kordaat`, `zegt Kroes hoopvol`), a time expression
        (`zei X afgelopen week`)."""
        tok = sent.toks[k]
        nxt = sent.toks[k + 1] if k + 1 < len(sent.toks) else None
        if tok.idx in self.times:
            return True
        if not split_cue and tok.lower_.startswith(("er", "daar", "hier")) and len(tok) > 4:
            return False  # `pleit X ervoor om …`: a pronominal adverb belongs to the verb's frame (not `voegt X eraan toe`)
        if tok.pos_ == "ADV" and tok.lower_ not in self.g.complementizers and tok.lower_ not in self.g.relatives:
            return True
        return tok.pos_ == "ADJ" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"))

    def _volgens(self, sent: Sentence, i: int, f: Frame) -> None:
        np = self._with_conjunct(sent, self.g.np_after(sent, i + 1))
        if not np or sent.toks[np[0]].lower_ in self.g.first_person:
            return
        np = self.g.trim_np(sent, *np)
        f.speaker = self._span(sent, *np)
        f.pattern = "volgens"
        toks = sent.toks
        opens = i == 0 or not sent.quoted[i - 1] and (toks[i - 1].text in (",", ";") or toks[i - 1].lower_ in self.g.coordinators)
        start = self._after_apposition(sent, np[1]) if opens else np[1]
        while start < len(toks) and toks[start].text == ",":
            start += 1
        v2 = start < len(toks) and "Fin" in toks[start].morph.get("VerbForm") and not sent.quoted[start]
        if start < len(toks) and (i == 0 or opens and v2):  # `…, volgens X is dat overdreven`: volgens opens a main clause
            f.content = self._span(sent, start, self._end_of_clause(sent, start))
        else:  # `…, maar die zal er volgens Koolmees toe leiden dat …`: the clause volgens is in
            # a coordinated main clause, not a fronted subject clause (`Dat …, wil volgens X …`)
            lo = next((k + (1 if toks[k].text in (";", ":") else 2) for k in range(i - 1, -1, -1)
                       if not sent.quoted[k] and (toks[k].text in (";", ":") or toks[k].text == ","
                                                  and k + 1 < i and toks[k + 1].lower_ in self.g.coordinators)), 0)
            f.content = self._span(sent, lo, self._end_of_clause(sent, lo))

    APPOSITION_TOKENS = 20  # a longer run between commas is a clause of its own, not an apposition

    def _after_apposition(self, sent: Sentence, k: int) -> int:
        """Past what a fronted `volgens X` adds to X before the finite verb of the main clause:
        a bracket (`Volgens Jan (45)`), an apposition or relative clause between commas
        (`Volgens Jan, woordvoerder van Y, moeten …`, `Volgens Jan, die …, hoeven …`).  The
        fronted phrase takes the first place, so the verb comes right after it."""
        toks, n = sent.toks, len(sent.toks)
        if k < n and toks[k].text == "(" and not sent.quoted[k]:
            close = next((j for j in range(k + 1, min(n, k + self.APPOSITION_TOKENS)) if toks[j].text == ")"), None)
            if close is not None:
                k = close + 1
        if k + 1 >= n or toks[k].text != "," or sent.quoted[k] or "Fin" in toks[k + 1].morph.get("VerbForm"):
            return k
        for j in range(k + 2, min(n - 1, k + self.APPOSITION_TOKENS)):
            if sent.quoted[j]:
                break
            if toks[j].text == "," and "Fin" in toks[j + 1].morph.get("VerbForm") and not sent.quoted[j + 1]:
                return j + 1
        return k

    def _source_phrase(self, sent: Sentence, i: int, f: Frame) -> None:
        """`Uit onderzoek van X blijkt dat …`, `…, blijkt uit cijfers van X`, `Dat blijkt uit X`:
        the source is the preposition's phrase, when it can state something (a document, a person,
        an organisation); without it (`Het blijkt lastig`) nothing is reported."""
        toks, prep = sent.toks, self.lang.words.get("source_prepositions", {}).get(f.entry.lemma)
        f.finite = toks[i]
        states = self._written_in if f.entry.lemma in self.lang.wordset("document_source_cues") else self._can_speak
        if i > 0 and toks[0].lower_ == prep and not sent.quoted[0]:  # fronted: `Uit X blijkt dat …`
            np = self.g.np_after(sent, 1, limit=i)
            dat = next((k for k in range(i + 1, min(i + 6, len(toks) - 1)) if toks[k].lower_ in self.g.complementizers
                        or toks[k].text in (",", ":") or toks[k].pos_ in ("VERB", "AUX") or sent.quoted[k]), None)
            if np and np[1] == i and dat is not None and toks[dat].lower_ in self.g.complementizers \
                    and states(sent, self._span(sent, *np)):
                f.speaker, f.pattern = self._span(sent, *np), "volgens"  # `Uit X bleek vorig jaar dat …`
                f.content = self._span(sent, dat + 1, self._end_of_clause(sent, dat + 1))
            return
        k = i + 1
        while k < len(toks) and toks[k].lower_ in self.g.adverbs and not sent.quoted[k]:
            k += 1  # `blijkt ook uit`, `blijkt onder meer uit`
        if k >= len(toks) or toks[k].lower_ != prep or sent.quoted[k]:
            return
        np = self.g.np_after(sent, k + 1)
        if not np or not states(sent, self._span(sent, *np)):
            return  # `bleek uit de rel rond …`: an event shows, nobody states
        f.speaker = self._span(sent, *self.g.trim_np(sent, *np))
        if i == 1 and toks[0].lower_ in self.lang.wordset("anaphoric_openers"):
            f.pattern = "anaphoric"  # `Dat blijkt uit X`: the sentence before is what X shows
        else:  # `…, blijkt uit X`, `…, zo blijkt uit X`
            comma = i - 2 if i >= 2 and toks[i - 1].lower_ == "zo" else i - 1
            if comma > 0 and toks[comma].text == "," and not sent.quoted[comma]:
                f.pattern, f.content = "postposed", self._span(sent, 0, comma)

    def _written_in(self, sent: Sentence, span: tuple[int, int]) -> bool:
        """`staat in het rapport`: a phrase headed by a word for a document (not `in Amsterdam`)."""
        head = self.g.head_noun([t for t in sent.toks if span[0] <= t.idx < span[1]])
        return head is not None and self.g.head_in(head.text, self.g.document_nouns)

    def _restrictive_relative(self, sent: Sentence, start: int, i: int) -> int | None:
        """`hoogleraar Paul van de Laar die al riep dat …`: the cue's clause is a relative clause
        without a comma whose pronoun is its subject (no subject pronoun follows it); the
        index of the pronoun, else None."""
        toks = sent.toks
        for k in range(i - 1, start, -1):
            if sent.quoted[k] or toks[k].text in (",", ":", ";") or "Fin" in toks[k].morph.get("VerbForm"):
                return None
            if toks[k].lower_ == "die":
                prev, nxt = toks[k - 1], toks[k + 1]
                named = prev.pos_ in ("NOUN", "PROPN") or prev.text[:1].isupper() and prev.idx != sent.start
                subject = nxt.lower_ not in self.lang.wordset("subject_pronouns") and nxt.lower_ != "ze"
                return k if named and subject and not sent.quoted[k - 1] else None
        return None
