"""Read queries over the store; each returns plain dicts ready for any output format."""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Iterator, Optional

from .. import aliases
from ..errors import NotFoundError, StoreError

# When a quote was said, as a sortable date: its time value where that is a date
# ("2019-03-27", "2019-W12"), else the article date ("PAST_REF" and durations sort badly).
SAID_WHEN = "(CASE WHEN q.when_value GLOB '[0-9][0-9][0-9][0-9]*' THEN q.when_value ELSE a.date END)"

SPEAKERS = f"""
SELECT s.id, s.key, s.name, s.type, count(q.id) AS quotes,
       count(DISTINCT q.article_id) AS articles,
       min({SAID_WHEN}) AS first, max({SAID_WHEN}) AS last,
       group_concat(DISTINCT q.speaker) AS as_written
FROM speakers s JOIN quotes q ON q.speaker_id = s.id JOIN articles a ON a.id = q.article_id
WHERE :type IS NULL OR s.type = :type
GROUP BY s.id ORDER BY quotes DESC, articles DESC, s.name LIMIT :limit"""

QUOTE_COLUMNS = f"""q.id, a.ext_id AS article, a.date AS article_date, {SAID_WHEN} AS said_when,
       q.when_value,
       s.name AS speaker, s.key AS speaker_key, q.speaker AS as_written, q.cue, q.stance,
       q.kind, q.negated, q.medium, q.text"""

QUOTE_JOINS = """JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"""

EXPORTS = {
    "quotes": f"SELECT {QUOTE_COLUMNS} FROM quotes q {QUOTE_JOINS} ORDER BY a.date, a.id, q.idx",
    "speakers": SPEAKERS,
    "articles": "SELECT id, ext_id, date, title, source, n_quotes, n_entities, ingested_at "
                "FROM articles ORDER BY date, id",
    "entities": "SELECT e.id, a.ext_id AS article, e.local_id, e.name, e.type, e.key, e.roles, "
                "s.key AS speaker_key, s.name AS speaker FROM entities e "
                "JOIN articles a ON a.id = e.article_id LEFT JOIN speakers s ON s.id = e.speaker_id "
                "ORDER BY e.id",
    "timexes": "SELECT t.id, a.ext_id AS article, t.idx, t.start_char, t.end_char, t.text, t.type, "
               "t.value, t.mod, t.earliest, t.latest, t.anchor FROM timexes t "
               "JOIN articles a ON a.id = t.article_id ORDER BY t.id",
    "claims": "SELECT c.id, a.ext_id AS article, c.idx, c.text, c.by_name, c.quote_id, c.said_when, "
              "c.medium FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.id",
}


def _dicts(cursor) -> list[dict]:
    return [dict(r) for r in cursor]


def known_with_surname(conn: sqlite3.Connection, surname: str) -> list[aliases.Known]:
    """Stored speakers with this surname, with every role their entities had."""
    rows = conn.execute(
        "SELECT s.key, s.name, group_concat(e.roles, char(31)) FROM speakers s "
        "LEFT JOIN entities e ON e.speaker_id = s.id WHERE s.surname = ? GROUP BY s.id",
        (surname,)).fetchall()
    known = []
    for key, name, blobs in rows:
        if not aliases.plausible_person(name):
            continue  # "PEC Zwolle", "Milieudefensie Shell": not the Zwolle or Shell of a bare name
        roles = {r for blob in (blobs or "").split("\x1f") if blob for r in json.loads(blob)}
        known.append(aliases.Known(key, aliases.parse_name(name), frozenset(roles)))
    return known


def speakers(conn: sqlite3.Connection, limit: Optional[int], type: Optional[str] = None) -> list[dict]:
    return _dicts(conn.execute(SPEAKERS, {"limit": -1 if limit is None else limit, "type": type}))


def _speaker_by_key(conn, *keys: str) -> Optional[dict]:
    marks = ", ".join("?" * len(keys))
    row = conn.execute(f"SELECT * FROM speakers WHERE key IN ({marks})", keys).fetchone()
    return dict(row) if row else None


def _ambiguous(name: str, keys: list[str], conn) -> NotFoundError:
    names = [conn.execute("SELECT name FROM speakers WHERE key = ?", (k,)).fetchone()[0] for k in keys]
    shown = ", ".join(names[:6]) + (" …" if len(names) > 6 else "")
    return NotFoundError(f"{name!r} fits {len(names)} speakers: {shown}; give the full name")


def find_speaker(conn: sqlite3.Connection, name: str, table: aliases.AliasTable) -> dict:
    """Alias table or name key first; a bare surname the one fuller speaker it fits;
    then a part of a stored name.  NotFoundError when none or several fit."""
    name = " ".join(name.split())
    if not name:
        raise NotFoundError("no speaker name given")
    typed = name
    if name == name.lower():  # "de jong" typed in lower case: read it as "de Jong"
        name = " ".join(t if t in aliases.PARTICLES else t.capitalize() for t in name.split())
    exact = _speaker_by_key(conn, aliases.name_key(name, None, table), typed)
    parsed = aliases.parse_name(name)
    fits = aliases.fitting(name, (), known_with_surname(conn, parsed.surname))
    listed = exact is not None and table.canonical(exact["key"]) is not None
    if fits and not listed:  # "De Jong": the one fuller De Jong, or ask which
        if len(fits) == 1:
            return _speaker_by_key(conn, fits[0])
        raise _ambiguous(name, fits + ([exact["key"]] if exact else []), conn)
    if exact:
        return exact
    like = [r[0] for r in conn.execute(
        "SELECT s.key FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id "
        "WHERE s.name LIKE ? GROUP BY s.id ORDER BY count(q.id) DESC", (f"%{name}%",))]
    if len(like) == 1:
        return _speaker_by_key(conn, like[0])
    if like:
        raise _ambiguous(name, like, conn)
    raise NotFoundError(f"no speaker {name!r} in this database; "
                        "`wiezeiwat query speakers` lists who is there")


