"""find_timexes on pinned article dates, dateparser style: one case per table row kind."""
import pytest

from wiezeiwat.timex import find_timexes


def one(text, date):
    found = find_timexes(text, date)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,date,value", [
    # relative days
    ("gisteren", "2019-03-14", "2019-03-13"),
    ("eergisteren", "2019-03-14", "2019-03-12"),
    ("vandaag", "2019-03-14", "2019-03-14"),
    ("morgen", "2019-03-14", "2019-03-15"),
    ("overmorgen", "2019-03-14", "2019-03-16"),
    # weekdays: past with a past tense, ahead otherwise
    ("Zaterdag speelde Ajax.", "2019-04-11", "2019-04-06"),
    ("Ajax speelt woensdag.", "2019-04-08", "2019-04-10"),
    ("afgelopen zaterdag", "2019-04-08", "2019-04-06"),
    ("volgende week maandag", "2019-04-10", "2019-04-15"),
    # relative units
    ("vorige week", "2019-03-14", "2019-W10"),
    ("deze week", "2019-03-04", "2019-W10"),
    ("de komende week", "2019-03-14", "2019-W12"),
    ("vorige maand", "2019-04-08", "2019-03"),
    ("volgend jaar", "2019-04-08", "2020"),
    ("dit jaar", "2019-04-08", "2019"),
    ("afgelopen jaar", "2019-04-03", "2018"),
    ("het afgelopen weekeind", "2019-04-01", "2019-W13-WE"),
    ("het vorige kwartaal", "2019-04-01", "2019-Q1"),
    ("de afgelopen drie dagen", "2019-03-14", "2019-03-11/2019-03-13"),
    # shifted
    ("Tien jaar geleden", "2019-03-26", "2009"),
    ("drie maanden geleden", "2019-03-26", "2018-12"),
    ("over twee weken", "2019-03-14", "2019-03-28"),
    # absolute dates
    ("14 april 2015", "2019-03-14", "2015-04-14"),
    ("20 maart", "2019-03-27", "2019-03-20"),
    ("februari 2022", "2025-02", "2022-02"),
    ("31-10-1974", "2019-03-14", "1974-10-31"),
    ("2024", "2025-02", "2024"),
    ("de jaren zestig van de vorige eeuw", "2019-03-26", "196"),
    ("het derde kwartaal van 2018", "2019-03-26", "2018-Q3"),
    ("week 7", "2025-02-20", "2025-W07"),
    ("medio 2023", "2025-02", "2023"),
    # holidays
    ("Koningsdag 2014", "2013-02-12", "2014-04-26"),
    ("Pasen 2019", "2019-01-01", "2019-04-21"),
    ("Hemelvaartsdag 2019", "2019-01-01", "2019-05-30"),
    ("Kerstmis", "2019-03-14", "2019-12-25"),
    ("Met Kerstmis was het feest.", "2019-03-14", "2018-12-25"),
    ("moederdag", "2019-03-14", "2019-05-12"),
    # times of day
    ("om 15:30", "2019-03-14", "2019-03-14T15:30"),
    ("om drie uur", "2019-03-14", "2019-03-14T15:00"),
    ("half vier", "2019-03-14", "2019-03-14T15:30"),
    ("kwart voor twaalf", "2019-03-14", "2019-03-14T11:45"),
    ("gisteravond", "2019-03-14", "2019-03-13TEV"),
    ("Zaterdagavond speelde ik", "2019-04-11", "2019-04-06TEV"),
    ("morgen om 15 uur", "2019-03-14", "2019-03-15T15:00"),
    ("tien over vijf gistermiddag", "2019-03-04", "2019-03-03T17:10"),
    # references
    ("nu", "2019-03-14", "PRESENT_REF"),
    ("onlangs", "2019-03-14", "PAST_REF"),
    ("straks", "2019-03-14", "FUTURE_REF"),
])
def test_dates_on_a_pinned_day(text, date, value):
    assert one(text, date).value == value


