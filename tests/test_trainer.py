"""Training data preparation: UD lemma forms and the 2017-draft conventions brought up to date."""
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wiezeiwat.trainer.conventions import Conventions, modernise
from wiezeiwat.trainer.data import UD_NEW_TRAIN, UD_OLD_TRAIN, harmonise, plain_lemma, read_conllu
from wiezeiwat.trainer.silver import TagMap, annotate, cgn_to_xpos, read_frog

from conftest import shared_path


@pytest.mark.parametrize("lemma, form, plain", [
    ("af_lopen", "afgelopen", "aflopen"),
    ("basis_niveau", "basisniveau", "basisniveau"),
    ("JGZ_verpleegkundige", "JGZ-verpleegkundige", "JGZ-verpleegkundige"),
    ("G8_top", "G8-top", "G8-top"),
    ("zeggen", "zei", "zeggen"),
    ("_", "_", "_"),
])
def test_plain_lemma(lemma, form, plain):
    assert plain_lemma(lemma, form) == plain


def ud_doc(vocab, rows):
    """rows: (word, upos, head index, dep, feats); lemmas are the lowercased words."""
    words = [r[0] for r in rows]
    return Doc(vocab, words=words, pos=[r[1] for r in rows], heads=[r[2] for r in rows],
               deps=[r[3] for r in rows], morphs=[r[4] for r in rows],
               lemmas=[w.lower() for w in words])


TODAY = [  # a few sentences in today's conventions, repeated enough to be trusted
    [("Hij", "PRON", 1, "nsubj", ""), ("zag", "VERB", 1, "ROOT", ""),
     ("zijn", "PRON", 3, "nmod:poss", "Poss=Yes|PronType=Prs"), ("broer", "NOUN", 1, "obj", ""),
     ("als", "SCONJ", 5, "mark", ""), ("leider", "NOUN", 1, "obl", "")],
    [("Zij", "PRON", 2, "nsubj", ""), ("moet", "AUX", 2, "aux", ""), ("gaan", "VERB", 2, "ROOT", "")],
]
OLD = [("Hij", "PRON", 1, "nsubj", ""), ("zag", "VERB", 1, "ROOT", ""),
       ("zijn", "DET", 3, "det", ""), ("broer", "NOUN", 1, "obj", ""),
       ("als", "ADP", 5, "case", ""), ("leider", "NOUN", 1, "obl", ""),
       ("en", "CCONJ", 7, "cc", ""), ("moet", "VERB", 1, "conj", "")]


@pytest.fixture
def modernised():
    vocab = Vocab()
    conventions = Conventions.learn([ud_doc(vocab, rows) for rows in TODAY * 3])
    return modernise(ud_doc(vocab, OLD), conventions)


def test_possessive_becomes_pron_with_nmod_poss(modernised):
    zijn = modernised[2]
    assert (zijn.pos_, zijn.dep_, zijn.morph.get("Poss")) == ("PRON", "nmod:poss", ["Yes"])


def test_als_becomes_subordinating_conjunction(modernised):
    assert (modernised[4].pos_, modernised[4].dep_) == ("SCONJ", "mark")


def test_a_modal_heading_its_clause_stays_a_verb(modernised):
    assert modernised[7].pos_ == "VERB"


def test_passive_agent_with_door():
    vocab = Vocab()
    doc = ud_doc(vocab, [("Hij", "PRON", 2, "nsubj:pass", ""), ("werd", "AUX", 2, "aux:pass", ""),
                         ("gezien", "VERB", 2, "ROOT", ""), ("door", "ADP", 4, "case", ""),
                         ("Jan", "PROPN", 2, "obl", "")])
    assert modernise(doc, Conventions())[4].dep_ == "obl:agent"


def test_the_2017_draft_moves_towards_todays_tags():
    ud = shared_path("data", "ud-nl")
    today = [harmonise(d) for name in UD_NEW_TRAIN for d in read_conllu(ud / name)]
    old = [harmonise(d) for d in read_conllu(ud / UD_OLD_TRAIN)]
    conventions = Conventions.learn(today)

    def possessive_dets(docs):
        return sum(t.pos_ == "DET" and t.text.lower() in {"zijn", "haar", "hun", "mijn"} for d in docs for t in d)

    before = possessive_dets(old)
    after = possessive_dets([modernise(d, conventions) for d in old])
    assert before > 300 and after < before / 10


@pytest.mark.parametrize("cgn, xpos", [
    ("N(soort,ev,basis,zijd,stan)", "N|soort|ev|basis|zijd|stan"),
    ("BW()", "BW"),
    ("LET()", "LET"),
    ("WW(pv,tgw,met-t)", "WW|pv|tgw|met-t"),
])
def test_frog_tags_in_ud_form(cgn, xpos):
    assert cgn_to_xpos(cgn) == xpos


FROG_OUTPUT = "\n".join([
    "1\tHij\thij\t\tVNW(pers,pron,nomin,vol,3,ev,masc)\t0.99", "2\theeft\thebben\t\tWW(pv,tgw,met-t)\t0.99",
    "3\tTrump\tTrump\t\tSPEC(deeleigen)\t1.0", "4\tgezien\tzien\t\tWW(vd,vrij,zonder)\t0.9", "",
    "1\tJa\tja\t\tTSW()\t0.9", "",
])


def test_silver_annotation_maps_tags_the_way_ud_does(tmp_path):
    vocab = Vocab()
    today = Doc(vocab, words=["Hij", "heeft", "Poetin", "gezien", "en", "heeft", "een", "huis"],
                tags=["VNW|pers|pron|nomin|vol|3|ev|masc", "WW|pv|tgw|met-t", "SPEC|deeleigen",
                      "WW|vd|vrij|zonder", "VG|neven", "WW|pv|tgw|met-t", "LID|onbep|stan|agr",
                      "N|soort|ev|basis|onz|stan"],
                pos=["PRON", "AUX", "PROPN", "VERB", "CCONJ", "VERB", "DET", "NOUN"],
                lemmas=["hij", "hebben", "Poetin", "zien", "en", "hebben", "een", "huis"],
                morphs=["Case=Nom|Person=3", "Number=Sing", "", "VerbForm=Part", "", "Number=Sing", "", ""])
    today2 = today.copy()
    today2[5].pos_ = "AUX"  # "hebben" as WW|pv|tgw|met-t: AUX twice, VERB once
    (tmp_path / "out.frog").write_text(FROG_OUTPUT, encoding="utf-8")
    tagged = read_frog(tmp_path / "out.frog")
    doc = Doc(vocab, words=["Hij", "heeft", "Trump", "gezien", "Ja"])
    assert annotate([doc], tagged, TagMap.learn([today, today2])) == 4  # TSW never seen
    assert [t.pos_ for t in doc] == ["PRON", "AUX", "PROPN", "VERB", ""]
    assert [t.lemma_ for t in doc][:4] == ["hij", "hebben", "Trump", "zien"]
    assert doc[3].morph.get("VerbForm") == ["Part"]
    assert doc[1].tag_ == "WW|pv|tgw|met-t"