def speaker_quotes(conn: sqlite3.Connection, speaker_id: int, limit: Optional[int],
                   distinct: bool = False) -> list[dict]:
    """In time order; `distinct` keeps the first of identical quotes (one story printed
    by several titles), with `copies` saying how many there were."""
    rows = (f"SELECT {QUOTE_COLUMNS}, count(*) OVER (PARTITION BY q.text) AS copies, "
            f"row_number() OVER (PARTITION BY q.text ORDER BY {SAID_WHEN}, a.date, a.id, q.idx) AS nth "
            f"FROM quotes q {QUOTE_JOINS} WHERE q.speaker_id = :speaker")
    where = "WHERE nth = 1" if distinct else ""
    found = _dicts(conn.execute(
        f"SELECT * FROM ({rows}) {where} ORDER BY said_when, article_date, article, id LIMIT :limit",
        {"speaker": speaker_id, "limit": -1 if limit is None else limit}))
    for row in found:
        del row["nth"]
        if not distinct:
            del row["copies"]
    return found


def fts_query(text: str) -> str:
    """Plain words -> an FTS5 query that needs them all, with no syntax to trip over."""
    words = re.findall(r"\w+", text)
    if not words:
        raise StoreError(f"nothing to search for in {text!r}: give one or more words")
    return " ".join(f'"{w}"' for w in words)


def search(conn: sqlite3.Connection, text: str, limit: Optional[int], raw: bool) -> list[dict]:
    query = text.strip() if raw else fts_query(text)
    if not query:
        raise StoreError("nothing to search for: give one or more words")
    try:
        return _dicts(conn.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotes_fts f JOIN quotes q ON q.id = f.rowid "
            f"{QUOTE_JOINS} WHERE quotes_fts MATCH ? ORDER BY f.rank LIMIT ?",
            (query, -1 if limit is None else limit)))
    except sqlite3.OperationalError as e:
        if not raw:
            raise
        raise StoreError(f"search {text!r}: {e} (FTS5 syntax; leave out --raw for plain words)") from None


def article(conn: sqlite3.Connection, ext_id: str) -> dict:
    row = conn.execute("SELECT * FROM articles WHERE ext_id = ?", (ext_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no article {ext_id!r} in this database")
    art_id = row["id"]
    out = {k: row[k] for k in ("ext_id", "date", "title", "source")}
    out["id"] = out.pop("ext_id")
    out["entities"] = _article_entities(conn, art_id)
    out["timexes"] = _dicts(conn.execute(
        "SELECT start_char AS start, end_char AS end, text, type, value, mod, earliest, latest, "
        "anchor FROM timexes WHERE article_id = ? ORDER BY idx", (art_id,)))
    out["quotes"] = _dicts(conn.execute(
        "SELECT q.start_char AS start, q.end_char AS end, q.text, q.kind, q.speaker, "
        "e.local_id AS speaker_entity, s.key AS speaker_key, s.name AS speaker_name, q.cue, "
        "q.cue_lemma, q.stance, q.medium, q.negated, q.when_value, q.when_source, t.idx AS when_timex, "
        "q.rule FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id "
        "LEFT JOIN speakers s ON s.id = q.speaker_id LEFT JOIN timexes t ON t.id = q.timex_id "
        "WHERE q.article_id = ? ORDER BY q.idx", (art_id,)))
    out["claims"] = _article_claims(conn, art_id)
    return out


def _article_claims(conn, art_id: int) -> list[dict]:
    claims = _dicts(conn.execute(
        "SELECT c.id AS row, c.idx AS id, c.text, c.by_name AS by, q.idx AS quote, c.said_when, "
        "c.medium FROM claims c LEFT JOIN quotes q ON q.id = c.quote_id WHERE c.article_id = ? "
        "ORDER BY c.idx", (art_id,)))
    for c in claims:
        c["stances"] = _dicts(conn.execute(
            "SELECT s.by_name AS by, s.stance, s.cue, q.idx AS quote, s.when_value AS \"when\", "
            "s.medium FROM stances s LEFT JOIN quotes q ON q.id = s.quote_id WHERE s.claim_id = ? "
            "ORDER BY s.id", (c.pop("row"),)))
    return claims


def _article_entities(conn, art_id: int) -> list[dict]:
    entities = _dicts(conn.execute(
        "SELECT e.id AS row, e.local_id AS id, e.name, e.type, e.key, e.roles, "
        "s.key AS speaker_key, s.name AS speaker_name FROM entities e "
        "LEFT JOIN speakers s ON s.id = e.speaker_id WHERE e.article_id = ? ORDER BY e.local_id",
        (art_id,)))
    for e in entities:
        e["roles"] = json.loads(e["roles"])
        e["mentions"] = _dicts(conn.execute(
            "SELECT start_char AS start, end_char AS end, text, kind FROM mentions "
            "WHERE entity_id = ? ORDER BY start_char", (e.pop("row"),)))
    return entities


def export_rows(conn: sqlite3.Connection, table: str) -> Iterator[dict]:
    if table not in EXPORTS:
        raise StoreError(f"no export table {table!r}; choose from {', '.join(EXPORTS)}")
    params = {"limit": -1, "type": None} if table == "speakers" else ()
    for row in conn.execute(EXPORTS[table], params):
        yield dict(row)
