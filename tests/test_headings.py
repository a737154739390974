"""Inline intertitles (``wiezeiwat.quotes.headings``) on sentences written for the tests."""
import pytest

import wiezeiwat
from wiezeiwat import nlp
from wiezeiwat.quotes.headings import heading_spans
from wiezeiwat.quotes.marks import outermost, pair_quote_marks
from wiezeiwat.quotes.segment import split_sentences


def headings(text):
    doc = nlp.load("nl")(text)
    return [text[a:b] for a, b in heading_spans(doc)]


# (text, the headings in it)
HEADINGS = [
    ("Dat vindt Akkerman. Bezwaar Pizzeria-exploitant Derias heeft de pech dat zijn buurman bezwaar maakt.",
     ["Bezwaar"]),
    ("Het besluit staat vast, stelt de gemeente. Herinrichting Een ander verschil is dat de straat smaller wordt.",
     ["Herinrichting"]),
    ('"Er werden vreemde berichten gestuurd." Leerlingen Daarna kwam de hack aan het licht.', ["Leerlingen"]),
    ("We konden niet op dezelfde manier door. Compacter Het driemanschap heeft de spelers duidelijkheid gegeven.",
     ["Compacter"]),
    ('De bonden zijn tevreden. Rugwind CNV-voorzitter Piet Fortuin: "Het gaat de goede kant op."', ["Rugwind"]),
    ("Ze ging ook met de bewoners praten. Hart onder de riem Een verhuurder vindt het super dat ze komt.",
     ["Hart onder de riem"]),
    ("Welke dat zijn, maakt hij niet duidelijk. Chagrijn De coalitiefracties steunen de minister.", ["Chagrijn"]),
    ("Het bleek geen verrassing. Fel De Nederlandse staat kocht vorige week aandelen.", ["Fel"]),
    ("Het toestel stond nog op de grond. Oorzaak 4 Een ontbrekend alarm De piloten hadden geen waarschuwing.",
     ["Oorzaak 4", "Een ontbrekend alarm"]),
    ("Tien jaar cel De rechtbank in Utrecht heeft de man veroordeeld.", ["Tien jaar cel"]),
    ("Dat is het plan. Geen nieuwe brug Volgens de wethouder komt er alleen een pont.", ["Geen nieuwe brug"]),
    ("Ze willen een oplossing. Nieuwe regels 'We gaan strenger controleren', zegt de politie.", ["Nieuwe regels"]),
    ("Het lijkt wel of we dat zijn vergeten.' 'Juist nu is doneren belangrijk' Thea Hilhorst (hoogleraar): "
     "'Er is een groot verschil.'", ["'Juist nu is doneren belangrijk'"]),
]

# text with no heading at all: short sentences, names, titles and quoted names at a sentence start
NOT_HEADINGS = [
    "Ja. Nee, zegt hij.",
    "Hij lacht. De minister zwijgt. Zij knikt.",
    "Premier Rutte zei dat hij komt.",
    "Het gaat goed. Advocaat Peter Plasman zegt dat het klopt.",
    "Het Openbaar Ministerie eist tien jaar cel. Openbaar Ministerie en politie werken samen.",
    "Volgens de minister 'zijn er geen problemen'.",
    "Dat is bekend. Actiegroep 'Bos op het Plein' hield gisteravond een protest.",
    "Het klopt. Het OM had Janssen verguisd.",
    "Gisteren kwam hij thuis. Wouter De Bruijn zei dat het goed ging.",
    "Dat is niet eerlijk. Voormalig CNV-voorzitter Piet Fortuin is boos.",
    "Ze zijn het niet eens. Jan Peters De Vries heeft de leiding.",
    "Wat Forum voor Democratie daar wil, is onduidelijk.",
    "Hij speelde goed. Straks in de basis tegen 'Juve' is alles anders.",
    "Renée van der Haar, Amsterdam.",
    "Dat is gedaan voor alle gemeentes. Carla van der Wal Er wordt rekening mee gehouden dat het meer wordt.",
    "Het gaat slecht. In het vandaag verschenen jaarverslag De staat van het onderwijs staat dat het beter moet.",
    "Het helpt. Ook Radboud-chirurg Van der Vliet ziet de resultaten als bemoedigend.",
    "Dat zegt hij. Privacywaakhond Autoriteit Persoonsgegevens kan zich voorstellen dat huurders vragen hebben.",
    "Hij reageerde. Tegen persbureau Demirören zei hij dat zijn zoon uit zijn eerste huwelijk komt.",
    "Het wordt druk. De eigenaar van restaurant Het Cruydenhuisch in Eindhoven wil iedere avond open.",
    "Het dringt niet door. Pierre Joosten Soest In 1990 opende ik een winkel.",
    "Het klopt.'' Waarmee Van der Meulen, die zich heeft gespecialiseerd, wil zeggen: het werkt niet.",
    "'Ik ben blij', zegt ze. 'Echt waar.' Daarna ging ze weg.",
]


