"""Claims and stances through the store and the CLI: query claims, query claim, export, extract."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from wiezeiwat.cli import main
from wiezeiwat.records import Claim, Stance
from wiezeiwat.store import Store
from test_store import rich_article, said

from conftest import EXAMPLE


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "news.sqlite"
    with Store(path) as db:
        db.ingest([rich_article(), said("Frank de Jong", "De dijk houdt het.", id="f")])
    return str(path)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_store_claims_carry_their_stances(db_path):
    with Store(db_path, create=False) as db:
        claims = db.claims()
        assert [c["text"] for c in claims] == ["de oorlog is voorbij"]
        c = claims[0]
        assert (c["by"], c["by_key"], c["article"], c["said_when"]) == \
            ("Vladimir Poetin", "vladimir-poetin", "rich", "2019-02-28")
        assert [(s["by"], s["stance"], s["cue"]) for s in c["stances"]] == \
            [("De Oekraïense regering", "deny", "ontkende")]
        assert db.claim(c["id"]) == c
        assert db.count_claims() == 1


@pytest.mark.parametrize("filters,found", [
    ({"stance": "deny"}, 1), ({"stance": "confirm"}, 0),
    ({"speaker": "Putin"}, 1), ({"speaker": "vladimir-poetin"}, 1),
    ({"text": "OORLOG"}, 1), ({"text": "vrede"}, 0),
    ({"since": "2019-02"}, 1), ({"since": "2019-03"}, 0), ({"until": "2019-02-28"}, 1),
    ({"until": "2019-02-27"}, 0),
])
def test_claim_filters(db_path, filters, found):
    with Store(db_path, create=False) as db:
        assert len(db.claims(**filters)) == found
        assert db.count_claims(**filters) == found


def test_stance_without_quote_gets_its_speaker_from_the_articles_entities(tmp_path):
    art = said("Frank de Jong", "De dijk houdt het.", id="dijk")
    art.claims = [Claim(0, "De dijk houdt het.", "Frank de Jong", 0,
                        stances=[Stance("Frank de Jong", "confirm", "herhaalde", None)])]
    with Store(tmp_path / "s.sqlite") as db:
        db.ingest([art])
        (stance,) = db.claims(speaker="frank-de-jong")[0]["stances"]
    assert (stance["by_key"], stance["quote"], stance["stance"]) == ("frank-de-jong", None, "confirm")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_query_claims_formats(db_path, fmt):
    res = run("query", "claims", "--db", db_path, "--format", fmt)
    assert res.exit_code == 0, res.output
    if fmt == "json":
        assert json.loads(res.stdout)[0]["stances"][0]["stance"] == "deny"
    elif fmt == "jsonl":
        assert json.loads(res.stdout.splitlines()[0])["by"] == "Vladimir Poetin"
    elif fmt == "csv":
        row = next(csv.DictReader(io.StringIO(res.stdout)))
        assert row["stances"] == "De Oekraïense regering: deny"
    else:
        assert "De Oekraïense regering: deny" in res.stdout and "de oorlog is voorbij" in res.stdout


def test_query_claim_shows_claim_then_stances(db_path):
    with Store(db_path, create=False) as db:
        claim_id = db.claims()[0]["id"]
    res = run("query", "claim", claim_id, "--db", db_path)
    assert res.exit_code == 0, res.output
    head, table = res.stdout.split("\n\n", 1)
    assert head.startswith(f"claim {claim_id}: Vladimir Poetin (2019-02-28; article rich)")
    assert "deny" in table and "ontkende" in table
    missing = run("query", "claim", 999, "--db", db_path)
    assert missing.exit_code == 1 and "no claim 999" in missing.stderr


def test_query_claims_rejects_a_bad_date(db_path):
    res = run("query", "claims", "--since", "2019-13", "--db", db_path)
    assert res.exit_code == 2 and "YYYY" in res.output


def test_export_stances_and_stance_columns_in_claims(db_path):
    res = run("export", "--table", "stances", "--format", "csv", "--db", db_path)
    assert res.exit_code == 0, res.output
    (row,) = list(csv.DictReader(io.StringIO(res.stdout)))
    assert (row["by"], row["stance"], row["cue"], row["article"]) == \
        ("De Oekraïense regering", "deny", "ontkende", "rich")
    res = run("export", "--table", "claims", "--db", db_path)
    (claim,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert claim["by_name"] == "Vladimir Poetin" and claim["quote_id"] is not None  # old columns kept
    assert (claim["n_stances"], claim["deny"], claim["confirm"]) == (1, 1, 0)
    assert claim["stances"] == "De Oekraïense regering: deny"


def test_extract_table_lists_claims_and_stances():
    res = run("extract", "--format", "table", EXAMPLE)
    assert res.exit_code == 0, res.output
    out = res.stdout
    claims = out[out.index("  claim "):]
    assert "neither  Kremlin" in claims and "hedge    Peskov" in claims
    assert out.splitlines()[0].endswith("claims")
