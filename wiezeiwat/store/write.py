"""Writing one analysed article into the store, inside the caller's transaction.

Speakers are resolved here: an entity's cross-article key (``aliases``) names its
speaker; a bare surname may join the one known speaker with that surname.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from typing import Optional

from .. import aliases
from ..records import Article, Entity, Quote
from .read import known_with_surname


class SpeakerResolver:
    """Finds or creates the speaker row for a name, one article at a time."""

    def __init__(self, conn: sqlite3.Connection, table: aliases.AliasTable, article_id: str):
        self.conn, self.table, self.article_id = conn, table, article_id
        self.in_article: list[aliases.Known] = []  # full-name persons of this article so far

    def key_for(self, name: str, type: Optional[str], roles: list[str], key: Optional[str]):
        """The entity's own key, or the one stored speaker a bare surname can only be."""
        key = key or aliases.speaker_key(name, type, self.article_id, self.table)
        if key is None or "@" in key or self.table.canonical(key) or not aliases.person_like(name, type):
            return key
        parsed = aliases.parse_name(name)
        if parsed.has_first_name or not self._bare_person(parsed, type):
            return key
        # The article's own Frank Visser is better evidence than every Visser in the store.
        here = aliases.fitting(name, roles, self.in_article)
        if len(here) == 1:
            return here[0]
        joined = None if here else aliases.resolve(name, roles, known_with_surname(self.conn, parsed.surname))
        # Which Van Dijk an unresolved bare surname is, is known only within its article.
        return joined or aliases.local_key(aliases.display_name(name), self.article_id)

    @staticmethod
    def _bare_person(parsed: aliases.PersonName, type: Optional[str]) -> bool:
        """A surname alone that surely is a person's: typed so, or "Van Dijk" with a particle.
        A lone capitalised word typed otherwise ("AIVD", "Forum") stays what it is."""
        return type in ("person", None) or " " in parsed.surname

    def speaker_id(self, name: str, type: Optional[str] = None, roles: tuple = (),
                   key: Optional[str] = None) -> Optional[int]:
        key = self.key_for(name, type, list(roles), key)
        if key is None:
            return None
        row = self.conn.execute("SELECT id, type, surname FROM speakers WHERE key = ?", (key,)).fetchone()
        display, given, surname = self._names(key, name, type)
        if given and surname and aliases.plausible_person(display):
            self.in_article.append(aliases.Known(key, aliases.parse_name(display), frozenset(roles)))
        if row is None:
            return self.conn.execute(
                "INSERT INTO speakers (key, name, type, given, surname) VALUES (?, ?, ?, ?, ?)",
                (key, display, type, given, surname)).lastrowid
        if (type and not row[1]) or (surname and not row[2]):
            # First seen untyped ("Trump" as a quote's speaker): fill in what this one knows.
            self.conn.execute("UPDATE speakers SET type = COALESCE(type, ?), given = COALESCE(given, ?), "
                              "surname = COALESCE(surname, ?) WHERE id = ?", (type, given, surname, row[0]))
        return row[0]

    def _names(self, key: str, name: str, type: Optional[str]):
        """Display name, and given names and surname where the speaker is a person."""
        canonical = self.table.canonical(key)
        if "@" in key:  # article-local: never a candidate for a surname join
            return (aliases.display_name(name) if aliases.person_like(name, type) else name), None, None
        if not (canonical or aliases.person_like(name, type)):
            return name, None, None
        display = canonical or aliases.display_name(name)
        parsed = aliases.parse_name(display)
        named = canonical or type == "person" or any(g in aliases.first_names() for g in parsed.given)
        if not named:  # "Europees Hof" looks like a name but is no person to join a bare "Hof" to
            return display, None, None
        return display, " ".join(parsed.given) or None, parsed.surname or None


def _span(span, *fields):
    return tuple(getattr(span, f) if span is not None else None for f in fields)


