"""Quote extraction on sentences written for the tests, one per Dutch attribution pattern."""
import random

import pytest

import wiezeiwat
from wiezeiwat.quotes.marks import pair_quote_marks


def only_quote(text, **kw):
    art = wiezeiwat.analyze(text, date="2025-02-03", **kw)
    assert len(art.quotes) == 1, [q.text for q in art.quotes]
    return art.quotes[0]


# (sentence, kind, content, speaker, cue)
PATTERNS = [
    ("Trump zei dat hij Poetin had gesproken.", "indirect", "hij Poetin had gesproken", "Trump", "zei"),
    ("Gisteren zei Trump dat hij Poetin had gesproken.", "indirect", "hij Poetin had gesproken", "Trump", "zei"),
    ("Donald Trump heeft in een interview gezegd dat de oorlog snel eindigt.", "indirect",
     "de oorlog snel eindigt", "Donald Trump", "gezegd"),
    ("De oorlog eindigt snel, zei Trump.", "indirect", "De oorlog eindigt snel", "Trump", "zei"),
    ("De oorlog eindigt snel, aldus minister Kaag.", "indirect", "De oorlog eindigt snel", "Kaag", "aldus"),
    ("Volgens Peskov praten Washington en Moskou via verschillende kanalen.", "indirect",
     "praten Washington en Moskou via verschillende kanalen", "Peskov", "Volgens"),
    ('Rutte: "Dit kan zo niet langer."', "direct", "Dit kan zo niet langer.", "Rutte", None),
    ('"Wij winnen deze verkiezingen gewoon," zegt Jesse Klaver.', "direct",
     "Wij winnen deze verkiezingen gewoon,", "Jesse Klaver", "zegt"),
    ("Peskov zei dat ze \"via verschillende kanalen\" praten.", "mixed",
     "ze \"via verschillende kanalen\" praten", "Peskov", "zei"),
    ("Halsema liet weten dat de zaak dicht blijft.", "indirect", "de zaak dicht blijft", "Halsema", "liet weten"),
    ("Hij gaf ook aan dat hij met Poetin wil praten.", "indirect", "hij met Poetin wil praten", None, "gaf aan"),
    ("Thuis, zegt Verbeek, sliep hij weer rustig.", "indirect",
     "Thuis, zegt Verbeek, sliep hij weer rustig", "Verbeek", "zegt"),
    ("Hij zei het besluit onbegrijpelijk te vinden.", "indirect", "het besluit onbegrijpelijk te vinden", None, "zei"),
    ("Het is klaar, zegt woordvoerder van der Berg.", "indirect", "Het is klaar", "woordvoerder van der Berg", "zegt"),
    ("De winkel blijft open, zegt Karin Oosterhout, huurder van de zaak.", "indirect", "De winkel blijft open",
     "Karin Oosterhout", "zegt"),
    ("Volgens retailtrends.nl heeft hij een aardig bedrag verdiend.", "indirect", "heeft hij een aardig bedrag verdiend",
     "retailtrends.nl", "Volgens"),
    ("Vorig jaar kondigde de minister aan dat de wet verandert.", "indirect", "de wet verandert", "de minister",
     "kondigde aan"),
    ("Inmiddels is vastgesteld dat de vakantie te lang is.", "indirect", "de vakantie te lang is", None, "vastgesteld"),
    # a form of two cues: the one with its particle in the clause wins (vaststellen before stellen)
    ("De inspectie stelt vast dat de school goed is.", "indirect", "de school goed is", "De inspectie", "stelt vast"),
    # the postposed source ends before the cue's particle
    ("Er komt geen nieuwe weg, stelt de wethouder gerust.", "indirect", "Er komt geen nieuwe weg", "de wethouder",
     "stelt gerust"),
]


@pytest.mark.parametrize("text,kind,content,speaker,cue", PATTERNS)
def test_attribution_patterns(text, kind, content, speaker, cue):
    q = only_quote(text)
    assert (q.kind, q.text, q.speaker) == (kind, content, speaker)
    assert text[q.start:q.end] == q.text
    assert (q.cue.text if q.cue else None) == cue


@pytest.mark.parametrize("text,stance", [
    ("Het Kremlin heeft gezegd het gesprek te \"bevestigen noch ontkennen\".", "neither"),
    ("De minister ontkende dat zij het rapport had gelezen.", "deny"),
    ("De woordvoerder bevestigde dat er een gesprek was geweest.", "confirm"),
    ("Trump zei niet wanneer de twee leiders elkaar spraken.", "refuse"),
    ('"Misschien kan ik volgend seizoen weer spelen," zegt Veltman.', "hedge"),
    ("Trump zei dat hij Poetin had gesproken.", "assert"),
    ("Het Kremlin bevestigt noch ontkent dat er een gesprek was.", "neither"),
    # a negated cue turns its stance (words.json negated_stance)
    ("De trainer ontkent niet dat hij met de club heeft gesproken.", "confirm"),
    ("De minister sluit niet uit dat er later meer klachten komen.", "hedge"),
    ("De minister ontkende de aantijgingen van de oppositie niet.", "confirm"),
    # a negated report of an embedded question withholds the answer
    ("Het bedrijf meldt niet hoeveel mensen zijn ontslagen.", "refuse"),
    ("De woordvoerder maakte niet duidelijk of de landen hebben betaald.", "refuse"),
    ("Welke bedrijven dat zijn, maakt de minister niet duidelijk.", "refuse"),
    # the negation of another clause after a comma leaves the cue alone
    ("Wat de officier van justitie eiste, was niet wat de verdachte verwachtte.", "assert"),
    # a confirmation in the words themselves (words.json content_confirmations), not in a condition
    ('"We hebben de kosten onderschat, dat klopt," zegt de wethouder.', "confirm"),
    ("Volgens de buurman is er inderdaad een ruzie geweest.", "confirm"),
    ('"Als het inderdaad zo is, dan is dat goed nieuws," zegt de wethouder.', "assert"),
    ("De rechter zei te onderzoeken of de man inderdaad heeft gelogen.", "assert"),
])
def test_stance(text, stance):
    assert only_quote(text).stance == stance


@pytest.mark.parametrize("text,medium", [
    ("Peskov heeft tegen CNN gezegd dat er kanalen zijn.", "tegen CNN"),
    ("Trump heeft in een interview met de New York Post gezegd dat hij Poetin sprak.",
     "in een interview met de New York Post"),
    ("Woodward schreef in zijn boek War dat Trump zeven keer met Poetin sprak.", "in zijn boek War"),
])
def test_medium(text, medium):
    q = only_quote(text)
    assert q.addressee_or_medium is not None and q.addressee_or_medium.text == medium


@pytest.mark.parametrize("text", [
    "Het boek \"War\" verscheen vorig jaar.",
    "De 'woke' beweging groeit.",
    "Het weer was mooi en de zon scheen de hele dag.",
    "Toegegeven, de politieke aandacht voor het klimaat was niet eerder zo groot.",
])
def test_scare_quotes_titles_and_plain_text_are_not_quotes(text):
    assert wiezeiwat.analyze(text).quotes == []


def test_pronoun_and_role_description_resolve_to_the_full_name():
    text = ("Donald Trump zei dat hij Poetin had gesproken. Hij zegt dat de oorlog snel eindigt. "
            "De Amerikaanse president zei daarbij dat het gesprek goed was.")
    art = wiezeiwat.analyze(text)
    assert [q.speaker for q in art.quotes] == ["Donald Trump"] * 3
    trump = art.entities[art.quotes[1].speaker_entity]
    kinds = {m.text: m.kind for m in trump.mentions}
    assert kinds["Hij"] == "pronoun" and kinds["De Amerikaanse president"] == "role"


def test_pronoun_skips_names_inside_quoted_content():
    art = wiezeiwat.analyze("Trump zei dat Poetin de oorlog wil beëindigen. Hij zegt dat het snel gaat.")
    assert [q.speaker for q in art.quotes] == ["Trump", "Trump"]


def test_direct_quote_without_cue_continues_the_previous_speaker():
    art = wiezeiwat.analyze('Woordvoerder Peskov zei dat er kanalen zijn. "Er zou iets kunnen zijn wat ik niet weet."')
    assert [(q.kind, q.speaker, q.stance) for q in art.quotes] == [
        ("indirect", "Peskov", "assert"), ("direct", "Peskov", "hedge")]
    assert art.quotes[1].speaker_mention is None


def test_dummy_subjects_and_noun_uses_of_cue_words_are_not_quotes():
    text = "Het zegt iets over het sentiment in het land. Hij sprak de hoop uit. Die houdt voor het vijfde jaar deze verkiezing."
    assert wiezeiwat.analyze(text).quotes == []


def test_two_people_named_in_a_row_stay_two_names():
    art = wiezeiwat.analyze("Forum voor Democratie van Thierry Baudet won. \"Wij zijn er klaar voor,\" zegt Baudet.")
    assert [q.speaker for q in art.quotes] == ["Thierry Baudet"]


def test_separately_marked_stretches_are_separate_quotes():
    text = '"Dat is geen reden," zegt Duitsland, "maar dat ligt anders bij oorlogsmisdaden."'
    art = wiezeiwat.analyze(text)
    assert [(q.kind, q.speaker) for q in art.quotes] == [("direct", "Duitsland"), ("direct", "Duitsland")]


@pytest.mark.parametrize("seed", range(30))
def test_odd_quote_marks_never_crash(seed):
    rnd = random.Random(seed)
    pieces = ["zei Trump", "\"", "'", "„", "”", ",,", "''", "«", "»", "‘", "’", "dat", "Hij", ".", ":", " ", "\n\n", "zo'n"]
    text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 60)))
    art = wiezeiwat.analyze(text)
    for q in art.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text


