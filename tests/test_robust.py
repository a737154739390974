"""Never lose work: one article's failure is one error line, every other article comes out."""
import json

import pytest
from click.testing import CliRunner

from wiezeiwat import analyze_articles, api, nlp
from wiezeiwat.cli import main
from wiezeiwat.errors import AnalysisError
from wiezeiwat.records import Article

GOOD = [{"id": f"g{i}", "date": "2019-03-01", "text": f"Minister De Jong zei dat er {i} scholen komen."}
        for i in range(4)]


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def bomb(monkeypatch):
    """A bug that strikes one article only (text containing BOOM), in the rule stages."""
    real = api._stages

    def stages(article, doc):
        if "BOOM" in article.text:
            raise IndexError("list index out of range")
        return real(article, doc)
    monkeypatch.setattr(api, "_stages", stages)


@pytest.mark.parametrize("threads", [1, 2])
def test_a_failing_article_is_reported_and_the_rest_comes_out(bomb, threads):
    arts = [Article(r["id"], r["text"], source=f"day.jsonl:{n}") for n, r in enumerate(GOOD, 1)]
    arts.insert(2, Article("bad", "Trump zei BOOM.", source="day.jsonl:9"))
    errors = []
    out = list(analyze_articles(arts, threads=threads, on_error=errors.append))
    assert [a.id for a in out] == ["g0", "g1", "g2", "g3"]
    [err] = errors
    assert err.record() == {"id": "bad", "file": "day.jsonl", "line": 9,
                            "reason": "IndexError: list index out of range"}
    with pytest.raises(AnalysisError, match="article bad: IndexError"):
        list(analyze_articles(arts, threads=threads))  # without on_error: raised, named


def test_a_failing_pipeline_component_loses_only_its_article(monkeypatch):
    pipeline = nlp.load()
    name, proc = next((n, p) for n, p in pipeline.pipeline if n == "wiezeiwat_lemma_fixes")
    real = type(proc).__call__

    def call(self, doc):
        if "BOOM" in doc.text:
            raise ValueError("component failed")
        return real(self, doc)
    monkeypatch.setattr(type(proc), "__call__", call)
    arts = [Article(r["id"], r["text"]) for r in GOOD]
    arts.insert(1, Article("bad", "Trump zei BOOM."))
    errors = []
    out = list(analyze_articles(arts, on_error=errors.append))
    assert [a.id for a in out] == ["g0", "g1", "g2", "g3"] and [e.article_id for e in errors] == ["bad"]


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_cli_good_bad_good_exits_3_with_every_good_article(bomb, tmp_path, command):
    src = write_jsonl(tmp_path / "day.jsonl", GOOD[:2] + [{"id": "bad", "text": "Hij zei BOOM."}] + GOOD[2:])
    extra = ["--db", tmp_path / "x.sqlite"] if command == "ingest" else []
    res = run(command, src, *extra)
    assert res.exit_code == 3
    assert f"{src}:3: article bad: IndexError: list index out of range" in res.stderr
    assert "4 articles" in res.stderr and "1 errors" in res.stderr
    if command == "extract":
        assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["g0", "g1", "g2", "g3"]


def test_a_text_over_max_length_is_analysed_in_pieces_with_its_offsets(monkeypatch):
    monkeypatch.setattr(nlp.load(), "max_length", 500)
    paragraph = 'Minister De Jong zei dat er {} scholen komen. "Dat is nodig," aldus De Jong.'
    body = "\n\n".join(paragraph.format(i) for i in range(40)) + " Einde" + "x" * 700
    assert len(nlp.text_pieces(body, 500)) > 5 and "".join(nlp.text_pieces(body, 500)) == body
    [art] = analyze_articles([Article("big", body)])
    assert len(art.quotes) == 80
    assert all(q.text == body[q.start:q.end] for q in art.quotes)
    assert len({q.speaker for q in art.quotes}) == 1 and art.quotes[-1].speaker


