"""Bring the 2017 LassySmall draft (UD 2.0) to the conventions of today's UD Dutch.

Two thirds of our gold training words come from the 2017 draft, but the test sets follow
UD 2.13, and Dutch annotation changed in between: possessives became PRON/``nmod:poss``,
"als" became SCONJ, ordinals ADJ, modals AUX, words inside names PROPN with their capital
kept in the lemma, agents of passives ``obl:agent``.  Rather than a hand list, the mapping is
learnt from today's files: a word form whose part of speech is (nearly) unambiguous there
takes that part of speech, its usual features and, for names, its lemma.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

MIN_COUNT = 3        # occurrences of a form in today's files before we trust its tag
MIN_SHARE = 0.9      # share of its majority tag there
MAX_OLD_SHARE = 0.05  # the old tag must be (nearly) unused for that form today
# Function-word tags come with a place in the tree: a word becomes AUX or DET only where it
# already hangs as one, and an old AUX keeps its tag (today's VERB heads its clause).
TAG_NEEDS_DEP = {"AUX": {"aux", "aux:pass", "cop"}, "DET": {"det"}}
KEEP_OLD_TAGS = {"AUX"}


@dataclass
class Conventions:
    """Per word form: today's tag counts, and the features and lemma that go with a tag."""
    tags: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    feats: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    lemmas: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    possessives: set[str] = field(default_factory=set)  # "zijn" is also a verb: tags alone can't tell

    @classmethod
    def learn(cls, docs: list[Doc]) -> "Conventions":
        conv = cls()
        for doc in docs:
            for token in doc:
                conv.tags[token.text][token.pos_] += 1
                conv.feats[token.text, token.pos_][str(token.morph)] += 1
                conv.lemmas[token.text, token.pos_][token.lemma_] += 1
                if token.pos_ == "PRON" and "Yes" in token.morph.get("Poss"):
                    conv.possessives.add(token.text)
        return conv

    def today_tag(self, form: str, old_tag: str) -> str | None:
        """Today's tag for `form` when today's files clearly disagree with `old_tag`."""
        counts = self.tags.get(form)
        if not counts or sum(counts.values()) < MIN_COUNT:
            return None
        tag, n = counts.most_common(1)[0]
        total = sum(counts.values())
        if tag == old_tag or n / total < MIN_SHARE or counts[old_tag] / total > MAX_OLD_SHARE:
            return None
        return tag


def modernise(doc: Doc, conv: Conventions) -> Doc:
    """Retag one UD 2.0 doc in place where today's files are unambiguous."""
    for token in doc:
        if token.pos_ == "DET" and token.dep_ == "det" and token.text in conv.possessives:
            relabel(token, "PRON", conv)
            continue
        tag = conv.today_tag(token.text, token.pos_)
        if tag is None or token.pos_ in KEEP_OLD_TAGS:
            continue
        if tag in TAG_NEEDS_DEP and token.dep_ not in TAG_NEEDS_DEP[tag]:
            continue
        relabel(token, tag, conv)
    for token in doc:
        if token.dep_ == "obl" and is_passive_agent(token):
            token.dep_ = "obl:agent"
    return doc


def relabel(token, tag: str, conv: Conventions) -> None:
    old_tag = token.pos_
    token.pos_ = tag
    token.set_morph(conv.feats[token.text, tag].most_common(1)[0][0])
    if tag == "PROPN":
        token.lemma_ = conv.lemmas[token.text, tag].most_common(1)[0][0]
    if tag == "PRON" and old_tag == "DET" and token.dep_ == "det" and "Yes" in token.morph.get("Poss"):
        token.dep_ = "nmod:poss"
    if tag == "SCONJ" and token.dep_ == "case":
        token.dep_ = "mark"


def is_passive_agent(token) -> bool:
    """An oblique introduced by "door" under a verb with a passive auxiliary."""
    has_door = any(c.dep_ == "case" and c.text.lower() == "door" for c in token.children)
    return has_door and any(c.dep_ == "aux:pass" for c in token.head.children)
