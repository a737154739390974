"""Entities of one article: name mentions clustered under a canonical name.

A cluster gathers "Donald Trump", "Trump" and "Trumps"; its canonical name is the
fullest form the article gives.  Pronouns and role descriptions ("hij", "De
Amerikaanse president") are added to clusters by the quote stage, which knows who
is speaking (``EntityIndex.add_mention``).
"""
from __future__ import annotations

from typing import Iterable, Optional

import functools
import re
from bisect import bisect_left

from .lang import LANG_DIR, LanguageData, load_language
from .records import Entity, Mention

NER_TYPES = {"PER": "person", "PERSON": "person", "ORG": "organisation", "LOC": "place", "GPE": "place", "MISC": "other"}


class NameFinder:
    """Runs of capitalised tokens that name someone or something."""

    def __init__(self, lang: LanguageData):
        w = lang.wordset
        self.closed = (w("determiners") | w("prepositions") | w("adverbs") | w("subordinators")
                       | w("coordinators") | w("auxiliaries") | frozenset(lang.words.get("pronouns_person", {}))
                       | w("pronouns_first") | w("complementizers") | w("wh_words") | w("negations"))
        self.particles = w("name_particles")
        self.roles = w("person_nouns")
        self.org_heads = org_name_heads(lang)
        self.org_kinds = w("organisation_kind_nouns")
        self._long_roles = tuple(r for r in self.roles if len(r) >= 5)
        self.first_names = first_names(lang.code)
        self.lang = lang

    def kind_before(self, doc, i: int) -> bool:
        """A noun for a kind of organisation stands right before the name (past `De`/`Het`)."""
        from .quotes.syntax import Grammar  # the quote stage's grammar imports this module
        k = i - 1 if i > 0 and doc[i - 1].lower_ not in ("de", "het") else i - 2
        return k >= 0 and doc[k].pos_ == "NOUN" and doc[k].text[:1].islower() \
            and Grammar.head_in(doc[k].text, self.org_kinds)

    def _capital(self, tok) -> bool:
        t = tok.text
        if not t[:1].isupper() or len(t) < 2 and not t.isalpha():
            return False
        last = t.rsplit("-", 1)[1] if "-" in t else ""
        if last and (last[:1].islower() or last.lower() in self.roles):
            return False  # Post-journalist, GroenLinks-leider, SP-Kamerlid: a role, not a name
        if tok.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ", "VERB", "AUX", "DET", "PRON", "NUM"):
            return False  # `Voorlopig vindt ze …`: a capital that only starts the sentence
        if t.endswith(("se", "sche")) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].islower() \
                and not (tok.ent_type_ == "PER" and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "PER"):
            return False  # Amerikaanse president; but not the surname in `Ronald Coase al`
        if self.lang.cues_for(tok.lower_) and tok.ent_type_ not in ("PER", "ORG"):
            return False
        return tok.pos_ in ("", "PROPN", "NOUN", "X", "ADJ") or tok.ent_type_ != ""

    def runs(self, doc, initial: set[int]) -> Iterable[tuple[int, int]]:
        """Token ranges of names; `initial` holds char offsets where a sentence starts."""
        caps_mid = {t.text for t in doc if self._capital(t) and t.idx not in initial}
        i, n = 0, len(doc)
        while i < n:
            j, groups = i, 0
            while j < n:
                tok = doc[j]
                if self._capital(tok) and (tok.lower_ not in self.closed or self._particle_before_name(doc, j)
                                           or self._surname_after_given_name(doc, i, j)) \
                        or self._given_name_mid_sentence(doc, j, initial) or self._surname_after_particle(doc, i, j):
                    j += 1
                elif groups == 0 and tok.lower_ in self.particles and self._particle_before_name(doc, j) and (
                        j == i + 1 or doc[j - 1].text in self.first_names
                        or _is_initial(doc[j - 1].text)):  # `Peter R. de Vries`, `J. van Dijk`
                    # after a role only behind a given name: `SP-Tweede Kamerlid Michiel van Nispen`, not `burgemeester Halsema van Amsterdam`
                    groups += 1  # one particle group: Hendrik van Dalfsen (van de Rabobank)
                    while doc[j].lower_ in self.particles:
                        j += 1
                elif j > i and self._org_name_goes_on(doc, j):
                    j += 2 if doc[j + 1].lower_ in ("de", "het") else 1  # `Partij voor de Dieren`
                else:
                    break
            if j > i:
                start = self._drop_roles(doc, i, j, initial)
                if start < j and self._accept(doc, start, j, initial, caps_mid):
                    yield start, j
                i = j
            else:
                i += 1

    def _org_name_goes_on(self, doc, j: int) -> bool:
        k = name_after_voor(doc, j, self.org_heads)
        return k is not None and doc[k].lower_ not in self.closed

    def _particle_before_name(self, doc, j: int) -> bool:
        """`van Dalfsen`, `von der Leyen`: particles, then one capitalised surname that ends
        the name (`Forum voor Democratie van Thierry Baudet` is two names)."""
        k = j
        while k < len(doc) and doc[k].lower_ in self.particles:
            k += 1
        if not (k > j and k < len(doc) and doc[k].text[:1].isupper()
                and (doc[k].lower_ not in self.closed or self._person_word(doc[k]))):
            return False
        if doc[k].pos_ == "ADJ" and doc[k].lower_.endswith(("se", "sche")):
            return False  # `vroeg Koolmees de Europese noodremprocedure`: an article and an adjective
        head = doc[k].text.split("-")[0]
        if len(head) > 1 and head.isalpha() and head.isupper():
            return False  # `vraagt Trump de EU`, `Wiegel de VVD-fractie`: an acronym is no surname
        return not (k + 1 < len(doc) and self._capital(doc[k + 1]) and doc[k + 1].lower_ not in self.closed)

    @staticmethod
    def _person_word(tok) -> bool:
        """A capitalised word the model reads inside a person's name."""
        return tok.ent_type_ == "PER" and tok.ent_iob_ == "I" and tok.is_alpha

    def _surname_after_particle(self, doc, i: int, j: int) -> bool:
        """`Tom van der Meer`, `Van der Meer`: a name's particles end on its surname, even
        one that is also a function word (meer, wel, dan), when the model reads it in the name."""
        return j > i and doc[j - 1].lower_ in self.particles and doc[j].text[:1].isupper() \
            and self._person_word(doc[j])

    def _given_name_mid_sentence(self, doc, j: int, initial: set[int]) -> bool:
        """`inlichtingenbaas Dan Coats`: a capital inside a sentence on a closed-class word, right
        after a lowercase word and before a name, is a given name (Dan, Wil, Els)."""
        tok = doc[j]
        return (j > 0 and tok.text[:1].isupper() and tok.lower_ in self.closed and tok.idx not in initial
                and doc[j - 1].text[:1].islower() and doc[j - 1].is_alpha and j + 1 < len(doc)
                and doc[j + 1].text[:1].isupper() and doc[j + 1].pos_ == "PROPN")

    def _surname_after_given_name(self, doc, i: int, j: int) -> bool:
        """`woordvoerder Jolanda Zondag`: after a given name a capitalised closed-class word
        (a weekday, an adverb) is a surname."""
        given = doc[i].text in self.first_names or doc[i].ent_type_ == doc[j].ent_type_ == "PER"
        return j == i + 1 and given and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "ADV", "X")

    def _is_role(self, word: str) -> bool:
        """`minister`, compounds ending in a role (`verkeersminister`, `ajaxvoetballer`), and a
        party's member noun (`cda'er`, `vvd'ers`)."""
        return word in self.roles or any(word.endswith(r) and len(word) > len(r) + 2 for r in self._long_roles) \
            or bool(MEMBER_NOUN.match(word))

    def _drop_roles(self, doc, i: int, j: int, initial: set[int] = frozenset()) -> int:
        while i < j - 1 and (self._is_role(doc[i].lower_) or self._chamber(doc, i) or doc[i].lower_ in self.closed
                             and not self._given_name_mid_sentence(doc, i, initial)
                             and not self._surname_particle(doc, i)):
            i += 1
        return i

    def _chamber(self, doc, i: int) -> bool:
        """`Tweede` of `(SP-)Tweede Kamerlid`: part of the role that follows it."""
        return doc[i].lower_.rsplit("-", 1)[-1] in ("eerste", "tweede") and i + 1 < len(doc) and self._is_role(doc[i + 1].lower_)

    def _surname_particle(self, doc, i: int) -> bool:
        """`Van der Linden`, `De Jong`: a capitalised particle that opens a surname stays in it."""
        return doc[i].text[:1].isupper() and doc[i].lower_ in self.particles and self._particle_before_name(doc, i)

    def _accept(self, doc, i: int, j: int, initial: set[int], caps_mid: set[str]) -> bool:
        first = doc[i]
        if first.lower_ in self.roles and j - i == 1:
            return False
        nxt = doc[j] if j < len(doc) else None
        if first.idx in initial and j - i == 1 and nxt is not None and nxt.text[:1].islower() \
                and nxt.pos_ in ("NOUN", "ADJ") and first.text not in caps_mid:
            return False  # `Stiekeme wens van …`: a headline's first word, not a name
        if first.idx not in initial or j - i > 1:
            return first.lower_ not in self.closed or j - i > 1
        if first.ent_type_ and first.pos_ in ("PROPN", "X", ""):
            return True
        return first.text in caps_mid  # a sentence's first word is a name only if it recurs as one


