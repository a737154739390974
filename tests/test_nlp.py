"""The shipped Dutch pipeline: loading, tokenizer rules, lemmas, entities, sentences.

Scores on the test sets belong to `wiezeiwat train nl` and the model card; these tests
check behaviour the later stages stand on, on a handful of sentences.
"""
import socket

import pytest
import spacy

from wiezeiwat import nlp as nlp_mod
from wiezeiwat.pipeline import customize

from conftest import shared_path

QUOTE_CHARS = set('"\'„“”‘’«»‚')


@pytest.fixture(scope="module")
def nlp():
    if not (nlp_mod.model_path("nl") / "config.cfg").exists():
        pytest.fail("no trained pipeline in wiezeiwat/models/nl: run `wiezeiwat train nl`")
    return nlp_mod.load("nl")


@pytest.fixture(scope="module")
def blank_nlp():
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return customize(nlp, "nl")


@pytest.fixture(scope="module")
def article_doc(nlp, example_article):
    return nlp(example_article.text)


def test_pipeline_loads_from_package_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the pipeline tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    path = nlp_mod.model_path("nl")
    assert path.parent == nlp_mod.MODELS_DIR
    nlp = spacy.load(path)
    assert nlp.meta["name"] == "wiezeiwat_nl"
    # the tokenizer starts empty and takes spaCy's Dutch exceptions and ours from disk
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "wiezeiwat.SavedTokenizer.v1"
    assert {"dhr.", "o.a.", "m'n", "zo'n"} <= set(nlp.tokenizer.rules) and len(nlp.tokenizer.rules) > 4000
    for pipe in ("tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner",
                 "wiezeiwat_quote_sents", "wiezeiwat_lemma_fixes", "wiezeiwat_ner_rules"):
        assert pipe in nlp.pipe_names


def test_pipeline_fits_the_installed_spacy_without_warnings():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # W095: trained with another spaCy version
        spacy.load(nlp_mod.model_path("nl"))


def test_pipeline_info_names_the_trained_model(nlp):
    assert nlp_mod.pipeline_info("nl")["model"] == "wiezeiwat_nl"


def test_pos_of_a_plain_sentence(nlp):
    doc = nlp("De president zei dat hij niet komt.")
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "VERB", "SCONJ", "PRON", "ADV", "VERB", "PUNCT"]
    assert doc[2].dep_ == "ROOT" and doc[1].dep_ == "nsubj" and doc[1].head.i == 2


TOKENIZER_CASES = [
    ('Het Kremlin wil het "bevestigen noch ontkennen".', ['"', "bevestigen", "ontkennen", '"', "."]),
    ('Ze praten "via verschillende kanalen".', ['"', "via", "kanalen", '"', "."]),
    ("'Hoop dat het snel gaat'", ["'", "Hoop", "gaat", "'"]),
    ("„Dat is zo”, zei hij.", ["„", "Dat", "zo", "”", ","]),
    (",,Nee'', zei hij.", [",,", "Nee", "''", ","]),
    ("Hij noemde het ‘schandalig’.", ["‘", "schandalig", "’", "."]),
    ("Het «sterkste» plan.", ["«", "sterkste", "»"]),
    ("Hij kwam 's avonds met z'n vrouw en m'n broer.", ["'s", "z'n", "m'n"]),
    ("Zo'n plan kost d'r geld.", ["Zo'n", "d'r"]),
    ("Hij sprak o.a. met dhr. Jansen en mr. drs. De Vries.", ["o.a.", "dhr.", "mr.", "drs."]),
    ("Het kost bijv. ca. tien euro, enz. zoals jl. vrijdag.", ["bijv.", "ca.", "enz.", "jl."]),
    ("Het kost € 40 miljard binnen 24 uur.", ["€", "40", "miljard", "24", "uur"]),
]


