"""Property test: any mix of quote marks, cue words, names, pronouns, dates, brackets and
odd whitespace analyses without an exception, and every quote is a slice of the body.

Strings are analysed in batches (one hypothesis example = many articles through
``analyze_articles``), so thousands of cases fit in CI time."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wiezeiwat import analyze_articles
from wiezeiwat.records import Article

PIECES = [
    '"', "„", "“", "”", ",,", "''", "‘", "’", "«", "»", "'",
    "zei", "zegt", "volgens", "aldus", "ontkende", "bevestigde", "liet weten", "gaf aan", "dat", "of",
    "Trump", "Peskov", "Donald Trump", "Mark Rutte", "woordvoerder Peskov", "Hij", "hij", "Ze", "Die",
    "de minister", "De minister", "De Amerikaanse president",
    "gisteren", "vorige week", "op 3 maart", "2019", "maandag", "in 2018",
    "(", ")", "[", "]", ":", ",", ".", "?", "!", "-", "…",
    "\t", "\n", "\n\n", "\u200b", "😀", " ", "  ", "het", "was", "niet", "waar", "tegen CNN",
]

SEPARATORS = [" ", " ", " ", "", "\t", "\n", " \u200b"]
texts = st.lists(st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(PIECES)), min_size=1, max_size=30).map(
    lambda parts: "".join(sep + piece for sep, piece in parts))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=40, max_size=40))
def test_random_strings_never_raise_and_quotes_are_slices(bodies):
    arts = [Article(id=str(i), text=t, date="2019-03-27") for i, t in enumerate(bodies)]
    for art in analyze_articles(arts, threads=1):
        body = bodies[int(art.id)]
        for q in art.quotes:
            assert 0 <= q.start <= q.end <= len(body)
            assert q.text == body[q.start:q.end]
        art.to_dict()


def test_a_source_phrase_of_whitespace_names_no_one():
    # found by the property test above: `volgens` before a tab and a colon
    body = "De Amerikaanse president Mark Rutte Peskov volgens\t:maandag De minister waar"
    art = next(iter(analyze_articles([Article(id="0", text=body, date="2019-03-27")], threads=1)))
    for q in art.quotes:
        assert q.speaker is None or q.speaker.strip()
        assert q.speaker_mention is None or q.speaker_mention.text.strip()
