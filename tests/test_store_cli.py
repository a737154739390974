"""`wiezeiwat ingest / query / export` through click's CliRunner."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from wiezeiwat.cli import main
from wiezeiwat.store import Store
from test_store import rich_article, said


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "news.sqlite"
    with Store(path) as db:
        db.ingest([said("Vladimir Poetin", "Wij winnen de oorlog.", "2019-03-01", id="a1"),
                   said("Putin", "De oorlog is voorbij.", "2025-02-01", id="a2"),
                   said("Frank de Jong", "De dijk houdt het.", id="f", roles=["dijkgraaf"]),
                   said("Luuk de Jong", "We gaan winnen.", id="l", roles=["spits"]),
                   rich_article()])
    return str(path)


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


def parsed(fmt, text):
    if fmt == "json":
        return json.loads(text)
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize("command,expect", [
    (["speakers"], lambda rows: rows[0]["key"] == "vladimir-poetin" and int(rows[0]["quotes"]) == 4),
    (["speaker", "Poetin"], lambda rows: [r["article"] for r in rows] == ["rich", "a1", "rich", "a2"]),
    (["search", "oorlog"], lambda rows: len(rows) == 3),
    (["article", "f"], lambda rows: rows["id"] == "f" if isinstance(rows, dict) else
     rows[0]["text"] == "De dijk houdt het." if "text" in rows[0] else rows[0]["id"] == "f"),
])
def test_read_commands_give_parseable_output(db_path, fmt, command, expect):
    result = run("query", *command, "--db", db_path, "--format", fmt)
    assert result.exit_code == 0, result.output
    rows = parsed(fmt, result.stdout)
    assert expect(rows)


def test_table_format_is_for_reading(db_path):
    result = run("query", "speaker", "Putin", "--db", db_path)
    assert result.exit_code == 0
    assert result.stdout.startswith("Vladimir Poetin (vladimir-poetin): 4 quote(s)")
    assert "De oorlog is voorbij." in result.stdout


def test_every_command_has_help_with_examples():
    for command in (["ingest"], ["query"], ["query", "speakers"], ["query", "speaker"],
                    ["query", "search"], ["query", "article"], ["export"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Examples:" in result.stdout, command


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(db_path, tmp_path, fmt):
    out = tmp_path / f"quotes.{fmt}"
    result = run("export", "--db", db_path, "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.output
    if fmt == "parquet":
        pq = pytest.importorskip("pyarrow.parquet")
        rows = pq.read_table(out).to_pylist()
    else:
        rows = parsed(fmt, out.read_text(encoding="utf-8"))
    assert len(rows) == 6 and {"speaker", "said_when", "text"} <= set(rows[0])


def test_export_parquet_needs_a_file(db_path):
    result = run("export", "--db", db_path, "--format", "parquet")
    assert result.exit_code == 2 and "-o" in result.stderr


def one_clear_line(result, code=1):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output and result.exception is None or \
        isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wiezeiwat: ["), result.stderr
    return lines[0]


def test_missing_db_directory(tmp_path):
    line = one_clear_line(run("query", "speakers", "--db", tmp_path / "nope" / "x.sqlite"))
    assert "does not exist" in line
    example = tmp_path / "a.txt"
    example.write_text("date 2019-03-01 Poetin zei iets.", encoding="utf-8")
    assert "does not exist" in one_clear_line(run("ingest", example, "--db", tmp_path / "nope" / "x.sqlite"))


def test_missing_db_file_is_not_created_by_a_query(tmp_path):
    line = one_clear_line(run("query", "speakers", "--db", tmp_path / "typo.sqlite"))
    assert "no such database" in line and not (tmp_path / "typo.sqlite").exists()


def test_read_only_db(db_path, tmp_path):
    import os
    os.chmod(db_path, 0o444)
    example = tmp_path / "a.txt"
    example.write_text("date 2019-03-01 Poetin zei iets.", encoding="utf-8")
    assert "read-only" in one_clear_line(run("ingest", example, "--db", db_path))
    assert run("query", "speakers", "--db", db_path).exit_code == 0  # reading still works


def test_corrupt_db_file(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(bytes(range(256)) * 64)
    assert "not a database" in one_clear_line(run("query", "speakers", "--db", bad))
    example = tmp_path / "a.txt"
    example.write_text("Poetin zei iets.", encoding="utf-8")
    assert "not a database" in one_clear_line(run("ingest", example, "--db", bad))


def test_unknown_article_and_speaker(db_path):
    assert "no article 'zz'" in one_clear_line(run("query", "article", "zz", "--db", db_path))
    assert "no speaker" in one_clear_line(run("query", "speaker", "Zelensky", "--db", db_path))
    assert "fits 2 speakers" in one_clear_line(run("query", "speaker", "De Jong", "--db", db_path))


def test_empty_search(db_path):
    assert "nothing to search" in one_clear_line(run("query", "search", "", "--db", db_path))
    assert "nothing to search" in one_clear_line(run("query", "search", " ?! ", "--db", db_path))


def test_bad_raw_search(db_path):
    assert "FTS5" in one_clear_line(run("query", "search", "--raw", '"open', "--db", db_path))


def test_ingest_reports_bad_lines_and_keeps_going(tmp_path):
    src = tmp_path / "day.jsonl"
    lines = [json.dumps({"id": "x1", "text": "Poetin zei dat de oorlog voorbij is.", "date": "2019-03-01"}),
             "{not json",
             json.dumps({"id": "x2", "text": "Rutte zei iets anders.", "published_at": "2021-03-02T10:00"}),
             json.dumps({"id": "x3", "title": "geen tekst"})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "day.sqlite"
    result = run("ingest", src, "--db", db)
    assert result.exit_code == 3, result.output  # partial: bad lines skipped, the rest stored
    assert "day.jsonl:2: not JSON" in result.stderr and "day.jsonl:4" in result.stderr
    assert "wiezeiwat: 2 articles, 1 quotes, 2 errors in" in result.stderr
    with Store(db) as store:
        assert store.counts()["articles"] == 2
        assert store.article("x2")["date"] == "2021-03-02"
    again = run("ingest", src, "--db", db)
    assert again.exit_code == 3 and "holds 2 articles" in again.stderr


def test_ingest_of_nothing_readable_exits_1(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    line = one_clear_line_last(run("ingest", empty, "--db", tmp_path / "x.sqlite"))
    assert "no article could be read" in line


def one_clear_line_last(result):
    assert result.exit_code == 1 and "Traceback" not in result.output
    return result.stderr.strip().splitlines()[-1]


def test_user_aliases_option(db_path, tmp_path):
    user = tmp_path / "aliases.tsv"
    user.write_text("frank-de-jong\tFrank de Jong\tde dijkgraaf\n", encoding="utf-8")
    assert run("query", "speaker", "de dijkgraaf", "--db", db_path).exit_code == 1
    result = run("query", "speaker", "de dijkgraaf", "--db", db_path, "--aliases", user)
    assert result.exit_code == 0 and "Frank de Jong" in result.stdout


def test_ingest_from_stdin_into_the_db_named_by_the_environment(tmp_path, monkeypatch):
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("WIEZEIWAT_DB", str(db))
    line = json.dumps({"id": "s1", "text": "Rutte zei dat het kabinet blijft.", "date": "2019-03-01"})
    result = CliRunner().invoke(main, ["ingest", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    assert run("query", "article", "s1", "--format", "json").exit_code == 0
