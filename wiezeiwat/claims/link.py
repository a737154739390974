"""Linking quotes into claims: within an article first, then across the articles of a run.

Within an article a quote joins the claim it answers
- by the stance board (`board.py`): a stance cue naming the claim or its source
  ("ontkende het verhaal van Woodward", "wilde dat niet bevestigen");
- by an answer pattern of the language table ("Dat is niet waar", "Daar ga ik niet op in"),
  to the claim just reported from another source;
- by a reference to it in the quote ("die bewering", "het verhaal van Woodward");
- by content: quotes that share the claim's words and its source or a name, or that name
  the same two things or more ("about");
- as a continuation: a cue-less quote right after the same source's quote.
Across articles (dated within `window_days` of each other) a quote joins a claim when it
restates it (most of its content words) or shares its content words and the things it is
about.  Two quotes are never linked by word overlap alone when their sources differ and
they name nothing in common.  Every link records why it was made.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..records import Article
from .across import cross_links
from .content import Weights, fold, overlap, table
from .records import Link, Member, StoryClaim, Unit
from .units import Settings, units_of
from .within import answer_links, bare_stances, board_links, content_links, continuation_links, reference_links

__all__ = ["Settings", "RunArticle", "units_of", "run_article", "link_claims", "link_run", "claim_key"]


class _Sets:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def claim_key(u: Unit) -> str:
    raw = f"{u.by_key or ''}|{u.article}|{u.start}|{u.end}"
    return "c" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


CONTENT = ("restated", "overlap", "about")  # links made by shared content


def _asks(u: Unit) -> bool:
    """A question has no polarity against the claim: "Werd Trump niet overmoedig?", vroegen velen."""
    cue = fold(u.cue.split()[-1]) if u.cue else ""
    return "?" in u.text or cue in table()["question_cues"]


def _build(members: list[Unit], links: list[Link], restated: float, bare_targets=()) -> StoryClaim:
    given = {}  # stance a link gives a quote
    for link in links:
        if link.stance:
            given.setdefault(link.b, link.stance)
    for link in links:  # a statement cut in two by its attribution has one stance
        if link.why == "continuation":
            if link.b in given and link.a not in given and link.a not in {x.a for x in links if x.stance}:
                given[link.a] = given[link.b]
            elif link.a in given and link.b not in given:
                given[link.b] = given[link.a]
    targets = {link.a for link in links if link.stance} | set(bare_targets)
    first = next((u for u in members if u.ref in targets), None) or \
        next((u for u in members if u.ref not in given and u.stance == "assert"), members[0])
    out = StoryClaim(id=claim_key(first), claim=first.text, by=first.by, by_key=first.by_key,
                     said_when=first.when or first.date, links=links)
    byref = {u.ref: u for u in members}
    contrary = set()  # quotes a content link joins to another source's quote of the claim's polarity
    for link in links:
        if link.why in CONTENT:
            for x, y in ((link.a, link.b), (link.b, link.a)):
                u, v = byref.get(x), byref.get(y)
                if u and v and u.by_key != v.by_key and v.negative == first.negative != u.negative \
                        and not _asks(u) and not _asks(v):
                    contrary.add(u.ref)
    for u in members:
        stance = given.get(u.ref) or u.stance
        if stance == "assert" and u.by_key != first.by_key and u.negative != first.negative and not _asks(u) \
                and (overlap(u.content, first.content) >= restated or u.ref in contrary):
            stance = "deny"  # the same words with the opposite polarity, from another source
        role = "asserted" if stance == "assert" and (u.by_key == first.by_key or u is first) else "stance"
        out.members.append(Member(u, role, stance))
    return out


@dataclass
class RunArticle:
    """What the linker needs of one article: its quotes as units, its text (for what
    stands between two quotes) and the links of its stance board."""
    id: str
    date: Optional[str]
    text: str
    units: list
    board: list
    bare: list = field(default_factory=list)  # BareStance records of the board


def run_article(article: Article, lang: str = "nl") -> RunArticle:
    return RunArticle(article.id, article.date, article.text, units_of(article, lang), board_links(article),
                      bare_stances(article))


def link_claims(articles: Iterable[Article], settings: Optional[Settings] = None) -> list[StoryClaim]:
    """Claims over a run of analysed articles (any order): one record per linked claim."""
    s = settings or Settings()
    return link_run([run_article(a, s.lang) for a in articles], s)


def link_run(run: list[RunArticle], settings: Optional[Settings] = None) -> list[StoryClaim]:
    s = settings or Settings()
    run = sorted(run, key=lambda a: (a.date or "", a.id))
    by_article = [a.units for a in run]
    order = {}
    for units in by_article:
        for u in units:
            u.order = order.setdefault(u.ref, len(order))
    weight = Weights([u.content for units in by_article for u in units])
    links = []
    for art in run:
        links += art.board + answer_links(art.units, s) + reference_links(art.units, s) \
            + content_links(art.units, s, weight)
    links += cross_links(by_article, s, weight)
    bare: dict = {}
    for art in run:
        for b in art.bare:
            bare.setdefault(b.claim, []).append(b)
    live = {ref for link in links for ref in (link.a, link.b)} | set(bare)
    for art in run:
        links += continuation_links(art.text, art.units, live, s)
    index = {u.ref: u for units in by_article for u in units}
    links = [link for link in links if link.a in index and link.b in index]
    bare = {ref: stances for ref, stances in bare.items() if ref in index}
    sets = _Sets()
    for ref in bare:
        sets.find(ref)  # a claim with stances but no stance quote is a claim too
    for link in links:
        sets.union(link.a, link.b)
    groups: dict = {}
    for ref in list(sets.parent):
        groups.setdefault(sets.find(ref), []).append(index[ref])
    by_root: dict = {}
    for link in links:
        by_root.setdefault(sets.find(link.a), []).append(link)
    claims = []
    for root, members in groups.items():
        stances = [b for u in members for b in bare.get(u.ref, ())]
        if len(members) < 2 and not stances:
            continue
        members.sort(key=lambda u: u.order)
        claim = _build(members, by_root.get(root, []), s.restated, {b.claim for b in stances})
        claim.bare = stances
        claims.append(claim)
    claims.sort(key=lambda c: c.members[0].unit.order)
    return claims