@pytest.mark.parametrize("text,value,mod", [
    ("bijna drie jaar", "P3Y", "LESS_THAN"),
    ("ruim twintig jaar", "P20Y", "MORE_THAN"),
    ("eenentwintig dagen", "P21D", None),
    ("ongeveer een uur", "PT1H", "APPROX"),
    ("negentig minuten", "PT90M", None),
    ("anderhalf uur", "PT90M", None),
    ("een uur en een kwartier", "PT1H15M", None),
    ("een jaar of vier", "P4Y", "APPROX"),
    ("een paar uur", "PTXH", None),
    ("4,5 miljard jaar", "P4500000000Y", None),
    ("Negen maanden", "P9M", None),
    ("het hele jaar", "P1Y", None),
])
def test_durations(text, value, mod):
    t = one(text, "2019-03-14")
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)


def test_governing_preposition_is_outside_the_span():
    t = one("Hij zou het binnen 24 uur beëindigen.", "2025-02")
    assert (t.text, t.value, t.mod) == ("24 uur", "PT24H", "EQUAL_OR_LESS")
    t = one("Dat was in 2022.", "2025-02")
    assert (t.text, t.value) == ("2022", "2022")


@pytest.mark.parametrize("text,value", [
    ("elke dag", "P1D"), ("Wekelijks", "P1W"), ("elk jaar", "P1Y"), ("iedere maandag", "XXXX-WXX-1"),
])
def test_sets(text, value):
    t = one(text, "2019-03-14")
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize("text,date,value,earliest,latest", [
    ("gisteren", "2025-02", "2025-02-XX", "2025-01-31", "2025-02-27"),
    ("de komende week", "2025-02", "2025-WXX", "2025-02-03", "2025-03-09"),
    ("vorig jaar", "2025-02", "2024", "2024-01-01", "2024-12-31"),
    ("vorige maand", "2025", "2025-XX", "2024-12-01", "2025-11-30"),
    ("morgen", "2025", "2025-XX-XX", "2025-01-02", "2026-01-01"),
    ("begin 2022", "2025-02", "2022", "2022-01-01", "2022-04-30"),
    ("Eind vorig jaar", "2019-04-03", "2018", "2018-10-01", "2018-12-31"),
])
def test_article_date_precision_is_honoured(text, date, value, earliest, latest):
    t = one(text, date)
    assert (t.value, t.earliest, t.latest) == (value, earliest, latest)


def test_without_an_article_date_relative_values_stay_open():
    assert one("gisteren", None).value == "XXXX-XX-XX"
    assert one("14 april 2015", None).value == "2015-04-14"


def test_toen_takes_the_last_past_time_and_is_left_open_without_one():
    text = "In februari 2022 spraken ze. Ze spraken toen een uur."
    toen = [t for t in find_timexes(text, "2025-02") if t.text == "toen"][0]
    assert (toen.value, toen.anchor) == ("2022-02", "last")
    alone = one("Hij zei toen niets.", "2025-02")
    assert (alone.text, alone.value, alone.anchor) == ("toen", None, None)
    assert find_timexes("Hij lachte, toen de bal viel.", "2025-02") == []


def test_a_day_later_counts_from_the_last_day():
    found = find_timexes("Op 23 maart trad ze op. Een dag later zong ze weer.", "2019-03-25")
    assert [t.value for t in found] == ["2019-03-23", "2019-03-24"]


@pytest.mark.parametrize("text", [
    "Hij won met 2-1.", "Het kost 2019 euro.", "Er waren 1500 mensen.", "Zij at een appel.",
    "De Mei-beweging", "eerder dan verwacht", "Hij zat.", "Dat is 24/7 open.",
])
def test_no_timex(text):
    assert find_timexes(text, "2019-03-14") == []


