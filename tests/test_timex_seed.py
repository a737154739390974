"""The founding article's gold timexes (../shared/eval/gold/seed_time.jsonl): every
non-optional one found (overlapping span) with the right type and value or range."""
from conftest import read_jsonl, shared_path
from wiezeiwat.timex import find_timexes


def test_seed_gold_timexes(example_article):
    gold = read_jsonl(shared_path("eval", "gold", "seed_time.jsonl"))[0]
    found = find_timexes(example_article.text, example_article.date)
    wrong = []
    for g in gold["timexes"]:
        if g["optional"]:
            continue
        hits = [t for t in found if min(t.end, g["end"]) > max(t.start, g["start"])]
        right = [t for t in hits if t.type == g["type"] and (
            t.value == g["value"] or (g["earliest"] and (t.earliest, t.latest) == (g["earliest"], g["latest"])))]
        if not right:
            wrong.append((g["text"], g["value"], [(t.text, t.type, t.value) for t in hits]))
    assert not wrong


def test_seed_spans_and_ranges_exactly(example_article):
    gold = read_jsonl(shared_path("eval", "gold", "seed_time.jsonl"))[0]
    found = {(t.start, t.end): t for t in find_timexes(example_article.text, example_article.date)}
    for g in gold["timexes"]:
        if g["optional"]:  # found too (the first test), but their ranges are the annotator's taste
            continue
        t = found.get((g["start"], g["end"]))
        assert t is not None, g["text"]
        assert (t.type, t.value, t.mod, t.earliest, t.latest) == (g["type"], g["value"], g["mod"], g["earliest"], g["latest"]), g["text"]
