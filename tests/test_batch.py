"""`wiezeiwat batch`: the extract contract in part files, errors.jsonl, honest resume, a Dask cluster."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from wiezeiwat import analyze, batch
from wiezeiwat.cli import main

ARTICLES = [
    {"id": f"a{i}", "date": "2019-03-0{}".format(1 + i % 9),
     "text": f"Minister De Jong zei dat er {i} nieuwe scholen komen. \"Dat is nodig,\" aldus De Jong."}
    for i in range(7)
]
NOT_JSON = "not JSON (Expecting property name enclosed in double quotes at column 2)"


def write_input(tmp_path, articles=ARTICLES, name="day.jsonl"):
    p = tmp_path / name
    rows = [json.dumps(a) for a in articles[:3]] + ["{kapot"] + [json.dumps(a) for a in articles[3:]]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return p


def read_parts(out):
    return [json.loads(line) for part in batch.parts(str(out)) for line in part.open(encoding="utf-8")]


def read_errors(out):
    return [json.loads(line) for line in (out / "errors.jsonl").open(encoding="utf-8")]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_plan_cuts_jsonl_into_whole_line_slices(tmp_path):
    tasks, problems = batch.plan([str(write_input(tmp_path)), str(tmp_path / "gone.jsonl")], chunk_lines=3)
    assert [(t.first_line, t.lines) for t in tasks] == [(1, 3), (4, 3), (7, 2)]
    assert len({t.fingerprint for t in tasks}) == 3
    assert problems == [{"id": None, "file": str(tmp_path / "gone.jsonl"), "line": None, "reason": "no such file"}]


def test_batch_matches_extract_and_writes_errors_jsonl(tmp_path):
    src = write_input(tmp_path)
    out = tmp_path / "out"
    res = batch.run([str(src)], str(out), workers=1, chunk_lines=3)
    got = read_parts(out)
    assert [a["id"] for a in got] == [a["id"] for a in ARTICLES]
    expected = analyze(ARTICLES[4]["text"], date=ARTICLES[4]["date"], id="a4").to_dict(with_text=True)
    assert got[4] == expected
    assert read_errors(out) == res["errors"] == [{"id": None, "file": str(src), "line": 4, "reason": NOT_JSON}]
    assert not list(out.glob("*.tmp"))


def test_resume_skips_finished_tasks_by_fingerprint_and_ids(tmp_path):
    src = write_input(tmp_path)
    out = tmp_path / "out"
    batch.run([str(src)], str(out), workers=1, chunk_lines=3)
    (out / "part-000001.jsonl").unlink()
    res = batch.run([str(src)], str(out), workers=1, chunk_lines=3, resume=True)
    assert (res["run"], res["skipped"]) == (1, 2)
    assert [a["id"] for a in read_parts(out)] == [a["id"] for a in ARTICLES]
    assert len(read_errors(out)) == 1  # the bad line of a skipped task is still listed
    # a part that lost an article is redone, though its file is there
    part = out / "part-000002.jsonl"
    part.write_text(part.read_text().splitlines()[0] + "\n")
    res = batch.run([str(src)], str(out), workers=1, chunk_lines=3, resume=True)
    assert (res["run"], res["skipped"]) == (1, 2) and len(read_parts(out)) == len(ARTICLES)


def test_resume_after_a_run_on_other_input_redoes_the_work(tmp_path):
    out = tmp_path / "out"
    batch.run([str(write_input(tmp_path))], str(out), workers=1, chunk_lines=3)
    other = [dict(a, id="b" + a["id"][1:], text=a["text"].replace("scholen", "ziekenhuizen")) for a in ARTICLES]
    src2 = write_input(tmp_path, other, "other.jsonl")
    res = batch.run([str(src2)], str(out), workers=1, chunk_lines=3, resume=True)
    assert (res["run"], res["skipped"]) == (3, 0)
    assert [a["id"] for a in read_parts(out)] == [a["id"] for a in other]
    # a shorter input would leave parts of the old one behind: refused
    r = run("batch", write_input(tmp_path, ARTICLES[:2], "short.jsonl"), "--out", out, "--workers", 1,
            "--chunk-lines", 3, "--resume")
    assert r.exit_code == 2 and "of other input" in r.stderr


def test_a_fresh_run_into_a_folder_with_output_refuses_unless_overwrite(tmp_path):
    src = write_input(tmp_path)
    out = tmp_path / "out"
    assert run("batch", src, "--out", out, "--workers", 1, "--chunk-lines", 3).exit_code == 3
    r = run("batch", write_input(tmp_path, ARTICLES[:2], "short.jsonl"), "--out", out, "--workers", 1)
    assert r.exit_code == 2 and "--overwrite" in r.stderr
    r = run("batch", write_input(tmp_path, ARTICLES[:2], "short.jsonl"), "--out", out, "--workers", 1,
            "--overwrite")
    assert r.exit_code == 3 and [a["id"] for a in read_parts(out)] == ["a0", "a1"]


def test_cli_batch_skips_a_missing_file_and_exits_3(tmp_path):
    src = write_input(tmp_path)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    r = run("batch", missing, src, "--out", tmp_path / "o", "--workers", 1)
    assert r.exit_code == 3, r.stderr
    assert f"{missing}: no such file" in r.stderr and f"{src}:4: {NOT_JSON}" in r.stderr
    assert "7 articles, 14 quotes, 2 errors" in r.stderr
    assert [e["file"] for e in read_errors(tmp_path / "o")] == [str(missing), str(src)]
    assert run("batch", good, "--out", tmp_path / "o2", "--workers", 1).exit_code == 0
    nothing = run("batch", missing, "--out", tmp_path / "o3", "--workers", 1)
    assert nothing.exit_code == 1 and "no such file" in nothing.stderr


def test_batch_parts_feed_ingest_through_a_pipe(tmp_path):
    out = tmp_path / "out"
    batch.run([str(write_input(tmp_path))], str(out), workers=1, chunk_lines=3)
    db = tmp_path / "news.sqlite"
    cat = " ".join(str(p) for p in batch.parts(str(out)))
    res = subprocess.run(f"cat {cat} | {sys.executable} -m wiezeiwat ingest - --db {db}",
                         shell=True, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    from wiezeiwat.store import Store
    with Store(str(db)) as store:
        assert store.counts()["articles"] == len(ARTICLES)
        assert store.article("a4")["date"] == ARTICLES[4]["date"]


def test_a_local_cluster_gives_the_output_of_extract(tmp_path):
    distributed = pytest.importorskip("distributed")
    src = write_input(tmp_path)
    extracted = run("extract", "--with-text", src)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        res = batch.run([str(src)], str(tmp_path / "out"), chunk_lines=2, scheduler=cluster.scheduler_address)
    assert res["run"] == 4
    assert read_parts(tmp_path / "out") == [json.loads(x) for x in extracted.stdout.splitlines()]


def test_a_small_input_is_cut_into_enough_tasks_for_every_worker(tmp_path):
    src = tmp_path / "day.jsonl"
    src.write_text("".join(json.dumps(dict(ARTICLES[0], id=str(i))) + "\n" for i in range(50)), encoding="utf-8")
    tasks, _ = batch.plan([str(src)], chunk_lines=200)
    assert [t.lines for t in tasks] == [10] * 5
    big = tmp_path / "big.jsonl"
    big.write_text("{}\n" * 4000, encoding="utf-8")
    assert {t.lines for t in batch.plan([str(big)], chunk_lines=200)[0]} == {200}


def test_batch_on_two_local_worker_processes_gives_the_output_of_extract(tmp_path):
    src = write_input(tmp_path, ARTICLES * 3)
    out = tmp_path / "out"
    cli = [sys.executable, "-m", "wiezeiwat"]  # fresh processes: forking pytest's own is not safe
    res = subprocess.run(cli + ["batch", str(src), "--out", str(out), "--workers", "2"], capture_output=True, text=True)
    assert res.returncode == 3 and f"{src}:4: {NOT_JSON}" in res.stderr and "16 tasks run" not in res.stderr
    extracted = subprocess.run(cli + ["extract", "--with-text", str(src)], capture_output=True, text=True)
    assert read_parts(out) == [json.loads(x) for x in extracted.stdout.splitlines()]
    assert len(batch.parts(str(out))) == 3 and not list(out.glob("*.tmp"))
