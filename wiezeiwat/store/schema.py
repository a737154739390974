"""The SQLite schema as an ordered list of migration steps.

A database records the steps it has had in ``schema_version``; opening it applies the
missing ones in order, each in its own transaction.  Never edit a released step: append
a new one (and describe it in docs/schema.md).
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    ext_id TEXT NOT NULL UNIQUE,
    date TEXT,
    title TEXT,
    source TEXT,
    text TEXT NOT NULL,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_entities INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT,
    given TEXT,
    surname TEXT
);
CREATE INDEX speakers_surname ON speakers(surname);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id INTEGER NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id),
    name TEXT NOT NULL,
    type TEXT,
    key TEXT,
    roles TEXT NOT NULL DEFAULT '[]',
    UNIQUE (article_id, local_id)
);
CREATE INDEX entities_speaker ON entities(speaker_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE timexes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT,
    value TEXT,
    mod TEXT,
    earliest TEXT,
    latest TEXT,
    anchor TEXT,
    UNIQUE (article_id, idx)
);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT,
    speaker TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    speaker_id INTEGER REFERENCES speakers(id),
    cue TEXT,
    cue_lemma TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    stance TEXT,
    medium TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    when_value TEXT,
    when_earliest TEXT,
    when_latest TEXT,
    when_source TEXT,
    timex_id INTEGER REFERENCES timexes(id) ON DELETE SET NULL,
    sentence INTEGER,
    rule TEXT,
    UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_entity ON quotes(entity_id);
CREATE INDEX quotes_timex ON quotes(timex_id);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    by_name TEXT,
    quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    said_when TEXT,
    medium TEXT,
    UNIQUE (article_id, idx)
);

CREATE TABLE stances (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    by_name TEXT,
    stance TEXT,
    cue TEXT,
    quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    when_value TEXT,
    medium TEXT
);
CREATE INDEX stances_claim ON stances(claim_id);

-- Full-text index over quote text and speaker, kept in step by triggers.
-- content="quotes" in double quotes: the form Datasette looks for to offer search on `quotes`.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content="quotes", content_rowid="id", tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER quotes_au AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

-- One row per quote with who and when spelled out: what most readers want to browse.
CREATE VIEW quote_rows AS
SELECT q.id, a.ext_id AS article, a.date AS article_date, s.name AS speaker_name,
       s.key AS speaker_key, q.speaker AS speaker_as_written, q.cue, q.stance, q.kind,
       q.negated, q.medium, q.when_value,
       CASE WHEN q.when_value GLOB '[0-9][0-9][0-9][0-9]*' THEN q.when_value ELSE a.date END AS said_when,
       q.text
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id;
"""

# Claims linked across articles (`wiezeiwat.claims.link`): one row per linked claim in
# `claim_keys` (its stable key), one per member quote in `claim_links` with the reason it
# joined; `claims.key` ties an article's stance board entry to the linked claim.
V2 = """
ALTER TABLE claims ADD COLUMN key TEXT;
CREATE INDEX claims_key ON claims(key);

CREATE TABLE claim_keys (
    key TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    by_name TEXT,
    by_key TEXT,
    said_when TEXT,
    first_date TEXT,
    last_date TEXT,
    n_quotes INTEGER NOT NULL,
    n_articles INTEGER NOT NULL
);

CREATE TABLE claim_links (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL REFERENCES claim_keys(key) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL UNIQUE REFERENCES quotes(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    stance TEXT NOT NULL,
    by_name TEXT,
    why TEXT,
    score REAL,
    detail TEXT,
    linked_quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL
);
CREATE INDEX claim_links_key ON claim_links(key);
"""

# Append new steps here; their number is their position (1-based).
MIGRATIONS: list[str] = [V1, V2]
LATEST = len(MIGRATIONS)

META = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""


def current_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT name FROM sqlite_master WHERE name = 'schema_version'").fetchone()
    if row is None:
        return 0
    return conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]


def statements(script: str) -> list[str]:
    """Split a script into whole statements (trigger bodies hold semicolons too)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        if not buf and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


def migrate(conn: sqlite3.Connection, steps: list[str] = MIGRATIONS) -> int:
    """Apply the steps the database lacks, in order, each with its version row in one
    transaction; returns the version reached.  `conn` must be in autocommit mode
    (isolation_level=None) so that BEGIN and COMMIT here are the only ones."""
    while True:
        conn.execute("BEGIN IMMEDIATE")  # a second process waits here, then sees the step done
        try:
            version = current_version(conn)
            if version >= len(steps):
                conn.execute("COMMIT")
                return version
            conn.execute(META)
            for stmt in statements(steps[version]):
                conn.execute(stmt)
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version + 1, now))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
