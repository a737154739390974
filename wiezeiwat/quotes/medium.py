"""The medium of a frame: to whom or where it was said (GUIDELINES 7).

A phrase (`tegen CNN`, `in een interview met de New York Post`, `op Twitter`) or the
addressee a cue verb takes as its object (`vroeg hem`, `adviseerde de kandidaten`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .syntax import Sentence

if TYPE_CHECKING:
    from .frames import Frame, FrameFinder


def _relative_clauses(finder: "FrameFinder", sent: Sentence) -> set[int]:
    """Token indices inside `, die … ,` stretches: what happens there is not how it was said."""
    inside, open_at = set(), None
    for k, tok in enumerate(sent.toks):
        if tok.text == "," and k + 1 < len(sent.toks) and sent.toks[k + 1].lower_ in finder.g.relatives:
            open_at = k
        elif tok.text == "," and open_at is not None:
            inside.update(range(open_at, k + 1))
            open_at = None
    return inside


def find_medium(finder: "FrameFinder", sent: Sentence, f: "Frame") -> Optional[tuple[int, int]]:
    """A medium phrase, else the addressee a cue verb takes as its object."""
    return _medium_phrase(finder, sent, f) or _addressee_object(finder, sent, f)


def _addressee_object(finder: "FrameFinder", sent: Sentence, f: "Frame") -> Optional[tuple[int, int]]:
    """`vroeg hem`, `adviseerde Clinton de kandidaten …`, `zo stelt X de bewoners gerust`: the
    object right after the finite verb (and an inverted source) or right before a final cue."""
    g, lang = finder.g, finder.lang
    if f.entry.lemma not in lang.wordset("addressee_object_cues") or not f.speaker:
        return None  # without a source found, the phrase after the cue is more likely the source
    toks, n = sent.toks, len(sent.toks)
    busy = [b for b in (f.content, f.speaker) if b]
    free = lambda k: not sent.quoted[k] and not any(a <= toks[k].idx < b for a, b in busy)
    cue = toks.index(f.cue_toks[0]) if f.cue_toks[0] in toks else None
    fin = toks.index(f.finite) if f.finite is not None and f.finite in toks else cue
    if cue is None or fin is None:
        return None
    k = fin + 1
    while k < n and (not free(k) and toks[k].idx < f.speaker[1] or toks[k].lower_ in g.adverbs):
        k += 1  # past the inverted source and adverbs: `adviseerde Clinton de kandidaten`
    source_placed = f.speaker[1] <= toks[fin].idx or (k > fin + 1 and toks[k - 1].idx < f.speaker[1])
    if k < n and free(k) and source_placed and toks[k].idx not in finder.times \
            and not _continues_source(finder, sent, fin + 1, k):
        later = [toks.index(t) for t in f.cue_toks[1:] if t in toks and toks.index(t) > k]
        span = _person_object(finder, sent, k, min(later) if later else None)
        if span:
            return span
    if cue > 1 and cue > fin and free(cue - 1) and toks[cue - 1].lower_ in lang.wordset("object_pronouns") \
            and toks[cue - 2].lower_ not in g.prepositions:  # not `een boek van hem voorgehouden`
        return sent.text_of(cue - 1, cue)  # `waarin zijn schoonmoeder hem vraagt`
    return None


def _continues_source(finder: "FrameFinder", sent: Sentence, start: int, k: int) -> bool:
    """Token k still belongs to the noun phrase the inverted source opens (`bezweren Baudets
    kiezers`, `liet zijn AKP weten`): the source was cut short, k is no object."""
    if start >= k:
        return False
    before = sent.toks[k - 1]
    genitive = before.pos_ == "PROPN" and before.text.endswith("s") and sent.toks[k].text[:1].islower()
    if before.lower_ in finder.lang.wordset("possessives") or genitive:
        return True
    np = finder.g.np_after(sent, start)
    return bool(np) and np[1] > k


def _person_object(finder: "FrameFinder", sent: Sentence, k: int, limit: Optional[int] = None) -> Optional[tuple[int, int]]:
    """A person pronoun or phrase at k, ending before `limit` (the cue's particle: `stelt de
    bewoners gerust`)."""
    g, toks = finder.g, sent.toks
    if toks[k].lower_ in finder.lang.wordset("object_pronouns") and not g._possessive_before_noun(sent, k, len(toks)):
        return sent.text_of(k, k + 1)
    if toks[k].lower_ in g.complementizers or not g.starts_nominal(toks[k]) or toks[k].lower_ in g.pronouns:
        return None
    np = g.np_after(sent, k, limit)
    if not np:
        return None
    head = g.head_noun(list(toks[np[0]:np[1]]))
    if head is None or sent.quoted[np[1] - 1] or head.idx in finder.times:
        return None
    named = head.text[:1].isupper() and (head.pos_ == "PROPN" or head.ent_type_ in ("PER", "ORG"))
    listed = g.head_in(head.lower_, g.person_nouns)  # by ending only when plural: not `een amnestieregeling`
    if named or listed or g.is_person_noun(head.text) and "Plur" in head.morph.get("Number"):
        return sent.text_of(*np)
    return None


def _medium_phrase(finder: "FrameFinder", sent: Sentence, f: "Frame") -> Optional[tuple[int, int]]:
    """`tegen CNN`, `in een interview met de New York Post`, `in zijn boek War`, `op Twitter`."""
    g, words = finder.g, finder.lang.words
    nouns, channels = frozenset(words.get("medium_nouns", [])), set(words.get("channels", []))
    addressee = set(words.get("addressee_preps", ["tegen"])) - {"aan"}  # `aan` also governs objects
    toks = sent.toks
    n = len(toks)
    busy = [f.content, f.speaker]
    cue = f.cue_toks[0].i - toks[0].i
    lo, hi = 0, n  # before the content; never inside a relative clause
    if f.content and f.content[0] > f.cue_span[0]:
        hi = next((k for k in range(cue, n) if toks[k].idx >= f.content[0]), n)
    relative = _relative_clauses(finder, sent)
    for k, tok in enumerate(toks):
        if not lo <= k < hi or k in relative or sent.quoted[k] or any(b and b[0] <= tok.idx < b[1] for b in busy):
            continue
        low = tok.lower_
        if low in addressee and k + 1 < n and (toks[k + 1].text[:1].isupper() or toks[k + 1].lower_ in g.determiners
                                                or g.is_person_noun(toks[k + 1].text)):
            np = g.np_after(sent, k + 1)
            if np and not (k + 1 < n and toks[k + 1].lower_ == "het" and np[1] - np[0] == 1):
                if not any(toks[m].lower_ == "tot" for m in range(k, min(n, k + 3))):
                    return sent.text_of(k, np[1])
        if low in words.get("medium_preps", []) and k + 1 < n:
            m = k + 1
            if m + 2 < n and toks[m].lower_ in ("één", "een") and toks[m + 1].lower_ == "van":
                m += 2  # tijdens één van de sessies
            while m < n and m < k + 5 and (toks[m].lower_ in g.determiners or (toks[m].text[:1].islower() and not g.head_in(toks[m].text, nouns) and toks[m].pos_ in ("ADJ", ""))
                                           and toks[m].lower_ not in g.prepositions and not g.is_punct(toks[m])):
                m += 1
            if m < n and toks[m].text[:1].isupper() and toks[m].ent_type_ in ("ORG", "MISC") and m > k + 1 \
                    and toks[m - 1].lower_ in g.determiners and low in ("in", "op", "aan", "bij"):
                end = m + 1  # `in het Brabants Dagblad`, `in de Tweede Kamer`: a named outlet or forum
                while end < n and toks[end].text[:1].isupper() and toks[end].ent_type_ and not sent.quoted[end]:
                    end += 1
                return sent.text_of(k, end)
            if m < n and (g.head_in(toks[m].text, nouns) or toks[m].lower_ in channels):
                end = m + 1
                if end + 1 < n and toks[end].lower_ in ("met", "van", "over") and not sent.quoted[end + 1]:
                    np = g.np_after(sent, end + 1)
                    if np:
                        end = np[1]
                elif end < n and toks[end].text[:1].isupper() and not sent.quoted[end] and not g.is_stop(toks[end]):
                    end += 1  # in zijn boek War
                return sent.text_of(k, end)
    return None