@pytest.mark.parametrize("text,contents", [
    ('Hij zei: „Dit is het.” En: "Nog iets."', ["Dit is het.", "Nog iets."]),
    (",,Heel verstandig'', zegt Smolders.", ["Heel verstandig"]),
    ("'s Morgens zei ze: 'Daisy's boek is uit, zo'n feest.'", ["Daisy's boek is uit, zo'n feest."]),
    ("Een \"open quote zonder einde.", []),
    # a quote of several paragraphs opens each anew and closes only the last (line breaks gone)
    ("Stoffels: 'We merken het. Zo is het. 'We streven naar meer. 'Na de oorlog.'",
     ["We merken het. Zo is het.", "We streven naar meer.", "Na de oorlog."]),
    # but never across a line break, nor around a quote that closes
    ("Hij zei: 'k ben blij.\n\n'Ja,' zei zij.", ["Ja,"]),
])
def test_quote_mark_pairing(text, contents):
    assert [text[p.start:p.end] for p in pair_quote_marks(text) if p.depth == 0] == contents


def test_analysed_articles_do_not_keep_their_parse_alive(example_article):
    import gc
    from spacy.tokens import Doc
    from wiezeiwat.records import Article
    arts = [Article(id=str(i), text=example_article.text, date=example_article.date) for i in range(3)]
    kept = list(wiezeiwat.analyze_articles(arts, threads=1))
    assert all(a.quotes for a in kept)
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Doc) and o.text == example_article.text]


@pytest.mark.parametrize("text,speakers", [
    # a capitalised adjective modifies the role noun; the name after it is the source
    ("Volgens de Nederlandse inlichtingendienst AIVD zetten zij familieleden onder druk.", ["AIVD"]),
    # an adverb before a subordinate clause: the source is the subject after `als`
    ('Daan de Vries zit in de rechtszaal. Zeker als hij zegt: "Ik ben onschuldig."', ["Daan de Vries"]),
    # a quote without a cue goes to the person the sentence before turns to, also after inversion
    ('Anna Bakker zei dat het plan goed is. Toch haalt Piet Jansen uit naar het bestuur. "Dit klopt niet."',
     ["Anna Bakker", "Piet Jansen"]),
    # but not to an organisation as subject: the last speaker goes on
    ('Woordvoerder Kees Smit zei dat het lek is gedicht. Het bedrijf heeft het systeem aangepast. "We zijn alert."',
     ["Kees Smit", "Kees Smit"]),
    # a surname with a capitalised particle is the person named in full before
    ('"Het is een nieuw soort klant," zegt Hendrik van Dalfsen. Wekelijks krijgt Van Dalfsen vier aanvragen. '
     '"We kijken eerst naar de prijs."', ["Hendrik van Dalfsen", "Hendrik van Dalfsen"]),
])
def test_speakers_by_construction(text, speakers):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == speakers


@pytest.mark.parametrize("text,content,speaker", [
    # `Dat zei X`: the sentence before is what X said
    ("De brug gaat volgend jaar dicht voor een verbouwing. Dat zei wethouder Marco Ditters dinsdag.",
     "De brug gaat volgend jaar dicht voor een verbouwing", "Marco Ditters"),
    # `…, zo …`: a postposed cue after `zo`
    ("Het park moet voor de zomer klaar zijn, zo zegt wethouder Anouk van Bemmel.",
     "Het park moet voor de zomer klaar zijn", "Anouk van Bemmel"),
])
def test_anaphoric_and_zo_postposed_cues(text, content, speaker):
    q = only_quote(text)
    assert (q.text, q.speaker) == (content, speaker)


@pytest.mark.parametrize("text", [
    "In twee dagen hebben zich 900 vrijwilligers gemeld voor het project.",  # to report oneself is no report
    "Wie dacht dat de crisis voorbij was, kwam bedrogen uit.",  # a free relative names nobody
    "Voor hen die hopen dat het snel beter wordt, is dit slecht nieuws.",  # nor a generic antecedent
    "Wat zegt Staatsbosbeheer tegen Bayer, als dat geld wil geven?",  # the writer's question
    "Dat verklaart waarschijnlijk de lage opkomst.",  # an explanation, no source
])
def test_questions_and_explanations_are_not_quotes(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("text,medium", [
    ("Ocasio-Cortez opperde in een televisie-interview dat de Amerikanen minder vlees moeten eten.",
     "in een televisie-interview"),
    ("Tegenover journalisten erkent Vardanyan dat hij betalingen deed.", "Tegenover journalisten"),
    # the addressee object ends before the cue's particle
    ("De wethouder stelt de bewoners gerust dat er geen nieuwe weg komt.", "de bewoners"),
    # events and devices where it was said (words.json medium_nouns), also as a compound's head
    ("Jansen zei zaterdag op een partijcongres in Utrecht dat het plan niet doorgaat.", "op een partijcongres"),
    ("Het gaat slecht, vertelt de arts aan de telefoon.", "aan de telefoon"),
    ("Tijdens de klimaatmars riep de woordvoerder dat het anders moet.", "Tijdens de klimaatmars"),
    ("De minister zei voor de camera dat het plan niet doorgaat.", "voor de camera"),
])
def test_medium_by_compound_head_and_addressee(text, medium):
    q = only_quote(text)
    assert q.addressee_or_medium is not None and q.addressee_or_medium.text == medium


@pytest.mark.parametrize("text,medium", [
    ("De minister vertelde de Kamer dat het plan gewoon doorgaat.", "de Kamer"),
    ("Gisteren vroeg Rutte de journalisten of zij het voorstel steunen.", "de journalisten"),
    ("De burgemeester waarschuwt bewoners dat de dijk zwak is.", "bewoners"),
    ("Volgens de buren beloofde zij hen dat de herrie zou stoppen.", "hen"),
])
def test_addressee_as_object_of_the_cue_is_the_medium(text, medium):
    q = only_quote(text)
    assert q.addressee_or_medium is not None and q.addressee_or_medium.text == medium


@pytest.mark.parametrize("text", [
    "Vorige week liet haar VVD weten dat zij tegen het voorstel stemt.",  # `VVD` ends the source
    "De minister vertelde gisteren dat het plan doorgaat.",  # a time word is no addressee
])
def test_no_addressee_inside_the_source_or_from_a_time_word(text):
    assert only_quote(text).addressee_or_medium is None


@pytest.mark.parametrize("text,cue,content,stance", [
    ("Jansen maakte duidelijk dat hij niet wil stoppen.", "maakte duidelijk", "hij niet wil stoppen", "assert"),
    ("Jansen heeft duidelijk gemaakt dat hij niet wil stoppen.", "duidelijk gemaakt", "hij niet wil stoppen", "assert"),
    ("De bond rekent er nog altijd op dat de directie toegeeft.", "rekent er op", "de directie toegeeft", "assert"),
    ("De wethouder is van mening dat de bibliotheek open moet.", "is van mening", "de bibliotheek open moet", "assert"),
    ("De minister liet in het midden of het plan doorgaat.", "liet in het midden", "het plan doorgaat", "neither"),
    ("De commissie kwam tot de conclusie dat het ontwerp te duur is.", "kwam tot de conclusie",
     "het ontwerp te duur is", "assert"),
])
def test_multiword_cues(text, cue, content, stance):
    q = only_quote(text)
    assert (q.cue.text, q.text, q.stance) == (cue, content, stance)


@pytest.mark.parametrize("text", [
    "Als het plan van Amsterdam iets duidelijk maakt, is het wel dat de regels werken.",  # no clause after the cue
    "Het is duidelijk dat de regels werken.",  # the writer's own judgement
    "De wethouder is van plan dat de bibliotheek open blijft.",  # no fixed words of a cue
])
def test_multiword_cue_needs_its_words_and_its_clause(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("text,speaker", [
    ("Minister Jansen reageerde fel. Die plannen noemt hij 'volstrekte onzin'.", "Jansen"),
    ("Wethouder Anna de Vries is tevreden. Dat de winkels op zondag opengaan, vindt ze niet erg.", "Anna de Vries"),
    ("Burgemeester Bos was duidelijk. Het kabinet verwijt hij dat de steun te laat komt.", "Bos"),
])
def test_a_subject_pronoun_after_the_cue_makes_the_first_phrase_an_object(text, speaker):
    quotes = wiezeiwat.analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "De schrijver zocht lang. Inspiratie vond hij bij andere jonge dichters.",  # found, not judged
    "De ploeg won. In de kleedkamer sprak hij lang met de spelers.",  # a fronted adjunct
])
def test_no_fronted_object_quote_without_a_judgement(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("text,stance", [
    ("Jansen weet bijna zeker dat zijn broer in het kamp zit.", "hedge"),  # a hedge on the cue
    ("Jansen weet niet zeker of zijn broer in het kamp zit.", "hedge"),
    ("Jansen weet zeker dat zijn broer in het kamp zit.", "assert"),
    ("De minister wees alle kritiek op het plan van de hand.", "deny"),  # a denial with its object
])
def test_stance_of_multiword_cues_and_hedged_cues(text, stance):
    assert only_quote(text).stance == stance


def test_a_capitalised_function_word_inside_a_sentence_opens_a_clause():
    # a heading with a comma lost its layout: `In` starts the real sentence, the source is inverted
    text = "Het begon goed. Oorzaak twee, oude fouten In 2010 zei Philips een nieuwe lamp te maken."
    assert only_quote(text).speaker == "Philips"


@pytest.mark.parametrize("text,speaker", [
    ("\"Het is nu te laat\", zeggen Anna de Boer en Piet Jansen.", "Anna de Boer en Piet Jansen"),
    ("Volgens de FNV en de CNV is het loonbod te laag.", "FNV en CNV"),
    ("Daarom vinden GroenLinks en de SP dat het plan moet doorgaan.", "GroenLinks en SP"),
    # `en` inside a phrase of the source, or a clause of its own after it: one source
    ("\"Wie zich meldt, wordt geholpen\", zegt een medewerker van het bureau Jeugd en Gezin.",
     "een medewerker van het bureau Jeugd en Gezin"),
    ("\"Het is nu te laat\", zegt Rutte en Kaag knikt.", "Rutte"),
    ("\"Het is nu te laat\", zei Rutte en hij vertrok.", "Rutte"),
    ("Partijgenoot en fractievoorzitter Sybrand Buma noemde het plan kansloos.", "Sybrand Buma"),
    # a second `en` goes on: a name with its own `en` after the first conjunct
    ("\"De dijk moet omhoog\", zeggen de provincie en Waterschap Aa en Maas.", "de provincie en Waterschap Aa en Maas"),
])
def test_coordinated_sources(text, speaker):
    quotes = wiezeiwat.analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    # a personal pronoun is a whole phrase: the clause after it is no part of the source
    ("Wethouder Bos kwam langs. Hij bekeek de plannen van de buurt en zei dat hij ze steunt.", "Bos"),
    # a finite verb ends a subject phrase
    ("Minister Anna Bos zwichtte voor de druk en zei dat het plan wordt uitgesteld.", "Anna Bos"),
    # a focus particle before a postposed source goes with it
    ("\"Dit is niet de goede weg\", zegt ook hoogleraar Martin Buijsen.", "Martin Buijsen"),
    ("Het plan is onhaalbaar, zegt ook Buijsen.", "Buijsen"),
    # a role's field between the role and a given name belongs to the phrase, whatever its tag
    ("\"Dit kan zo niet\", zegt hoogleraar staatsrecht Anna Bos.", "Anna Bos"),
    ("Volgens de minister wordt Nederland gestraft voor zijn beleid.", "de minister"),
])
def test_source_phrase_boundaries(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # `ze` with a plural verb is they: a group, never the last person named
    ("Minister Jansen bood vijf procent. De bonden zijn boos. Ze zeggen dat het bod te laag is.", "De bonden"),
    ("De FNV reageerde op minister Jansen. Zij zeggen dat het bod te laag is.", "FNV"),
    ("Minister Jansen bood vijf procent. De lonen stijgen. Ze zeggen dat het bod te laag is.", None),
    # with a singular verb `ze` is she
    ("Anna de Vries is boos. Ze zegt dat het bod te laag is.", "Anna de Vries"),
])
def test_plural_ze_takes_a_group(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text,speakers", [
    # a suspect named by an initial is never the rechter
    ("\"Ik wilde alleen rust\", zegt Sanne van B. tegen de rechter. De rechter zegt dat het dossier iets anders laat zien.",
     ["Sanne van B.", "De rechter"]),
    # a description of a role the last speaker does not hold with another of the group
    ("\"Mijn cliënt is onschuldig\", zegt advocaat Wim de Graaf. De officier zegt dat het bewijs sterk is.",
     ["Wim de Graaf", "De officier"]),
    ("\"Mijn cliënt is onschuldig\", zegt advocaat Wim de Graaf. De raadsman zegt dat het bewijs zwak is.",
     ["Wim de Graaf", "Wim de Graaf"]),
    # elegant variation: a new role for the last speaker
    ("\"Ik stop niet\", zegt Hillary Clinton. De oud-minister zegt dat ze blijft spreken.",
     ["Hillary Clinton", "Hillary Clinton"]),
])
def test_a_role_description_takes_up_a_compatible_speaker(text, speakers):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == speakers


