"""The store's Python API on hand-built analysed articles (no pipeline needed)."""
import json
import sqlite3

import pytest

from wiezeiwat.errors import NotFoundError, StoreError
from wiezeiwat.store import Store, schema
from wiezeiwat.records import Article, Claim, Cue, Entity, Mention, Quote, Stance, Timex, When


def said(name: str, quote: str, date: str = "2019-03-01", roles=(), id: str = "a1",
         stance: str = "assert", with_entity: bool = True) -> Article:
    """An article in which `name` says `quote`: "`quote`", zei `name`."""
    text = f'"{quote}", zei {name}.'
    q_start, q_end = 1, 1 + len(quote)
    n_start = text.index(name, q_end)
    cue_start = text.index("zei", q_end)
    entities = []
    if with_entity:
        entities = [Entity(0, name, "person", [Mention(n_start, n_start + len(name), name, "name")],
                           list(roles))]
    quote_rec = Quote(q_start, q_end, quote, "direct", speaker=name,
                      speaker_entity=0 if with_entity else None,
                      cue=Cue(cue_start, cue_start + 3, "zei", "zeggen"), stance=stance,
                      when=When(date, source="article_date"))
    return Article(id=id, text=text, date=date, title=f"{name} spreekt", quotes=[quote_rec],
                   entities=entities)


def rich_article() -> Article:
    """Two quotes, a timex the second quote hangs on, a claim with a stance."""
    text = ('Gisteren zei Vladimir Poetin dat de oorlog voorbij is. "Wij winnen," aldus Poetin. '
            'De Oekraïense regering ontkende dat.')
    poetin = Entity(0, "Vladimir Poetin", "person",
                    [Mention(13, 28, "Vladimir Poetin", "name"), Mention(75, 81, "Poetin", "surname")],
                    ["president"])
    regering = Entity(1, "De Oekraïense regering", "organisation",
                      [Mention(83, 105, "De Oekraïense regering", "org")])
    timex = Timex(0, 8, "Gisteren", "DATE", "2019-02-28", anchor="dct")
    q1 = Quote(33, 54, "de oorlog voorbij is.", "indirect", speaker="Vladimir Poetin",
               speaker_entity=0, cue=Cue(9, 12, "zei", "zeggen"),
               when=When("2019-02-28", source="timex", timex=0))
    q2 = Quote(56, 66, "Wij winnen", "direct", speaker="Poetin", speaker_entity=0,
               cue=Cue(69, 74, "aldus", "aldus"), when=When("2019-03-01"))
    claim = Claim(0, "de oorlog is voorbij", "Vladimir Poetin", 0, said_when="2019-02-28",
                  stances=[Stance("De Oekraïense regering", "deny", "ontkende", 0)])
    return Article(id="rich", text=text, date="2019-03-01", quotes=[q1, q2],
                   entities=[poetin, regering], timexes=[timex], claims=[claim])


@pytest.fixture
def db(tmp_path):
    with Store(tmp_path / "news.sqlite") as store:
        yield store


def test_poetin_spellings_in_three_articles_are_one_speaker(db):
    db.ingest([said("Vladimir Poetin", "Wij winnen de oorlog.", "2019-03-01", id="a1"),
               said("president Poetin", "De sancties werken niet.", "2019-03-02", id="a2"),
               said("Putin", "Oekraïne moet kiezen.", "2025-02-01", id="a3")])
    top = db.speakers()
    assert len(top) == 1
    assert (top[0]["key"], top[0]["name"], top[0]["quotes"], top[0]["articles"]) == \
        ("vladimir-poetin", "Vladimir Poetin", 3, 3)
    assert (top[0]["first"], top[0]["last"]) == ("2019-03-01", "2025-02-01")
    timeline = db.speaker_quotes("Putin")
    assert [q["article"] for q in timeline] == ["a1", "a2", "a3"]
    assert [q["as_written"] for q in timeline] == ["Vladimir Poetin", "president Poetin", "Putin"]