def org_name_heads(lang: LanguageData) -> frozenset:
    """Words that head an organisation's name before `voor`: the organisation nouns and
    words.json org_name_heads (Forum, Centrum, Fonds …)."""
    return lang.wordset("organisation_nouns") | lang.wordset("org_name_heads")


def name_after_voor(toks, j: int, heads: frozenset) -> Optional[int]:
    """`Partij voor de Dieren`, `Centraal Bureau voor de Statistiek`, `Forum voor Democratie`:
    when toks[j] is the `voor` of a capitalised name that ends in one of `heads`, the index of
    the capitalised word the name goes on with (past an article); else None."""
    if j == 0 or j + 1 >= len(toks) or toks[j].lower_ != "voor":
        return None
    if not toks[j - 1].text[:1].isupper() or toks[j - 1].lower_ not in heads:
        return None
    k = j + 2 if toks[j + 1].lower_ in ("de", "het") else j + 1
    return k if k < len(toks) and toks[k].text[:1].isupper() else None


@functools.lru_cache(maxsize=4)
def _is_initial(word: str) -> bool:
    """`R.`, `J.P.`: initials of given names."""
    return len(word) >= 2 and word.endswith(".") and all(p[:1].isupper() and len(p) == 1 for p in word[:-1].split(".") )