def test_text_pieces_cut_at_paragraphs_then_sentences():
    text = "Een zin. Nog een zin.\n\nTweede alinea hier. En meer."
    assert nlp.text_pieces(text, 30) == ["Een zin. Nog een zin.\n\n", "Tweede alinea hier. En meer."]
    assert nlp.text_pieces("Een zin. Nog een zin. En een derde zin.", 25) == \
        ["Een zin. Nog een zin. ", "En een derde zin."]


def test_a_5_mb_article_among_good_ones_is_one_error_line(tmp_path):
    huge = {"id": "huge", "date": "2019-03-01", "text": "Trump zei dat het zo is. " * 210_000}  # 5.25 MB
    src = write_jsonl(tmp_path / "day.jsonl", GOOD[:2] + [huge] + GOOD[2:])
    res = run("extract", src)
    assert res.exit_code == 3
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["g0", "g1", "g2", "g3"]
    [line] = [x for x in res.stderr.splitlines() if "huge" in x or ":3:" in x]
    assert f"{src}:3: an article of 5,250,000 characters, over the limit of 5,000,000" in line


def test_progress_shows_the_total(tmp_path):
    src = write_jsonl(tmp_path / "day.jsonl", GOOD)
    from wiezeiwat.io import count_articles
    assert count_articles([str(src), "a.txt"]) == len(GOOD) + 1 and count_articles([str(src), "-"]) is None
    res = run("extract", "--progress", src)
    assert res.exit_code == 0 and f"{len(GOOD)}/{len(GOOD)}" in res.stderr  # tqdm: n/total [elapsed<eta]


def test_extract_on_two_worker_processes_gives_the_same_output(tmp_path):
    import subprocess
    import sys
    rows = [json.dumps(r) for r in GOOD * 5] + ["{kapot"] + [json.dumps(dict(GOOD[0], id="last"))]
    src = tmp_path / "day.jsonl"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    outs = []
    for workers in ("1", "2"):  # a fresh process: forking pytest's own (threaded) process is not safe
        res = subprocess.run([sys.executable, "-m", "wiezeiwat", "extract", "--workers", workers, str(src)],
                             capture_output=True, text=True)
        assert res.returncode == 3 and f"{src}:21: not JSON" in res.stderr
        outs.append(res.stdout)
    assert outs[0] == outs[1] and len(outs[0].splitlines()) == 21


def test_a_failing_article_on_a_worker_process_is_reported_to_the_caller():
    import subprocess
    import sys
    code = (
        "import json, wiezeiwat.api as api\n"
        "from wiezeiwat.records import Article\n"
        "real = api._stages\n"
        "def stages(a, d):\n"
        "    if 'BOOM' in a.text: raise IndexError('x')\n"
        "    return real(a, d)\n"
        "api._stages = stages\n"
        "arts = [Article(str(i), 'Hij zei BOOM.' if i == 9 else 'Trump zei dat het kan.', source=f'f:{i}')"
        " for i in range(20)]\n"
        "errs = []\n"
        "out = [a.id for a in api.analyze_articles(arts, workers=2, on_error=errs.append)]\n"
        "print(json.dumps([out, [e.record() for e in errs]]))\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    out, errs = json.loads(res.stdout)
    assert out == [str(i) for i in range(20) if i != 9]
    assert errs == [{"id": "9", "file": "f", "line": 9, "reason": "IndexError: x"}]


@pytest.mark.parametrize("text, speaker", [('"Ja," zei\tTrump.', "Trump"), ('"Nee," aldus\t\tPeskov.', "Peskov"),
                                           ("Volgens\tTrump is het zo.", "Trump")])
def test_a_tab_before_the_speakers_name_is_no_crash(text, speaker):
    from wiezeiwat import analyze
    [quote] = analyze(text).quotes  # raised IndexError in SpeakerResolver._name_in (issue 14)
    assert quote.speaker == speaker
