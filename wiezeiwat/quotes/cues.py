"""Cue matching: which tokens of a sentence are a cue, with their particle or fixed words.

A cue is a verb form of ``cues.tsv``, a lexicon verb by its lemma (``cues_lexicon.tsv``), a
multiword cue of ``cue_phrases.tsv`` (`maakt duidelijk dat`), or `volgens`/`aldus`. A mixin of
``FrameFinder``: it reads the finder's grammar (``self.g``) and language data (``self.lang``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import CueEntry
from .syntax import Sentence

if TYPE_CHECKING:
    from .frames import Frame


class CueMatcher:
    def cues(self, sent: Sentence):
        """(index, entry, cue tokens) for every cue outside quotes."""
        toks = sent.toks
        for i, tok in enumerate(toks):
            if sent.quoted[i]:
                continue
            noun = self._noun_cue(sent, i)
            if noun is not None:
                yield i, noun, [tok]
                continue
            for entry in self.lang.cues_for_token(tok):
                parts = self._complete(sent, i, entry)
                if parts is not None:
                    yield i, entry, parts
                    break

    def _noun_cue(self, sent: Sentence, i: int):
        """A statement noun right before its complement clause (`met het verwijt dat …`, `de
        boodschap dat …`): a cue whose source is the subject of the clause it stands in, when it
        comes `met` the noun or utters it (words.json uttering_verbs: herhaalde de boodschap dat);
        never a relative `dat` (`het standpunt dat Rutte innam`: a pronoun, not a conjunction)."""
        toks = sent.toks
        stance = self.lang.words.get("noun_cues", {}).get(toks[i].lower_)
        if stance is None or toks[i].pos_ != "NOUN" or i + 1 >= len(toks) or sent.quoted[i + 1]:
            return None
        dat = toks[i + 1]
        if dat.lower_ != "dat" or dat.pos_ != "SCONJ":
            return None
        k = i - 1
        while k > 0 and (toks[k].lower_ in self.g.determiners or toks[k].pos_ == "ADJ"):
            k -= 1  # `met het nieuwe verwijt`
        verb = next((t for t in reversed(toks[:i]) if t.pos_ in ("VERB", "AUX") and not sent.quoted[t.i - toks[0].i]), None)
        lemma = verb.lemma_.lower() if verb is not None else ""
        uttering = self.lang.wordset("uttering_verbs") | (self.lang.wordset("uttering_with_met") if toks[k].lower_ == "met" else set())
        if lemma not in uttering and not any(lemma.endswith(v) for v in uttering if len(v) > 4):
            return None  # `legt zich neer bij de waarschuwing dat`, `neemt genoegen met …`: someone else said it
        return CueEntry(toks[i].lower_, None, stance, "d", "noun", "noun")

    def _adjunct_te(self, sent: Sentence, i: int) -> bool:
        """`door te zeggen dat`, `om te melden dat`: an adjunct te-infinitive (cue at `i`) with a
        reported clause, in a main clause whose subject is the one who speaks."""
        toks = sent.toks
        said = i + 1 < len(toks) and (toks[i + 1].lower_ == "dat" or toks[i + 1].text == ":")  # not `om te verklaren hoe`
        return i > 1 and said and toks[i - 2].lower_ in self.lang.wordset("adjunct_te") and not sent.quoted[i - 2] \
            and self._main_finite(sent, i - 2) is not None

    @staticmethod
    def _main_finite(sent: Sentence, i: int):
        """The first finite verb before `i` outside quotes, or None."""
        return next((k for k in range(i) if not sent.quoted[k] and "Fin" in sent.toks[k].morph.get("VerbForm")), None)

    def _complete(self, sent: Sentence, i: int, entry: CueEntry):
        toks, low = sent.toks, sent.toks[i].lower_
        nxt = toks[i + 1].lower_ if i + 1 < len(toks) else ""
        if entry.kind == "word":
            return [toks[i]]
        if toks[i].pos_ in ("NOUN", "ADJ", "PROPN") or (
                i > 0 and toks[i - 1].lower_ in ("de", "het", "een", "'t") and toks[i].pos_ not in ("VERB", "AUX")):
            return None  # de hoop, een verklaring: a noun, not the verb
        if i > 0 and toks[i - 1].lower_ == "te" and not self._adjunct_te(sent, i):
            return None  # `de situatie schokkend te vinden`: part of another cue's content
        if i > 0 and toks[i - 1].lower_ in self.g.determiners and nxt == "van":
            return None  # `met het vinden van namen`, `bij het afwijzen van het plan`: a verb used as a noun
        if 0 < i < len(toks) - 1 and toks[i - 1].pos_ in ("ADJ", "ADV") and toks[i + 1].pos_ == "NOUN" \
                and not toks[i + 1].text[:1].isupper() and not self.g.is_listed_source_noun(toks[i + 1].text):
            return None  # `de heilig verklaarde hamburger`: a participle before its noun
        if self._reflexive(sent, i, entry):
            return None  # `mogen zich daarvoor melden`: to report oneself is no report
        if nxt in ("zich", "plaats") or (i == 0 and toks[i].text[:1].isupper() and entry.lemma == "stellen" and nxt not in ("dat",)):
            return None
        if entry.phrase:
            return self._phrase_cue(sent, i, entry)
        if entry.lemma == "laten weten":  # `liet directeur Jan Bos vanochtend weten`: source and time between
            for k in range(i + 1, min(i + 9, len(toks))):
                if self._clause_end(sent, k):
                    return None
                if toks[k].lower_ == "weten":
                    return [toks[i], toks[k]]
            return None
        if "v" in entry.frames:  # `spreekt van een ramp`: the preposition opens the content
            for k in range(i + 1, min(i + 6, len(toks) - 1)):
                t = toks[k]
                if self._clause_end(sent, k):
                    return None
                if t.lower_ == entry.particle:  # `sprak van 'een artikel …'`: a quotation is the phrase too
                    quoted = k + 1 < len(toks) and sent.quoted[k + 1]
                    return [toks[i], t] if quoted or self._governs_phrase(sent, k) else None
            return None
        if entry.particle and not low.startswith(entry.particle):
            for k in range(i + 1, len(toks)):
                t = toks[k]
                if self._clause_end(sent, k):
                    break
                if t.lower_ == entry.particle and not self._governs_phrase(sent, k):
                    return [toks[i], t]
            return None
        if entry.particle and low.startswith(entry.particle) and low[len(entry.particle):] not in self.lang.cue_forms \
                and toks[i].lemma_.lower() != entry.lemma:
            return None
        return [toks[i]]

    def _clause_end(self, sent: Sentence, k: int) -> bool:
        """Where the search for a cue's other words stops: quoted text, a clause's punctuation,
        or the complementizer that opens what was said."""
        tok = sent.toks[k]
        return sent.quoted[k] or tok.text in (",", ":", ".", ";") or tok.lower_ in self.g.complementizers

    def _phrase_cue(self, sent: Sentence, i: int, entry: CueEntry):
        """The verb with the fixed words of a multiword cue, after it in its clause (`maakt
        duidelijk dat`, `drukt hem op het hart`) or right before it (`heeft duidelijk gemaakt`)."""
        toks = sent.toks
        for variant in entry.particle.split("|"):
            words = variant.split()
            for k in range(i + 1, len(toks)):
                if self._clause_end(sent, k):
                    break
                got = self._fixed_words(sent, k, words)
                if got:
                    return [toks[i]] + got
            for k in range(max(0, i - len(words) - 3), i):
                got = self._fixed_words(sent, k, words)
                if got and got[-1].i == toks[i].i - 1:
                    return got + [toks[i]]
        return None

    def _fixed_words(self, sent: Sentence, k: int, words: list[str]):
        """The tokens of `words` from k on; an r-pronoun may stand split (`er nog altijd op`)."""
        toks, got = sent.toks, []
        for w in words:
            if k >= len(toks) or sent.quoted[k]:
                return None
            if toks[k].lower_ == w:
                got.append(toks[k])
            elif w.startswith("er") and toks[k].lower_ == "er" and len(w) > 2:
                m = next((m for m in range(k + 1, min(k + 5, len(toks))) if toks[m].lower_ == w[2:]), None)
                if m is None or any(sent.quoted[j] or toks[j].text in (",", ":", ".", ";") for j in range(k, m)):
                    return None
                got += [toks[k], toks[m]]
                k = m
            else:
                return None
            k += 1
        return got

    def _reflexive(self, sent: Sentence, i: int, entry: CueEntry) -> bool:
        """`zich` just before a cue whose reflexive sense is no speech (words.json
        reflexive_non_speech: zich melden, zich vergissen), or after it and its inverted subject
        (`meldde hij zich bij zijn huurbaas`)."""
        if entry.lemma not in self.lang.wordset("reflexive_non_speech"):
            return False
        toks = sent.toks
        if any(toks[k].lower_ == "zich" and not sent.quoted[k] for k in range(max(0, i - 4), i)):
            return True
        for k in range(i + 1, min(i + 5, len(toks))):
            if sent.quoted[k] or self.g.is_punct(toks[k]) or toks[k].lower_ in self.g.complementizers:
                return False
            if toks[k].lower_ == "zich":
                return True
        return False

    def _governs_phrase(self, sent: Sentence, k: int) -> bool:
        """`houdt voor het vijfde jaar`: a preposition with its phrase, not a verb's particle."""
        if k + 1 >= len(sent.toks) or sent.quoted[k + 1]:
            return False
        nxt = sent.toks[k + 1]
        if nxt.lower_ in self.g.complementizers or nxt.lower_ in self.g.wh:
            return False  # `gaf aan dat …`, `sprak de hoop uit dat …`
        if nxt.pos_:
            return nxt.pos_ in ("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON")
        return nxt.lower_ in self.g.determiners or nxt.text[:1].isupper()

    def _object_inside(self, sent: Sentence, f: Frame) -> None:
        toks = sent.toks
        if len(f.cue_toks) < 2 or f.cue_toks[0] not in toks:
            return
        a, b = toks.index(f.cue_toks[0]) + 1, toks.index(f.cue_toks[1])
        while a < b and (toks[a].lower_ in self.g.adverbs or f.speaker and f.speaker[0] <= toks[a].idx < f.speaker[1]):
            a += 1  # past adverbs and an inverted source: `wees hij de verwijten van de hand`
        if b - a >= 1 and not any(sent.quoted[k] or toks[k].text in (",", ":", ";") for k in range(a, b)):
            f.content, f.bare = self._span(sent, a, b), True

    def _clause_follows(self, sent: Sentence, f: Frame) -> bool:
        k = sent.toks.index(f.cue_toks[-1]) + 1 if f.cue_toks[-1] in sent.toks else len(sent.toks)
        nxt = sent.toks[k] if k < len(sent.toks) else None
        return nxt is not None and (nxt.lower_ in self.g.complementizers or nxt.lower_ in self.g.wh or nxt.text == ":")