@functools.lru_cache(maxsize=4)
def first_names(code: str) -> frozenset:
    """Given names (lang/<code>/ner_first_names.txt): evidence that a name is a person's."""
    path = LANG_DIR / code / "ner_first_names.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@functools.lru_cache(maxsize=4)
def given_name_genders(code: str) -> dict[str, str]:
    """Given name → 'm' or 'f' (lang/<code>/first_names_gender.tsv), for pronoun agreement."""
    path = LANG_DIR / code / "first_names_gender.tsv"
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {name.strip(): gender.strip() for name, gender in rows}


def _add(ent: Entity, text: str, start: int, end: int, ner: list, person_cue: bool) -> None:
    mention = Mention(start, end, text[start:end], "name")
    if ent.mentions and ent.mentions[-1].start > start:
        ent.mentions.insert(_bisect_mentions(ent, start), mention)
    else:
        ent.mentions.append(mention)
    votes = ner + (["person"] if person_cue else [])
    if votes and ent.type == "other":
        ent.type = max(votes, key=votes.count)  # a tie goes to the first vote, not to set order


def _nearest(cands: list[Entity], pos: int) -> Optional[Entity]:
    """The candidate named last before `pos`, else the first one named after it.
    Mention lists are kept in position order (``_add``), so bisection finds them."""
    best, best_pos = None, -1
    for e in cands:
        k = bisect_left([m.start for m in e.mentions], pos) if len(e.mentions) < 64 else _bisect_mentions(e, pos)
        if k > 0 and e.mentions[k - 1].start > best_pos:
            best, best_pos = e, e.mentions[k - 1].start
    if best is not None:
        return best
    return min(cands, key=lambda e: e.mentions[0].start) if cands else None