def test_trump_in_2019_and_2025_is_one_speaker_but_ivanka_is_not(db):
    db.ingest([said("Trump", "Ik bouw een muur.", "2019-02-15", id="t1"),
               said("Donald Trump", "Ik maak een deal.", "2025-02-10", id="t2"),
               said("Ivanka Trump", "Mijn vader heeft gelijk.", "2019-03-01", id="t3")])
    counts = {s["key"]: s["quotes"] for s in db.speakers()}
    assert counts == {"donald-trump": 2, "ivanka-trump": 1}


def test_two_de_jongs_are_not_merged(db):
    db.ingest([said("Frank de Jong", "De dijk houdt het.", roles=["dijkgraaf"], id="f"),
               said("Luuk de Jong", "We gaan winnen.", roles=["spits"], id="l")])
    assert sorted(s["key"] for s in db.speakers()) == ["frank-de-jong", "luuk-de-jong"]
    assert [q["text"] for q in db.speaker_quotes("Luuk de Jong")] == ["We gaan winnen."]
    with pytest.raises(NotFoundError, match="fits 2 speakers"):
        db.speaker_quotes("De Jong")


def test_a_bare_surname_joins_the_only_speaker_with_it(db):
    db.ingest([said("Frank de Jong", "De dijk houdt het.", roles=["dijkgraaf"], id="f1"),
               said("De Jong", "Het water zakt.", id="f2"),
               said("dijkgraaf De Jong", "Geen gevaar meer.", roles=["dijkgraaf"], id="f3")])
    assert [(s["key"], s["quotes"]) for s in db.speakers()] == [("frank-de-jong", 3)]


def test_a_bare_surname_with_other_roles_stays_apart(db):
    db.ingest([said("Frank de Jong", "De dijk houdt het.", roles=["dijkgraaf"], id="f1"),
               said("De Jong", "Ik scoor morgen.", roles=["spits"], id="f2")])
    assert sorted(s["key"] for s in db.speakers()) == ["de-jong@f2", "frank-de-jong"]


def test_unresolved_bare_surnames_do_not_merge_across_articles(db):
    db.ingest([said("Van Dijk", "De kalveren sterven.", id="boer"),
               said("districtschef Van Dijk", "Er zijn dreigementen.", id="politie")])
    assert sorted(s["key"] for s in db.speakers()) == ["van-dijk@boer", "van-dijk@politie"]


def test_a_bare_word_typed_other_does_not_join_a_longer_name(db):
    hof = said("Europees Hof", "Het verbod blijft.", id="h1")
    hof.entities[0].type = "other"
    bare = said("Hof", "Wij beslissen later.", id="h2")
    bare.entities[0].type = "other"
    db.ingest([hof, bare])
    assert sorted(s["key"] for s in db.speakers()) == ["europees-hof", "hof"]


def test_quotes_without_entities_still_get_a_speaker(db):
    db.ingest([said("Poetin", "Wij winnen.", with_entity=False),
               said("de politie", "Er is niemand aangehouden.", id="p", with_entity=False)])
    assert sorted(s["key"] for s in db.speakers()) == ["de-politie", "vladimir-poetin"]


def test_reingest_replaces_and_never_duplicates(db):
    arts = [said("Poetin", "Wij winnen.", id="a1"), rich_article()]
    db.ingest(arts)
    first = db.counts()
    db.ingest([said("Poetin", "Wij winnen.", id="a1"), rich_article()])
    assert db.counts() == first
    db.ingest([said("Frank de Jong", "Andere tekst.", id="a1")])  # same id, new content
    assert db.counts()["articles"] == 2
    assert [q["text"] for q in db.speaker_quotes("Frank de Jong")] == ["Andere tekst."]
    assert len(db.search("winnen")) == 1  # the old quote left the full-text index too
    fts = db.conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0]
    assert fts == db.counts()["quotes"]


