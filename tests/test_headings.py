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
    ("Dat vindt Verhoef. Protest Bakkerij-eigenaar Olmos heeft het ongeluk dat zijn overbuurman klaagt.",
     ["Protest"]),
    ("De keuze is gemaakt, meldt het waterschap. Onderhoud Een tweede wijziging is dat de dijk hoger wordt.",
     ["Onderhoud"]),
    ('"Er verschenen rare foto\'s online." Ouders Daarna werd het datalek ontdekt.', ["Ouders"]),
    ("Zo kon het niet langer blijven. Strakker Het trainersduo heeft het elftal een helder plan gegeven.",
     ["Strakker"]),
    ('De bonden zijn tevreden. Rugwind CNV-voorzitter Piet Fortuin: "Het gaat de goede kant op."', ["Rugwind"]),
    ("Hij sprak ook met de buurtbewoners. Hart onder de riem Een winkelier is blij dat hij langskomt.",
     ["Hart onder de riem"]),
    ("Wanneer dat gebeurt, zegt ze er niet bij. Wrevel De oppositiepartijen steunen de wethouder.", ["Wrevel"]),
    ("Het bleek geen verrassing. Fel De Nederlandse staat kocht vorige week aandelen.", ["Fel"]),
    ("De trein stond nog op het spoor. Fout 3 Een kapotte sensor De machinisten kregen geen melding.",
     ["Fout 3", "Een kapotte sensor"]),
    ("Tien jaar cel De rechtbank in Utrecht heeft de man veroordeeld.", ["Tien jaar cel"]),
    ("Dat is het plan. Geen nieuwe brug Volgens de wethouder komt er alleen een pont.", ["Geen nieuwe brug"]),
    ("Ze willen een oplossing. Nieuwe regels 'We gaan strenger controleren', zegt de politie.", ["Nieuwe regels"]),
    ("Het lijkt of niemand er nog aan denkt.' 'Vooral nu telt elke gift' Marieke Dorrestijn (onderzoeker): "
     "'Het verschil is echt groot.'", ["'Vooral nu telt elke gift'"]),
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
    "Ze liep sterk. Morgen in de finale tegen 'Barça' wordt alles anders.",
    "Renée van der Haar, Amsterdam.",
    "Dat geldt voor elke provincie. Sanne van den Berk Er komt waarschijnlijk nog een tweede ronde bij.",
    "Het loopt mis. In het gisteren gepubliceerde rapport De zorg in cijfers staat dat het anders moet.",
    "Het werkt. Ook Isala-chirurg Van den Hoek noemt de uitkomsten hoopgevend.",
    "Dat zegt hij. Privacywaakhond Autoriteit Persoonsgegevens kan zich voorstellen dat huurders vragen hebben.",
    "Zij antwoordde. Tegen zender Nordlicht vertelde ze dat haar dochter uit een eerdere relatie stamt.",
    "Het wordt vol. De uitbater van café Het Kleine Veer in Deventer wil elke middag open.",
    "Het dringt niet door. Pierre Joosten Soest In 1990 opende ik een winkel.",
    "Het is zo.'' Waarmee Van der Linde, die er jaren onderzoek naar deed, wil zeggen: het helpt niet.",
    "'Ik ben blij', zegt ze. 'Echt waar.' Daarna ging ze weg.",
]


@pytest.mark.parametrize("text,expected", HEADINGS)
def test_headings_are_found(text, expected):
    assert headings(text) == expected


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_look_alikes_are_not_headings(text):
    assert headings(text) == []


def test_a_heading_is_a_sentence_of_its_own():
    text = "Dat vindt Verhoef. Protest Bakkerij-eigenaar Olmos heeft het ongeluk. Hij is boos."
    doc = nlp.load("nl")(text)
    spans = split_sentences(text, outermost(pair_quote_marks(text)), heading_spans(doc))
    assert [text[a:b] for a, b in spans] == ["Dat vindt Verhoef.", "Protest",
                                             "Bakkerij-eigenaar Olmos heeft het ongeluk.", "Hij is boos."]


def test_a_heading_inside_a_quote_is_no_cut():
    text = 'Hij zei: "Het gaat goed. Rugwind Het team wint." Dat klopt.'
    pairs = outermost(pair_quote_marks(text))
    spans = split_sentences(text, pairs, [(text.index("Rugwind"), text.index("Rugwind") + 7)])
    assert text[spans[0][0]:spans[0][1]] == 'Hij zei: "Het gaat goed. Rugwind Het team wint."'


def test_a_heading_is_neither_a_name_nor_part_of_a_source():
    art = wiezeiwat.analyze("Bosman wil het. Wanneer dat gebeurt, zegt ze er niet bij. Wrevel De oppositiepartijen "
                            "steunen Bosman, al zeggen zij dat het zeer doet.", date="2019-04-01")
    assert "Wrevel" not in " ".join(e.name for e in art.entities)
    mentions = [q.speaker_mention.text for q in art.quotes if q.speaker_mention]
    assert mentions and not any("Wrevel" in m for m in mentions)


def test_a_heading_is_not_in_quote_content():
    art = wiezeiwat.analyze("Het kan, vindt Veldkamp. Protest Bakkerij-eigenaar Olmos heeft het ongeluk dat zijn "
                            "overbuurman klaagt, meldt het waterschap.", date="2019-04-01")
    contents = [q.text for q in art.quotes]
    assert any(c.startswith("Bakkerij-eigenaar Olmos") for c in contents), contents
    assert not any("Protest" in c for c in contents)


def test_a_quoted_heading_is_not_a_quote():
    art = wiezeiwat.analyze("'Niemand denkt er nog aan.' 'Vooral nu telt elke gift' Marieke Dorrestijn (onderzoeker): "
                            "'Er zit echt een flink verschil tussen crises.'", date="2019-04-01")
    assert "Vooral nu telt elke gift" not in [q.text for q in art.quotes]
    assert any(q.text.startswith("Er zit echt") for q in art.quotes)


def test_the_sentence_before_a_quote_is_never_a_heading():
    art = wiezeiwat.analyze("De politie zegt dat het rustig is. Burgemeester Jan de Groot bezocht de wijk. "
                            'Rusteloos "Ik woonde op vijf verschillende adressen."', date="2019-04-01")
    quote = next(q for q in art.quotes if q.text.startswith("Ik woonde"))
    assert quote.speaker and quote.speaker.endswith("Groot")  # the person the narration turned to


def test_attribution_sentences_leave_headings_out():
    text = "Dat vindt Verhoef. Protest Bakkerij-eigenaar Olmos heeft het ongeluk."
    head = [(text.index("Protest"), text.index("Protest") + 7)]
    spans = split_sentences(text, [], head, keep_headings=False)
    assert [text[a:b] for a, b in spans] == ["Dat vindt Verhoef.", "Bakkerij-eigenaar Olmos heeft het ongeluk."]