def insert_article(conn: sqlite3.Connection, article: Article, table: aliases.AliasTable) -> int:
    """Replace the article with this id (if stored) by `article`; returns its row id."""
    touched = [r[0] for r in conn.execute(
        "SELECT DISTINCT speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE a.ext_id = ? AND speaker_id IS NOT NULL UNION SELECT DISTINCT speaker_id "
        "FROM entities e JOIN articles a ON a.id = e.article_id WHERE a.ext_id = ?",
        (article.id, article.id))]
    conn.execute("DELETE FROM articles WHERE ext_id = ?", (article.id,))
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    art_id = conn.execute(
        "INSERT INTO articles (ext_id, date, title, source, text, n_quotes, n_entities, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (article.id, article.date, article.title, article.source, article.text,
         len(article.quotes), len(article.entities), now)).lastrowid
    resolver = SpeakerResolver(conn, table, article.id)
    quoted = {q.speaker_entity for q in article.quotes}
    full_names_first = sorted(article.entities, key=lambda e: not aliases.parse_name(e.name).has_first_name)
    entity_rows = {e.id: _insert_entity(conn, art_id, e, resolver, e.id in quoted)
                   for e in full_names_first}
    timex_ids = [_insert_timex(conn, art_id, i, t) for i, t in enumerate(article.timexes)]
    quote_ids = [_insert_quote(conn, art_id, i, q, entity_rows, timex_ids, resolver)
                 for i, q in enumerate(article.quotes)]
    _insert_claims(conn, art_id, article, quote_ids)
    _drop_orphans(conn, touched)
    return art_id


def _insert_entity(conn, art_id: int, e: Entity, resolver: SpeakerResolver,
                   quoted: bool) -> tuple[int, Optional[int]]:
    """The entity's row; persons and quoted entities are speakers, places never quoted not."""
    speaker = None
    if quoted or e.type == "person":
        speaker = resolver.speaker_id(e.name, e.type, tuple(e.roles), e.key)
    row = conn.execute(
        "INSERT INTO entities (article_id, local_id, speaker_id, name, type, key, roles) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (art_id, e.id, speaker, e.name, e.type, e.key, json.dumps(list(e.roles), ensure_ascii=False))
    ).lastrowid
    conn.executemany(
        "INSERT INTO mentions (entity_id, article_id, start_char, end_char, text, kind) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(row, art_id, m.start, m.end, m.text, m.kind) for m in e.mentions])
    return row, speaker


def _insert_timex(conn, art_id: int, idx: int, t) -> int:
    return conn.execute(
        "INSERT INTO timexes (article_id, idx, start_char, end_char, text, type, value, mod, "
        "earliest, latest, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (art_id, idx, t.start, t.end, t.text, t.type, t.value, t.mod, t.earliest, t.latest,
         t.anchor)).lastrowid


def _insert_quote(conn, art_id: int, idx: int, q: Quote, entity_rows: dict, timex_ids: list,
                  resolver: SpeakerResolver) -> int:
    entity_id, speaker_id = entity_rows.get(q.speaker_entity, (None, None))
    if speaker_id is None and q.speaker:
        speaker_id = resolver.speaker_id(q.speaker)
    when = q.when
    timex = when.timex if when is not None else None
    timex_id = timex_ids[timex] if timex is not None and 0 <= timex < len(timex_ids) else None
    medium = q.addressee_or_medium.text if q.addressee_or_medium else None
    return conn.execute(
        "INSERT INTO quotes (article_id, idx, start_char, end_char, text, kind, speaker, "
        "speaker_start, speaker_end, entity_id, speaker_id, cue, cue_lemma, cue_start, cue_end, "
        "stance, medium, negated, when_value, when_earliest, when_latest, when_source, timex_id, "
        "sentence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (art_id, idx, q.start, q.end, q.text, q.kind, q.speaker,
         *_span(q.speaker_mention, "start", "end"), entity_id, speaker_id,
         *_span(q.cue, "text", "lemma", "start", "end"), q.stance, medium, int(q.negated),
         *_span(when, "value", "earliest", "latest", "source"), timex_id, q.sentence, q.rule)
    ).lastrowid


def _insert_claims(conn, art_id: int, article: Article, quote_ids: list) -> None:
    def quote_row(i):
        return quote_ids[i] if i is not None and 0 <= i < len(quote_ids) else None

    for idx, c in enumerate(article.claims):
        claim_id = conn.execute(
            "INSERT INTO claims (article_id, idx, text, by_name, quote_id, said_when, medium) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (art_id, idx, c.text, c.by, quote_row(c.quote), c.said_when, c.medium)).lastrowid
        conn.executemany(
            "INSERT INTO stances (claim_id, by_name, stance, cue, quote_id, when_value, medium) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(claim_id, s.by, s.stance, s.cue, quote_row(s.quote), s.when, s.medium)
             for s in c.stances])


def _drop_orphans(conn, speaker_ids: list[int]) -> None:
    """Speakers that only the replaced article named leave with it."""
    for sid in speaker_ids:
        conn.execute(
            "DELETE FROM speakers WHERE id = ? AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM entities WHERE speaker_id = ?)", (sid, sid, sid))
