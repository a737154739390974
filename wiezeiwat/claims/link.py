"""Linking quotes into claims: within an article first, then across the articles of a run.

Within an article a quote joins the claim it answers
- by the stance board (`board.py`): a stance cue naming the claim or its source
  ("ontkende het verhaal van Woodward", "wilde dat niet bevestigen");
- by an answer pattern of the language table ("Dat is niet waar", "Daar ga ik niet op in"),
  to the claim just reported from another source;
- by content: quotes by different sources that share the claim's words and names.
Across articles (dated within `window_days` of each other) a quote joins a claim when it
restates it (most of its content words) or shares its content words and the things it is
about.  Two quotes are never linked by word overlap alone when their sources differ and
they name nothing in common.  Every link records why it was made.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Iterable, Optional

from ..records import Article
from .content import Weights, content_of, overlap, shared_names, shared_stems, table, words
from .records import BareStance, Link, Member, StoryClaim, Unit

NON_ASSERT = ("confirm", "deny", "neither", "hedge", "refuse")


@dataclass
class Settings:
    window_days: int = 21  # articles further apart are not compared
    restated: float = 0.6  # overlap at which a quote restates another
    min_restated_stems: int = 2  # "Nee" restates nothing
    related: float = 0.3  # overlap at which quotes that share names are linked
    min_shared_stems: int = 2
    verbatim: float = 0.9  # overlap of the same words: a reprint of the quote
    reprint_pairs: int = 2  # verbatim quotes two articles share before they count as versions of one report
    max_posting: int = 300  # quotes sharing a stem beyond which the stem proposes no pairs
    continuation_words: int = 6  # words between a quote and its cue-less continuation (`, tweette hij.`)
    answer_lookback: Optional[int] = None  # chars; default from the language table
    lang: str = "nl"


# -- units ------------------------------------------------------------------------------

def units_of(article: Article, lang: str = "nl") -> list[Unit]:
    out = []
    for i, q in enumerate(article.quotes):
        keys = [e.key for e in article.entities for m in e.mentions
                if q.start <= m.start and m.end <= q.end and m.kind == "name"]
        who = article.entities[q.speaker_entity] if q.speaker_entity is not None and q.speaker_entity < len(article.entities) else None
        by_key = (who.key if who is not None and who.key else None) or (q.speaker.lower() if q.speaker else None)
        out.append(Unit(article=article.id, quote=i, start=q.start, end=q.end, text=q.text, by=q.speaker,
                        by_key=by_key, stance=q.stance, cue=q.cue.text if q.cue else None, date=article.date,
                        when=q.when.value if q.when else None,
                        medium=q.addressee_or_medium.text if q.addressee_or_medium else None,
                        content=content_of(q.text, keys, lang), cue_negated=q.negated))
    return out


# -- within one article ------------------------------------------------------------------

def board_links(article: Article) -> list[Link]:
    """The article's stance board: claims and the stance quotes that answer them."""
    out = []
    for c in article.claims:
        for s in c.stances:
            if c.quote is not None and s.quote is not None and s.quote != c.quote:
                out.append(Link((article.id, c.quote), (article.id, s.quote), "stance-cue",
                                detail=s.cue or "", stance=s.stance))
    return out


def bare_stances(article: Article) -> list[BareStance]:
    """The board's stances that have no quote of their own (a cue and an object only)."""
    return [BareStance((article.id, c.quote), s.by, s.stance, s.cue, s.when, s.medium)
            for c in article.claims if c.quote is not None for s in c.stances if s.quote is None]


def answer_links(units: list[Unit], s: Settings) -> list[Link]:
    """`"Dat is niet waar", zegt X.`: an answer to the claim just reported by someone else."""
    t = table(s.lang)
    lookback = s.answer_lookback or t["answer_lookback_chars"]
    out = []
    for k, u in enumerate(units):
        for pattern, stance in t["answers"]:
            if not pattern.search(u.text.strip()):
                continue
            before = [p for p in units[:k] if p.by_key != u.by_key and u.start - p.end <= lookback]
            if before:
                out.append(Link(before[-1].ref, u.ref, "answer", detail=pattern.pattern, stance=stance))
            break
    return out


def _reference(text: str, t: dict):
    """(noun, named source or None) when the quote names a claim: `die bewering`,
    `het verhaal van Woodward`; else None."""
    ws = words(text)
    low = [w.lower() for w in ws]
    for k in range(1, len(ws)):
        if low[k] not in t["reference_nouns"] or low[k - 1] not in t["reference_determiners"]:
            continue
        if k + 2 < len(ws) and low[k + 1] == "van" and ws[k + 2][:1].isupper():
            return low[k], ws[k + 2].lower()
        if low[k - 1] not in ("de", "het"):  # `de conclusie` alone refers to nothing before
            return low[k], None
    return None