@pytest.mark.parametrize("text,speaker", [
    # a surname that opens with a capitalised particle group: `Van der`, `Van den`, `Van de`
    ("\"Het plan is onhaalbaar\", zegt Van der Linden.", "Van der Linden"),
    ("Volgens Van den Berg is het plan onhaalbaar.", "Van den Berg"),
    ("Wethouder Marieke van der Linden was er ook. Het plan is onhaalbaar, zegt Van der Linden.",
     "Marieke van der Linden"),
])
def test_surnames_that_open_with_particles(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


def test_interview_answers_go_to_the_person_the_introduction_names():
    # no cue names the interviewee before the first answer: the introduction does
    text = ("Socioloog Anna de Boer deed onderzoek naar verlof. Haar proefschrift verscheen gisteren bij het CBS. "
            "Waarom nemen mannen weinig verlof? 'Dat heeft nog steeds met rolpatronen te maken.' "
            "Wat kan de werkgever doen? 'Zelf het goede voorbeeld geven, dat helpt het meest.' "
            "En de overheid? 'Die kan betere regels maken voor ouders.'")
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == ["Anna de Boer"] * 3


@pytest.mark.parametrize("text,speaker,content", [
    ("Rutte opende het debat met het verwijt dat de oppositie overdrijft.", "Rutte", "de oppositie overdrijft"),
    ("Gisteren kwam de bond met de mededeling dat de staking doorgaat.", "de bond", "de staking doorgaat"),
])
def test_statement_noun_with_its_clause_is_a_cue(text, speaker, content):
    q = only_quote(text)
    assert (q.speaker, q.text) == (speaker, content)


@pytest.mark.parametrize("text", [
    "De fracties nemen genoegen met de waarschuwing dat de regels blijven.",  # someone else warned
    "Het standpunt dat Rutte innam, bleef overeind.",  # a relative clause
])
def test_statement_noun_without_its_speaker_is_no_cue(text):
    assert wiezeiwat.analyze(text).quotes == []


def test_a_relative_clause_report_ends_where_the_main_clause_goes_on():
    text = "Wethouder Anna Bos, die zegt dat het plan werkt, meent dat de kosten meevallen."
    assert [(q.text, q.speaker) for q in wiezeiwat.analyze(text).quotes] == [
        ("het plan werkt", "Anna Bos"), ("de kosten meevallen", "Anna Bos")]


@pytest.mark.parametrize("text,speaker,content", [
    # an organisation's name goes on over `voor`: Partij voor de Dieren, Raad voor de Rechtspraak
    ("Volgens de Raad voor de Rechtspraak is het te druk bij de rechtbanken.", "Raad voor de Rechtspraak",
     "is het te druk bij de rechtbanken"),
    ("Het plan deugt niet, zegt de Partij voor de Dieren.", "Partij voor de Dieren", "Het plan deugt niet"),
    ("Volgens Jansen voor de camera is het goed.", "Jansen", "voor de camera is het goed"),  # no organisation
])
def test_organisation_names_with_voor(text, speaker, content):
    q = only_quote(text)
    assert (q.speaker, q.text) == (speaker, content)


@pytest.mark.parametrize("text,content,medium", [
    # a request or advice with a te-clause: the person object is who was addressed
    ("Rutte adviseerde de kandidaten 'niets als vanzelfsprekend te zien'.", "niets als vanzelfsprekend te zien",
     "de kandidaten"),
    ("De bond vraagt de leden in te stemmen met het akkoord.", "in te stemmen met het akkoord", "de leden"),
    ("De burgemeester waarschuwde hen niet thuis te blijven.", "niet thuis te blijven", "hen"),
])
def test_te_clause_after_an_addressee(text, content, medium):
    q = only_quote(text)
    assert (q.text, q.addressee_or_medium and q.addressee_or_medium.text) == (content, medium)


def test_content_runs_on_over_a_second_reported_clause():
    q = only_quote("Vardanyan erkent dat hij betalingen deed, maar dat Troika zich aan de regels hield.")
    assert q.text == "hij betalingen deed, maar dat Troika zich aan de regels hield"


@pytest.mark.parametrize("text,speakers", [
    # a focus particle goes with the subject in first position
    ("Ook de SP vindt dat de minister moet ingrijpen.", ["SP"]),
    # a subordinate clause without a comma: its own subject is the source
    ("Ruud Kamphuis sprak. De club had Kamphuis ontslagen toen die had geopperd dat de trainer weg moest.", ["Ruud Kamphuis"]),
    # the head of a description is the noun before its first preposition
    ('De deuren waren eruit. Een bewoner van nummer 58 was geschrokken. "Dit was een harde knal."',
     ["Een bewoner van nummer 58"]),
])
def test_source_phrases_by_grammar(text, speakers):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == speakers


@pytest.mark.parametrize("text,content,speaker", [
    # a main clause before the comma: the cue after it is postposed, whatever follows the source
    ("Reizigers hoeven niet ongerust te zijn, zegt het bedrijf dat de vluchten regelt.",
     "Reizigers hoeven niet ongerust te zijn", "het bedrijf"),
    ("Drie jongeren zijn opgepakt, zegt een woordvoerder van de Utrechtse politie.",
     "Drie jongeren zijn opgepakt", "een woordvoerder van de Utrechtse politie"),
])
def test_postposed_cue_after_a_main_clause(text, content, speaker):
    q = only_quote(text)
    assert (q.text, q.speaker) == (content, speaker)


@pytest.mark.parametrize("text,stance", [
    ("Volgens de directeur is het verwijt volkomen onterecht.", "deny"),  # the reported words deny
    ('"Misschien kom ik terug. Ik weet het." zegt Veltman.', "hedge"),  # a hedge in the first sentence
    ('"Ik kom terug. Misschien volgend jaar al, wie weet." zegt Veltman.', "assert"),  # not deep in the quote
])
def test_stance_from_the_words_of_the_quote(text, stance):
    assert only_quote(text).stance == stance


@pytest.mark.parametrize("text,speaker,content", [
    # any communication verb right after a quotation is its speech tag
    (",,Dit kabinet rijdt zich vast in de polder'', zo maant Kamerlid Jeroen van Wijk.", "Jeroen van Wijk",
     "Dit kabinet rijdt zich vast in de polder"),
    # a participle between a determiner and a noun stays inside the source phrase
    ("'Ik stop ermee', aldus de verrassende woorden van Pechtold dinsdag.", "de verrassende woorden van Pechtold",
     "Ik stop ermee"),
])
def test_speech_tags_after_a_quotation(text, speaker, content):
    q = only_quote(text)
    assert (q.speaker, q.text) == (speaker, content)


def test_a_definite_institution_takes_up_its_full_name():
    text = ("De gemeente Eindhoven weigert een terras. Derias is boos. "
            "Het terras is in strijd met de regels, stelt de gemeente.")
    q = only_quote(text)
    assert q.speaker.lower().endswith("gemeente eindhoven")


@pytest.mark.parametrize("text", [
    "Deze enorme omzet roept ook de vraag op waarom de fabriek niet investeert.",  # a thing does not speak
    "Reageren: hoofdredactie",  # a label
    "Bram probeert ons bij te praten, en wij vragen ons af wat dat betekende.",  # the writer asks
    "De in Italië heilig verklaarde pizza wordt steeds vaker als symbool gebruikt.",  # a participle before its noun
    "Dat de actie wordt afgeblazen geeft aan dat de bond geen conflict wil riskeren.",  # a clause as subject
])
def test_sources_that_cannot_speak_make_no_quote(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("text,speaker", [
    ("Diplomaten waarschuwen dat uitstel geen afstel betekent.", "Diplomaten"),  # plural by Dutch spelling
    ("Bronnen rond de club melden dat de nieuwe spits blijft.", "Bronnen rond de club"),
])
def test_people_described_in_the_plural_can_speak(text, speaker):
    assert only_quote(text).speaker == speaker


@pytest.mark.parametrize("text,content", [
    # a te-clause before a later `dat` is the content
    ("Marieke Dorrestein zegt geen bewijs te hebben dat er geld is verdwenen.",
     "geen bewijs te hebben dat er geld is verdwenen"),
    # words outside the marks before a postposed cue: a mixed quote, not only the marked words
    ("Die regels zorgen bij boeren voor 'een voortdurende onzekerheid over de toekomst', aldus de LTO.",
     "Die regels zorgen bij boeren voor 'een voortdurende onzekerheid over de toekomst'"),
])
def test_content_scope(text, content):
    assert only_quote(text).text == content


def test_a_share_of_people_can_speak():
    q = only_quote("Een kwart van de leden gaf aan dat het bestuur te weinig doet.")
    assert q.speaker == "Een kwart van de leden"


def test_medium_from_another_cue_of_the_same_source_in_the_sentence():
    q = only_quote("Volgens Hoekstra schaadt dit plan de schatkist, zei hij dinsdag in de Eerste Kamer.")
    assert q.addressee_or_medium is not None and q.addressee_or_medium.text == "in de Eerste Kamer"


def test_in_an_interview_the_answers_go_to_the_interviewee_not_to_whom_the_questions_name():
    # three quotes open right after the writer's question: an interview
    art = wiezeiwat.analyze(
        "Minister Karin Smit wil de huren bevriezen. 'Dat is hard nodig,' zegt Smit in haar werkkamer. "
        "Waarom nu? 'De huren stijgen al jaren sneller dan de lonen.' "
        "Premier Jan de Groot was eerst tegen. Wat vindt hij er nu van? 'Hij steunt het plan inmiddels volledig.' "
        "De Woonbond sprak van een doorbraak. Is de Woonbond tevreden? 'Die is blij, dat weet ik zeker.'")
    assert [(q.text[:12], q.speaker) for q in art.quotes] == [
        ("Dat is hard ", "Karin Smit"), ("De huren sti", "Karin Smit"), ("Hij steunt h", "Karin Smit"),
        ("een doorbraa", "Woonbond"), ("Die is blij,", "Karin Smit")]


def test_a_question_without_answers_after_it_makes_no_interview():
    art = wiezeiwat.analyze("Wat moet de gemeente doen? Wethouder Piet Bos weet het wel. 'We gaan bouwen,' zegt Bos. "
                            "Buurman Kees Dam is boos. 'Niemand vroeg ons iets.'")
    assert [q.speaker for q in art.quotes] == ["Piet Bos", "Kees Dam"]


@pytest.mark.parametrize("text, expected", [
    # a phrase before the object is a medium or a time, not what was said
    ("Partijleider Jan Bos noemt in een talkshow op zondag zijn collega Piet Smit een goede kandidaat.",
     [("zijn collega Piet Smit een goede kandidaat", "Jan Bos", "in een talkshow")]),
    ("De minister ontkende in een verklaring de beschuldiging van fraude.",
     [("de beschuldiging van fraude", "De minister", "in een verklaring")]),
    ("Wethouder Els Kok zei tegen de raad dat de begroting sluit.",
     [("de begroting sluit", "Els Kok", "tegen de raad")]),
    # `vinden` = find, and a speech verb used as a noun: nothing is said
    ("De school moet dit jaar nog een antwoord vinden op het lerarentekort.", []),
    ("Vier historici helpen de commissie graag met het vinden van namen voor nieuwe straten.", []),
])
def test_a_phrase_after_the_cue_is_not_its_content(text, expected):
    art = wiezeiwat.analyze(text)
    assert [(q.text, q.speaker, q.addressee_or_medium and q.addressee_or_medium.text) for q in art.quotes] == expected


@pytest.mark.parametrize("text, speaker", [
    # a role word before a person's name, or in apposition after it, lets `de <role>` take the person up
    ("De jurist Ferre van Dam stapt naar de rechter. Volgens de jurist is de wet onduidelijk.", "Ferre van Dam"),
    ("'Het klopt niet', zegt Anna de Vries, econoom bij een bank. Bij de bank zijn ze het oneens. "
     "Volgens de econoom groeit de economie toch.", "Anna de Vries"),
    # a compound ends in the role (`de inspectie` takes up `De Onderwijsinspectie`)
    ("De Onderwijsinspectie bezocht de school. De inspectie concludeert dat het onderwijs goed is.",
     "Onderwijsinspectie"),
])
def test_a_definite_role_takes_up_the_person_named_with_it(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes][-1] == speaker


def test_a_prefixed_role_is_another_role():
    # `vicepresident` ends in `president` but is not the president
    art = wiezeiwat.analyze("Voor het gesprek zocht president Jan Bos de vicepresident Mike Horn op. "
                            "De president zei dat het gesprek goed was.")
    assert [q.speaker for q in art.quotes] == ["Jan Bos"]


@pytest.mark.parametrize("text, expected", [
    # a split cue after the quotation: its source stands inside it
    ("Het bedrijf sluit. 'We stoppen ermee', liet directeur Jan Bos vanochtend weten.", ("Jan Bos", "liet weten")),
    ("Het plan is klaar. 'Dat is onzin', voegt minister Els Kok daaraan toe.", ("Els Kok", "voegt toe")),
    # a role word the tagger takes for a verb, before the name
    ("Er is veel gebruik. 'Het kan beter', zegt drugsexpert Ton Nabben.", ("Ton Nabben", "zegt")),
])
def test_a_postposed_cue_with_its_source_inside(text, expected):
    assert [(q.speaker, q.cue.text) for q in wiezeiwat.analyze(text).quotes] == [expected]


@pytest.mark.parametrize("text", [
    "'Samen naar een betere school', heet het akkoord dat de gemeenten sloten.",
    "Het rapport, getiteld 'Werk aan de winkel', verscheen gisteren.",
    "Hij schreef een boek met de titel 'Het einde van de wereld'.",
])
def test_a_title_in_quotation_marks_is_no_quote(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("text, content, speaker", [
    # the cue is the relative clause's own: the phrase before the comma is the source
    ("De oppositie kreeg steun van Piet de Vries, die zegt dat het plan niet deugt.",
     "het plan niet deugt", "Piet de Vries"),
    ("De klacht komt van de woordvoerder van het ministerie, die vorige week zei dat het plan niet doorgaat.",
     "het plan niet doorgaat", "de woordvoerder van het ministerie"),
    ("De vakbond kreeg een brief van De Nederlandsche Bank (DNB), die meldt dat de rente te laag blijft.",
     "de rente te laag blijft", "De Nederlandsche Bank"),
    ("Het afscheid van Ans Bakker, die haar functie een roeping noemt, kwam onverwacht.",
     "haar functie een roeping", "Ans Bakker"),
    # a subject pronoun after the relative makes the relative the object
    ("Jan Smit kwam met een nieuwe vondst, die hij nu telkens herhaalt: een rustig jaar.",
     "een rustig jaar", "Jan Smit"),
    # the relative clause closes before the main clause's cue: unchanged
    ("Piet de Vries, die al twintig jaar in de wijk woont, zegt dat het nooit zo erg was.",
     "het nooit zo erg was", "Piet de Vries"),
])
def test_a_cue_inside_a_relative_clause(text, content, speaker):
    q = only_quote(text)
    assert (q.text, q.speaker) == (content, speaker)


@pytest.mark.parametrize("text, content", [
    # `dat zijn` + noun: the complementizer and a possessive, not a relative and the verb
    ("De burgemeester zei dat zijn partij de verkiezingen heeft gewonnen.", "zijn partij de verkiezingen heeft gewonnen"),
    ("De oud-minister schreef dat zijn kabinet een fout had gemaakt.", "zijn kabinet een fout had gemaakt"),
])
def test_dat_before_a_possessive_zijn_opens_the_content(text, content):
    assert only_quote(text).text == content


@pytest.mark.parametrize("text, speaker", [
    # a possessive opens the source phrase; the possessor is not the source
    ('Jan Smit werd gisteren veroordeeld. "Hij gaat in beroep", zegt zijn advocaat.', "zijn advocaat"),
    ('Jan Smit werd veroordeeld. "We gaan in beroep", zegt zijn advocaat Piet de Wit.', "Piet de Wit"),
    ("Marie Jansen is boos. Volgens haar nieuwe woordvoerder komt er een klacht.", "haar nieuwe woordvoerder"),
    # `volgens haar` with a verb after it: the pronoun is the source
    ("Marie Jansen werkt hier al jaren. Volgens haar is het plan te duur.", "Marie Jansen"),
])
def test_a_possessive_opens_the_source_phrase(text, speaker):
    assert only_quote(text).speaker == speaker


def test_a_possessive_phrase_that_cannot_speak_is_no_source():
    art = wiezeiwat.analyze("Piet liet haar, volgens zijn gewoonte, eerst uitpraten.")
    assert [q.speaker for q in art.quotes] == []


@pytest.mark.parametrize("text, content, speaker", [
    # `blijken uit X`: the document or its author states it (GUIDELINES 1: a document is a source)
    ("Uit onderzoek van het CBS blijkt dat steeds meer mensen thuis werken.",
     "steeds meer mensen thuis werken", "CBS"),
    ("Uit een peiling van Maurice de Hond bleek vorige week dat de VVD de grootste is.",
     "de VVD de grootste is", "Maurice de Hond"),
    ("Steeds meer mensen werken thuis, zo blijkt uit cijfers van het CBS.", "Steeds meer mensen werken thuis", "CBS"),
    ("Uit het rapport blijkt dat de brug te zwak is.", "de brug te zwak is", "het rapport"),
])
def test_the_source_of_blijken_is_its_uit_phrase(text, content, speaker):
    q = only_quote(text)
    assert (q.text, q.speaker, q.cue.lemma) == (content, speaker, "blijken")


@pytest.mark.parametrize("text", [
    "Het blijkt lastig om de brug te repareren.",
    "De brug blijkt al jaren te zwak.",
    "Dat het nodig was, bleek wel uit het gedoe over de benoeming.",  # an event shows, nobody states
])
def test_blijken_without_a_source_that_can_state_reports_nothing(text):
    assert wiezeiwat.analyze(text).quotes == []


def test_dat_blijkt_uit_takes_the_sentence_before():
    art = wiezeiwat.analyze("Veel vissers stoppen ermee. Dat blijkt uit een kleine studie van het CBS.")
    assert [(q.text, q.speaker) for q in art.quotes] == [("Veel vissers stoppen ermee", "CBS")]


@pytest.mark.parametrize("text, content, speaker", [
    # a fronted `volgens X` takes the first place: what stands between X and the finite verb
    # (a bracket, an apposition or relative clause between commas) is about X, not content
    ("Volgens Jan de Vries (45), die de actie op touw zette, hoeven de buren zich geen zorgen te maken.",
     "hoeven de buren zich geen zorgen te maken", "Jan de Vries"),
    ("Volgens Karin Jansen, woordvoerder van de gemeente Utrecht, moeten de wegen worden aangepakt.",
     "moeten de wegen worden aangepakt", "Karin Jansen"),
    # a comma inside the clause itself is no apposition
    ("Volgens de politie zijn er, net als vorig jaar, veel klachten.",
     "zijn er, net als vorig jaar, veel klachten", "de politie"),
])
def test_volgens_skips_what_is_said_about_its_source(text, content, speaker):
    q = only_quote(text)
    assert (q.text, q.speaker) == (content, speaker)


@pytest.mark.parametrize("text, speakers", [
    # a role phrase with the person's name in apposition after it names that person
    ("De oprichter van de club, Karel Jansen, zegt dat het niet klopt.", ["Karel Jansen"]),
    ("Volgens de oprichter van de club, Karel Jansen, klopt het niet.", ["Karel Jansen"]),
    ("\"Het klopt niet\", zegt de oprichter van de club, Karel Jansen.", ["Karel Jansen"]),
    ("De woordvoerder van de bank, Karel Jansen, zei dat het niet klopt. Hij zei ook dat de bank niet betaalt.",
     ["Karel Jansen", "Karel Jansen"]),
    # an organisation noun with a place in apposition stays the organisation
    ("De gemeente, Utrecht, zegt dat het klopt.", ["De gemeente"]),
])
def test_a_role_with_a_name_in_apposition_is_that_person(text, speakers):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == speakers


@pytest.mark.parametrize("text, speaker, cue", [
    # an adjunct te-infinitive with a reported clause: the main clause's subject speaks
    ("Paul de Wit verraste de raad door te zeggen dat de begroting niet klopt.", "Paul de Wit", "zeggen"),
    ("Marie belde de politie om te melden dat haar fiets weg was.", "Marie", "melden"),
    # of two cues before one reported clause, the nearer one introduces it
    ("De fabrikant Airbus erkent de klachten maar zegt dat het aantal toestellen klein is.", "Airbus", "zegt"),
])
def test_the_cue_nearest_its_clause_and_adjunct_infinitives(text, speaker, cue):
    q = only_quote(text)
    assert (q.speaker, q.cue.text) == (speaker, cue)


def test_an_article_after_a_role_opens_the_addressee_not_a_surname():
    # `de minister de Kamer`: two phrases, not a name like `minister De Jonge`
    q = only_quote("Gisteren vertelde de minister de Kamer dat de wet wordt ingetrokken.")
    assert q.speaker == "de minister"


@pytest.mark.parametrize("text, speakers", [
    # a relative clause without a comma after a name: the named person speaks
    ("Het was een mooie dag, schreef columnist Jan Bakker die eerder al beweerde dat de zomer te kort is.",
     ["Jan Bakker", "Jan Bakker"]),
    ("'Dat duurt nog maanden', aldus een zegsvrouw die onderstreept dat iedereen geduld moet hebben.",
     ["een zegsvrouw", "een zegsvrouw"]),
    # a kind of person (`de vrouw die …`) says nothing in particular
    ("Ik hoor het vaak van de vrouw die denkt dat ze minder verdient.", []),
])
def test_a_restrictive_relative_after_a_named_source(text, speakers):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == speakers


@pytest.mark.parametrize("text, speaker", [
    # after a postposed source, an adverb, a predicative adjective or a time expression ends nothing
    ("'Het komt goed', zegt Kroes hoopvol.", "Kroes"),
    ("'We stoppen ermee', zei burgemeester Anna Smit afgelopen week.", "Anna Smit"),
])
def test_words_about_the_saying_after_a_postposed_source(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


def test_a_pronoun_takes_the_latest_person_whose_gender_is_unknown_over_an_older_one_of_its_gender():
    # `hij`: Halsema (no given name, gender unknown) was named last, not Tom Bakker
    text = ("'De belasting gaat omhoog', aldus Tom Bakker op Twitter. Ook burgemeester Halsema, die graag "
            "ruzie zoekt, wakkert de onrust aan. 'Alles wordt duurder', twitterde hij sarcastisch.")
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == ["Tom Bakker", "Halsema"]


@pytest.mark.parametrize("text, content", [
    # a whole quotation before `, zegt X,`: what follows the source is about X, not more content
    ("'De export lijdt eronder', zegt Marit Kok, econoom bij een grote bank.", "De export lijdt eronder"),
    ("'Ik ben heel tevreden', concludeert Bas de Wit, terwijl hij de uitslag bekijkt.", "Ik ben heel tevreden"),
    # a parenthetical cue inside a clause that goes on is unchanged
    ("Het plan, zegt Bas de Wit, is slecht.", "Het plan, zegt Bas de Wit, is slecht"),
])
def test_a_cue_after_a_whole_quotation_is_postposed(text, content):
    q = only_quote(text)
    assert q.text == content


@pytest.mark.parametrize("text, expected", [
    # a manner of speaking after a whole quotation is its cue
    ("'Ga weg!', gilt Marie Bos.", [("Marie Bos", "gilt")]),
    ("'Dat wordt niks', moppert Marie Bos.", [("Marie Bos", "moppert")]),
    ("'Geweldig', lacht Marie Bos.", [("Marie Bos", "lacht")]),
    ("'Kom terug!', roept Marie Bos.", [("Marie Bos", "roept")]),
    # never after narration
    ("Hij liep weg, lacht Marie Bos.", []),
])
def test_manner_of_speaking_after_a_quotation(text, expected):
    got = [(q.speaker, q.cue.text if q.cue else None) for q in wiezeiwat.analyze(text).quotes]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a relative `dat` after a comma or bracket closing the cue's object is no content
    ("Actievoerders riepen op tot een boycot van Albert Heijn (dat ook winkels heeft in België).", []),
    ("Zij schreven samen een roman, dat later werd verfilmd.", []),
    # after the source or a passive's agent, `, dat` still opens what was said
    ("De minister zei, dat het klopt.", ["het klopt"]),
])
def test_a_relative_dat_after_the_object_is_no_content(text, expected):
    assert [q.text for q in wiezeiwat.analyze(text).quotes] == expected


@pytest.mark.parametrize("text, content", [
    # `volgens X` opening a main clause after a comma or a conjunction: that clause is what X says
    ("De kritiek is groot, volgens de ambtenaren is dat overdreven.", "is dat overdreven"),
    ("Hij won de verkiezingen en volgens zijn fans is het dorp nu veiliger.", "is het dorp nu veiliger"),
    ("Maar volgens de wethouder kan het plan niet doorgaan.", "kan het plan niet doorgaan"),
])
def test_volgens_opening_a_second_main_clause(text, content):
    assert only_quote(text).text == content


def test_a_cue_in_a_waarna_clause_has_that_clause_subject():
    q = only_quote("De bond stapte naar de rechter, waarna de rechtbank oordeelde dat de staking mocht doorgaan.")
    assert (q.speaker, q.text) == ("de rechtbank", "de staking mocht doorgaan")


@pytest.mark.parametrize("text, speaker, content", [
    # a characterising verb with `als`: the predicate is what the source says of the object
    ("De krant bestempelde het voorstel als een gevaarlijk experiment.", "De krant", "een gevaarlijk experiment"),
    ("Critici zetten de partij neer als een club van dromers.", "Critici", "een club van dromers"),
    ("De minister doet de kritiek van de oppositie af als onzin.", "De minister", "onzin"),
    ("Een criticus omschreef de voorstelling als luchtig en geestig.", "Een criticus", "luchtig en geestig"),
    ("De minister heeft de kritiek als onzin afgedaan.", "De minister", "onzin"),
    # in the passive the agent speaks, not the subject
    ("De omroep werd door de minister bestempeld als 'vijandige zender'.", "de minister", "vijandige zender"),
])
def test_characterisation_with_als(text, speaker, content):
    q = only_quote(text)
    assert (q.speaker, q.text) == (speaker, content)


@pytest.mark.parametrize("text", [
    "Vooral kandidaten moeten oppassen, willen ze niet worden weggezet als linkse liberalen.",  # passive, no agent
    "De als klimaatdrammer bestempelde kiezer kiest vaak groen.",  # an attributive participle
    "Bovendien wil hij bramenstruiken neerzetten, waar kinderen van kunnen plukken.",  # no `als`
    "De burgemeester typeerde de aanvoerder als eerste.",  # a rank, not a predicate
    "Het artikel beschrijft hoe de president de dictator probeerde te portretteren als een partner.",  # another clause
])
def test_no_characterisation_without_a_source_and_its_als(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("text, speaker", [
    # a definite noun for a kind of organisation takes up the one organisation named just before
    ("Greenpeace voerde gisteren actie bij de haven van Rotterdam. Volgens de organisatie is de haven te vervuilend.",
     "Greenpeace"),
    ("De Rabobank sluit twintig kantoren in Brabant. Het bedrijf zegt dat klanten vaker online bankieren.", "Rabobank"),
    # two organisations named there: which one is meant is unknown
    ("Greenpeace en de Rabobank zijn het oneens. Volgens de organisatie is de haven te vervuilend.", "de organisatie"),
    # a person of the organisation, a plural, an indefinite, an institution that names itself
    ("De Rabobank sluit kantoren. De voorzitter van de organisatie zegt dat klanten vaker online bankieren.",
     "De voorzitter van de organisatie"),
    ("Greenpeace voerde actie. De organisaties zeggen dat de haven te vervuilend is.", "De organisaties"),
    ("Greenpeace voerde actie. Een organisatie zegt dat de haven te vervuilend is.", "Een organisatie"),
    ("De Rabobank sluit kantoren. De politie zegt dat het rustig bleef.", "De politie"),
    # named more than two sentences before: too far to take up
    ("Greenpeace voerde actie in de haven. Daarna sprak burgemeester Jan Bos de demonstranten toe. Hij at een broodje. "
     "Het bleef rustig. Volgens de organisatie is de haven te vervuilend.", "de organisatie"),
])
def test_an_organisation_noun_takes_up_the_organisation_just_named(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a word for a person takes up the latest person who spoke, never an organisation or a place
    ("Het Zorginstituut adviseert de pil niet te vergoeden. De minister zegt dat hij het advies volgt.",
     ["Zorginstituut", "De minister"]),
    ("Minister Bruno Bruins sprak met het Zorginstituut. De minister zegt dat hij het advies volgt.", ["Bruno Bruins"]),
])
def test_a_person_description_takes_up_no_organisation(text, speakers):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a date or time that ends the source phrase is when it spoke, not part of who
    ("\"Het komt goed\", zei de minister vorige week op de radio.", "de minister"),
    ("\"We gaan door\", meldde een woordvoerster dinsdagmiddag.", "een woordvoerster"),
    ("\"We gaan door\", meldde een woordvoerster van de bond en de boeren dinsdagmiddag.",
     "een woordvoerster van de bond en de boeren"),
    # after a preposition the time belongs to the phrase
    ("Volgens de plannen van vorig jaar moet de weg breder.", "de plannen van vorig jaar"),
])
def test_a_time_after_the_source_is_not_part_of_it(text, speaker):
    q = only_quote(text)
    assert (q.speaker, q.speaker_mention.text) == (speaker, speaker)


