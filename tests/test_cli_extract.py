"""`wiezeiwat extract`: formats, and bad input reported as FILE:LINE: reason with the rest kept."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from wiezeiwat.cli import main

from conftest import EXAMPLE


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def lines(result):
    return [json.loads(x) for x in result.stdout.splitlines() if x.strip()]


def test_example_article_contract():
    res = run("extract", str(EXAMPLE))
    assert res.exit_code == 0
    [art] = lines(res)
    assert set(art) >= {"id", "date", "quotes", "entities", "timexes", "claims"}
    assert art["id"] == EXAMPLE.stem and art["date"] == "2025-02"
    q = art["quotes"][0]
    assert set(q) >= {"start", "end", "text", "kind", "speaker", "speaker_mention", "cue", "stance",
                      "addressee_or_medium", "negated", "when"}


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_other_formats(fmt):
    res = run("extract", "--format", fmt, str(EXAMPLE))
    assert res.exit_code == 0
    if fmt == "json":
        assert json.loads(res.stdout)[0]["id"] == EXAMPLE.stem
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.stdout)))
        assert rows and rows[0]["speaker"] == "Donald Trump" and rows[0]["article"] == EXAMPLE.stem
    else:
        assert "Donald Trump" in res.stdout and "quotes" in res.stdout


def test_stdin_txt_with_date_header():
    res = run("extract", "-", input="date 2025-02-03 Gisteren zei Trump dat hij Poetin had gesproken.")
    [art] = lines(res)
    assert art["date"] == "2025-02-03" and art["quotes"][0]["speaker"] == "Trump"
    assert art["quotes"][0]["when"]["value"] == "2025-02-02"


def test_bad_inputs_are_reported_and_the_rest_still_comes_out(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Hij zei: \"één café\"".encode("latin-1"))
    jl = tmp_path / "day.jsonl"
    jl.write_text('{"id": "a", "text": "Trump zei dat het zo is."}\n{broken\n{"id": "c"}\n'
                  '{"id": "d", "text": "Geen enkel citaat hier."}\n', encoding="utf-8")
    res = run("extract", str(empty), str(latin), str(jl))
    assert res.exit_code == 3  # partial: some inputs failed, the rest is out
    assert [a["id"] for a in lines(res)] == ["a", "d"]
    assert lines(res)[1]["quotes"] == []
    err = res.stderr
    assert f"{empty}: empty input" in err
    assert f"{latin}: not UTF-8" in err
    assert f"{jl}:2: not JSON" in err and f"{jl}:3: no 'text' field" in err
    assert "wiezeiwat: 2 articles, 1 quotes, 4 errors in" in err and "articles/s)" in err


def test_exit_0_and_a_summary_when_every_input_was_read():
    res = run("extract", str(EXAMPLE))
    assert res.exit_code == 0
    [art] = lines(res)
    assert res.stderr.startswith(f"wiezeiwat: 1 articles, {len(art['quotes'])} quotes, 0 errors in")


def test_an_invalid_header_date_is_rejected_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("date 2019-13-45\nTrump zei dat het zo is.", encoding="utf-8")
    leap = tmp_path / "leap.txt"
    leap.write_text("date 2019-02-29 Trump zei dat het zo is.", encoding="utf-8")
    jl = tmp_path / "day.jsonl"
    jl.write_text('{"id": "x", "date": "2019-04-31", "text": "Trump zei dat."}\n', encoding="utf-8")
    res = run("extract", str(bad), str(leap), str(jl), str(EXAMPLE))
    assert res.exit_code == 3 and [a["id"] for a in lines(res)] == [EXAMPLE.stem]
    assert f"{bad}:1: invalid date in the header: 2019-13-45 (there is no month 13)" in res.stderr
    assert f"{leap}:1: invalid date in the header: 2019-02-29 (2019-02 has no day 29)" in res.stderr
    assert f"{jl}:1: invalid date: 2019-04-31" in res.stderr


def test_exit_1_when_nothing_could_be_read(tmp_path):
    res = run("extract", str(tmp_path / "missing.txt"))
    assert res.exit_code == 1
    assert "no such file" in res.stderr and "Traceback" not in res.stderr


def test_usage_error_exits_2():
    assert run("extract").exit_code == 2
    assert run("extract", "--format", "xml", str(EXAMPLE)).exit_code == 2


def test_a_one_megabyte_article_comes_out(tmp_path):
    body = " ".join(["Trump zei dat hij Poetin had gesproken. \"Het was een goed gesprek,\" zei hij."] * 12000)
    p = tmp_path / "big.txt"
    p.write_text("date 2025-02 " + body[:1_000_000], encoding="utf-8")
    res = run("extract", str(p))
    [art] = lines(res)
    assert len(art["quotes"]) > 1000