def reference_links(units: list[Unit], s: Settings) -> list[Link]:
    """A quote that names the claim it answers (`"Die bewering is onzin"`, `"het verhaal van
    Woodward klopt niet"`) joins the latest claim of that source, else of another source."""
    t = table(s.lang)
    lookback = t["reference_lookback_chars"]
    out = []
    for k, u in enumerate(units):
        ref = _reference(u.text, t)
        if ref is None:
            continue
        noun, named = ref
        before = [p for p in units[:k] if p.by_key != u.by_key and u.start - p.end <= lookback]
        if named:
            before = [p for p in before if p.by and named in p.by.lower().split()] or before
        if before:
            out.append(Link(before[-1].ref, u.ref, "reference", detail=noun + (f" van {named}" if named else ""),
                            stance=u.stance if u.stance != "assert" else None))
    return out


def _related(a: Unit, b: Unit, s: Settings, weight=None) -> Optional[Link]:
    """A content link between two quotes, or None: restated, or related by words and names."""
    score = overlap(a.content, b.content, weight)
    stems = shared_stems(a.content, b.content)
    names = shared_names(a.content, b.content)
    same_source = a.by_key is not None and a.by_key == b.by_key
    if score >= s.restated and len(stems) >= s.min_restated_stems and (same_source or names):
        return Link(a.ref, b.ref, "restated", score, ", ".join(sorted(stems)))
    said = stems - a.content.name_stems - b.content.name_stems  # what is said, not only who or where
    if score >= s.related and len(stems) >= s.min_shared_stems and said and (same_source or names):
        return Link(a.ref, b.ref, "overlap", score, ", ".join(sorted(stems)) + " | " + ", ".join(sorted(names)))
    return None


def content_links(units: list[Unit], s: Settings, weight=None) -> list[Link]:
    """Quotes of one article that make, restate or answer the same claim."""
    out = []
    for i, a in enumerate(units):
        for b in units[i + 1:]:
            link = _related(a, b, s, weight)
            if link:
                out.append(link)
    return out


# -- across articles ---------------------------------------------------------------------

def _day(value: Optional[str]) -> Optional[Date]:
    if not value:
        return None
    parts = (value.split("-") + ["01", "01"])[:3]
    try:
        return Date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _close(a: Optional[str], b: Optional[str], days: int) -> bool:
    da, db = _day(a), _day(b)
    return da is None or db is None or abs((da - db).days) <= days


def _candidates(by_article: list[list[Unit]], s: Settings) -> dict:
    """Pairs of quotes from different articles close in time that share at least two content
    stems (every link needs two), found through a stem index rather than by comparing
    every pair: {(i, j): [(a, b)]} with i < j."""
    index: dict = {}
    for i, units in enumerate(by_article):
        for k, u in enumerate(units):
            for x in u.content.stems:
                index.setdefault(x, []).append((i, k))
    need = min(s.min_shared_stems, s.min_restated_stems)
    shared: dict = {}
    for posting in index.values():
        if len(posting) > s.max_posting:
            continue  # a word in most quotes of a large run links nothing on its own
        for n, x in enumerate(posting):
            for y in posting[n + 1:]:
                if x[0] != y[0]:
                    key = (x, y) if x < y else (y, x)
                    shared[key] = shared.get(key, 0) + 1
    pairs: dict = {}
    for ((i, ka), (j, kb)), n in shared.items():
        a, b = by_article[i][ka], by_article[j][kb]
        if n >= need and _close(a.date, b.date, s.window_days):
            pairs.setdefault((i, j), []).append((a, b))
    return pairs


def _verbatim(a: Unit, b: Unit, s: Settings) -> bool:
    return len(shared_stems(a.content, b.content)) >= s.min_restated_stems and overlap(a.content, b.content) >= s.verbatim


def cross_links(by_article: list[list[Unit]], s: Settings, weight=None) -> list[Link]:
    """Links between the quotes of articles dated close together.  Two articles that share
    several verbatim quotes are versions of one report: there, the same words are the
    same quote whoever the two versions name as its source."""
    out = []
    for (i, j), pairs in sorted(_candidates(by_article, s).items()):
        pairs.sort(key=lambda p: (p[0].order, p[1].order))
        same = {(a.ref, b.ref) for a, b in pairs if _verbatim(a, b, s)}
        reprint = len(same) >= s.reprint_pairs
        for a, b in pairs:
            link = _related(a, b, s, weight)
            if link is None and reprint and (a.ref, b.ref) in same:
                link = Link(a.ref, b.ref, "reprint", overlap(a.content, b.content),
                            ", ".join(sorted(shared_stems(a.content, b.content))))
            if link:
                out.append(link)
    return out


def continuation_links(text: str, units: list[Unit], live: set, s: Settings) -> list[Link]:
    """A cue-less quote right after one of the same source, with at most an attribution
    between them (`', tweette hij. '`), goes on with the same statement: it joins a claim
    the statement is already part of (`live`), never starts one."""
    out = []
    for p, q in zip(units, units[1:]):
        if q.cue is not None or not q.by_key or q.by_key != p.by_key or not (p.ref in live or q.ref in live):
            continue
        between = words(text[p.end:q.start])
        if len(between) <= s.continuation_words:
            out.append(Link(p.ref, q.ref, "continuation", detail=" ".join(between)))
    return out


# -- claims --------------------------------------------------------------------------------

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
    for u in members:
        stance = given.get(u.ref) or u.stance
        if stance == "assert" and u.by_key != first.by_key and u.negative != first.negative \
                and overlap(u.content, first.content) >= restated:
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