@pytest.mark.parametrize("text, expected", [
    # a name the tagger read as a verb (`Schouten`, `Betrokkenen`) is still the subject the parser says it is
    ("Het is een lastige kwestie. Schouten vindt dat de kerk het celibaat moet afschaffen.",
     [("de kerk het celibaat moet afschaffen", "Schouten")]),
    ("Het onderzoek is klaar. Betrokkenen beamen dat de cijfers kloppen.", [("de cijfers kloppen", "Betrokkenen")]),
    # a fronted infinitive is no subject that speaks
    ("Het onderzoek is klaar. Bellen met de minister is zinloos, zegt Jan de Vries.",
     [("Bellen met de minister is zinloos", "Jan de Vries")]),
])
def test_a_name_read_as_a_verb_can_be_the_source(text, expected):
    assert [(q.text, q.speaker) for q in wiezeiwat.analyze(text).quotes] == expected


@pytest.mark.parametrize("text, expected", [
    # `staan in` a document: the document is the source, fronted or after the quotation
    ("In een interne nota staat dat de minister het plan steunt.", [("de minister het plan steunt", "een interne nota")]),
    ("'Wij gaan alles afbreken', staat in een dreigbrief aan de ondernemer.",
     [("Wij gaan alles afbreken", "een dreigbrief")]),
    # a place or a thing is no document
    ("In Amsterdam staat dat huis al jaren leeg.", []),
    ("Het huis staat in brand.", []),
])
def test_what_stands_in_a_document(text, expected):
    assert [(q.text, q.speaker) for q in wiezeiwat.analyze(text).quotes] == expected