@pytest.mark.parametrize("text,expected", HEADINGS)
def test_headings_are_found(text, expected):
    assert headings(text) == expected


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_look_alikes_are_not_headings(text):
    assert headings(text) == []


def test_a_heading_is_a_sentence_of_its_own():
    text = "Dat vindt Akkerman. Bezwaar Pizzeria-exploitant Derias heeft de pech. Hij is boos."
    doc = nlp.load("nl")(text)
    spans = split_sentences(text, outermost(pair_quote_marks(text)), heading_spans(doc))
    assert [text[a:b] for a, b in spans] == ["Dat vindt Akkerman.", "Bezwaar",
                                             "Pizzeria-exploitant Derias heeft de pech.", "Hij is boos."]


def test_a_heading_inside_a_quote_is_no_cut():
    text = 'Hij zei: "Het gaat goed. Rugwind Het team wint." Dat klopt.'
    pairs = outermost(pair_quote_marks(text))
    spans = split_sentences(text, pairs, [(text.index("Rugwind"), text.index("Rugwind") + 7)])
    assert text[spans[0][0]:spans[0][1]] == 'Hij zei: "Het gaat goed. Rugwind Het team wint."'


def test_a_heading_is_neither_a_name_nor_part_of_a_source():
    art = wiezeiwat.analyze("Koolmees wil het. Welke dat zijn, maakt hij niet duidelijk. Chagrijn De coalitiefracties "
                            "steunen Koolmees, al zeggen zij dat het pijn doet.", date="2019-04-01")
    assert "Chagrijn" not in " ".join(e.name for e in art.entities)
    mentions = [q.speaker_mention.text for q in art.quotes if q.speaker_mention]
    assert mentions and not any("Chagrijn" in m for m in mentions)


def test_a_heading_is_not_in_quote_content():
    art = wiezeiwat.analyze("Het mag, vindt Portier. Bezwaar Pizzeria-exploitant Derias heeft de pech dat zijn buurman "
                            "bezwaar maakt, stelt de gemeente.", date="2019-04-01")
    contents = [q.text for q in art.quotes]
    assert any(c.startswith("Pizzeria-exploitant Derias") for c in contents), contents
    assert not any("Bezwaar" in c for c in contents)


def test_a_quoted_heading_is_not_a_quote():
    art = wiezeiwat.analyze("'We zijn het vergeten.' 'Juist nu is doneren belangrijk' Thea Hilhorst (hoogleraar): "
                            "'Er is inderdaad een groot verschil tussen rampen.'", date="2019-04-01")
    assert "Juist nu is doneren belangrijk" not in [q.text for q in art.quotes]
    assert any(q.text.startswith("Er is inderdaad") for q in art.quotes)


def test_the_sentence_before_a_quote_is_never_a_heading():
    art = wiezeiwat.analyze("De politie zegt dat het rustig is. Burgemeester Jan de Groot bezocht de wijk. "
                            'Onhandelbaar "Ik zat op vijf verschillende plaatsen."', date="2019-04-01")
    quote = next(q for q in art.quotes if q.text.startswith("Ik zat"))
    assert quote.speaker and quote.speaker.endswith("Groot")  # the person the narration turned to


def test_attribution_sentences_leave_headings_out():
    text = "Dat vindt Akkerman. Bezwaar Pizzeria-exploitant Derias heeft de pech."
    head = [(text.index("Bezwaar"), text.index("Bezwaar") + 7)]
    spans = split_sentences(text, [], head, keep_headings=False)
    assert [text[a:b] for a, b in spans] == ["Dat vindt Akkerman.", "Pizzeria-exploitant Derias heeft de pech."]
