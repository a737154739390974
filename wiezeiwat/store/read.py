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


# -- claims and stances ----------------------------------------------------------------
# A stance made in a quote has that quote's speaker; one found in a frame only has a name,
# which the same article's entities link to a speaker.
STANCE_SPEAKER = """COALESCE(sq.speaker_id, (SELECT e.speaker_id FROM entities e
    WHERE e.article_id = c.article_id AND e.name = st.by_name AND e.speaker_id IS NOT NULL
    ORDER BY e.local_id LIMIT 1))"""

STANCE_ROWS = f"""SELECT st.id, st.claim_id AS claim, a.ext_id AS article, a.date AS article_date,
       st.by_name AS by, sp.key AS by_key, sp.name AS by_speaker, st.stance, st.cue,
       sq.idx AS quote, st.when_value AS "when",
       CASE WHEN st.when_value GLOB '[0-9][0-9][0-9][0-9]*' THEN st.when_value ELSE a.date END
           AS said_when,
       st.medium
FROM stances st JOIN claims c ON c.id = st.claim_id JOIN articles a ON a.id = c.article_id
LEFT JOIN quotes sq ON sq.id = st.quote_id LEFT JOIN speakers sp ON sp.id = {STANCE_SPEAKER}"""

CLAIM_SAID = "(CASE WHEN c.said_when GLOB '[0-9][0-9][0-9][0-9]*' THEN c.said_when ELSE a.date END)"

CLAIM_ROWS = f"""SELECT c.id, a.ext_id AS article, a.date AS article_date, a.title AS article_title,
       c.idx, c.text, c.by_name AS by, s.key AS by_key, s.name AS by_speaker, q.idx AS quote,
       c.said_when, {CLAIM_SAID} AS said_sort, c.medium
FROM claims c JOIN articles a ON a.id = c.article_id
LEFT JOIN quotes q ON q.id = c.quote_id LEFT JOIN speakers s ON s.id = q.speaker_id"""

# :speaker, :stance, :text, :since, :until (each NULL: no filter)
CLAIM_FILTER = f"""
WHERE (:speaker IS NULL OR q.speaker_id = :speaker OR c.id IN (
           SELECT st.claim_id FROM stances st JOIN claims c ON c.id = st.claim_id
           LEFT JOIN quotes sq ON sq.id = st.quote_id WHERE {STANCE_SPEAKER} = :speaker))
  AND (:stance IS NULL OR c.id IN (SELECT claim_id FROM stances WHERE stance = :stance))
  AND (:text IS NULL OR instr(lower(c.text), lower(:text)) > 0)
  AND (:since IS NULL OR {CLAIM_SAID} >= :since)
  AND (:until IS NULL OR {CLAIM_SAID} <= :until || '~')"""

STANCE_KINDS = ("confirm", "deny", "neither", "hedge", "refuse")

EXPORTS["stances"] = f"{STANCE_ROWS} ORDER BY st.claim_id, said_when, st.id"
# The claims export keeps its columns and adds how many stances of each kind, and who.
EXPORTS["claims"] = (
    "SELECT c.id, a.ext_id AS article, c.idx, c.text, c.by_name, c.quote_id, c.said_when, c.medium, "
    "count(st.id) AS n_stances, "
    + "".join(f"sum(st.stance = '{k}') AS {k}, " for k in STANCE_KINDS)
    + "group_concat(st.by_name || ': ' || st.stance, '; ') AS stances "
    "FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN stances st ON st.claim_id = c.id "
    "GROUP BY c.id ORDER BY c.id")


def _claim_params(speaker_id, stance, text, since, until) -> dict:
    return {"speaker": speaker_id, "stance": stance, "text": text or None,
            "since": since, "until": until}


def claims(conn: sqlite3.Connection, speaker_id: Optional[int] = None, stance: Optional[str] = None,
           text: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
           limit: Optional[int] = 50, offset: int = 0) -> list[dict]:
    """Claims newest first, each with its stances in time order."""
    params = _claim_params(speaker_id, stance, text, since, until)
    rows = _dicts(conn.execute(
        f"{CLAIM_ROWS} {CLAIM_FILTER} ORDER BY said_sort DESC, c.id DESC LIMIT :limit OFFSET :offset",
        {**params, "limit": -1 if limit is None else limit, "offset": offset}))
    return _with_stances(conn, rows)


def count_claims(conn: sqlite3.Connection, speaker_id=None, stance=None, text=None, since=None,
                 until=None) -> int:
    sql = (f"SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id "
           f"LEFT JOIN quotes q ON q.id = c.quote_id {CLAIM_FILTER}")
    return conn.execute(sql, _claim_params(speaker_id, stance, text, since, until)).fetchone()[0]


def _with_stances(conn, rows: list[dict]) -> list[dict]:
    by_claim: dict[int, list] = {r["id"]: [] for r in rows}
    for chunk in range(0, len(rows), 500):  # SQLite's limit on ? marks
        ids = [r["id"] for r in rows[chunk:chunk + 500]]
        marks = ", ".join("?" * len(ids))
        for st in _dicts(conn.execute(
                f"{STANCE_ROWS} WHERE st.claim_id IN ({marks}) ORDER BY said_when, st.id", ids)):
            by_claim[st["claim"]].append(st)
    for r in rows:
        del r["said_sort"]
        r["stances"] = by_claim[r["id"]]
    return rows


