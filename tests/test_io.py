import gzip
import json

import pytest

from wiezeiwat.errors import InputError
from wiezeiwat.io import normalise_date, read_inputs, read_path, split_date_header


def collect(paths, **kw):
    problems = []
    arts = list(read_inputs(paths, on_error=problems.append, **kw))
    return arts, problems


def test_date_header_is_split_off_and_offsets_start_after_it(example_article):
    assert example_article.date == "2025-02"
    assert example_article.text.startswith("Donald Trump heeft")


@pytest.mark.parametrize("raw,date,body", [
    ("date 2025-02-03 Tekst.", "2025-02-03", "Tekst."),
    ("  date 2019 Tekst", "2019", "Tekst"),
    ("Geen datum hier.", None, "Geen datum hier."),
    ("dated text", None, "dated text"),
])
def test_split_date_header(raw, date, body):
    assert split_date_header(raw) == (date, body)


@pytest.mark.parametrize("value,expected", [
    ("2019-03-27T10:00:00+01:00", "2019-03-27"), ("2019-03", "2019-03"), ("", None), ("gisteren", None), (None, None),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_jsonl_bad_lines_are_reported_with_file_and_line_and_the_rest_comes_out(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1, "text": "Een.", "published_at": "2021-02-12T10:00"}\nnot json\n'
                 '{"id": 3}\n\n{"id": 4, "text": "Vier.", "title": "T"}\n', encoding="utf-8")
    arts, problems = collect([str(p)])
    assert [a.id for a in arts] == ["1", "4"]
    assert arts[0].date == "2021-02-12" and arts[1].title == "T"
    assert [(e.line, "JSON" in e.reason or "text" in e.reason) for e in problems] == [(2, True), (3, True)]
    assert all(str(p) in str(e) for e in problems)


def test_gzip_jsonl(tmp_path):
    p = tmp_path / "in.jsonl.gz"
    p.write_bytes(gzip.compress(json.dumps({"id": "a", "text": "Tekst."}).encode()))
    arts, problems = collect([str(p)])
    assert [a.id for a in arts] == ["a"] and not problems


def test_empty_nonutf8_and_missing_files_are_reported_not_raised(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Het Kremlin zei: \"café\"".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("date 2019-03 Hij zei niets.", encoding="utf-8")
    arts, problems = collect([str(empty), str(latin), str(tmp_path / "nope.txt"), str(good)])
    assert [a.id for a in arts] == ["good"]
    reasons = [e.reason for e in problems]
    assert "empty input" in reasons[0] and "UTF-8" in reasons[1] and "no such file" in reasons[2]


def test_read_path_raises_by_default(tmp_path):
    with pytest.raises(InputError):
        list(read_path(str(tmp_path / "missing.txt")))
