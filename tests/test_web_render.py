"""The pieces the pages are drawn from: marked article text, timeline bars."""
from wiezeiwat.web import render, timeline


def test_pieces_mark_quotes_and_split_paragraphs():
    text = 'Hij zei: "Eerst dit.\n\nEn dan dat." Klaar.'
    start = text.index("Eerst")
    quotes = [{"start": start, "end": text.index('."') + 1, "speaker": "Jan"},
              {"start": start + 2, "end": start + 6, "speaker": "Piet"}]  # overlaps: not nested
    paras = render.pieces(text, quotes)
    assert [[(p.text, p.quote, p.first) for p in para] for para in paras] == [
        [('Hij zei: "', None, False), ("Eerst dit.", 0, True)],
        [("En dan dat.", 0, False), ('" Klaar.', None, False)]]


def test_speaker_colours_follow_first_appearance_and_wrap():
    quotes = [{"speaker_key": f"s{i}"} for i in range(12)] + [{"speaker": "x"}]
    colours = render.speaker_colours(quotes)
    assert colours["s0"] == 0 and colours["s9"] == 9 and colours["s10"] == 0 and colours["x"] == 2


def test_weeks_count_day_dated_quotes_months_count_all():
    quotes = [{"said_when": "2019-03-27", "stance": "deny"}, {"said_when": "2019-03-28"},
              {"said_when": "PAST_REF", "article_date": "2019-04-02", "stance": "hedge"},
              {"said_when": "2019-03", "stance": "confirm"}, {"said_when": "2019"}]
    assert timeline.counts(quotes, "week") == [
        {"week": "2019-W13", "start": "2019-03-25", "stances": {"deny": 1, "assert": 1}},
        {"week": "2019-W14", "start": "2019-04-01", "stances": {"hedge": 1}}]
    assert [(m["month"], m["stances"]) for m in timeline.counts(quotes, "month")] == [
        ("2019-03", {"deny": 1, "assert": 1, "confirm": 1}), ("2019-04", {"hedge": 1})]


def test_bars_fill_empty_periods_and_fall_back_to_months():
    weekly = timeline.bars([{"said_when": "2019-03-01"}, {"said_when": "2019-03-20", "stance": "deny"}])
    assert weekly["unit"] == "week" and [b["total"] for b in weekly["bars"]] == [1, 0, 0, 1]
    assert weekly["bars"][-1]["segments"] == [{"stance": "deny", "n": 1, "y": 0}]
    monthly = timeline.bars([{"said_when": "2019-01-05"}, {"said_when": "2019-03-XX"}])
    assert monthly["unit"] == "month" and [b["label"] for b in monthly["bars"]] == \
        ["2019-01", "2019-02", "2019-03"]
    assert timeline.bars([{"said_when": "2019"}])["bars"] == []