@pytest.mark.parametrize("text, expected", [
    # quoted words right after the copula are the subject's own words about itself
    ("Aventus in Apeldoorn is 'enorm geschrokken' van de digitale inbraak.", [("enorm geschrokken", "Aventus")]),
    ("Er is veel kritiek. De FNV is 'geschokt over de ernst van de meldingen'. Het COA zegt niets.",
     [("geschokt over de ernst van de meldingen", "FNV")]),
    # no source as the subject's head, or a possessive `zijn`: scare quotes, a title
    ("Het is 'een kwestie van overleven'.", []),
    ("Het thema van het Klimaatcafé is 'Meten is Weten'.", []),
    ("De huurder won met een beroep op zijn 'privacy' de zaak.", []),
])
def test_quoted_words_after_the_copula_are_the_subjects(text, expected):
    assert [(q.text, q.speaker) for q in wiezeiwat.analyze(text).quotes] == expected


def test_a_source_phrase_of_whitespace_and_a_time_names_no_one():
    # found by the fuzz test: the source phrase `\tvorige week` is only a time
    art = wiezeiwat.analyze(' " zei\tvorige week', date="2019-03-27")
    assert all(q.speaker is None for q in art.quotes)


@pytest.mark.parametrize("text, speaker", [
    # a compound of a listed role, capitalised for its first part: elegant variation
    ('Karel Smits verdedigde de koers. "We groeien", zegt de Philipsbestuurder.', "Karel Smits"),
    ('Henk de Bruin was tevreden. "We speelden goed", zei de Feyenoordtrainer.', "Henk de Bruin"),
    # a word for one inhabitant is taken up like a pronoun of its gender
    ('Michel Brouwer opent een bakkerij. "Eind mei willen we open", zegt de Amsterdammer.', "Michel Brouwer"),
    ('Pierre Durand was boos. "Dit is onacceptabel", zei de Fransman.', "Pierre Durand"),
    ('Anna Smit en Peter de Wit openen een zaak. "We beginnen in mei", zegt de Bredase.', "Anna Smit"),
    # a bare listed role with a capital is a surname
    ('Jan Smit won de rit. "Het was zwaar", zei De Visser.', "De Visser"),
])
def test_a_capitalised_description_takes_up_the_person(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Trainer Kees Bos prijst spits Tom Veen om zijn inzet. Volgens hem is de ploeg nog niet klaar.", "Kees Bos"),
    ('Kees Bos bedankte Tom Veen. "Hij heeft het verschil gemaakt", zei hij.', "Kees Bos"),
    ("Burgemeester Anna de Wit ontving minister Jan Smit in het gemeentehuis. Volgens haar was het een goed gesprek.",
     "Anna de Wit"),
])
def test_a_pronoun_takes_up_the_subject_of_the_sentence_before(text, speaker):
    # the subject, not the later object; within its own clause a pronoun is never the subject
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


