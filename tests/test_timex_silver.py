"""Silver and dev checks on shared data: MEANTIME-NL value recall/precision (bench/timex.py)
and the dev gold of 12 DPG articles (scored as score_time.py does)."""
import importlib.util
import json
import sys

from conftest import ROOT, read_jsonl, shared_path
from wiezeiwat.timex import find_timexes

# The acceptance target (docs/timex.md, "MEANTIME-NL"): value recall ≥ 0.75.
MEANTIME_RECALL_FLOOR = 0.75
MEANTIME_PRECISION_FLOOR = 0.70


def _bench():
    spec = importlib.util.spec_from_file_location("bench_timex", ROOT / "bench" / "timex.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_meantime_value_recall():
    path = shared_path("data", "meantime-nl", "meantime_nl_docs_with_dct_and_en_timex.jsonl")
    scores = _bench().meantime_scores(path)
    print(json.dumps(scores), file=sys.stderr)
    assert scores["recall"] >= MEANTIME_RECALL_FLOOR, scores
    assert scores["precision"] >= MEANTIME_PRECISION_FLOOR, scores


def test_dev_gold_value_f1():
    gold = {g["id"]: g for g in read_jsonl(shared_path("eval", "gold", "dev_time.jsonl"))}
    texts = {a["id"]: a for a in read_jsonl(shared_path("eval", "gold", "dev.jsonl"))}
    spec = importlib.util.spec_from_file_location("score_time", shared_path("eval", "score_time.py"))
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    system = {i: {"id": i, "timexes": [t.to_dict() for t in find_timexes(a["text"], a["date"])]} for i, a in texts.items()}
    res, _ = scorer.score(gold, system)
    assert res["relaxed_f1"] >= 0.95 and res["value_f1"] >= 0.90, res
