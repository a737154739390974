"""Claims linked across the stored articles: read the quotes back as linker units, write
the linked claims with stable keys (`claim_keys`, `claim_links`, `claims.key`)."""
from __future__ import annotations

import sqlite3
from typing import Optional

from ..claims.content import content_of
from ..claims.link import RunArticle, Settings, link_run
from ..claims.records import BareStance, Link, StoryClaim, Unit

QUOTES = """
SELECT a.ext_id, a.date, q.id, q.idx, q.start_char, q.end_char, q.text, q.speaker, e.key, q.stance, q.cue,
       q.when_value, q.medium, q.article_id, q.negated
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.entity_id
ORDER BY a.date, a.ext_id, q.idx
"""
NAMES = """
SELECT m.article_id, m.start_char, m.end_char, e.key FROM mentions m JOIN entities e ON e.id = m.entity_id
WHERE m.kind = 'name' AND e.key IS NOT NULL
"""
BOARD = """
SELECT a.ext_id, cq.idx, sq.idx, s.cue, s.stance, s.by_name, s.when_value, s.medium FROM stances s
JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = c.article_id JOIN quotes cq ON cq.id = c.quote_id
LEFT JOIN quotes sq ON sq.id = s.quote_id
"""


def load_run(conn: sqlite3.Connection, lang: str = "nl") -> tuple[list[RunArticle], dict]:
    """Every stored article as the linker sees it, and (article, quote idx) -> quote row id."""
    names: dict = {}
    for art_id, start, end, key in conn.execute(NAMES):
        names.setdefault(art_id, []).append((start, end, key))
    run: dict = {}
    rows: dict = {}
    texts = dict(conn.execute("SELECT id, text FROM articles"))
    for ext, date, qid, idx, start, end, text, speaker, key, stance, cue, when, medium, art_id, negated \
            in conn.execute(QUOTES):
        keys = [k for s, e, k in names.get(art_id, ()) if start <= s and e <= end]
        unit = Unit(article=ext, quote=idx, start=start, end=end, text=text, by=speaker,
                    by_key=key or (speaker.lower() if speaker else None), stance=stance or "assert", cue=cue,
                    date=date, when=when, medium=medium, content=content_of(text, keys, lang),
                    cue_negated=bool(negated))
        art = run.get(ext) or run.setdefault(ext, RunArticle(ext, date, texts[art_id], [], []))
        art.units.append(unit)
        rows[(ext, idx)] = qid
    for ext, claim_idx, stance_idx, cue, stance, by, when, medium in conn.execute(BOARD):
        if ext not in run:
            continue
        if stance_idx is None:
            run[ext].bare.append(BareStance((ext, claim_idx), by, stance, cue, when, medium))
        elif claim_idx != stance_idx:
            run[ext].board.append(Link((ext, claim_idx), (ext, stance_idx), "stance-cue", detail=cue or "", stance=stance))
    return list(run.values()), rows


def _reason(c: StoryClaim, ref) -> Optional[Link]:
    """The link that brought a quote into its claim: the first one that ends in it."""
    return next((link for link in c.links if link.b == ref), None) or \
        next((link for link in c.links if link.a == ref), None)


def write_claims(conn: sqlite3.Connection, claims: list[StoryClaim], rows: dict) -> None:
    """Replace the linked claims with `claims` (call inside a transaction)."""
    conn.execute("DELETE FROM claim_links")
    conn.execute("DELETE FROM claim_keys")
    conn.execute("UPDATE claims SET key = NULL")
    for c in claims:
        dates = sorted(m.unit.date for m in c.members if m.unit.date)
        conn.execute("INSERT INTO claim_keys (key, text, by_name, by_key, said_when, first_date, last_date, "
                     "n_quotes, n_articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (c.id, c.claim, c.by, c.by_key, c.said_when, dates[0] if dates else None,
                      dates[-1] if dates else None, len(c.members), len({m.unit.article for m in c.members})))
        for m in c.members:
            link = _reason(c, m.unit.ref)
            other = None
            if link is not None:
                other = rows.get(link.a if link.b == m.unit.ref else link.b)
            conn.execute("INSERT INTO claim_links (key, quote_id, role, stance, by_name, why, score, detail, "
                         "linked_quote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (c.id, rows[m.unit.ref], m.role, m.stance, m.unit.by, link.why if link else None,
                          link.score if link else None, link.detail if link else None, other))
            conn.execute("UPDATE claims SET key = ? WHERE quote_id = ?", (c.id, rows[m.unit.ref]))


def link_stored(conn: sqlite3.Connection, settings: Optional[Settings] = None) -> int:
    """Link the claims of every stored article anew; returns how many linked claims there are.
    Keys are stable: a claim keeps its key while its first quote stays in the store."""
    s = settings or Settings()
    run, rows = load_run(conn, s.lang)
    claims = link_run(run, s)
    write_claims(conn, claims, rows)
    return len(claims)


def linked_claims(conn: sqlite3.Connection, key: Optional[str] = None) -> list[dict]:
    """Linked claims (one, by key) with their quotes in time order, in the scorer's shape."""
    where, args = ("WHERE k.key = ?", (key,)) if key else ("", ())
    out = []
    for row in conn.execute(f"SELECT k.key, k.text, k.by_name, k.by_key, k.said_when, k.first_date, k.last_date "
                            f"FROM claim_keys k {where} ORDER BY k.first_date, k.key", args):
        c = dict(zip(("id", "claim", "by", "by_key", "said_when", "first_date", "last_date"), row))
        c["quotes"] = [dict(zip(("article", "quote", "start", "end", "role", "stance", "by", "when", "text", "why",
                                 "score", "detail"), r)) for r in conn.execute(
            "SELECT a.ext_id, q.idx, q.start_char, q.end_char, l.role, l.stance, l.by_name, "
            "COALESCE(q.when_value, a.date), q.text, l.why, l.score, l.detail FROM claim_links l "
            "JOIN quotes q ON q.id = l.quote_id JOIN articles a ON a.id = q.article_id WHERE l.key = ? "
            "ORDER BY a.date, a.ext_id, q.idx", (c["id"],))]
        out.append(c)
    return out
