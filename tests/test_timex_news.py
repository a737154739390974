"""Rules added for news readings found in MEANTIME-NL and the dev gold (docs/timex.md,
"MEANTIME-NL"): each case is a general pattern, not a corpus sentence."""
import pytest

from wiezeiwat.timex import find_timexes


def values(text, date):
    return [(t.text, t.type, t.value) for t in find_timexes(text, date)]


@pytest.mark.parametrize("text,date,expected", [
    # 'the day' in question: the last day named, else the article's day
    ("De AEX steeg maandag en sloot de dag af op 550 punten.", "2019-03-14",
     [("maandag", "DATE", "2019-03-11"), ("de dag", "DATE", "2019-03-11")]),
    ("De beurs eindigde de dag met verlies.", "2019-03-14", [("de dag", "DATE", "2019-03-14")]),
    ("Op 4 maart daalde de koers, maar later op de dag herstelde hij.", "2019-03-14",
     [("4 maart", "DATE", "2019-03-04"), ("later op de dag", "DATE", "2019-03-04")]),
    ("Hij wil de dag met zijn gezin doorbrengen.", "2019-03-14", []),
    # an anaphor a year back
    ("De verkoop steeg in februari met 4 procent ten opzichte van dezelfde periode vorig jaar.", "2019-03-14",
     [("februari", "DATE", "2019-02"), ("dezelfde periode vorig jaar", "DATE", "2018-02")]),
    # each bound of a duration range
    ("Het proces duurt 60 tot 90 dagen.", "2019-03-14", [("60", "DURATION", "P60D"), ("90 dagen", "DURATION", "P90D")]),
    ("twee à drie jaar", "2019-03-14", [("twee", "DURATION", "P2Y"), ("drie jaar", "DURATION", "P3Y")]),
    # compounds and sets
    ("na een vierdaagse opleving", "2019-03-14", [("vierdaagse", "DURATION", "P4D")]),
    ("De Vierdaagse begint.", "2019-03-14", []),
    ("de wekelijkse uitkering", "2019-03-14", [("wekelijkse", "SET", "P1W")]),
    ("op jaarbasis", "2019-03-14", [("op jaarbasis", "SET", "P1Y")]),
    # bare plural units, working days (no calendar range: weekends fall out)
    ("het hoogste niveau in jaren", "2019-03-14", [("jaren", "DURATION", "PXY")]),
    ("Hij werkt al maanden aan het plan.", "2019-03-14", [("maanden", "DURATION", "PXM")]),
    ("in de jaren zestig", "2019-03-14", [("de jaren zestig", "DATE", "196")]),
    ("binnen vijf werkdagen", "2019-03-14", [("vijf werkdagen", "DURATION", "P5D")]),
    ("in de afgelopen vijf handelsdagen", "2019-03-14", [("vijf handelsdagen", "DURATION", "P5D")]),
    # 'over' after 'te' + infinitive is the time spread over
    ("een miljoen, te besteden over tien jaar", "2019-03-25", [("tien jaar", "DURATION", "P10Y")]),
    ("Over tien jaar is alles anders.", "2019-03-25", [("tien jaar", "DATE", "2029")]),
    # a definite weekday is a day the story has reached
    ("Op de zwoele zaterdagavond staat ze op het podium.", "2019-03-25", [("zaterdagavond", "TIME", "2019-03-23TEV")]),
    ("Het concert is op de eerstvolgende zaterdag.", "2019-03-25", [("eerstvolgende zaterdag", "DATE", "2019-03-30")]),
    # participles and ordinals are no past tense
    ("Ford kondigt aan dat fabrieken in het vierde kwartaal worden gesloten.", "2006-08-19",
     [("het vierde kwartaal", "DATE", "2006-Q4")]),
    ("De beurzen blijven gesloten tot vrijdag.", "2008-09-18", [("vrijdag", "DATE", "2008-09-19")]),
    ("Volgens de bank zijn de prijzen in het vierde kwartaal gestegen.", "2007-03-13",
     [("het vierde kwartaal", "DATE", "2006-Q4")]),
    ("Donderdag sloten Tsjechië en Zweden zich aan.", "2019-03-30", [("Donderdag", "DATE", "2019-03-28")]),
    ("Zo'n verbod gold zaterdag in Parijs.", "2019-03-25", [("zaterdag", "DATE", "2019-03-23")]),
    # a bare 'op de zaterdagavond' is habitual, 'die' mostly a relative pronoun: tense decides
    ("De documentaire, die vrijdagavond wordt uitgezonden, duurt lang.", "2019-03-06",
     [("vrijdagavond", "TIME", "2019-03-08TEV")]),
    # an anaphor does not take the date it is part of
    ("Het bleef niet 2019 maar werd 2021. Vanaf 28 maart van dat jaar geldt de regel.", "2019-03-05",
     [("2019", "DATE", "2019"), ("2021", "DATE", "2021"), ("28 maart", "DATE", "2019-03-28"), ("dat jaar", "DATE", "2021")]),
])
def test_news_readings(text, date, expected):
    assert values(text, date) == expected


@pytest.mark.parametrize("text", [
    "een min of meer normaal aantal",
    "de meest recente versie",
    "een voorlopig cijfer",
    "de Russell 2000 index",
])
def test_no_timex(text):
    assert find_timexes(text, "2019-03-14") == []


def test_voorlopig_as_an_adverb_is_now():
    assert values("De trend blijft voorlopig bestaan.", "2019-03-14") == [("voorlopig", "DATE", "PRESENT_REF")]


def test_die_tijd_may_look_ahead_but_toen_looks_back():
    text = "Gisteren sprak hij. De deal wordt op 10 juni afgerond. Als er voor die tijd geen prijs is, betaalt Fiat."
    assert values(text, "2011-05-29")[-1] == ("die tijd", "DATE", "2011-06-10")
    text = "Gisteren sprak hij. De deal wordt op 10 juni afgerond. Toen was hij blij."
    assert values(text, "2011-05-29")[-1] == ("Toen", "DATE", "2011-05-28")
