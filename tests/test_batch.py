"""`wiezeiwat batch`: the extract contract in part files, bad lines kept as FILE:LINE, resumable."""
import json

from click.testing import CliRunner

from wiezeiwat import analyze, batch
from wiezeiwat.cli import main

ARTICLES = [
    {"id": f"a{i}", "date": "2019-03-0{}".format(1 + i % 9),
     "text": f"Minister De Jong zei dat er {i} nieuwe scholen komen. \"Dat is nodig,\" aldus De Jong."}
    for i in range(7)
]


def write_input(tmp_path):
    p = tmp_path / "day.jsonl"
    rows = [json.dumps(a) for a in ARTICLES[:3]] + ["{kapot"] + [json.dumps(a) for a in ARTICLES[3:]]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return p


def read_parts(out):
    return [json.loads(line) for part in batch.parts(str(out)) for line in part.open(encoding="utf-8")]


def test_plan_cuts_jsonl_into_whole_line_slices(tmp_path):
    tasks = batch.plan([str(write_input(tmp_path))], chunk_lines=3)
    assert [(t.first_line, t.lines) for t in tasks] == [(1, 3), (4, 3), (7, 2)]


def test_batch_matches_extract_and_reports_the_bad_line(tmp_path):
    src = write_input(tmp_path)
    res = batch.run([str(src)], str(tmp_path / "out"), workers=2, chunk_lines=3)
    got = read_parts(tmp_path / "out")
    assert [a["id"] for a in got] == [a["id"] for a in ARTICLES]
    expected = analyze(ARTICLES[4]["text"], date=ARTICLES[4]["date"], id="a4").to_dict()
    assert got[4]["quotes"] == expected["quotes"]
    assert res["problems"] == [f"[E001] {src}:4: not JSON (Expecting property name enclosed in double quotes at column 2)"]
    assert (tmp_path / "out" / "errors.txt").read_text().strip() == res["problems"][0]


def test_resume_skips_finished_parts(tmp_path):
    src = write_input(tmp_path)
    out = tmp_path / "out"
    batch.run([str(src)], str(out), workers=1, chunk_lines=3)
    (out / "part-000001.jsonl").unlink()
    res = batch.run([str(src)], str(out), workers=1, chunk_lines=3, resume=True)
    assert (res["run"], res["skipped"]) == (1, 2)
    assert len(read_parts(out)) == len(ARTICLES)


def test_cli_batch(tmp_path):
    src = write_input(tmp_path)
    r = CliRunner().invoke(main, ["batch", str(src), "--out", str(tmp_path / "o"), "--workers", "1"])
    assert r.exit_code == 0, r.stderr
    assert "7 articles" in r.stderr and f"{src}:4" in r.stderr
    bad = CliRunner().invoke(main, ["batch", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")])
    assert bad.exit_code == 2 and "no such file" in bad.stderr
