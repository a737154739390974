"""assign_when on hand-built quotes of the founding article (offsets found with str.find),
so these tests do not depend on the quote extractor."""
import re

import pytest

from wiezeiwat.records import Article, Cue, Quote, Span
from wiezeiwat.timex import assign_when, find_timexes


def sentences(text):
    """Rough sentence spans: enough for hand-built quotes."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"”']?(?=\s+[\"“'A-Z]|\s*\n|$)", text):
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def quote(text, anchor, cue, content, speaker):
    """A quote whose cue, content and speaker are found after `anchor` in `text`."""
    base = text.index(anchor)
    c = text.index(cue, base)
    s = text.index(content, base)
    sp = text.index(speaker, base)
    return Quote(start=s, end=s + len(content), text=content, kind="indirect", speaker=speaker,
                 speaker_mention=Span(sp, sp + len(speaker), speaker), cue=Cue(c, c + len(cue), cue, cue))


@pytest.fixture
def article(example_article):
    art = Article(id="seed", text=example_article.text, date=example_article.date)
    art.timexes = find_timexes(art.text, art.date)
    return art


def when_of(article, q):
    article.quotes = [q]
    assign_when(article, sentences(article.text))
    return q.when


def test_a_timex_before_the_cue_governs_it(article):
    q = quote(article.text, "Gisteren zei Trump", "zei", "hij de Oekraiense president", "Trump")
    w = when_of(article, q)
    assert (w.source, w.value, w.earliest, w.latest) == ("timex", "2025-02-XX", "2025-01-31", "2025-02-27")
    assert article.timexes[w.timex].text == "Gisteren"


def test_toen_refers_back(article):
    q = quote(article.text, "Hij gaf toen", "gaf", "hij van plan was", "Hij")
    w = when_of(article, q)
    assert (w.value, w.earliest, w.latest) == ("2025-02-XX", "2025-01-31", "2025-02-27")
    assert article.timexes[w.timex].text == "toen"


def test_a_statement_continues_the_interview_of_the_sentence_before(article):
    q = quote(article.text, "Wel zei hij:", "zei", "Als ik dat heb ik gedaan", "hij")
    w = when_of(article, q)
    assert (w.source, w.value, w.earliest, w.latest) == ("timex", "2024", "2024-01-01", "2024-12-31")


def test_a_time_inside_the_content_is_not_the_statement_time(article):
    q = quote(article.text, "Trump beweerde in het interview", "beweerde",
              'de oorlog "nooit zou hebben plaatsgevonden" als hij in 2022 president was geweest', "Trump")
    w = when_of(article, q)
    assert (w.source, w.value) == ("article_date", "2025-02")


def test_eerder_zei(article):
    q = quote(article.text, "Trump zei eerder", "zei", "hij het conflict binnen 24 uur", "Trump")
    w = when_of(article, q)
    assert (w.source, w.value, w.latest) == ("timex", "PAST_REF", "2025-02-28")


def test_without_a_time_the_article_date(article):
    q = quote(article.text, "Woordvoerder Peskov", "gezegd", "Washington en Moskou", "Peskov")
    w = when_of(article, q)
    assert (w.source, w.value, w.earliest, w.latest) == ("article_date", "2025-02", "2025-02-01", "2025-02-28")


def test_a_new_speaker_does_not_inherit(article):
    text = "In een interview vorig jaar zei Rutte dat het kon. Jansen zei dat het niet kon."
    art = Article(id="x", text=text, date="2025-02")
    art.timexes = find_timexes(text, art.date)
    q = quote(text, "Jansen zei", "zei", "het niet kon", "Jansen")
    assert when_of(art, q).source == "article_date"


def test_a_future_time_outside_the_content_is_not_when_it_was_said():
    text = "Rutte zei volgende week dat te doen."
    art = Article(id="x", text=text, date="2025-02-10")
    art.timexes = find_timexes(text, art.date)
    q = quote(text, "Rutte", "zei", "dat te doen", "Rutte")
    assert when_of(art, q).source == "article_date"


def test_a_quote_without_cue_continues_the_same_speakers_statement(article):
    first = quote(article.text, "Trump zei toen", "zei", '"vooral om één reden"', "Trump")
    s = article.text.index("omdat er zoveel mensen worden gedood")
    second = Quote(start=s, end=s + 36, text=article.text[s:s + 36], kind="direct", speaker="Trump")
    first.speaker = "Trump"
    article.quotes = [first, second]
    assign_when(article, sentences(article.text))
    assert article.timexes[first.when.timex].text == "toen"
    assert (second.when.source, second.when.value) == ("timex", "2025-02-XX")


def test_a_time_in_a_relative_clause_about_the_speaker_is_not_when_it_was_said():
    text = "Rutte, die in 2010 premier werd, zei dat het kon."
    art = Article(id="x", text=text, date="2025-02-10")
    art.timexes = find_timexes(text, art.date)
    q = quote(text, "Rutte", "zei", "het kon", "Rutte")
    assert when_of(art, q).source == "article_date"