def test_a_pronoun_of_one_gender_never_takes_up_a_name_of_the_other():
    art = wiezeiwat.analyze("Theresa May gaf toe dat het land in een crisis zit. Dat komt door de beslissing van "
                            "de voorzitter van het Lagerhuis. Hij weigerde een derde stemming toe te staan.")
    assert [q.speaker for q in art.quotes] == ["Theresa May", None]


@pytest.mark.parametrize("text", [
    "Alle karretjes moeten volgens de nieuwe richtlijnen worden aangepast.",
    "Half ingevulde formulieren waren volgens de protocollen genoeg.",
    "Volgens de regels vervallen de rechten als ze niet worden gebruikt.",
    "Het bedrijf werkt volgens de geldende veiligheidsnormen.",
])
def test_volgens_a_rule_is_in_accordance_with_not_a_source(text):
    assert wiezeiwat.analyze(text).quotes == []


def test_volgens_a_document_is_still_a_source():
    art = wiezeiwat.analyze("Volgens het rapport van de inspectie zijn de regels niet nageleefd.")
    assert [q.kind for q in art.quotes] == ["indirect"]


def test_die_after_a_preposition_is_a_determiner_not_a_relative():
    art = wiezeiwat.analyze("De man kreeg hulp van de ambassade. Een woordvoerder van die ambassade zegt "
                            "niets voor hem te kunnen doen.")
    assert [q.speaker_mention.text for q in art.quotes] == ["Een woordvoerder van die ambassade"]


@pytest.mark.parametrize("text, expected", [
    ("Jansen scoorde vijf keer. De club moet niet denken dat het een leider haalt, zegt Verhoef.",
     [("De club moet niet denken dat het een leider haalt", "Verhoef")]),
    ("Sommigen verwachten dat de prijs stijgt, zegt de econoom Jan Bos.",
     [("Sommigen verwachten dat de prijs stijgt", "Jan Bos")]),
])
def test_a_postposed_cue_frames_a_clause_with_a_cue_of_its_own(text, expected):
    # the inner cue's clause runs on into the postposed cue; the postposed cue is the outer one
    assert [(q.text, q.speaker) for q in wiezeiwat.analyze(text).quotes] == expected