def test_full_text_search_finds_quotes_and_ignores_accents(db):
    db.ingest([rich_article(), said("Mark Rutte", "De coalitie is stabiel.", id="r"),
               said("Putin", "Oekraïne moet kiezen.", id="u")])
    assert db.search("oekraine")[0]["text"] == "Oekraïne moet kiezen."
    hits = db.search("oorlog")
    assert [(h["speaker"], h["text"]) for h in hits] == [("Vladimir Poetin", "de oorlog voorbij is.")]
    assert db.search("COALITIE stabiel")[0]["speaker"] == "Mark Rutte"
    assert db.search("oorlog OR coalitie", raw=True) and not db.search("oorlog coalitie")
    with pytest.raises(StoreError, match="nothing to search"):
        db.search("  ")
    with pytest.raises(StoreError, match="FTS5"):
        db.search('"unbalanced', raw=True)


def test_article_round_trip_keeps_links(db):
    db.ingest([rich_article()])
    art = db.article("rich")
    assert art["date"] == "2019-03-01"
    assert [e["speaker_key"] for e in art["entities"]][0] == "vladimir-poetin"
    assert art["entities"][0]["roles"] == ["president"]
    assert len(art["entities"][0]["mentions"]) == 2
    q1, q2 = art["quotes"]
    assert (q1["when_value"], q1["when_timex"], q1["speaker_entity"]) == ("2019-02-28", 0, 0)
    assert q2["cue"] == "aldus" and q2["speaker_key"] == "vladimir-poetin"
    assert art["claims"][0]["quote"] == 0
    assert art["claims"][0]["stances"] == [{"by": "De Oekraïense regering", "stance": "deny",
                                            "cue": "ontkende", "quote": 0, "when": None, "medium": None}]
    stance = db.conn.execute("SELECT stance, by_name FROM stances").fetchone()
    assert tuple(stance) == ("deny", "De Oekraïense regering")
    with pytest.raises(NotFoundError, match="no article 'nope'"):
        db.article("nope")


def test_timeline_orders_by_when_said(db):
    db.ingest([said("Poetin", "Later.", "2019-04-01", id="late"),
               said("Poetin", "Eerder.", "2019-02-01", id="early")])
    assert [q["text"] for q in db.speaker_quotes("Vladimir Poetin")] == ["Eerder.", "Later."]


def test_unknown_speaker_is_not_found(db):
    db.ingest([said("Poetin", "Wij winnen.")])
    with pytest.raises(NotFoundError, match="no speaker 'Zelensky'"):
        db.speaker_quotes("Zelensky")


def test_export_rows_for_every_table(db):
    db.ingest([rich_article()])
    for table in ("quotes", "speakers", "articles", "entities", "timexes", "claims"):
        rows = list(db.rows(table))
        assert rows, table
        json.dumps(rows)
    with pytest.raises(StoreError, match="no export table"):
        list(db.rows("secrets"))


def test_foreign_keys_are_declared_and_hold(db):
    db.ingest([rich_article()])
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.conn.execute("PRAGMA foreign_key_list(quotes)").fetchall()
    assert db.check() == "ok"


def test_migrations_are_versioned_and_applied_in_order(tmp_path):
    path = tmp_path / "old.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == schema.LATEST
    later = schema.MIGRATIONS + ["CREATE TABLE later_step (x INTEGER);"]
    assert schema.migrate(conn, later) == schema.LATEST + 1
    assert schema.migrate(conn, later) == schema.LATEST + 1  # nothing left to do
    assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == schema.LATEST + 1
    conn.close()
    with pytest.raises(StoreError, match="newer wiezeiwat"):
        Store(path)


def test_a_failed_migration_step_leaves_the_database_as_it_was(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    with pytest.raises(sqlite3.Error):
        schema.migrate(conn, ["CREATE TABLE a (x);", "CREATE TABLE b (x); CREATE TABLE b (y);"])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"a", "schema_version"} and schema.current_version(conn) == 1


