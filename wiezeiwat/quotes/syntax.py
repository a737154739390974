"""Just enough Dutch clause structure to find who speaks: noun phrases and V2 order.

The model's POS tags are used where the pipeline has them; closed-class word tables
(``lang/nl/words.json``) stand in where it has not, so the rules run on a blank
pipeline too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..entities import first_names, name_after_voor, org_name_heads
from ..lang import VOWELS, LanguageData

PUNCT = set(",.;:!?()[]{}\"'„“”‘’«»…") | {",,", "''", "--"}
NOMINAL_POS = {"NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ", "X"}
STOP_POS = {"ADP", "ADV", "SCONJ", "CCONJ", "VERB", "AUX", "PUNCT"}


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    toks: list  # spaCy tokens of the sentence
    quoted: list[bool] = field(default_factory=list)  # token lies inside a quote pair (marks included)
    text: str = ""  # the whole article body

    def text_of(self, i: int, j: int) -> tuple[int, int]:
        """Char span of tokens i..j-1."""
        return self.toks[i].idx, self.toks[j - 1].idx + len(self.toks[j - 1])




def singulars(w: str) -> set[str]:
    """The word and the singulars Dutch spelling allows for it: bronnen -> bron,
    diplomaten -> diplomaat, kandidaten -> kandidaat, auteurs -> auteur."""
    out = {w, w[:-1], w[:-2]}
    if w.endswith("en") and len(w) > 4:
        stem = w[:-2]
        if stem[-1] == stem[-2] and stem[-1] not in VOWELS:
            out.add(stem[:-1])  # bronnen
        if stem[-1] not in VOWELS and stem[-2] in VOWELS and stem[-3] not in VOWELS:
            out.add(stem[:-1] + stem[-2] + stem[-1])  # diplomaten
            if stem[-1] == "z":
                out.add(stem[:-2] + stem[-2] * 2 + "s")  # reizen -> reis
            if stem[-1] == "v":
                out.add(stem[:-2] + stem[-2] * 2 + "f")
    return out


class Grammar:
    """Word-class questions answered from POS tags or, failing those, word tables."""

    def __init__(self, lang: LanguageData):
        w = lang.wordset
        self.lang = lang
        self.determiners = w("determiners")
        self.prepositions = w("prepositions")
        self.subordinators = w("subordinators")
        self.complementizers = w("complementizers")
        self.wh = w("wh_words")
        self.relatives = w("relative_pronouns")
        self.coordinators = w("coordinators")
        self.auxiliaries = w("auxiliaries")
        self.adverbs = w("adverbs")
        self.negations = w("negations")
        self.reciprocals = w("reciprocals")
        self.pronouns = frozenset(lang.words.get("pronouns_person", {}))
        self.first_person = w("pronouns_first")
        self.plural_pronouns = w("pronouns_plural")
        self.person_nouns = w("person_nouns")
        self.organisation_nouns = w("organisation_nouns")
        self.document_nouns = w("document_nouns")
        self.quantity_nouns = w("quantity_nouns")
        self.name_particles = w("name_particles")
        self.statement_nouns = w("statement_nouns")
        self.person_suffixes = tuple(lang.words.get("person_suffixes", ()))
        self.not_person_endings = tuple(lang.words.get("not_person_endings", ()))
        self.org_name_heads = org_name_heads(lang)
        self.first_names = first_names(lang.code)

    def is_auxiliary(self, sent: Sentence, k: int) -> bool:
        """`heeft … gezegd`, `wilde … bevestigen`; not the possessive in `zijn ongenoegen`."""
        tok = sent.toks[k]
        if sent.quoted[k] or tok.lower_ not in self.auxiliaries:
            return False
        if tok.lower_ == "zijn" and k + 1 < len(sent.toks):  # taggers often miss the possessive
            nxt = sent.toks[k + 1]
            if nxt.pos_ in ("NOUN", "ADJ", "PROPN") or not (
                    nxt.lower_ in self.adverbs or nxt.lower_ in self.negations or nxt.lower_.startswith("ge")):
                return False
        if tok.pos_:
            return tok.pos_ in ("AUX", "VERB")
        return True

    def pronoun_gender(self, word: str) -> Optional[str]:
        """'m' for hij/hem, 'f' for zij/ze/haar (lang/nl/words.json: pronouns_person)."""
        return self.lang.words.get("pronouns_person", {}).get(word.lower())

    def only_singular(self, word: str) -> bool:
        """`hij`, `hem`, `haar`: a pronoun that cannot take up a group (`zij`, `ze` can)."""
        return word.lower() in self.pronouns and word.lower() not in self.plural_pronouns

    def is_person_noun(self, word: str) -> bool:
        """`woordvoerder`, `bewoners`, `bollenkweker`: a word for a person (its last part in the
        list, then person-forming endings)."""
        if self.head_in(word, self.person_nouns):
            return True
        w = word.lower().rsplit("-", 1)[-1]
        stem = w[:-2] if w.endswith("en") and len(w) > 6 else w[:-1] if w.endswith("s") and len(w) > 6 else w
        if stem.endswith(self.not_person_endings):
            return False  # `bevalling`, `instelling`: -ing of a verb in -llen, never a -ling for a person
        if len(stem) > 4 and stem.endswith(self.person_suffixes):
            return True
        # `politicologen` -> politicoloog, `partijgenoten` -> partijgenoot: a plural whose vowel the spelling halves
        return len(w) > 7 and w.endswith("en") and any(
            form.endswith(self.person_suffixes) for form in singulars(w) if len(form) > 4 and form not in (w, w[:-1], w[:-2]))

    def is_role_noun(self, word: str) -> bool:
        """A listed word for a person (or a compound ending in one): `de Amerikaanse president`,
        `de voormalig NEC-speler`; not every noun that merely ends like one.  A feminine form in
        -ster is the listed -er noun's (`onderzoekster`, `medewerkster`, `voorzitster`)."""
        if self.head_in(word, self.person_nouns):
            return True
        w = word.lower()
        if w.endswith("ster") and len(w) > 7:
            stem = w[:-4]
            return any(self.head_in(form, self.person_nouns) for form in (stem + "er", stem + stem[-1] + "er"))
        return False

    def role_before_field(self, toks: list):
        """`de emeritus hoogleraar strafrecht`, `student bouwkunde`: a word for a person followed by
        the bare noun of its field; the role word, else None."""
        if len(toks) < 2 or not toks[-1].text.isalpha() or not toks[-1].text.islower():
            return None
        role = toks[-2]
        if self.is_person_noun(toks[-1].text) or not role.text.islower() or not self.is_role_noun(role.text):
            return None
        return role

    def head_noun(self, toks: list):
        """The head of a noun phrase: its last word before the first preposition
        (`Een bewoner van nummer 58` -> bewoner, `een woordvoerder van de gemeente` -> woordvoerder)."""
        cut = next((k for k, t in enumerate(toks) if k and (t.pos_ == "ADP" or t.lower_ in self.prepositions)), len(toks))
        before = toks[:cut]
        if len(before) > 1 and before[-1].lower_ == "zelf":
            before = before[:-1]  # `De man zelf`: the emphatic pronoun after the noun is no head
        head = before[-1] if before else None
        counted = head is not None and (head.lower_ in self.quantity_nouns or len(before) == 1 and (
            head.pos_ == "NUM" or head.lower_ in ("een", "één")))  # not `de nummer 2 van de partij`
        if counted and cut < len(toks) and toks[cut].lower_ == "van":  # `Een van de onderministers`: onderministers
            return self.head_noun(toks[cut + 1:]) or head  # `Een derde van de ondervraagden`: ondervraagden
        return head

    def can_speak(self, toks: list, name_like=lambda tok: False) -> bool:
        """A phrase that can be a source (GUIDELINES 1): a name, a personal pronoun, or a phrase
        headed by a word for a person, an organisation or a document."""
        if any(t.ent_type_ in ("PER", "ORG") or t.pos_ == "PROPN" or t.lower_ in self.pronouns or name_like(t)
               or self.name_read_as_verb(t) for t in toks):
            return True
        head = self.head_noun(toks)  # `Een bewoner van de flat aan de haven`: bewoner
        return head is not None and (self.noun_class(head.text) is not None or self.noun_class(head.lemma_) is not None)

    def is_listed_source_noun(self, word: str) -> bool:
        """A listed word for a person, an organisation or a document (not merely its ending)."""
        return any(self.head_in(word, nouns) for nouns in (self.person_nouns, self.organisation_nouns, self.document_nouns))

    def noun_class(self, word: str) -> Optional[str]:
        """'person', 'organisation' or 'document' for the head of a phrase that can be a source."""
        if self.is_person_noun(word):
            return "person"
        if self.head_in(word, self.organisation_nouns):
            return "organisation"
        if self.head_in(word, self.document_nouns):
            return "document"
        return None

    @staticmethod
    @lru_cache(maxsize=65536)
    def head_in(word: str, nouns: frozenset) -> bool:
        """The word, its singular, or its last part (a compound's head of 4+ letters) is listed.
        Each proper ending of 4+ letters is looked up, not each listed noun tried (the tables
        have hundreds of nouns); answers are cached (the tables are frozensets, hashed once)."""
        w = word.lower().rsplit("-", 1)[-1]
        forms = singulars(w) if len(w) > 3 else {w}
        if forms & nouns:
            return True
        return any(form[k:] in nouns for form in forms for k in range(1, len(form) - 3))

    @staticmethod
    def genitive_mark(tok) -> bool:
        """The apostrophe of a genitive after a name in -s, -x or -z (`Bolsius' woordvoerder`,
        `Rubens' werk`): glued to the name and followed by a lower-case word."""
        doc = tok.doc
        return (tok.text in ("'", "’") and tok.i > 0 and not doc[tok.i - 1].whitespace_ and tok.whitespace_
                and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].text[-1:].lower() in ("s", "x", "z")
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].islower() and doc[tok.i + 1].is_alpha)

    def is_punct(self, tok) -> bool:
        return tok.text in PUNCT or tok.is_punct

    def is_stop(self, tok) -> bool:
        """A token that ends a noun phrase."""
        low = tok.lower_
        if self.is_punct(tok) and tok.text not in ("-",):
            return True
        if low in self.prepositions and low != "van":
            return True
        if low in self.adverbs or low in self.subordinators or low in self.coordinators:
            return not tok.text[:1].isupper() or low in ("en", "maar")
        if low in self.negations and low != "geen":
            return True  # `volgens de raadslieden niets …`
        if low in self.auxiliaries or self.lang.cues_for(low) or low in self.reciprocals:
            return True
        if tok.pos_ == "VERB" and tok.tag_.startswith("N|"):
            return False  # `zei een overlevende`: the tagger's noun against the morphologizer's verb
        return tok.pos_ in ("VERB", "AUX", "ADV", "SCONJ", "CCONJ")

    def name_read_as_verb(self, tok) -> bool:
        """`Schouten vindt …`, `Betrokkenen beamen …`: a capitalised word the tagger read as a verb
        and the parser as the subject, right before its verb or a name's next word (not the
        infinitive of `Bellen met de PVV is zinloos`)."""
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.pos_ == "VERB" and tok.text[:1].isupper() and tok.dep_.startswith("nsubj") \
            and tok.lower_ not in self.auxiliaries and nxt is not None and (nxt.i == tok.head.i or nxt.text[:1].isupper())

    def starts_nominal(self, tok) -> bool:
        """Can a clause's first constituent starting here be its subject?"""
        low = tok.lower_
        if low in self.pronouns or low in self.determiners:
            return True
        if tok.text[:1].isupper() and low in self.name_particles and tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].text[:1].isupper():
            return True  # Van Rossum denkt …
        if low in self.prepositions or low in self.adverbs or low in self.subordinators or low in self.coordinators:
            return False
        if self.name_read_as_verb(tok):
            return True
        if tok.pos_ in ("ADP", "ADV", "SCONJ", "CCONJ", "VERB", "AUX"):
            return False
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.pos_ == "ADJ" and nxt is not None and nxt.pos_ in ("VERB", "AUX") and tok.ent_type_ not in ("PER", "ORG") \
                and not (low.endswith(("en", "e")) and self.is_person_noun(tok.text)):
            return False  # `Voorlopig vindt ze …`: an adjective used as an adverb; not `Deskundigen betwijfelen …`,
            # nor a name the NER knows (`May heeft laten weten …`)
        if tok.text[:1].isupper():
            return True  # a name, whatever the tagger made of `GroenLinks-`
        return tok.pos_ in NOMINAL_POS if tok.pos_ else True

    def np_after(self, sent: Sentence, i: int, limit: int | None = None) -> tuple[int, int] | None:
        """Token range of the noun phrase starting at i (a pronoun, or det + words + name)."""
        toks, n = sent.toks, min(len(sent.toks), limit or len(sent.toks))
        if i >= n or sent.quoted[i]:
            return None
        if self._possessive_before_noun(sent, i, n):
            j = i + 1  # `zegt zijn advocaat`, `volgens haar man Piet`: a phrase, not the pronoun
            while j < n and not sent.quoted[j] and toks[j].pos_ in ("ADJ", "NOUN"):
                j += 1
            name = self.np_after(sent, j, limit) if j < n and toks[j].text[:1].isupper() else None
            return i, name[1] if name else j
        if toks[i].lower_ in self.pronouns or toks[i].lower_ in self.first_person:
            return i, i + 1
        if toks[i].lower_ in ("die", "deze") and i + 1 < n and toks[i + 1].pos_ in ("VERB", "AUX"):
            return i, i + 1  # `toen die had geopperd`: a demonstrative standing for a person
        if toks[i].lower_ in ("zich", "zichzelf") or toks[i].lower_ in self.coordinators:
            return None  # `hebben zich 350 mensen gemeld`: a reflexive verb; `hielp, stelde gerust en …`: no phrase
        j, in_name = i, False
        while j < n and not sent.quoted[j]:
            tok = toks[j]
            if j > i and self.genitive_mark(tok):
                j, in_name = j + 1, False  # `zegt Bolsius' woordvoerder`: the possessor, then its noun
                continue
            if j > i and tok.lower_ in ("zich", "zichzelf"):
                break  # `vroegen veel commentatoren zich af`: the reflexive of the verb
            link = self._org_name_link(sent, j) or self._field_of_role(sent, j)
            if j > i and self.is_stop(tok) and not self._inside_name(sent, j) and not self._attributive(sent, j) and not link:
                break
            capital = tok.text[:1].isupper() or self._inside_name(sent, j) or link
            if in_name and not capital:
                break  # a name ends the phrase: `Volgens Peskov praten …`, `Anna van Rossum van de bond`
            opens_sentence = tok.idx == sent.start and tok.pos_ != "PROPN" and not (
                j + 1 < n and toks[j + 1].text[:1].isupper())  # `Voormalig studiebegeleidster …`
            modifier = (tok.pos_ == "ADJ" or tok.lower_.endswith(("se", "sche"))) and j + 1 < n \
                and toks[j + 1].text[:1].islower() and not sent.quoted[j + 1]
            in_name = in_name or (capital and tok.lower_ not in self.determiners and not opens_sentence
                                  and not modifier)  # `de Nederlandse inlichtingendienst AIVD`
            if j > i and tok.lower_ in ("de", "het", "een") and toks[j - 1].lower_ not in self.prepositions \
                    and not self._inside_name(sent, j):
                break  # `volgens retailtrends.nl een aardig bedrag`: a second noun phrase begins
            if j == i and not self._name_particle_start(sent, j) and (
                    self.is_punct(tok) or tok.lower_ in self.prepositions or tok.lower_ in self.subordinators
                    or tok.lower_ in self.adverbs or tok.lower_ in self.auxiliaries
                    or self.lang.cues_for(tok.lower_) or tok.pos_ in ("AUX", "ADV", "ADP")
                    or tok.pos_ == "VERB" and not tok.tag_.startswith("N|") and not self._role_before_name(sent, j)):
                return None  # `Inmiddels is vastgesteld dat …`: no source at all
            j += 1
            if j - i >= 10:
                break
        return (i, j) if j > i else None

    def _possessive_before_noun(self, sent: Sentence, i: int, n: int) -> bool:
        toks = sent.toks
        if toks[i].lower_ not in self.lang.wordset("possessives") or i + 1 >= n or toks[i + 1].text[:1].isupper():
            return False
        j = i + 1  # adjectives, then a noun: `haar nieuwe advocaat`, not `volgens haar slechter`
        while j < n and not sent.quoted[j] and toks[j].pos_ == "ADJ":
            j += 1
        return j < n and not sent.quoted[j] and toks[j].pos_ == "NOUN"

    def _role_before_name(self, sent: Sentence, j: int) -> bool:
        """`zegt drugsexpert Ton Nabben`: a word for a person right before a capitalised name is a
        noun, whatever the tagger says."""
        toks = sent.toks
        return (j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and not sent.quoted[j + 1]
                and toks[j].text[:1].islower() and self.is_person_noun(toks[j].text))

    @staticmethod
    def _attributive(sent: Sentence, j: int) -> bool:
        """`de verlossende woorden`: a participle between a determiner and a noun modifies it."""
        toks = sent.toks
        return (toks[j].pos_ == "VERB" and j + 1 < len(toks) and toks[j + 1].pos_ == "NOUN"
                and toks[j - 1].pos_ in ("DET", "ADJ") and not sent.quoted[j + 1])

    def _name_particle_start(self, sent: Sentence, j: int) -> bool:
        """`Van Rossum`, `De Jong`, `Van der Linden`: a capitalised particle that starts a surname."""
        toks = sent.toks
        if not (toks[j].text[:1].isupper() and toks[j].lower_ in self.name_particles):
            return False
        k = j + 1
        while k < len(toks) and toks[k].text.islower() and toks[k].lower_ in self.name_particles:
            k += 1  # `Van der`, `Van den`, `Van de`
        return k < len(toks) and toks[k].text[:1].isupper() and toks[k].lower_ not in self.determiners

    def _field_of_role(self, sent: Sentence, j: int) -> bool:
        """`hoogleraar gezondheidsrecht Martin Buijsen`: a lowercase word between a word for a
        person and a given name is the role's field, whatever the tagger calls it (not `Volgens
        de president wordt India …`: no given name follows)."""
        toks = sent.toks
        return (0 < j < len(toks) - 2 and toks[j].text.isalpha() and toks[j].text.islower()
                and toks[j].lower_ not in self.prepositions and toks[j].lower_ not in self.determiners
                and toks[j].lower_ not in self.auxiliaries
                and toks[j - 1].text.islower() and self.is_person_noun(toks[j - 1].text)
                and toks[j + 1].text in self.first_names and toks[j + 2].text[:1].isupper()
                and not sent.quoted[j + 1])

    def _org_name_link(self, sent: Sentence, j: int) -> bool:
        """`voor` (and its article) inside an organisation's name: `Partij voor de Dieren`,
        `Forum voor Democratie` (the name finder's rule, entities.NameFinder._org_name_goes_on)."""
        toks = sent.toks
        k = j - 1 if j > 0 and toks[j].lower_ in ("de", "het") else j
        m = name_after_voor(toks, k, self.org_name_heads)
        return m is not None and not sent.quoted[m]

    def _inside_name(self, sent: Sentence, j: int) -> bool:
        """'van' / 'de' between capitalised words: Anna van Rossum."""
        toks = sent.toks
        if toks[j].lower_ not in self.name_particles:
            return False
        b = j
        while b > 0 and toks[b - 1].lower_ in self.name_particles:
            b -= 1  # `van der`: look before the whole particle group
        role_before = b > 0 and not toks[b - 1].text[:1].isupper() and self.is_person_noun(toks[b - 1].text)
        nxt = toks[j + 1].text.split("-")[0] if j + 1 < len(toks) else ""
        if b == j and toks[j].lower_ in ("de", "het") and (role_before and toks[j + 1].ent_type_ == "ORG"
                                                           or len(nxt) > 1 and nxt.isalpha() and nxt.isupper()):
            return False  # `vertelde de minister de Kamer`, `vraagt Trump de EU`: the article opens the next phrase
        prev_cap = b > 0 and (toks[b - 1].text[:1].isupper() or role_before) \
            or b < j and toks[b].text[:1].isupper()  # `Van der Linden`: the group starts the surname
        k = j + 1
        while k < len(toks) and toks[k].lower_ in self.name_particles:
            k += 1
        if k < len(toks) and toks[k].lower_.endswith(("se", "sche")) and k + 1 < len(toks) \
                and toks[k + 1].text[:1].islower():
            return False  # `woordvoerder van de Amsterdamse politie`: an adjective, no surname
        return prev_cap and k < len(toks) and toks[k].text[:1].isupper()

    def trim_np(self, sent: Sentence, i: int, j: int) -> tuple[int, int]:
        """Cut a subject phrase at an apposition comma or a relative clause; a personal pronoun is
        a whole phrase (`Hij won hun vertrouwen … en vertelde`: the source is `Hij`)."""
        toks = sent.toks
        if j > i + 1 and (toks[i].lower_ in self.lang.wordset("subject_pronouns") or toks[i].lower_ == "ze"):
            return i, i + 1
        in_relative = False
        for k in range(i + 1, j):
            low = toks[k].lower_
            if toks[k].text == "," or toks[k].text == "(":
                return i, k
            if toks[k - 1].lower_ in self.prepositions:
                continue  # `van die ambassade`: after a preposition `die` is a determiner, never a relative
            if low in self.relatives and not sent.quoted[k]:
                in_relative = True  # `Avonturiers die … willen vestigen`: its verb ends the relative clause
            elif "Fin" in toks[k].morph.get("VerbForm") and not sent.quoted[k] and not self._field_of_role(sent, k):
                if not in_relative:
                    return i, k  # `Theresa May zwicht voor de druk en …`: a finite verb ends the subject
                in_relative = False
            if low in self.relatives and k > i + 1 and not toks[k - 1].text[:1].isupper() and low != "wat":
                return i, k
            if low == "met" and k + 1 < j and toks[k + 1].lower_ == "wie":
                return i, k
        return i, j


class Spans:
    """Membership in a set of char spans by bisection (articles can hold thousands)."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        from bisect import bisect_right
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


class Timeline:
    """(position, item) events kept in position order, with range look-ups by bisection."""

    def __init__(self, events=()):
        self.events = sorted(events, key=lambda e: e[0])
        self.positions = [e[0] for e in self.events]

    def add(self, pos: int, item) -> None:
        from bisect import bisect_right
        k = bisect_right(self.positions, pos)
        self.positions.insert(k, pos)
        self.events.insert(k, (pos, item))

    def between(self, start: int, end: int) -> list:
        """Events with start <= position < end, in order."""
        from bisect import bisect_left
        return self.events[bisect_left(self.positions, start):bisect_left(self.positions, end)]

    def latest(self, pos: int, accept=lambda item: True):
        """The item of the last event before `pos` that `accept` takes, or None."""
        from bisect import bisect_left
        for k in range(bisect_left(self.positions, pos) - 1, -1, -1):
            if accept(self.events[k][1]):
                return self.events[k][1]
        return None