@pytest.mark.parametrize("text, speaker", [
    # the reported clause introduces its subject: the pronoun is that person
    ("Het debat ging over het klimaat. Fractievoorzitter Klaas Meijer wil niet dat de provincie voorop loopt, "
     "zei hij gisteren.", "Klaas Meijer"),
    # a person named before is talked about: the pronoun is the last speaker
    ('"Het gaat goed", zegt Jan Smit over premier Mark Rutte. Rutte moet zijn beleid wel beter uitleggen, vindt hij.',
     "Jan Smit"),
])
def test_a_pronoun_after_a_postposed_cue(text, speaker):
    assert wiezeiwat.analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Alleen wie informatie deelt, riskeert een boete, zegt Hendriks' woordvoerder.", "Hendriks' woordvoerder"),
    ('"Waarom zou dat niet mogen?", vraagt Walter Hermans. "Het is toch een schuur?", zegt Hermans\' vrouw Maaike.',
     "Maaike"),
])
def test_a_genitive_apostrophe_is_part_of_the_source_not_a_quote_mark(text, speaker):
    assert wiezeiwat.analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"Staat de partij op winst?", vraagt presentatrice Sanne Kok vanaf een groot scherm.', "Sanne Kok"),
    ('"Ik zit achterin", zegt een man naast me.', "een man"),
])
def test_a_prepositional_phrase_after_the_source_is_not_part_of_it(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the subject introduced with an age says the quoted words after it
    ("Tieners zijn zeker niet de enige fans. Reinier Vos (41) voelt zich 'onderdeel van de "
     "oudere garde'. Ook hij kan niet wachten tot het concert begint. \"Nu wil ik haar live zien.\"", "Reinier Vos"),
    # a child named with an age as an object does not
    ('"We sliepen al", zegt Bianca Smit. Zij lag met dochters Lotte (11) en Elise (9) boven. '
     '"Ik schrok wakker."', "Bianca Smit"),
])
def test_a_person_introduced_with_an_age_as_subject_says_the_next_quote(text, speaker):
    assert wiezeiwat.analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Het college benadrukt dat het probleem groot is.", "Het college"),
    ("In 2011 besloot de krijgsmacht dat de oude basis kon worden afgestoten.", "de krijgsmacht"),
    ("Woningcorporaties vrezen dat het niet gaat lukken.", "Woningcorporaties"),
])
def test_an_institution_noun_can_be_a_source(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("De piloten die scholing kregen, zeggen dat die niets voorstelde.", "De piloten"),
    ("Dan liever een minderheidskabinet, zeggen sommige politici en politicologen.", "sommige politici en politicologen"),
    ("De democraten schatten in dat veel kiezers de partij blijven vinden.", "De democraten"),
])
def test_words_for_people_and_their_plurals_can_be_sources(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # `en` opens a second main clause: its subject is the source
    ("Critici moeten niets van hem hebben en zijn partijgenoot Jan Bos vindt dat hij te ver gaat.",
     [("hij te ver gaat", "Jan Bos")]),
    # `en` between the subjects of one verb
    ("Inmiddels hebben VVD, D66 en PvdA al aangegeven dat ze het plan willen aanpassen.",
     [("ze het plan willen aanpassen", "VVD")]),
])
def test_a_clause_coordinated_without_a_comma_has_its_own_subject(text, expected):
    assert [(q.text, q.speaker) for q in wiezeiwat.analyze(text).quotes] == expected


@pytest.mark.parametrize("text", [
    "Een deel van de bevallingen gebeurt thuis met hulp van een verloskundige.",
    "De veelgehoorde stelling dat hij had moeten toegeven, past niet in zijn logica.",
])
def test_a_noun_in_lling_is_no_person_and_says_nothing(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("text, speaker", [
    # the auxiliary of a subordinate clause in the fronted phrase is not the cue's
    ("Op de vraag of de school het gebouw mag houden antwoordt een woordvoerder van de gemeente: "
     "'Dat is nog niet besloten.'", "een woordvoerder van de gemeente"),
    ("Op de vraag waarom de deur werd gesloten antwoordde de directeur: 'Het was te koud.'", "de directeur"),
])
def test_a_finite_cue_after_a_fronted_subordinate_clause_is_inverted(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a whole quotation before the cue: the source goes on with a relative clause about it
    ('"Als ze beneden de radio aanzetten, hoor ik niets meer," zegt een bewoner die hoog in de toren woont.',
     "een bewoner"),
    ("'Iedereen schrok van de cijfers', zegt een ambtenaar die het overleg leidde.", "een ambtenaar"),
    ("'Hier stond vroeger een molen', vertelt Gerrit Lamberts terwijl hij over het erf loopt.", "Gerrit Lamberts"),
])
def test_a_cue_after_a_whole_quotation_is_postposed(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


def test_a_nominalised_adjective_the_tagger_reads_as_a_noun_ends_the_source():
    quotes = wiezeiwat.analyze('"Het is een wonder dat we het hebben gehaald," zei een overlevende.').quotes
    assert [q.speaker for q in quotes] == ["een overlevende"]


@pytest.mark.parametrize("text", [
    "Historicus Theo Kramer denkt dat het meeweegt. ,,Ook de oude zaak telt mee'', zegt de hoogleraar geschiedenis.",
    "Strafrechtexpert Theo Kramer denkt dat de rechter het meeneemt. "
    ",,Ook de eerdere zaak weegt mee bij een oordeel'', verwacht de emeritus hoogleraar strafrecht.",
])
def test_a_role_followed_by_its_field_takes_up_the_person_with_that_role(text):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes][-1] == "Theo Kramer"


def test_an_acronym_after_a_name_is_a_party_not_the_person_a_pronoun_takes_up():
    text = ("Bart van Leeuwen en Anna de Groot gaan in debat. Van Leeuwen (FvD) neemt als eerste het woord. "
            "'Ik ben voor een strenger beleid', zegt hij resoluut.")
    analysis = wiezeiwat.analyze(text)
    assert [q.speaker for q in analysis.quotes] == ["Bart van Leeuwen"]
    assert {e.name: e.type for e in analysis.entities}["FvD"] == "organisation"


def test_the_source_named_after_a_reported_clause_is_the_last_one_named():
    text = ("De leden morren over de plannen. Wethouder Piet de Boer moet zijn beleid beter uitleggen, vindt "
            "partijprominent Anna Smit. 'Het gesprek is pas begonnen. Bewoners missen het overzicht.'")
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == ["Anna Smit", "Anna Smit"]


@pytest.mark.parametrize("text, speaker", [
    # a role in -icus and a given name: a person, whatever the tagger's MISC says
    ("Verbeek: 'De eerste studie zegt dat scholen beter presteren.' Statisticus Joop Hoeve vindt het "
     "onderzoek zorgvuldig opgezet, zegt hij in een reactie.", "Joop Hoeve"),
    # a common given name keeps the particles and surname with it
    ("Docent Leonie van Dalen (42) vindt het zorgwekkend. 'Veel leerlingen lezen te weinig.'",
     "Leonie van Dalen"),
])
def test_a_role_and_a_given_name_make_a_person(text, speaker):
    assert wiezeiwat.analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a nominalised adjective for people is a subject and a plural antecedent for `zij`
    ("Deskundigen verwachten dat de gesprekken tot resultaten leiden.", "Deskundigen"),
    ("Ophokken is de enige optie, vindt het waterschap. Deskundigen betwijfelen of dat helpt. "
     "Zij denken dat de ganzen zullen blijven terugkomen.", "Deskundigen"),
])
def test_a_nominalised_adjective_for_people_can_be_the_source(text, speaker):
    assert wiezeiwat.analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    "Blijkbaar weigert de minister die motie uit te voeren.",
    "Vaker zegt hij dat het goed gaat.",
])
def test_an_adverb_before_the_verb_is_no_source(text):
    assert all(q.speaker not in ("Blijkbaar", "Vaker") for q in wiezeiwat.analyze(text).quotes)