def claim(conn: sqlite3.Connection, claim_id: int) -> dict:
    """One claim: what, who, when and where, then every stance (who, stance, cue, when, medium)."""
    rows = _dicts(conn.execute(f"{CLAIM_ROWS} WHERE c.id = ?", (claim_id,)))
    if not rows:
        raise NotFoundError(f"no claim {claim_id} in this database; "
                            "`wiezeiwat query claims` lists them with their ids")
    return _with_stances(conn, rows)[0]


# -- paged lists for the API and the web pages -----------------------------------------
QUOTE_FILTER = f"""
WHERE (:speaker IS NULL OR q.speaker_id = :speaker)
  AND (:stance IS NULL OR q.stance = :stance)
  AND (:kind IS NULL OR q.kind = :kind)
  AND (:since IS NULL OR {SAID_WHEN} >= :since)
  AND (:until IS NULL OR {SAID_WHEN} <= :until || '~')
  AND (:match IS NULL OR q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match))"""


def quotes(conn: sqlite3.Connection, speaker_id: Optional[int] = None, stance: Optional[str] = None,
           kind: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
           text: Optional[str] = None, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
    """Quotes matching every filter given, in time order, and how many match in all."""
    params = {"speaker": speaker_id, "stance": stance, "kind": kind, "since": since,
              "until": until, "match": fts_query(text) if text else None}
    total = conn.execute(f"SELECT count(*) FROM quotes q {QUOTE_JOINS} {QUOTE_FILTER}",
                         params).fetchone()[0]
    rows = _dicts(conn.execute(
        f"SELECT {QUOTE_COLUMNS}, q.idx FROM quotes q {QUOTE_JOINS} {QUOTE_FILTER} "
        "ORDER BY said_when, a.date, a.id, q.idx LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset}))
    return rows, total


def articles(conn: sqlite3.Connection, text: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
    """Articles newest first; `text` is a part of the title or id."""
    where = ("WHERE (:text IS NULL OR instr(lower(coalesce(title, '') || ' ' || ext_id), lower(:text)) > 0)"
             " AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until || '~')")
    params = {"text": text or None, "since": since, "until": until}
    total = conn.execute(f"SELECT count(*) FROM articles {where}", params).fetchone()[0]
    rows = _dicts(conn.execute(
        f"SELECT ext_id AS id, date, title, n_quotes, (SELECT count(*) FROM claims c "
        f"WHERE c.article_id = articles.id) AS n_claims FROM articles {where} "
        "ORDER BY date DESC, id DESC LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset}))
    return rows, total


def speakers_page(conn: sqlite3.Connection, text: Optional[str] = None, type: Optional[str] = None,
                  limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
    """Speakers with quotes, most quoted first, with their spellings (`as_written`, a list);
    `text` a part of the name, key or a spelling."""
    base = (f"SELECT s.id, s.key, s.name, s.type, count(q.id) AS quotes, "
            f"count(DISTINCT q.article_id) AS articles, min({SAID_WHEN}) AS first, "
            f"max({SAID_WHEN}) AS last, group_concat(DISTINCT q.speaker) AS as_written "
            "FROM speakers s JOIN quotes q ON q.speaker_id = s.id JOIN articles a ON a.id = q.article_id "
            "WHERE (:type IS NULL OR s.type = :type) GROUP BY s.id "
            "HAVING :text IS NULL OR instr(lower(s.name || ' ' || s.key || ' ' || "
            "coalesce(group_concat(DISTINCT q.speaker), '')), lower(:text)) > 0")
    params = {"text": text or None, "type": type}
    total = conn.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    rows = _dicts(conn.execute(f"{base} ORDER BY quotes DESC, articles DESC, s.name "
                               "LIMIT :limit OFFSET :offset", {**params, "limit": limit, "offset": offset}))
    spellings = _spellings(conn, [r["id"] for r in rows])
    for r in rows:
        r["as_written"] = spellings.get(r["id"], [])
    return rows, total


def _spellings(conn, speaker_ids: list[int]) -> dict[int, list[str]]:
    """Every way the quotes of these speakers wrote their names, most used first."""
    out: dict[int, list[str]] = {}
    marks = ", ".join("?" * len(speaker_ids))
    for sid, spelling in conn.execute(
            f"SELECT speaker_id, speaker FROM quotes WHERE speaker_id IN ({marks}) "
            "AND speaker IS NOT NULL GROUP BY speaker_id, speaker "
            "ORDER BY speaker_id, count(*) DESC, speaker", speaker_ids):
        out.setdefault(sid, []).append(spelling)
    return out


def speaker_by_key(conn: sqlite3.Connection, key: str) -> dict:
    row = _speaker_by_key(conn, key)
    if row is None:
        raise NotFoundError(f"no speaker with key {key!r} in this database")
    row["as_written"] = _spellings(conn, [row["id"]]).get(row["id"], [])
    return row