def test_offsets_match_the_text():
    text = "Gisteren, op 14 april 2015 om 15:30, was het bijna drie jaar geleden."
    for t in find_timexes(text, "2019-03-14"):
        assert text[t.start:t.end] == t.text


def test_spacy_component_sets_doc_timexes():
    import spacy
    nlp = spacy.blank("nl")
    nlp.add_pipe("wiezeiwat_timex")
    doc = nlp.make_doc("Gisteren zei Trump dat.")
    doc.user_data["date"] = "2019-03-14"
    doc = nlp.get_pipe("wiezeiwat_timex")(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == [("Gisteren", "2019-03-13")]


@pytest.mark.parametrize("date", ["2019-13-40", "garbage", "", None])
def test_a_malformed_or_missing_date_leaves_relative_values_open(date):
    assert one("gisteren", date).value == "XXXX-XX-XX"


def test_tot_nu_toe_is_no_bound():
    t = one("Tot nu toe niets.", "2019-03-01")
    assert (t.value, t.mod) == ("PRESENT_REF", None)


def test_een_voor_een_is_no_time():
    assert find_timexes("Ze kwamen één voor één naar huis.", "2019-03-06") == []


@pytest.mark.parametrize("text,date,type_,value,mod", [
    # month and weekday abbreviations
    ("3 sept. 2018", "2019-03-14", "DATE", "2018-09-03", None),
    ("za. 9 maart", "2019-03-04", "DATE", "2019-03-09", None),
    ("01-Sep-07", None, "DATE", "2007-09-01", None),
    # day parts and time zones
    ("8 uur 's avonds", "2019-03-14", "TIME", "2019-03-14T20:00", None),
    ("om 12.00 uur UTC", "2009-06-01", "TIME", "2009-06-01T12:00Z", None),
    ("Donderdagochtend vertrok hij.", "2019-03-15", "TIME", "2019-03-14TMO", None),
    # seasons, decades
    ("deze zomer", "2013-02-12", "DATE", "2013-SU", None),
    ("de lente", "2009-04-01", "DATE", "2009-SP", None),
    ("de zeventiger jaren", "2019-03-14", "DATE", "197", None),
    # vague durations, fractions, short units
    ("jarenlang", "2019-03-14", "DURATION", "PXY", None),
    ("tweeëneenhalf jaar", "2019-03-14", "DURATION", "P2.5Y", None),
    ("2 min", "2019-03-14", "DURATION", "PT2M", None),
    ("1 mnd", "2019-03-14", "DURATION", "P1M", None),
    ("drie kwartalen", "2019-03-14", "DURATION", "P3Q", None),
    # bounds
    ("Hij bleef tot 2020.", "2019-03-14", "DATE", "2020", "BEFORE"),
    ("vanaf 14u", "2019-03-14", "TIME", "2019-03-14T14:00", "AFTER"),
    ("op zijn laatst om 11 uur", "2019-03-14", "TIME", "2019-03-14T11:00", "BEFORE"),
    # ranges
    ("13 t/m 15 juli", "2013-02-12", "DATE", "2013-07-13/2013-07-15", None),
    ("9:30 - 11:00", "2013-02-12", "TIME", "2013-02-12T09:30/2013-02-12T11:00", None),
])
def test_table_rows(text, date, type_, value, mod):
    t = one(text, date)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


def test_toen_after_a_non_verb_before_a_determiner_is_a_conjunction():
    assert find_timexes("Het werd bekend toen het blad schreef.", "2010-01-26") == []
    found = find_timexes("In 2008 kwamen ze. De leiders spraken toen de hele nacht.", "2010-01-26")
    assert [(t.text, t.value) for t in found if t.text == "toen"] == [("toen", "2008")]


def test_a_date_does_not_run_on_into_the_next_line():
    found = find_timexes("Beste week sinds november\n13 punten erbij", "2009-03-13")
    assert [t.text for t in found] == ["november"]