@pytest.mark.parametrize("text, speaker", [
    # `een van de …`, `twee van de …`: the head is the noun after `van`
    ("Een van de dissidente Kamerleden, Pieter Jansen, zei blij te zijn met het voorstel.", "Pieter Jansen"),
    ("Eén van de getuigen zei dat de verdachte en het slachtoffer ruzie hadden.", "Eén van de getuigen"),
    # an emphatic `zelf` after the noun is not its head
    ("De voorzitter zelf zegt na afloop tevreden te zijn over de avond.", "De voorzitter zelf"),
])
def test_the_head_of_a_counted_or_emphatic_source(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


def test_a_number_after_a_noun_is_not_a_count():
    text = ("Forum voor Democratie lijkt te winnen. ,,Ik ben heel erg tevreden over de winst'', zegt de nummer 2 "
            "van de partij even later.")
    assert wiezeiwat.analyze(text).quotes[-1].speaker != "Forum voor Democratie"


@pytest.mark.parametrize("text, expected", [
    ("Het ministerie wil niet reageren.", [("wil niet reageren", "Het ministerie", "refuse")]),
    ("De wethouder wilde nog niet inhoudelijk reageren.", [("wilde nog niet inhoudelijk reageren", "De wethouder", "refuse")]),
    ("De burgemeester wil dat bevestigen noch ontkennen.",
     [("wil dat bevestigen noch ontkennen", "De burgemeester", "neither")]),
])
def test_a_refusal_to_speak_is_a_quote_of_its_own(text, expected):
    assert [(q.text, q.speaker, q.stance) for q in wiezeiwat.analyze(text).quotes] == expected


@pytest.mark.parametrize("text", [
    "De dierenarts kon het eerst niet geloven.",  # a negated belief withholds nothing
    "Omwille van het onderzoek mag de agent er verder niets over zeggen.",  # no source in first place
    "Haar dochter kan niet mee op kamp en moet haar plannen vaarwel zeggen.",  # another verb's negation
])
def test_no_refusal_where_nobody_declines_to_speak(text):
    assert [q for q in wiezeiwat.analyze(text).quotes if q.stance in ("refuse", "neither")] == []


def test_an_elliptic_clause_opens_at_its_subordinator():
    text = "Het plan werd afgewezen. Dit omdat de gemeenteraad al eerder had besloten dat de wijk groen moet blijven."
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == ["de gemeenteraad"]


@pytest.mark.parametrize("text", [
    "Als het gaat om betaalbare woningen, vinden vier fracties elkaar.",
    "De ministers spreken elkaar morgen over het plan.",
])
def test_a_cue_verb_with_a_reciprocal_object_reports_nothing(text):
    assert wiezeiwat.analyze(text).quotes == []


def test_a_quotation_after_spreken_van_is_what_was_said():
    text = "De krant kreeg kritiek. Woordvoerder Jan Lee sprak van 'een artikel vol fouten'. Het bleef onrustig."
    assert [(q.text, q.speaker, q.cue.text) for q in wiezeiwat.analyze(text).quotes] == [
        ("een artikel vol fouten", "Jan Lee", "sprak van")]


def test_zich_melden_after_an_inverted_subject_is_no_report():
    text = "Met zijn brief in de hand meldde hij zich bij de directeur."
    assert wiezeiwat.analyze(text).quotes == []


def test_zij_takes_up_a_subject_of_two_coordinated_names():
    text = ("De minister wil een nieuwe regel. Vakbonden FNV en CNV maken zich zorgen over de "
            "regel. Zij vrezen ook dat banen verdwijnen.")
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == ["Vakbonden FNV en CNV"]


def test_zij_takes_up_a_name_whose_verb_is_plural():
    text = ("De Verenigde Koerdische Strijdkrachten (VKS) spreken echter tegen dat de leider is gevlucht. "
            "Zij zeggen dat hij in de stad is.")
    assert wiezeiwat.analyze(text).quotes[-1].speaker == "Verenigde Koerdische Strijdkrachten"


def test_het_after_a_cue_takes_up_the_quotation_before():
    text = ("De stichting geeft cursussen. 'Wat hebben jullie geleerd?' Trainer Sara Dekker vraagt het aan het eind "
            "van de dag aan de groep.")
    assert [(q.text, q.speaker) for q in wiezeiwat.analyze(text).quotes] == [
        ("Wat hebben jullie geleerd?", "Sara Dekker")]


def test_a_stance_on_the_quotation_before_is_not_its_source():
    text = ("Bakker zegt dat de curator het uitlegde. ,,Ik wist wie ik kon houden.'' Curator Anna Vos "
            "weerspreekt dat.")
    quotes = wiezeiwat.analyze(text).quotes
    assert all(q.speaker != "Anna Vos" for q in quotes if q.text.startswith("Ik wist"))


@pytest.mark.parametrize("text", [
    "Mooi interview met de burgemeester: 'Kom naar de wijk!' (AD 12-5). Zij geeft de raad een goed advies.",
    "Met plezier las ik 'Groener wonen in tien stappen' (Ten eerste, 14 juni). Het was een mooi stuk.",
])
def test_a_headline_cited_by_section_and_date_is_a_title(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("text, speaker", [
    # `weten` and `treuren` report only right after a whole quotation
    ("Griep is gevaarlijk. ,,Er is één patiënt die die vorm heeft gehad'', weet viroloog Karin Smit.", "Karin Smit"),
    (",,We hadden kansen'', stelde trainer Jan Bos. ,,Ik had liever gewonnen'', treurde Peter de Wit.",
     "Peter de Wit"),
])
def test_weten_and_treuren_after_a_quotation_are_cues(text, speaker):
    assert wiezeiwat.analyze(text).quotes[-1].speaker == speaker


def test_hij_weet_dat_is_no_report():
    assert wiezeiwat.analyze("Hij weet dat het goed gaat met de club.").quotes == []


def test_a_feminine_role_in_ster_takes_up_the_person_with_that_role():
    text = ('"Het kwam door de besparing", zegt onderzoeker Lisa Mertens. '
            '"Het verbruik is nog altijd lager", zegt de onderzoekster.')
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == ["Lisa Mertens", "Lisa Mertens"]


@pytest.mark.parametrize("text, speaker", [
    ("De zorg over de invloed van Rusland vindt historicus Karel Jansen een beetje overdreven.", "Karel Jansen"),
    ("De kritiek op het kabinet noemt oppositieleider Jan Bos volkomen terecht.", "Jan Bos"),
    ("Het kabinet vindt minister Bos een goede keuze.", "Het kabinet"),  # a source stands first: its subject
])
def test_a_role_and_name_after_the_cue_is_the_subject_when_a_thing_stands_first(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, medium", [
    ("'Wat kon ik anders doen?', zei hij maandag in het Dagblad van het Oosten.", "in het Dagblad van het Oosten"),
    ("Burgemeester Jan Smit zei in het weekblad dat het goed gaat.", "in het weekblad"),
])
def test_a_newspaper_named_by_its_kind_is_the_medium(text, medium):
    quote = wiezeiwat.analyze(text).quotes[0]
    assert quote.addressee_or_medium is not None and quote.addressee_or_medium.text == medium


@pytest.mark.parametrize("text, speaker", [
    # a focus particle before the subject of the sentence before: that subject says the quoted words
    ("Anne Bakker ziet dat haar zoons zuiniger leven. ,,We hebben nu een moestuin.'' Ook de buurman van de "
     "familie ziet dat de jongens veranderen. ,,Dat kan nooit kwaad, ze leren er veel van.''", "de buurman van de familie"),
    # an inverted pronoun subject takes up the person it refers to
    ("Tamara Veenstra begon in 2010 als docente. Jaren later koos ze voor de journalistiek. In haar boek kijkt ze "
     "terug op die tijd. ,,Ik had nooit gedacht dat ik zou stoppen.''", "Tamara Veenstra"),
    # not a shop the article named after a preposition
    ("Op zondag ging Lotte van Beek met haar vader naar supermarkt Van Dorp, waar ze een baantje kreeg. Al jong "
     "werkte ze daar elke zaterdag. ,,Ik leerde er veel van de klanten.''", "Lotte van Beek"),
])
def test_the_subject_of_the_sentence_before_says_quoted_words_without_a_cue(text, speaker):
    assert wiezeiwat.analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Welk ander land doet dat, vroegen de commissarissen zich af.", "de commissarissen"),
    ("Werd hij niet te overmoedig, vroegen veel commentatoren zich af, nadat hij het plan presenteerde.", "veel commentatoren"),
])
def test_the_reflexive_of_the_cue_is_not_part_of_the_source(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


def test_of_joining_two_phrases_opens_no_content_clause():
    assert wiezeiwat.analyze("Denk aan de kosten voor een behandeling of voor een operatie na een ongeluk.").quotes == []


@pytest.mark.parametrize("text, content", [
    # `zo` with a cue that has its own content gives an example: the content is the cue's own
    ("De raadsleden waren boos. Zo zei fractieleider Kees Bos vorige week in de krant dat de wethouder moet vertrekken.",
     "de wethouder moet vertrekken"),
    ("In de eerste ronde mogen de leden zoveel opties kiezen als ze willen. Zo hopen de organisatoren een paar "
     "scenario's over te houden.", "een paar scenario's over te houden"),
    # without one, `zo` takes up the sentence before
    ("De gemeente gaat de regels strenger controleren. Zo meldt de woordvoerder.",
     "De gemeente gaat de regels strenger controleren"),
])
def test_zo_before_a_cue_takes_up_the_sentence_before_only_when_the_cue_has_no_content(text, content):
    assert [q.text for q in wiezeiwat.analyze(text).quotes] == [content]


@pytest.mark.parametrize("text, contents", [
    ("De ontwikkelaar denkt aan een klimmuur, bowlingbanen, trampolines of een binnenspeeltuin.", []),
    ("De krant vroeg zelfs of het feest in het nieuwe gebouw kon worden gevierd.",
     ["het feest in het nieuwe gebouw kon worden gevierd"]),
])
def test_of_between_two_phrases_is_no_complementizer(text, contents):
    assert [q.text for q in wiezeiwat.analyze(text).quotes] == contents


@pytest.mark.parametrize("text, speaker", [
    # a surname the tagger reads as an adjective, but the NER as a person, is the subject
    ("Jaap Voermans is hoogleraar in Leiden. Voermans suggereert dat de senaat te politiek is geworden.", "Jaap Voermans"),
    ("De premier Theresa May wil uitstel. Maar hoe lang? May heeft al laten weten dat ze niet aan een harde brexit denkt.",
     "Theresa May"),
    ("Voorlopig vindt ze dat het goed gaat.", None),  # an adjective as an adverb stays one
])
def test_a_name_read_as_an_adjective_before_the_cue_is_its_subject(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a nominalised participle or adjective for a person is a role, whatever the tagger makes of it
    ("Er gaat een strijd schuil onder moslims in Europa, waarschuwt islamgeleerde Karim Tabak.", "Karim Tabak"),
    ("Er gaat een strijd schuil onder moslims in Europa, zegt islamgeleerde Peter Tibi.", "Peter Tibi"),
    ("Gedetineerde Michael P. gaf te kennen dat hij niet wilde meewerken.", "Michael P."),
    ("Veel gelovigen die de premier niet zien zitten, noemen dat misbruik van religie.", "Veel gelovigen"),
])
def test_nominalised_participles_for_persons_are_roles(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a role before the name makes a person in a prepositional phrase an antecedent
    ("Het raadslid Kees Smolders eiste gisteravond het aftreden van wethouder Marieke Hendriks. Ze schreef letterlijk: "
     "'Ik hoop dat het goed gaat.'", "Marieke Hendriks"),
    ("Het geweld is een tegenslag voor president Macron. Met een nationaal debat hoopt hij de demonstranten de wind "
     "uit de zeilen te nemen.", "Macron"),
    # a name in a prepositional phrase without a role is none
    ("Het bedrijf zit in Dubai Media City. Volgens hem is het goed.", None),
])
def test_a_person_named_with_a_role_after_a_preposition_can_be_an_antecedent(text, speaker):
    assert [q.speaker for q in wiezeiwat.analyze(text).quotes] == [speaker]
