"""SIGKILL an ingest mid-run: the database opens, holds only whole articles, and a rerun
finishes without duplicates (one transaction per article, WAL)."""
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

N_ARTICLES, N_QUOTES = 150, 60

# Big articles, so that most of the run is spent inside a transaction when the kill comes.
INGEST = textwrap.dedent(f"""
    import sys
    from wiezeiwat.records import Article, Entity, Mention, Quote
    from wiezeiwat.store import Store

    def article(i):
        people = [Entity(k, name, "person", [Mention(0, len(name), name, "name")] * 3)
                  for k, name in enumerate(("Vladimir Poetin", "Frank de Jong"))]
        quotes = [Quote(0, 10, f"Artikel {{i}} citaat {{j}} over de oorlog", "direct",
                        speaker=people[j % 2].name, speaker_entity=j % 2)
                  for j in range({N_QUOTES})]
        return Article(id=f"art-{{i}}", text="x" * 50, date="2019-03-01",
                       quotes=quotes, entities=people)

    with Store(sys.argv[1]) as db:
        db.ingest(article(i) for i in range({N_ARTICLES}))
""")


def committed(path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def run_ingest(path, kill_after=None):
    proc = subprocess.Popen([sys.executable, "-c", INGEST, str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if kill_after is None:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        return
    deadline = time.monotonic() + 60
    while committed(path) < kill_after:
        if proc.poll() is not None:
            pytest.fail(f"ingest ended before it could be killed: {proc.stderr.read().decode()[-500:]}")
        assert time.monotonic() < deadline
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL


def check_whole(path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        partial = conn.execute("""
            SELECT a.ext_id FROM articles a
            WHERE a.n_quotes != (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
               OR a.n_entities != (SELECT count(*) FROM entities e WHERE e.article_id = a.id)
               OR (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) != 6""").fetchall()
        assert partial == []
        assert conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0] == \
            conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        dups = conn.execute("SELECT ext_id FROM articles GROUP BY ext_id HAVING count(*) > 1").fetchall()
        assert dups == []
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_killed_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    db = tmp_path / "killed.sqlite"
    run_ingest(db, kill_after=3)
    survived = check_whole(db)
    print(f"{survived} whole articles survived the kill")
    assert 3 <= survived < N_ARTICLES
    run_ingest(db)
    assert check_whole(db) == N_ARTICLES
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == N_ARTICLES * N_QUOTES
    assert conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 2
    conn.close()