@pytest.mark.parametrize("text,expected", TOKENIZER_CASES)
def test_tokenizer_cases(nlp, blank_nlp, text, expected):
    for pipeline in (nlp, blank_nlp):  # the rules hold in the blank fallback too
        tokens = [t.text for t in pipeline.make_doc(text)]
        for token in expected:
            assert token in tokens, (token, tokens)


@pytest.mark.parametrize("text", ["Hij kwam 's avonds.", "Hij sprak o.a. met dhr. Jansen."])
def test_abbreviations_and_elisions_do_not_end_sentences(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("text,word", [
    ("Ik weet dat. Meer kan ik niet zeggen.", "dat"),  # spaCy lists `dat.` as an abbreviation
    ("Het liep uit de hand. Toen kwam de politie.", "hand"),
    ("Hij woont in de VS. Daar werkt hij ook.", "VS"),  # acronyms take no stop in Dutch
    ("Dat zei Jan. Hij was boos.", "Jan"),
])
def test_a_word_before_a_full_stop_is_no_abbreviation(nlp, blank_nlp, text, word):
    for pipeline in (nlp, blank_nlp):
        assert word in [t.text for t in pipeline.make_doc(text)]
    assert len(list(nlp(text).sents)) == 2


def test_listed_abbreviations_keep_their_stop(nlp):
    assert "jan." in [t.text for t in nlp.make_doc("Op 3 jan. begon het.")]


@pytest.mark.parametrize("text,form,lemma", [
    ("Trump zei dat hij Poetin had gesproken.", "zei", "zeggen"),
    ("Donald Trump heeft gezegd dat de oorlog eindigt.", "gezegd", "zeggen"),
    ("De minister verklaarde dat het plan werkt.", "verklaarde", "verklaren"),
    ("Het Kremlin liet weten dat het niet klopt.", "liet", "laten"),
    ("Hij zegt dat het goed gaat.", "zegt", "zeggen"),
])
def test_speech_verb_lemmas(nlp, text, form, lemma):
    token = next(t for t in nlp(text) if t.text == form)
    assert token.lemma_ == lemma


def test_founding_article_people(article_doc):
    people = " | ".join(e.text for e in article_doc.ents if e.label_ == "PER")
    for name in ("Donald Trump", "Poetin", "Peskov", "Zelensky", "Biden", "Bob Woodward"):
        assert name in people, (name, people)
    trump = [e for e in article_doc.ents if e.text == "Trump"]
    assert trump and all(e.label_ == "PER" for e in trump)


def test_founding_article_quote_marks_are_tokens(article_doc):
    for token in article_doc:
        if set(token.text) & QUOTE_CHARS and token.text not in ("'s", "'t", "'n"):
            assert all(c in QUOTE_CHARS for c in token.text), token.text


def test_founding_article_sentences_keep_their_quotes(article_doc):
    """No sentence starts with the mark that closes the quote before it."""
    for sent in list(article_doc.sents)[1:]:
        before = article_doc[sent.start - 1]
        if sent[0].text in QUOTE_CHARS:
            assert before.whitespace_ or before.is_space, (before.text, sent.text)


def test_headline_without_stop_is_its_own_sentence(nlp):
    doc = nlp("Trump sprak met Poetin.\n\n'Hoop dat het snel gaat'\n\nDe president zei dat.")
    sents = [s.text.strip() for s in doc.sents]
    assert "'Hoop dat het snel gaat'" in sents


def test_conll2002_reader_keeps_sentences_and_entities():
    from wiezeiwat.trainer.data import read_conll_ner
    docs = read_conll_ner(shared_path("data", "conll2002-nl", "ned.testa"))
    assert sum(len(d) for d in docs) > 30_000
    assert {e.label_ for d in docs for e in d.ents} == {"PER", "ORG", "LOC", "MISC"}


@pytest.mark.parametrize("text, person", [
    ("Gisteren zei Jan van der Berg dat het klopt.", "Jan van der Berg"),
    ("Volgens Karel De Gucht is dat zo.", "Karel De Gucht"),
    ("Dat meldt René Van der Vlist van Eurosport.", "René Van der Vlist"),  # `van` after a whole name
    ("Jan Smit BBL De bond eist meer loon.", "Jan Smit"),  # byline run into the text: acronym
])
def test_person_names_end_where_they_should(nlp, text, person):
    people = [e.text for e in nlp(text).ents if e.label_ == "PER"]
    assert person in people, people


def test_one_stray_place_label_does_not_split_a_person(nlp):
    text = ("Donald Trump sprak gisteren. Trump zei dat. Volgens Trump klopt het. "
            "In Trump zag niemand een leider. Trump zweeg daarna.")
    doc = nlp(text)
    assert all(e.label_ == "PER" for e in doc.ents if e.text == "Trump")


@pytest.mark.parametrize("text, mention", [
    ('Patricia de Ryck schreef een boek. Patricia: "Nu niet meer."', "Patricia"),
    ("Jan van der Berg kwam binnen. Later zei Jan niets meer.", "Jan"),
    ("Volgens Mark Rutte klopt het. Rutte zweeg daarna.", "Rutte"),
])
def test_known_first_names_and_surnames_alone_are_persons(nlp, text, mention):
    doc = nlp(text)
    later = [e for e in doc.ents if e.text == mention and e.start > 3]
    assert later and all(e.label_ == "PER" for e in later), [(e.text, e.label_) for e in doc.ents]


TEXTS = ['Trump zei dat hij Poetin had gesproken. "Het was goed," zei hij.',
         "Het Kremlin bevestigt noch ontkent het gesprek.",
         "Woordvoerder Peskov wilde niets kwijt. Dat zei hij tegen CNN.",
         "Bob Woodward schreef over zeven gesprekken.", "", "Kort."] * 3


def analysis(doc):
    return [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc]


@pytest.mark.parametrize("batch_size", [1, 4, 50])
def test_two_threads_give_what_nlp_pipe_gives(nlp, batch_size):
    expected = [analysis(doc) for doc in nlp.pipe(TEXTS, batch_size=batch_size)]
    got = [analysis(doc) for doc in nlp_mod.pipe(TEXTS, batch_size=batch_size, threads=2)]
    assert got == expected


def test_two_threads_keep_contexts_in_order():
    pairs = [(text, i) for i, text in enumerate(TEXTS)]
    got = list(nlp_mod.pipe(pairs, batch_size=4, threads=2, as_tuples=True))
    assert [i for _, i in got] == list(range(len(TEXTS)))
    assert [doc.text for doc, _ in got] == TEXTS


def test_an_error_in_the_worker_thread_reaches_the_caller():
    def texts():
        yield "Eerste tekst."
        raise ValueError("bad input line")

    with pytest.raises(ValueError, match="bad input line"):
        list(nlp_mod.pipe(texts(), batch_size=1, threads=2))


def test_leaving_early_stops_the_worker_thread():
    import threading
    docs = nlp_mod.pipe(TEXTS * 10, batch_size=2, threads=2)
    assert next(docs).text == TEXTS[0]
    docs.close()
    assert not any(t.name == "wiezeiwat-nlp" for t in threading.enumerate())


def test_matrix_products_go_through_numpy_blas(nlp):
    models = [proc.model for _, proc in nlp.pipeline if hasattr(proc, "model")]
    assert len(models) >= 6
    assert all(node.ops.use_blis is False for model in models for node in model.walk())


def test_numpy_blas_gives_what_bundled_blis_gives(nlp, example_article):
    with_blis = spacy.load(nlp_mod.model_path("nl"))
    assert with_blis.get_pipe("tok2vec").model.ops.use_blis is True
    texts = [example_article.text, *TEXTS]
    assert [analysis(doc) for doc in nlp.pipe(texts)] == [analysis(doc) for doc in with_blis.pipe(texts)]