def _bisect_mentions(e: Entity, pos: int) -> int:
    lo, hi = 0, len(e.mentions)
    while lo < hi:
        mid = (lo + hi) // 2
        if e.mentions[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _surname_key(tokens: list[str]) -> str:
    last = tokens[-1]
    return last.lower()


class EntityIndex:
    """The article's entities, with lookups by token position and by name."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self.spans = {(e.id, m.start, m.end) for e in entities for m in e.mentions}
        self.unsorted: set[int] = set()

    def new(self, name: str, type_: str) -> Entity:
        e = Entity(id=len(self.entities), name=name, type=type_)
        self.entities.append(e)
        return e

    def add_mention(self, entity: Entity, start: int, end: int, text: str, kind: str) -> None:
        if (entity.id, start, end) in self.spans:
            return
        self.spans.add((entity.id, start, end))
        k = bisect_left([m.start for m in entity.mentions], start) if len(entity.mentions) < 64 else None
        if k is None:  # a long list: append now, order once at the end (``finish``)
            entity.mentions.append(Mention(start, end, text, kind))
            self.unsorted.add(entity.id)
        else:
            entity.mentions.insert(k, Mention(start, end, text, kind))

    def finish(self) -> None:
        for eid in self.unsorted:
            self.entities[eid].mentions.sort(key=lambda m: m.start)
        self.unsorted.clear()


def find_entities(doc, sentence_starts: Optional[set[int]] = None, lang: str = "nl") -> list[Entity]:
    """Name mentions of `doc`, clustered by surname, with a canonical name and a type."""
    L = load_language(lang)
    finder = NameFinder(L)
    initial = sentence_starts if sentence_starts is not None else _initial_positions(doc)
    mentions, glued = [], set()
    texts = {t.text for t in doc}
    for i, j in _outside_headings(doc, finder.runs(doc, initial), lang):
        words = [t.text for t in doc[i:j]]
        if len(words) == 1 and words[0].endswith("s") and words[0][:-1] in texts:
            words = [words[0][:-1]]  # Poetins → Poetin
        ner = [NER_TYPES.get(t.ent_type_) for t in doc[i:j] if t.ent_type_]
        if len(words) == 1 and ACRONYM.match(words[0]) or "voor" in words[1:-1]:
            # `Van Benthem (FvD)`, `Forum voor Democratie`: an acronym or a name over `voor` is no person
            ner = ["organisation" if v == "person" else v for v in ner]
        role_before = i > 0 and doc[i - 1].lower_ in finder.roles
        if finder.kind_before(doc, i):  # `golfclub Papendal`, `kringloopwinkel De Groene Flamingo`
            ner = ["organisation" if v == "person" else v for v in ner]
        if role_before and j - i > 1 and doc[i].text in finder.first_names:
            ner = [v for v in ner if v != "other"]  # `Statisticus Joop Hox`: a role and a given name, not MISC
        person_cue = role_before or (j - i > 1 and doc[i].text in finder.first_names)
        mentions.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), words, ner, person_cue))
        if len(words) == 2 and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].text not in finder.first_names:
            glued.add(doc[i].idx)  # `Kringloop Borgmeijer`: perhaps a heading glued to a surname
    return _cluster(doc.text, mentions, L.wordset("name_particles"), finder.first_names, glued)


def _outside_headings(doc, runs, lang: str):
    """Name runs without the words of a heading: `Bezwaar`, `Chagrijn` and `Leerlingen`
    before a sentence (``quotes.headings``) name no one."""
    from .quotes.headings import heading_spans
    spans = heading_spans(doc, lang)
    if not spans:
        yield from runs
        return
    starts = [a for a, _ in spans]

    def in_heading(t: int) -> bool:
        k = bisect_left(starts, doc[t].idx + 1) - 1
        return k >= 0 and doc[t].idx < spans[k][1]
    for i, j in runs:
        while i < j and in_heading(i):
            i += 1
        cut = next((t for t in range(i, j) if in_heading(t)), j)  # `VS. Familiewinkeltjes`
        if i < cut:
            yield i, cut


def _initial_positions(doc) -> set[int]:
    """Where a capital letter says nothing: sentence starts, after an opening quote mark or a colon."""
    from .quotes.marks import pair_quote_marks
    starts = {s.start_char for s in doc.sents}
    text = doc.text
    for p in pair_quote_marks(text):
        k = p.start
        while k < len(text) and text[k].isspace():
            k += 1
        starts.add(k)
    for t in doc:
        if t.i > 0 and doc[t.i - 1].text in (":", "-", "–", ".", "?", "!"):
            starts.add(t.idx)
    return starts


def _one_letter_apart(a: str, b: str) -> bool:
    """Same length, one letter replaced (Elkim for Elkem). Not an added or dropped letter:
    Karenin and Karenina, Jansen and Janssen are often two people."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _misspelt(key: str, by_surname: dict[str, list[Entity]]) -> list[Entity]:
    """A lone surname the article spells once differently from a full name it gave: news
    copy has typos, and a second person with a surname one letter off is rarer than a typo.
    Only long surnames with the same first letter, and only when one full name fits."""
    if len(key) < 5:
        return []
    fits = [e for s, ents in by_surname.items() if s[0] == key[0] and _one_letter_apart(s, key)
            for e in ents if len(e.name.split()) > 1]
    return fits if len(fits) == 1 else []


def _cluster(text: str, mentions, particles: frozenset = frozenset(), given: frozenset = frozenset(),
             glued: set = frozenset()) -> list[Entity]:
    """Full names first, each a cluster unless an earlier one has the same first and last
    name; then single words join the nearest cluster with that surname (or first name).
    "Frank de Jong" and "Luuk de Jong" stay two people; a bare "De Jong" goes to the one
    named last before it."""
    entities: list[Entity] = []
    by_surname: dict[str, list[Entity]] = {}
    by_first: dict[str, list[Entity]] = {}
    # `Van Dalfsen`, `De Jong`: a surname with its particles names no first name
    surname_only = lambda words: len(words) == 1 or words[0].lower() in particles
    full = sorted((m for m in mentions if not surname_only(m[2])), key=lambda m: m[0])
    single = sorted((m for m in mentions if surname_only(m[2])), key=lambda m: m[0])
    full = [m for m in full if m[0] not in glued] + [m for m in full if m[0] in glued]
    for start, end, words, ner, person_cue in full:
        if start in glued:  # a noun glued to a surname (`Kringloop Borgmeijer`, DPG intertitles are inline):
            # after the real full names, it joins the one person with that surname and a given name
            fits = [e for e in by_surname.get(_surname_key(words), []) if e.name.split()[0] in given]
            if len(fits) == 1:
                _add(fits[0], text, start, end, ner, person_cue)
                continue
        surname, first = _surname_key(words), words[0].lower()
        ent = next((e for e in by_surname.get(surname, []) if e.name.split()[0].lower() == first), None)
        if ent is None:
            ent = Entity(id=len(entities), name=" ".join(words), type="other")
            entities.append(ent)
            by_surname.setdefault(surname, []).append(ent)
            by_first.setdefault(first, []).append(ent)
        elif len(words) > len(ent.name.split()):
            ent.name = " ".join(words)
        _add(ent, text, start, end, ner, person_cue)
    acronyms = _acronyms(text, entities, given)
    for start, end, words, ner, person_cue in single:
        key = _surname_key(words)
        if len(words) == 1 and words[0] in acronyms:
            _add(acronyms[words[0]], text, start, end, ner, person_cue)
            continue
        cands = by_surname.get(key) or by_first.get(key) or _misspelt(key, by_surname)
        ent = _nearest(cands, start)
        if ent is None:
            ent = Entity(id=len(entities), name=" ".join(words), type="other")
            entities.append(ent)
            by_surname.setdefault(key, []).append(ent)
        _add(ent, text, start, end, ner, person_cue)
    for e in entities:
        e.mentions.sort(key=lambda m: m.start)
    entities.sort(key=lambda e: e.mentions[0].start)
    for n, e in enumerate(entities):
        e.id = n
    return entities


# `VVD`, `FvD`, `D66`, `NOS`: two or more capitals in a short word name a party or a body, never a person
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9]{1,5}$")

MEMBER_NOUN = re.compile(r"^[a-z0-9]+'ers?$")  # cda'er, vvd'ers, d66'er: a member of the party

ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _acronyms(text: str, entities: list[Entity], given: frozenset) -> dict[str, Entity]:
    """`Metropoolregio Rotterdam Den Haag (MRDH)`: an acronym in brackets right after a name
    of several words whose letters it takes in order, from the first, names the same thing
    (not `Chris van Dam (CDA)`: a person's party)."""
    out: dict[str, Entity] = {}
    for e in entities:
        if e.type == "person" or e.name.split()[0] in given:
            continue
        for m in e.mentions:
            found = ACRONYM_AFTER.match(text, m.end)
            if found and len(m.text.split()) > 1 and _spells(found.group(1), m.text):
                out.setdefault(found.group(1), e)
    return out


def _spells(acronym: str, name: str) -> bool:
    """The acronym's capitals, in order, are letters of the name, the first its first letter."""
    letters = [c.lower() for c in acronym if c.isupper()]
    low = name.lower()
    if not letters or low[:1] != letters[0]:
        return False
    k = 1
    for c in letters[1:]:
        k = low.find(c, k)
        if k < 0:
            return False
        k += 1
    return True

