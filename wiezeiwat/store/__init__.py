"""The SQLite store: analysed articles in, speakers, timelines and quotes out.

>>> from wiezeiwat.store import Store
>>> with Store("news.sqlite") as db:                      # doctest: +SKIP
...     db.ingest(wiezeiwat.analyze_articles(articles))
...     db.speakers(limit=10)
...     db.speaker_quotes("Poetin")
...     db.search("oorlog")

Every article is written in one transaction and replaces an earlier copy with the same
id, so an interrupted or repeated ingest never leaves half or double articles.  Every
``sqlite3`` error leaves as a ``StoreError`` naming the file.
"""
from __future__ import annotations

import functools
import os
import sqlite3
from typing import Callable, Iterable, Iterator, Optional

from .. import aliases
from ..errors import NotFoundError, StoreError
from ..records import Article
from . import read, schema
from .write import insert_article

DEFAULT_PATH = "wiezeiwat.sqlite"


def _guarded(method):
    """sqlite3 errors become one StoreError line that names the database."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: {_explain(e)}") from None
    return wrapper


def _explain(e: sqlite3.Error) -> str:
    msg = str(e)
    if "not a database" in msg or "malformed" in msg:
        return f"{msg} — not a wiezeiwat store, or damaged; move it away and ingest again"
    if "readonly" in msg:
        return f"{msg} — the file or its directory is read-only"
    if "locked" in msg:
        return f"{msg} — another process is writing; try again when it is done"
    return msg


class Store:
    """A wiezeiwat database at `path`.

    ``create=False`` refuses to make a new file (the read commands use this, so a typo in
    ``--db`` is reported rather than answered with an empty database).  `aliases` is an
    ``AliasTable`` or the path of a user alias file added to the shipped one.
    """

    def __init__(self, path: str | os.PathLike = DEFAULT_PATH, aliases_path=None,
                 create: bool = True, readonly: bool = False):
        self.path = str(path)
        self.aliases = (aliases_path if isinstance(aliases_path, aliases.AliasTable)
                        else aliases.load_table(aliases_path))
        self.readonly = readonly
        self.conn = self._open(create)

    # -- opening ---------------------------------------------------------------------
    def _open(self, create: bool) -> sqlite3.Connection:
        folder = os.path.dirname(os.path.abspath(self.path))
        exists = os.path.exists(self.path)
        if not os.path.isdir(folder):
            raise StoreError(f"{self.path}: directory {folder} does not exist; create it first")
        if os.path.isdir(self.path):
            raise StoreError(f"{self.path}: is a directory; give a file name, e.g. {self.path}/news.sqlite")
        if not exists and not create:
            raise StoreError(f"{self.path}: no such database; make one with "
                             f"`wiezeiwat ingest FILES --db {self.path}`")
        if exists and not os.stat(self.path).st_mode & 0o222 and not create:
            self.readonly = True  # reading a write-protected file is fine
        if exists and not self.readonly and not os.stat(self.path).st_mode & 0o222:
            raise StoreError(f"{self.path}: the file is read-only (chmod u+w {self.path} to ingest)")
        mode = "ro" if self.readonly else ("rwc" if create else "rw")
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode={mode}", uri=True, timeout=30,
                                   isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot open: {_explain(e)}") from None
        try:
            self._prepare(conn)
        except sqlite3.Error as e:
            conn.close()
            raise StoreError(f"{self.path}: {_explain(e)}") from None
        except StoreError:
            conn.close()
            raise
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        version = schema.current_version(conn)  # reads the header: fails on a corrupt file
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError(f"{self.path}: an SQLite database, but not a wiezeiwat store")
        if version > schema.LATEST:
            raise StoreError(f"{self.path}: made by a newer wiezeiwat (schema {version} > "
                             f"{schema.LATEST}); upgrade wiezeiwat to read it")
        if self.readonly:
            if version < schema.LATEST:
                raise StoreError(f"{self.path}: schema {version} is older than {schema.LATEST}; "
                                 "open it once for writing to upgrade")
            return
        conn.execute("PRAGMA journal_mode = WAL")  # readers never wait for the ingest
        conn.execute("PRAGMA synchronous = NORMAL")  # safe in WAL: a killed process loses no commit
        schema.migrate(conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------
    @_guarded
    def ingest_article(self, article: Article) -> int:
        """Store one analysed article in its own transaction, replacing any with its id."""
        aliases.assign_keys(article, self.aliases)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            row_id = insert_article(self.conn, article, self.aliases)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        return row_id

    def ingest(self, articles: Iterable[Article],
               on_article: Optional[Callable[[Article], None]] = None) -> int:
        """Store every article (one transaction each); returns how many were stored."""
        n = 0
        for article in articles:
            self.ingest_article(article)
            n += 1
            if on_article:
                on_article(article)
        return n

    @_guarded
    def link_claims(self, window_days: Optional[int] = None) -> int:
        """Link the claims of all stored articles across articles (``wiezeiwat.claims``) in one
        transaction: `claim_keys`, `claim_links`, `claims.key`.  Returns the number of claims."""
        from ..claims.link import Settings
        from .claims import link_stored
        settings = Settings() if window_days is None else Settings(window_days=window_days)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            n = link_stored(self.conn, settings)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        return n

    # -- reading ---------------------------------------------------------------------
    @_guarded
    def linked_claims(self, key: Optional[str] = None) -> list[dict]:
        """Claims linked across articles (after ``link_claims``), each with its quotes and why
        they joined; `key` picks one."""
        from .claims import linked_claims
        return linked_claims(self.conn, key)

    @_guarded
    def speakers(self, limit: Optional[int] = 20, type: Optional[str] = None) -> list[dict]:
        """Speakers by number of quotes: key, name, type, quotes, articles, first, last.
        `type` keeps one entity type ("person")."""
        return read.speakers(self.conn, limit, type)

    @_guarded
    def find_speaker(self, name: str) -> dict:
        """The speaker a name stands for, via the alias table; NotFoundError if none or several."""
        return read.find_speaker(self.conn, name, self.aliases)

    @_guarded
    def speaker_quotes(self, name: str, limit: Optional[int] = None,
                       distinct: bool = False) -> list[dict]:
        """That speaker's quotes in time order (when said, else the article date);
        `distinct` drops repeats of the same words (syndicated copies of one story)."""
        return read.speaker_quotes(self.conn, self.find_speaker(name)["id"], limit, distinct)

    @_guarded
    def search(self, text: str, limit: Optional[int] = 50, raw: bool = False) -> list[dict]:
        """Quotes whose text or speaker holds every word of `text` (FTS5 syntax if raw)."""
        return read.search(self.conn, text, limit, raw)

    @_guarded
    def article(self, ext_id: str) -> dict:
        """One stored article in the shape of ``Article.to_dict`` plus speaker keys."""
        return read.article(self.conn, str(ext_id))

    def _speaker_id(self, speaker: Optional[str]) -> Optional[int]:
        """A speaker key as is, else any name `find_speaker` understands."""
        if speaker is None or not speaker.strip():
            return None
        row = read._speaker_by_key(self.conn, speaker)
        return (row or read.find_speaker(self.conn, speaker, self.aliases))["id"]

    @_guarded
    def claims(self, speaker: Optional[str] = None, stance: Optional[str] = None,
               text: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
               limit: Optional[int] = 50, offset: int = 0) -> list[dict]:
        """Claims newest first, each with its stances in time order.  `speaker` (key or
        name) keeps claims made by or answered by that speaker; `stance` those with a
        stance of that kind; `text` a part of the claim; since/until bound when it was said."""
        return read.claims(self.conn, self._speaker_id(speaker), stance, text, since, until,
                           limit, offset)

    @_guarded
    def count_claims(self, speaker: Optional[str] = None, stance: Optional[str] = None,
                     text: Optional[str] = None, since: Optional[str] = None,
                     until: Optional[str] = None) -> int:
        return read.count_claims(self.conn, self._speaker_id(speaker), stance, text, since, until)

    @_guarded
    def claim(self, claim_id: int) -> dict:
        """One claim with who said it, when and where, and every stance taken on it."""
        return read.claim(self.conn, int(claim_id))

    @_guarded
    def quotes(self, speaker: Optional[str] = None, stance: Optional[str] = None,
               kind: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
               text: Optional[str] = None, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """One page of quotes matching every filter given (time order), and the total."""
        return read.quotes(self.conn, self._speaker_id(speaker), stance, kind, since, until,
                           text, limit, offset)

    @_guarded
    def articles(self, text: Optional[str] = None, since: Optional[str] = None,
                 until: Optional[str] = None, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """One page of articles, newest first, and the total."""
        return read.articles(self.conn, text, since, until, limit, offset)

    @_guarded
    def speakers_page(self, text: Optional[str] = None, type: Optional[str] = None,
                      limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """One page of speakers, most quoted first, and the total."""
        return read.speakers_page(self.conn, text, type, limit, offset)

    @_guarded
    def speaker(self, key: str) -> dict:
        """The speaker with this key, with every spelling its quotes used (`as_written`)."""
        return read.speaker_by_key(self.conn, key)

    @_guarded
    def article_text(self, ext_id: str) -> str:
        """The body of one stored article (offsets in `article` point into it)."""
        row = self.conn.execute("SELECT text FROM articles WHERE ext_id = ?", (str(ext_id),)).fetchone()
        if row is None:
            raise NotFoundError(f"no article {ext_id!r} in this database")
        return row[0]

    def rows(self, table: str = "quotes") -> Iterator[dict]:
        """Every row of an export table (see ``read.EXPORTS``), streamed."""
        try:
            yield from read.export_rows(self.conn, table)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: {_explain(e)}") from None

    @_guarded
    def counts(self) -> dict:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "speakers", "entities", "mentions", "quotes", "timexes",
                          "claims", "stances")}

    @_guarded
    def check(self) -> str:
        """SQLite's own integrity check: 'ok' when the file is sound."""
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]


__all__ = ["Store", "DEFAULT_PATH", "StoreError"]