def test_opening_problems_are_store_errors(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing" / "db.sqlite")
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "new.sqlite", create=False)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"\x00\xffnot sqlite at all" * 300)
    with pytest.raises(StoreError, match="not a database"):
        Store(garbage)
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a wiezeiwat store"):
        Store(foreign)
    readonly = tmp_path / "ro.sqlite"
    Store(readonly).close()
    readonly.chmod(0o444)
    with pytest.raises(StoreError, match="read-only"):
        Store(readonly)


def test_docs_schema_lists_every_table_the_code_creates(db):
    from pathlib import Path
    doc = (Path(__file__).resolve().parent.parent / "docs" / "schema.md").read_text(encoding="utf-8")
    names = [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'quotes_fts_%'")]
    assert "articles" in names and "quotes_fts" in names
    missing = [n for n in names if f"`{n}`" not in doc]
    assert not missing, f"docs/schema.md does not describe: {missing}"
    assert f"version {schema.LATEST}" in doc


def test_names_that_identify_no_one_do_not_merge_across_articles(db):
    db.ingest([said("Kim", "Ik ga verhuizen.", id="k1"), said("Kim", "Ik stop ermee.", id="k2"),
               said("een woordvoerder", "Geen commentaar.", id="w1"),
               said("een woordvoerder", "Wij onderzoeken het.", id="w2"),
               said("Het", "Dit is geen spreker.", id="h", with_entity=False)])
    keys = sorted(s["key"] for s in db.speakers())
    assert keys == ["een-woordvoerder@w1", "een-woordvoerder@w2", "kim@k1", "kim@k2"]
    assert db.article("h")["quotes"][0]["speaker_key"] is None


def test_places_that_say_nothing_are_not_speakers(db):
    art = said("Vladimir Poetin", "Wij winnen.")
    art.entities.append(Entity(1, "Rusland", "place", [Mention(0, 7, "Rusland", "name")]))
    db.ingest([art])
    assert db.counts()["entities"] == 2 and db.counts()["speakers"] == 1


def test_datasette_finds_the_full_text_index(db):
    # The query Datasette runs (datasette.utils.detect_fts_sql) to offer search on a table.
    found = db.conn.execute(
        "SELECT name FROM sqlite_master WHERE rootpage = 0 AND "
        "sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"quotes\"%'").fetchall()
    assert [r[0] for r in found] == ["quotes_fts"]


def test_speakers_of_one_type(db):
    org = said("de politie", "Er is niemand aangehouden.", id="p")
    org.entities[0].type = "organisation"
    db.ingest([org, said("Mark Rutte", "Geen commentaar.", id="r")])
    assert [s["key"] for s in db.speakers(type="person")] == ["mark-rutte"]
    assert [s["key"] for s in db.speakers(type="organisation")] == ["de-politie"]


def test_a_bare_surname_joins_the_full_name_in_its_own_article(db):
    db.ingest([said("Frank Visser", "Betaal het terug.", id="v1"),
               said("Peter Visser", "Ik niet.", id="v2")])
    art = said("Visser", "Het moet snel.", id="v3")
    art.entities.append(Entity(1, "Frank Visser", "person", [Mention(0, 12, "Frank Visser", "name")]))
    db.ingest([art])
    assert db.article("v3")["quotes"][0]["speaker_key"] == "frank-visser"


def test_distinct_timeline_folds_syndicated_copies(db):
    db.ingest([said("Mark Rutte", "Veel koffie drinken.", "2019-03-20", id="ad"),
               said("Mark Rutte", "Veel koffie drinken.", "2019-03-20", id="parool"),
               said("Mark Rutte", "Geen commentaar.", "2019-03-21", id="trouw")])
    assert len(db.speaker_quotes("Rutte")) == 3
    folded = db.speaker_quotes("Rutte", distinct=True)
    assert [(q["article"], q["copies"]) for q in folded] == [("ad", 2), ("trouw", 1)]
