"""Who is speaking: source phrases resolved to the article's entities.

A name ("Woordvoerder Peskov") joins its name cluster; a pronoun ("hij") or a
demonstrative ("Die") the latest salient person; a definite role description ("De
Amerikaanse president", "de lijstduwer") the latest speaker.  A quote with no cue
continues the speaker of the quote before it, or takes the person the sentence
before or after introduces.  Mentions inside quoted content never count as
antecedents: "Hij" after `Trump zei dat Poetin …` is Trump.

One source phrase is resolved in ``mentions.py``; cue fields and stance are in ``stance.py``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from ..entities import EntityIndex, given_name_genders
from ..lang import LanguageData
from ..records import Entity, Quote, Span
from .frames import Frame
from .mentions import MentionResolver
from .stance import StanceReader, span_record
from .syntax import Grammar, Sentence, Spans, Timeline

BOTH = "?"  # first_names_gender.tsv: a given name used for men and women


INTERVIEW_ANSWERS = 3  # quotes opening right after a question that make an article an interview


AGE_AFTER_NAME = re.compile(r"\s*\(\d{1,3}\)")  # `Sietse Brouwer (63)`: the press introduces a person so


def _phrase_head(tok):
    """The word a name part or apposition hangs from: `Smit` in `Jan Smit zegt` -> `Jan`."""
    while tok.dep_ in ("flat", "compound", "appos") and tok.head is not tok:
        tok = tok.head
    return tok


class SpeakerResolver(MentionResolver, StanceReader):
    def __init__(self, doc, text: str, entities: list[Entity], grammar: Grammar, sentences: list[Sentence],
                 lang: LanguageData, frames: list[Frame] = ()):
        self.frames = list(frames)
        self.doc, self.text, self.g, self.sentences, self.lang = doc, text, grammar, sentences, lang
        self.token_starts = [t.idx for t in doc]
        self.sentence_starts = [s.start for s in sentences]
        self.index = EntityIndex(entities)
        self.hedges = tuple(lang.words.get("hedges", []))
        self.denials = tuple(lang.words.get("content_denials", []))
        self.confirmations = tuple(lang.words.get("content_confirmations", []))
        self.conditionals = lang.wordset("content_conditionals")
        self.speakers = Timeline()  # (position, entity) of attributed sources
        self.quoted = Timeline()  # (position, (entity, named by a cue)) of the sources of quotes
        self.spoke: set[int] = set()  # ids of entities that have spoken
        self.genders = given_name_genders(lang.code)
        self.plural: set[int] = set()  # ids of entities named by a plural description (`de bonden`)

    # -- the pass over all quotes --------------------------------------------
    def attribute(self, drafts: list[Quote]) -> list[Quote]:
        self.contents = Spans((d.start, d.end) for d in drafts)
        self.names = sorted((m.start, m.end, e.id, m) for e in self.index.entities for m in e.mentions if m.kind == "name")
        self.name_starts = [n[0] for n in self.names]
        self.salient = Timeline(self._salient_mentions())
        self._roles_before_names()
        # an interview: several quotes open right after the writer's question; its cue-less
        # quotes are the answers of one person, whoever the questions name
        self.interview = sum(1 for d in drafts if d.kind == "direct" and self._answers(d)) >= INTERVIEW_ANSWERS
        self.interviewee: Optional[Entity] = None
        out = []
        for d in self._with_silent_frames(drafts):
            if isinstance(d, Frame):  # a source who speaks without quoted content still counts
                ent = self.resolve(*d.speaker, plural=self._plural_verb(d))
                if ent is not None:
                    d.speaker_entity, d.speaker_name = ent.id, ent.name
                    if ent.mentions and ent.mentions[0].kind == "name":
                        self.speakers.add(d.speaker[0], ent)
                        self.spoke.add(ent.id)
                continue
            frame: Optional[Frame] = getattr(d, "_frame", None)
            entity, mention = self._speaker_of(d, frame)
            if entity is not None:
                d.speaker, d.speaker_entity = entity.name, entity.id
                # a reported clause before its cue may name someone else (`Rutte moet …, vindt Kroes`):
                # the source named after it is the last one named
                postposed = frame is not None and frame.pattern == "postposed" and d.kind != "direct"
                at = mention.start if mention is not None and postposed else d.start
                self.speakers.add(max(d.start, at), entity)
                self.quoted.add(d.start, (entity, mention is not None))
                self.spoke.add(entity.id)
                if frame is not None:
                    frame.speaker_entity, frame.speaker_name = entity.id, entity.name
            d.speaker_mention = mention
            if frame is not None:
                self._cue_fields(d, frame)
            elif d.kind == "direct":
                d.stance = self._hedged(d) or "assert"
            out.append(d)
        self._inherit_media(out)
        self.index.finish()
        return out

    def _inherit_media(self, quotes: list[Quote]) -> None:
        """A quote that goes on from the same source in the next sentence keeps the medium:
        `In een interview met Bloomberg … wilde Trump dat niet bevestigen. Wel zei hij: "…"`."""
        events = sorted([(q.start, q.speaker_entity, q.addressee_or_medium, q) for q in quotes]
                        + [(f.cue_span[0], f.speaker_entity, span_record(f.medium, self.text), None)
                           for f in self.frames if f.speaker_entity is not None], key=lambda e: e[0])
        said_in = {(self._sentence_at(pos), ent): medium for pos, ent, medium, _ in events if medium is not None}
        for pos, ent, medium, q in events:  # `Volgens Koolmees …, zei hij in de Tweede Kamer`: the same sentence
            if q is not None and medium is None and (self._sentence_at(pos), ent) in said_in:
                q.addressee_or_medium = said_in[(self._sentence_at(pos), ent)]
        events = [(pos, ent, q.addressee_or_medium if q is not None else medium, q) for pos, ent, medium, q in events]
        last: dict[int, tuple[int, Span]] = {}
        for pos, ent, medium, q in events:
            if ent is None:
                continue
            k = self._sentence_at(pos)
            if medium is not None:
                last[ent] = (k, medium)
            elif q is not None and ent in last and k - last[ent][0] <= 1:
                q.addressee_or_medium = last[ent][1]
                last[ent] = (k, last[ent][1])

    def _with_silent_frames(self, drafts: list[Quote]) -> list:
        used = {id(getattr(d, "_frame", None)) for d in drafts}
        silent = [f for f in self.frames if id(f) not in used and f.speaker]
        return sorted(drafts + silent, key=lambda x: x.start if isinstance(x, Quote) else x.speaker[0])

    def _speaker_of(self, d: Quote, frame: Optional[Frame]):
        if frame is not None and frame.speaker and self.text[frame.speaker[0]:frame.speaker[1]].strip():
            ent = self._content_subject(d, frame)
            if ent is None:
                ent = self.resolve(*frame.speaker, plural=self._plural_verb(frame))
            return ent, Span(frame.speaker[0], frame.speaker[1], self.text[frame.speaker[0]:frame.speaker[1]])
        if frame is not None and d.kind != "direct" and frame.pattern not in ("postposed", "parenthetical"):
            return None, None  # `Inmiddels is vastgesteld dat …`: a cue with no source is unattributed
        prev = getattr(d, "_continues", None)
        if prev is not None:
            return self._entity_of(prev), None
        if d.rule == "direct+predicate":
            span = d._subject  # type: ignore[attr-defined]
            return self.resolve(*span), Span(span[0], span[1], self.text[span[0]:span[1]])
        if d.rule == "direct+colon-np":
            span = self._colon_np(d)
            if span and self._can_speak(*span):  # not `Deze editie kent een thema: '…'`
                return self.resolve(*span), Span(span[0], span[1], self.text[span[0]:span[1]])
        return self._continuation(d), None

    def _content_subject(self, d: Quote, frame: Frame) -> Optional[Entity]:
        """`Statisticus Joop Hox vindt het onderzoek gedegen, zegt hij`: a pronoun after a postposed
        cue takes up the person the reported clause introduces as its subject, before its verb
        (outside quotation marks: names inside a quotation are the quoted speaker's words).  A
        person named before is talked about, and the pronoun is the last speaker's."""
        word = self.text[frame.speaker[0]:frame.speaker[1]].strip().lower()
        if frame.pattern != "postposed" or d.kind == "direct" or word not in self.g.pronouns:
            return None
        toks = self._tokens(d.start, d.end)
        fin = next((t for t in toks if "Fin" in t.morph.get("VerbForm")), None)
        if not toks or fin is None or toks[0].lower_ in self.g.subordinators:
            return None  # `Alsof Baudet het horen kan, houdt hij …`: a name in a fronted clause
        k = bisect_left(self.name_starts, d.start)
        if k >= len(self.names) or self.names[k][0] >= fin.idx or self._in_quotation(self.names[k][0]):
            return None  # `Hier trekt Nijpels …, vindt hij`: after the verb the clause is about someone else
        start, _, eid, _ = self.names[k]
        ent = self.index.entities[eid]
        gender = self.g.pronoun_gender(word)
        if not self._is_subject(start) or ent.type != "person" or self._gender(ent) not in (None, gender):
            return None
        if self._last_seen(ent, start) >= 0:
            return None  # `Rutte moet zijn beleid uitleggen, vindt hij`: about someone known, by the last speaker
        self.index.add_mention(ent, frame.speaker[0], frame.speaker[1], word, "pronoun")
        return ent

    def _in_quotation(self, pos: int) -> bool:
        sent = self.sentences[self._sentence_at(pos)]
        return any(q and t.idx <= pos < t.idx + len(t) for t, q in zip(sent.toks, sent.quoted))

    def _can_speak(self, start: int, end: int) -> bool:
        """Grammar.can_speak, where a name the entity finder found in the phrase also counts."""
        lo = bisect_left(self.name_starts, start)
        if lo < len(self.names) and self.names[lo][0] < end:
            return True
        return self.g.can_speak(self._tokens(start, end))

    def _entity_of(self, q: Quote) -> Optional[Entity]:
        if q.speaker_entity is None:
            return None
        return self.index.entities[q.speaker_entity]

    # -- resolving one source phrase --------------------------------------------
    @staticmethod
    def _plural_verb(f: Frame) -> bool:
        """The frame's finite verb is plural (`zeggen ze`, `Zij vonden`): `ze` is they, not she."""
        verb = f.finite if f.finite is not None else (f.cue_toks[0] if f.entry.kind == "verb" else None)
        return verb is not None and "Plur" in verb.morph.get("Number")

    def _roles_before_names(self) -> None:
        """`de jurist Ferre van Dam`, `Remco Breuker, hoogleraar …`: the role word right before a
        person's name or in apposition after it, so that `de jurist` later takes the person up; not
        a role two people of the article share (`president Trump`, `president Poetin`: `de
        president` stays open)."""
        found: dict[str, set] = {}
        for ent in self.index.entities:
            if ent.type != "person":
                continue
            for m in ent.mentions:
                for role in self._roles_around(m):
                    found.setdefault(role, set()).add(ent.id)
        for role, ids in found.items():
            if len(ids) == 1:
                ent = self.index.entities[next(iter(ids))]
                if role not in " ".join(ent.roles).lower():
                    ent.roles.append(role)

    def _roles_around(self, m) -> list[str]:
        before = self._tokens(m.start - 60, m.start)[-2:]
        after = self._tokens(m.end, m.end + 60)[:2]
        out = []
        if before and before[-1].text[:1].islower() and self.g.is_person_noun(before[-1].text) \
                and not (len(before) > 1 and before[0].text == ","):
            out.append(before[-1].lower_)  # not `Remco Breuker, hoogleraar Koreastudies`: a field
        if len(after) == 2 and after[0].text == "," and after[1].text[:1].islower() and self.g.is_person_noun(after[1].text):
            out.append(after[1].lower_)
        return out

    def _salient_mentions(self) -> list[tuple[int, Entity]]:
        """Name mentions that can be antecedents: outside quoted content and prepositional phrases."""
        out = []
        for ent in self.index.entities:
            for m in ent.mentions:
                if m.start in self.contents:
                    continue
                if not self._named_as_person(m.start):
                    continue  # `in Dubai Media City`; but `het aftreden van wethouder Marcelle Hendrickx`
                out.append((m.start, ent))
        return sorted(out, key=lambda x: x[0])

    def _antecedent(self, pos: int, demonstrative: bool = False, gender: Optional[str] = None,
                    singular: bool = False, plural: bool = False) -> Optional[Entity]:
        """Latest salient entity before `pos`: speakers and persons first, near ones first;
        never one whose given name says the other gender than the pronoun's, for a pronoun
        that is only singular (`hij`), never a group named in the plural, and for `ze` with a
        plural verb never one person."""
        fits = (lambda e: not self._named_plural(e)) if singular else (lambda e: True)
        if plural:
            fits = lambda e: self._named_plural(e) or e.type == "organisation"
        if gender:  # a nearby name of the pronoun's gender, or of no known gender, first: `Zuzana … Marian Kocner … Ze zei`
            near = self._antecedent_of_any(pos, demonstrative, lambda e: fits(e) and self._gender(e) in (None, gender),
                                           near_only=True)  # not a name listed for both genders (`Marian`)
            if near is not None:
                return near
        best = self._antecedent_of_any(pos, demonstrative,
                                       lambda e: fits(e) and (not gender or self._gender(e) in (None, BOTH, gender)))
        return best

    def _named_plural(self, ent: Entity) -> bool:
        """A group: named by a plural description (`de bonden`), or by a name that ends in a
        plural noun (`Verschillende Republikeinen`)."""
        if ent.id in self.plural:
            return True
        m = next((m for m in ent.mentions if m.kind == "name"), None)
        toks = self._tokens(m.start, m.end) if m is not None else []
        return bool(toks) and self._plural(toks[-1]) and toks[-1].pos_ in ("NOUN", "ADJ")

    def _gender(self, ent: Entity) -> Optional[str]:
        return self.genders.get(ent.name.split()[0]) if len(ent.name.split()) > 1 else None

    def _antecedent_of_any(self, pos: int, demonstrative: bool, agrees, near_only: bool = False) -> Optional[Entity]:
        k = self._sentence_at(pos)
        near = self.sentences[max(0, k - 2)].start if self.sentences else 0
        window = self.salient.between(near, pos) + self.speakers.between(near, pos)
        if demonstrative:
            window += [(n[0], self.index.entities[n[2]]) for n in self.names[bisect_left(self.name_starts, near):bisect_left(self.name_starts, pos)]]
        mentioned = {c[0] for c in self.salient.between(near, pos)}
        window = [c for c in window if agrees(c[1])]
        strong = lambda e: (e.id in self.spoke or e.type == "person") and agrees(e)
        near_strong = [c for c in window if strong(c[1])]
        if near_strong:
            return self._subject_first(near_strong, pos, mentioned)[1]
        if near_only:
            return None
        found = [x for x in (self.salient.latest(pos, strong), self.speakers.latest(pos, strong)) if x is not None]
        if found:
            return max(found, key=lambda e: self._last_seen(e, pos))
        window = [c for c in window if c[1].type in ("person", "other")]
        return max(window, key=lambda x: x[0])[1] if window else None

    def _subject_first(self, candidates: list, pos: int, mentioned: set[int]):
        """The latest candidate; but when none is in the pronoun's own sentence, the latest
        mention in subject position of the last sentence that has one (`X prijst Nijpels.
        Volgens hem …`: X).  Candidates at a quote (`mentioned` has the mentions) have no role."""
        k = self._sentence_at(pos)
        latest = max(candidates, key=lambda x: x[0])
        if self._sentence_at(latest[0]) == k:
            return latest
        last = [c for c in candidates if self._sentence_at(c[0]) == self._sentence_at(latest[0])]
        subjects = [c for c in last if c[0] in mentioned and self._is_subject(c[0])]
        return max(subjects, key=lambda x: x[0]) if subjects else latest

    def _is_subject(self, pos: int) -> bool:
        i = bisect_right(self.token_starts, pos) - 1
        if i < 0:
            return False
        return _phrase_head(self.doc[i]).dep_ in ("nsubj", "nsubj:pass")

    def _last_seen(self, ent: Entity, pos: int) -> int:
        seen = [m.start for m in ent.mentions if m.start < pos]
        return max(seen) if seen else -1

    def _compatible_speaker(self, pos: int, head: str) -> Optional[Entity]:
        """For `de oud-minister` with no entity given that role: the latest person who spoke
        (elegant variation), unless that person holds a role that excludes it (words.json
        exclusive_roles: the advocaat is not the rechter); then the description is someone new."""
        ent = self._latest_speaker(pos, person_only=True)
        if ent is None or ent.type != "person":
            return None  # a word for a person never takes up a place or an organisation
        same = lambda a, b: a == b or any(a in syn and b in syn for syn in self.lang.words.get("role_synonyms", []))
        for group in self.lang.words.get("exclusive_roles", []):
            if head in group and any(self._head_word(r) in group and not same(self._head_word(r), head) for r in ent.roles):
                return None  # the advocaat is not the rechter
            if head in group and head not in self.lang.wordset("suspect_roles") and re.search(r"\b[A-Z]\.$", ent.name):
                return None  # `Charlotte van L.`: the press names a suspect so, never the rechter or officier
        return ent

    def _latest_speaker(self, pos: int, person_only: bool = False) -> Optional[Entity]:
        accept = (lambda e: e.type == "person" and e.id not in self.plural) if person_only else (lambda e: True)
        prior = self.speakers.latest(pos, accept)
        return prior if prior is not None else self._antecedent(pos)

    # -- quotes without a cue -------------------------------------------------
    def _tokens(self, start: int, end: int) -> list:
        """Tokens starting in [start, end), found by bisection: articles can be long."""
        i, j = bisect_left(self.token_starts, start), bisect_left(self.token_starts, end)
        return list(self.doc[i:j]) if j > i else []

    def _sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.sentence_starts, pos) - 1) if self.sentences else 0

    def _continuation(self, d: Quote) -> Optional[Entity]:
        k = self._sentence_at(d.start)
        prev_start = self.sentences[k - 1].start if k > 0 else 0
        if self.interview and d.kind == "direct":
            if self.interviewee is None and self._answers(d):
                self.interviewee = self._interviewee(d.start)
            if self.interviewee is not None:
                return self.interviewee
        aged = self._introduced_with_age(prev_start, d.start)
        if aged is not None:
            return aged
        recent = self.speakers.between(prev_start, d.start)
        if recent:
            return recent[-1][1]
        intro = self._introduced_next(k)
        if intro is not None:
            return intro
        subj = self._subject_of(self.sentences[k - 1]) if k > 0 else None
        if subj is not None and subj.type == "person" and subj.id not in self.plural:
            return subj  # the narration turned to this person: `Ook haalt Holleeder uit naar …. "…"`; a group
            # described in the plural rarely speaks the next quoted words, the last speaker more often
        person = self._only_person_in(self.sentences[k - 1]) if k > 0 else None
        if person is not None:
            return person
        prior = self.speakers.between(d.start - 1500, d.start)
        if prior:
            return prior[-1][1]  # `De leverancier heeft het systeem aangepast. "…"`: still the last speaker
        return subj

    def _interviewee(self, pos: int) -> Optional[Entity]:
        """Who answers the questions: the named person whom cues name as the source of most quotes
        before the first answer (the earliest of equals: the introduction presents them), not an
        organisation or document cited on the way."""
        count: dict[int, list] = {}
        for at, (ent, cued) in self.quoted.between(0, pos):
            if cued and self._may_be_person(ent) and any(m.kind == "name" for m in ent.mentions):
                count.setdefault(ent.id, [0, -at])[0] += 1
        if not count:  # no cue named them: the person the introduction (three sentences) names most often
            intro = self.sentences[min(3, len(self.sentences) - 1)].start if self.sentences else 0
            for ent in self.index.entities:
                names = [m for m in ent.mentions if m.kind == "name" and m.start < pos]
                if names and names[0].start < intro and self._may_be_person(ent) and ent.type == "person":
                    count[ent.id] = [len(names), -names[0].start]
        if not count:
            return None
        return self.index.entities[max(count, key=lambda e: count[e])]

    def _may_be_person(self, ent: Entity) -> bool:
        """A named source that can be the interviewee: not a group, and not an organisation unless
        a word for a person stood before its name (`parlementariër Hisyar Özsoy`): the tagger may
        call a foreign name a place or an organisation, which speaking under a cue overrules."""
        person_role = any(r.split() and self.g.is_person_noun(r.split()[-1]) for r in ent.roles)
        return (ent.type != "organisation" or person_role) and not self._named_plural(ent)

    def _answers(self, d: Quote) -> bool:
        """The quotation marks open right after the writer's question (`Welke betekenis heeft dat
        boek? "…"`): an interview, where whoever the question names is asked about, not answering."""
        pair = getattr(d, "_pair", None)
        opens = pair.open_start if pair else d.start
        return self.text[max(0, opens - 40):opens].rstrip().endswith("?")

    def _only_person_in(self, sent: Sentence) -> Optional[Entity]:
        """`Het is voor tulpenkweker Piet Smit een zware dag. "…"`: the one person named just before."""
        lo, hi = bisect_left(self.name_starts, sent.start), bisect_left(self.name_starts, sent.end)
        people = {eid: self.index.entities[eid] for start, _, eid, _ in self.names[lo:hi]
                  if self.index.entities[eid].type == "person" and start not in self.contents
                  and self._named_as_person(start)}
        return next(iter(people.values())) if len(people) == 1 else None

    def _named_as_person(self, start: int) -> bool:
        """Not the object of a preposition (`in Dubai Media City`), unless a role says who it is
        (`voor tulpenkweker Piet Smit`)."""
        before = self._tokens(start - 40, start)[-2:]
        if before and self.g.is_person_noun(before[-1].text):
            return True
        return not any(t.lower_ in self.g.prepositions for t in before)

    def _introduced_with_age(self, lo: int, hi: int) -> Optional[Entity]:
        """`Sietse Brouwer (63) loopt bij de grootouders mee. '…'`: a person the text introduces with
        an age as the subject of the sentence right before quoted words that have no cue says them."""
        found = None
        for start, end, eid, m in self.names[bisect_left(self.name_starts, lo):bisect_left(self.name_starts, hi)]:
            ent = self.index.entities[eid]
            if not AGE_AFTER_NAME.match(self.text, end) or start in self.contents:
                continue
            if ent.type != "person" and m.text.split()[0] not in self.g.first_names:
                continue
            if self._is_subject(start):
                found = ent
        return found

    def _introduced_next(self, k: int) -> Optional[Entity]:
        """`"…" Daisy Mertens, leerkracht op …`: the next sentence opens with a full name."""
        if k + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[k + 1]
        k = bisect_left(self.name_starts, nxt.start)
        if k < len(self.names) and self.names[k][0] == nxt.start:
            _, end, eid, m = self.names[k]
            if len(m.text.split()) > 1 and self.text[end:end + 1] == ",":
                return self.index.entities[eid]
        return None

    def _subject_span(self, sent: Sentence) -> Optional[tuple[int, int]]:
        """The subject phrase of a sentence: its first phrase, or the one after the finite verb
        when something else comes first (`Toch wil hij de krant in`)."""
        toks = [t for t, q in zip(sent.toks, sent.quoted) if not q]
        if not toks:
            return None
        i = sent.toks.index(toks[0]) if toks[0] in sent.toks else 0
        focus = self.lang.wordset("focus_particles")
        while i + 1 < len(sent.toks) and sent.toks[i].lower_ in focus and self.g.starts_nominal(sent.toks[i + 1]):
            i += 1  # `Ook de vader van Cleo ziet …`: the particle goes with the phrase
        if not self.g.starts_nominal(sent.toks[i]):
            fin = next((k for k in range(i + 1, len(sent.toks)) if not sent.quoted[k]
                        and "Fin" in sent.toks[k].morph.get("VerbForm")), None)
            if fin is None or sent.toks[fin - 1].text == ",":
                return None  # `Als dat niet lukt, gaan we …`: a fronted clause, no subject to find
            i = fin + 1
            if i >= len(sent.toks) or sent.quoted[i] or not self.g.starts_nominal(sent.toks[i]):
                return None
        np = self.g.np_after(sent, i)
        return sent.text_of(*self.g.trim_np(sent, *np)) if np else None

    def _group_subject_before(self, pos: int) -> Optional[Entity]:
        """For `ze` with a plural verb: a plural subject of the sentence before that can speak
        (`De bonden zijn boos. Ze zeggen …`)."""
        k = self._sentence_at(pos)
        span = self._subject_span(self.sentences[k - 1]) if k > 0 else None
        span = self._with_second_conjunct(self.sentences[k - 1], span) if span else None
        toks = self._tokens(*span) if span else []
        head = self.g.head_noun(toks) if toks else None
        coordinated = any(t.lower_ == "en" for t in toks[1:-1])  # `Jan Jansen en Piet Bos stappen op`
        plural = coordinated or head is not None and (self._plural(head) or self._agrees_plural(toks))
        if not toks or toks[0].lower_ in self.g.pronouns or not plural or not self._can_speak(*span):
            return None
        return self.resolve(*span)

    @staticmethod
    def _agrees_plural(toks) -> bool:
        """A name whose number the tagger leaves open is plural when its verb is (`De Syrische
        Democratische Strijdkrachten spreken tegen …`, `zien Gedeputeerde Staten niet zitten`)."""
        head = _phrase_head(toks[-1])
        verb = head.head if head.dep_.startswith("nsubj") else None
        if verb is not None and verb.pos_ != "AUX":
            verb = next((c for c in verb.children if c.dep_ == "aux" and "Fin" in c.morph.get("VerbForm")), verb)
        return head.pos_ == "PROPN" and verb is not None and "Plur" in verb.morph.get("Number")

    def _with_second_conjunct(self, sent: Sentence, span: tuple[int, int]) -> tuple[int, int]:
        """`Werkgeversclubs VNO-NCW en MKB-Nederland maken …`: the subject with the phrase `en` joins to it."""
        toks = sent.toks
        k = next((m for m, t in enumerate(toks) if t.idx >= span[1]), None)
        if k is None or k + 1 >= len(toks) or toks[k].lower_ != "en" or sent.quoted[k + 1] \
                or not self.g.starts_nominal(toks[k + 1]):
            return span
        np = self.g.np_after(sent, k + 1)
        return (span[0], sent.text_of(*np)[1]) if np else span

    def _subject_of(self, sent: Sentence) -> Optional[Entity]:
        """The entity the sentence's subject names (``_subject_span``)."""
        span = self._subject_span(sent)
        if span is None:
            return None
        a, b = span
        named = self._name_in(a, b, [t for t in sent.toks if a <= t.idx < b])
        if named is not None and named.type in ("person", "other"):
            return named
        first = next(t for t in sent.toks if t.idx >= a)
        low = first.lower_
        if low in self.g.pronouns and low not in ("zijn", "haar") and first.idx + len(first) >= b:
            ent = self._antecedent(a)  # a pronoun alone, not a determiner (`deze krant`)
            return ent if ent is not None and (ent.type == "person" or ent.id in self.spoke) else None
        if low in self.lang.wordset("possessives"):
            return None  # `Haar rooster krijgt ze …`: the narration is about the possessor, who is not named here
        head = self.g.head_noun([t for t in sent.toks if a <= t.idx < b])
        if head is not None and self.g.is_person_noun(head.text):
            return self.resolve(a, b)  # `Een bewoner van nummer 58 was geschrokken. "…"`
        return None

    def _colon_np(self, d: Quote) -> Optional[tuple[int, int]]:
        pair = getattr(d, "_pair", None)
        colon = self.text.rfind(":", 0, pair.open_start if pair else d.start)
        k = self._sentence_at(colon)
        sent = self.sentences[k]
        toks = [i for i, t in enumerate(sent.toks) if t.idx < colon and not sent.quoted[i]]
        for i in toks:  # a pronoun subject anywhere before the colon: `geeft ze een opdracht:`
            if sent.toks[i].lower_ in self.g.pronouns and sent.toks[i].lower_ not in ("zijn", "haar"):
                return sent.text_of(i, i + 1)
        start = toks[0] if toks else None
        if start is None:
            return None
        np = self.g.np_after(sent, start)
        return sent.text_of(*self.g.trim_np(sent, *np)) if np else None
