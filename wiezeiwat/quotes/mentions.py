"""One source phrase to an entity of the article: a name, a pronoun, two sources together, a
role in apposition, or a description (`de gemeente`, `de Ajaxtrainer`, `de Amsterdammer`).

A mixin of ``SpeakerResolver``: it reads the resolver's state (the entity index, the names
of the article, the speakers so far) and its antecedent search.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from ..records import Entity


class MentionResolver:
    def resolve(self, start: int, end: int, plural: bool = False) -> Optional[Entity]:
        toks = [t for t in self._tokens(start, end) if not t.is_space]
        if not toks:
            return None  # `volgens\t:`: a source phrase of whitespace names no one
        first = toks[0].lower_
        if len(toks) == 1 and first in self.g.first_person:
            return None  # the journalist, or a quoted "ik" without antecedent
        if len(toks) == 1 and (first in self.g.pronouns or first in ("die", "deze")):
            they = plural and first in self.lang.wordset("pronouns_they")
            ent = self._group_subject_before(start) if they else None  # the group the sentence before is about
            if ent is None:
                ent = self._antecedent(start, demonstrative=first in ("die", "deze"),
                                       gender=None if they else self.g.pronoun_gender(first),
                                       singular=self.g.only_singular(first), plural=they)
            if ent is not None:
                self.index.add_mention(ent, start, end, self.text[start:end], "pronoun")
            return ent
        group = self._group(start, end, toks)
        if group is not None:
            return group
        apposed = self._apposed_name(end, toks)
        if apposed is not None:
            return apposed
        if self._capitalised_role(toks):
            return self._description(start, end, toks)
        gender = self._demonym_gender(toks)
        if gender is not None:
            return self._inhabitant(start, end, gender)
        named = self._name_in(start, end, toks)
        if named is not None:
            return named
        return self._description(start, end, toks)

    def _capitalised_role(self, toks) -> bool:
        """`de Labourvoorman`, `de Ajaxtrainer`: an article and one capitalised compound of a
        listed role noun is a description, not a name; a bare listed role is left to the names
        (`De Visser`, `De Boer` are surnames)."""
        if len(toks) != 2 or toks[0].lower_ not in self.lang.wordset("definite"):
            return False
        word = toks[1]
        if not word.text[:1].isupper() or word.text.isupper() or "-" in word.text:
            return False
        return self.g.is_role_noun(word.lower_) and word.lower_ not in self.g.person_nouns

    def _demonym_gender(self, toks) -> Optional[str]:
        """`de Amsterdammer` -> 'm', `de Bredase` -> 'f': a lower-case article and one singular
        word for an inhabitant (typed MISC by the model, words.json demonym)."""
        table = self.lang.words.get("demonym", {})
        if len(toks) != 2 or toks[0].text != table.get("article"):
            return None
        word = toks[1]
        if word.ent_type_ != "MISC" or not word.is_alpha or not word.text[:1].isupper() or word.text.isupper() \
                or self._plural(word):
            return None
        return next((g for g in ("m", "f") if word.lower_.endswith(tuple(table.get(g, ())))), None)

    def _inhabitant(self, start: int, end: int, gender: str) -> Entity:
        """`zegt de Amsterdammer`: the person of that gender the text is about, as for a pronoun;
        else someone new named by the description."""
        ent = self._antecedent(start, gender=gender, singular=True)
        text = self.text[start:end]
        if ent is None or ent.type != "person":
            ent = self.index.new(text, "person")
            self.index.add_mention(ent, start, end, text, "description")
        else:
            self.index.add_mention(ent, start, end, text, "role")
        return ent

    def _apposed_name(self, end: int, toks) -> Optional[Entity]:
        """`de hoofdredacteur van Van Dale, Ton van den Boon, …`: a role phrase with the person's
        name in apposition after it names that person (the role goes to the person's roles)."""
        head = self.g.head_noun(toks)
        if head is None or not self.g.is_person_noun(head.text) or any(t.pos_ == "PROPN" and t.idx < head.idx for t in toks):
            return None
        rest = self.text[end:end + 3]
        if not rest.startswith(", "):
            return None
        k = bisect_left(self.name_starts, end + 2)
        if k >= len(self.names) or self.names[k][0] != end + 2:
            return None
        _, m_end, eid, m = self.names[k]
        ent = self.index.entities[eid]
        after = self.text[m_end:m_end + 1]
        if not (ent.type == "person" or m.text.split()[0] in self.g.first_names) or after not in ("", ",", ".", ":", ";"):
            return None
        role = self.text[toks[0].idx:end]
        words = role.split()
        if words and words[0].lower() in self.lang.wordset("definite"):
            role = " ".join(words[1:])
        if role and role not in ent.roles:
            ent.roles.append(role)
        return ent

    def _group(self, start: int, end: int, toks) -> Optional[Entity]:
        """`Bart de Jong en Joost van Faassen`, `CDA en D66`: two sources speaking together, one
        entity named after both. Not `en` inside a phrase (`minister van Justitie en
        Veiligheid`) or a name (`Voedsel- en Warenautoriteit`, `B en W`)."""
        k = next((i for i, t in enumerate(toks) if t.lower_ == "en" and 0 < i < len(toks) - 1), None)
        if k is None:
            return None
        left, right = toks[:k], toks[k + 1:]
        in_name = lambda t: t.ent_iob_ == "I" or any(a <= t.idx < b for a, b, _, _ in self.names[
            max(0, bisect_left(self.name_starts, t.idx) - 3):bisect_left(self.name_starts, t.idx)])
        phrase = any(t.lower_ in self.g.prepositions and not in_name(t) for t in left)  # not `Rob van Bree`, `Partij voor de Dieren`
        if phrase or left[-1].text.endswith("-") or len(left[-1].text) == 1:
            return None  # `en` inside a phrase or a name, not between two sources
        if len(left) == 1 and self.g.is_person_noun(left[0].text):
            return None  # `Partijgenoot en CDA-fractievoorzitter Buma`: two roles of one person
        spans = [(part[0].idx, part[-1].idx + len(part[-1])) for part in (left, right)]
        if not all(self._can_speak(*span) for span in spans):
            return None
        members = [self.resolve(*span) for span in spans]
        if None in members or members[0] is members[1]:
            return None
        name = f"{members[0].name} en {members[1].name}"
        ent = next((e for e in self.index.entities if e.name == name), None)
        if ent is None:
            ent = self.index.new(name, members[0].type if members[0].type == members[1].type else "other")
            self.plural.add(ent.id)
        self.index.add_mention(ent, start, end, self.text[start:end], "description")
        return ent

    def _description(self, start: int, end: int, toks) -> Entity:
        """`De Amerikaanse president`, `de gemeente`, `een woordvoerder`: the entity a definite
        description takes up (one the article gave this head before, else, for a singular
        role, the latest person who spoke), or a new entity named by the description."""
        head, text = self.g.role_before_field(toks) or toks[-1], self.text[start:end]
        plural = self._plural(head)
        definite = toks[0].lower_ in self.lang.wordset("definite")
        ent = self._same_head(head.lower_, start, plural) if definite else None
        if ent is None and definite and not plural and self.g.noun_class(head.text) == "organisation":
            ent = self._named_institution(head.lower_, start)
        kind = self.g.head_noun(toks) or head  # `de voorzitter van de rechtbank` is no organisation
        if ent is None and definite and not plural and self.g.head_in(kind.text, self.lang.wordset("organisation_kind_nouns")):
            ent = self._organisation_named_before(start)
        if ent is None and definite and not plural and self.g.is_role_noun(head.text):
            ent = self._compatible_speaker(start, head.lower_)
        if ent is not None:
            self.index.add_mention(ent, start, end, text, "role")
            if head.lower_ not in " ".join(ent.roles).lower():
                ent.roles.append(self.text[toks[1].idx:end] if len(toks) > 1 else head.text)
            return ent
        noun = self.g.head_noun(toks) or head  # `Een bewoner van nummer 58`: a person
        ent = self.index.new(text, "person" if self.g.is_person_noun(noun.text) else "other")
        if plural:
            self.plural.add(ent.id)
        self.index.add_mention(ent, start, end, text, "description")
        return ent

    def _head_word(self, phrase: str) -> str:
        """`een woordvoerder van de gemeente` -> woordvoerder; `gemeente Eindhoven` -> gemeente and
        the name: the words before the first preposition, of which a role noun or the last."""
        words = phrase.lower().split()
        cut = next((k for k, w in enumerate(words) if k and w in self.g.prepositions), len(words))
        words = words[:cut]
        role = [w for w in words if self.g.noun_class(w)]
        return role[-1] if role else (words[-1] if words else "")

    def _compound_of(self, word: str, head: str) -> bool:
        """`verkeersminister`, `cda-leider` end in the head noun and are that role; `vicepresident`,
        `oud-minister` are another role."""
        if word == head or not word.endswith(head):
            return False
        first = word[:-len(head)].rstrip("-")
        return len(first) > 2 and first not in self.lang.wordset("role_prefixes_other_role")

    def _named_institution(self, head: str, pos: int) -> Optional[Entity]:
        """`de gemeente` after `de gemeente Eindhoven`: the institution the article named in full
        before, as an entity of its own (`gemeente Eindhoven`), not the place."""
        found = None
        for m in re.finditer(rf"\b(?i:{re.escape(head)})\s+([A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*)*)", self.text[:pos]):
            found = m
        if found is None:
            return None
        name = f"{head} {found.group(1)}"
        ent = next((e for e in self.index.entities if e.name.lower() == name.lower()), None)
        if ent is None:
            ent = self.index.new(name, "organisation")
            self.index.add_mention(ent, found.start(), found.start() + len(name), self.text[found.start():found.start() + len(name)], "name")
        return ent

    def _organisation_named_before(self, pos: int) -> Optional[Entity]:
        """`Shell wijst erop … Het bedrijf zegt`: the one organisation named outside quotes in this
        sentence or the two before; none when two are named there (which one is meant is unknown)."""
        k = self._sentence_at(pos)
        near = self.sentences[max(0, k - 2)].start if self.sentences else 0
        window = self.names[bisect_left(self.name_starts, near):bisect_left(self.name_starts, pos)]
        found = {eid for start, _, eid, _ in window
                 if start not in self.contents and self.index.entities[eid].type == "organisation"}
        return self.index.entities[found.pop()] if len(found) == 1 else None

    def _plural(self, tok) -> bool:
        """Plural by the morphology, or a nominalised adjective in -en for people, which the
        tagger leaves without number (`Deskundigen betwijfelen …`, `betrokkenen`)."""
        if "Plur" in tok.morph.get("Number"):
            return True
        return tok.pos_ == "ADJ" and not tok.morph.get("Number") and tok.lower_.endswith("en") \
            and self.g.is_person_noun(tok.text[:-1])

    def _same_head(self, head: str, pos: int, plural: bool) -> Optional[Entity]:
        """An entity mentioned before whose name or role ends in this head: `de gemeente` after
        `de gemeente Eindhoven`, `de monteur` after `monteur Peter`."""
        best = None
        for ent in self.index.entities:
            if (ent.id in self.plural) != plural:
                continue
            heads = [self._head_word(part) for part in [ent.name] + ent.roles]
            if head in heads or any(self._compound_of(w, head) for w in heads):
                seen = self._last_seen(ent, pos)
                if seen >= 0 and (best is None or seen > best[0]):
                    best = (seen, ent)
        return best[1] if best else None

    def _name_in(self, start: int, end: int, toks) -> Optional[Entity]:
        best, in_phrase = None, False
        lo, hi = bisect_left(self.name_starts, start), bisect_left(self.name_starts, end)
        for _, _, eid, m in self.names[lo:hi]:
            before = [t for t in toks if t.idx < m.start][-3:]
            conjunct = in_phrase and before and before[-1].lower_ in ("en", "of")  # `de wijken A en B`
            in_phrase = conjunct or any(t.lower_ in self.g.prepositions and not self._particle_of(t, m) for t in before) \
                and m.start != start and not self._author_of_document(toks, m.start)
            if in_phrase:
                continue  # `de politie in Utrecht`; but `Van Dalfsen` is a surname
            after = [t for t in toks if t.idx >= m.end][:1]
            if after and (after[0].text[:1].islower() and after[0].lower_ not in self.g.prepositions
                          and not self.g.is_punct(after[0]) or self.g.genitive_mark(after[0])):
                continue  # a modifier, not the head: `een passerend Duits echtpaar`, `Bolsius' woordvoerder`
            if best is None or m.start > best[1].start:
                best = (self.index.entities[eid], m)
        if best is None:
            return None
        ent, m = best
        before = [t for t in toks if t.idx < m.start]
        role = self.text[start:m.start].strip(" ,")
        if before and before[-1].text[:1].islower() and before[-1].pos_ in ("NOUN", "") and len(m.text.split()) == 1 \
                and not self.g.is_person_noun(before[-1].text) and before[-1].lower_ not in self.g.determiners \
                and ent.type not in ("person", "organisation"):
            return None  # `de politie Drenthe`, `de gemeente Utrecht`: the place only says which one
        words = role.split()  # a role of only tabs or newlines has no words
        if words and self.g.is_person_noun(words[-1]) and role not in ent.roles:
            ent.roles.append(role)
        return ent

    def _author_of_document(self, toks, pos: int) -> bool:
        """`onderzoek van het CBS`, `een peiling van Maurice de Hond`: who wrote or ran it speaks."""
        before = [t for t in toks if t.idx < pos]
        k = next((n for n in range(len(before) - 1, -1, -1) if before[n].lower_ == "van"), None)
        if k is None or k == 0 or any(t.lower_ in self.g.prepositions for t in before[k + 1:]):
            return False
        return self.g.head_in(before[k - 1].lower_, self.g.document_nouns)

    def _particle_of(self, tok, m) -> bool:
        """A capitalised particle right before a name belongs to it (`Van Dalfsen`)."""
        return tok.text[:1].isupper() and tok.lower_ in self.g.name_particles and m.start - (tok.idx + len(tok)) <= 1
