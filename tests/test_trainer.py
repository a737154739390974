"""Training data preparation: UD lemma forms, the 2017-draft conventions brought up to date,
the Alpino Treebank suites and their weights."""
import re

import pytest
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from wiezeiwat.trainer.conventions import Conventions, modernise
from wiezeiwat.trainer import data
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


def conllu_sentence(words: list[str]) -> str:
    """A flat CoNLL-U sentence: every word a NOUN under the first."""
    rows = [f"{i}\t{w}\t{w.lower()}\tNOUN\tN|soort|ev|basis|zijd|stan\t_\t{0 if i == 1 else 1}"
            f"\t{'root' if i == 1 else 'nmod'}\t_\t_" for i, w in enumerate(words, 1)]
    return f"# text = {' '.join(words)}\n" + "\n".join(rows) + "\n\n"


def write_conllu(path, n_sents: int, word: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(conllu_sentence([word, f"{word}{i}"]) for i in range(n_sents)),
                    encoding="utf-8")


def test_alpino_suites_are_trained_on_by_their_weights(tmp_path, monkeypatch):
    ud = tmp_path / "ud-nl"
    monkeypatch.setattr(data, "ALPINO_SUITES", {"cdb": 2, "qa": 1})
    monkeypatch.setattr(data, "HOLDOUT_SHARE", 0.25)
    for name in UD_NEW_TRAIN:
        write_conllu(ud / name, 20, "Nieuw")  # 2 docs of 10 sentences each
    write_conllu(ud / UD_OLD_TRAIN, 30, "Oud")
    for name in data.UD_TEST:
        write_conllu(ud / name, 10, "Test")
    write_conllu(ud / data.ALPINO_TREEBANK / "alpino-cdb.conllu", 30, "Krant")
    write_conllu(ud / data.ALPINO_TREEBANK / "alpino-qa.conllu", 10, "Vraag")
    write_conllu(ud / data.ALPINO_TREEBANK / "alpino-ovis.conllu", 10, "Trein")
    today = data.convert_ud(ud, tmp_path / "out")
    train = list(DocBin().from_disk(tmp_path / "out" / "ud_train.spacy").get_docs(Vocab()))
    first_words = [d[0].text for d in train]
    # 4 docs of today's dev files, 1 held out, the rest three times; each suite by its weight
    assert {w: first_words.count(w) for w in set(first_words)} == {
        "Oud": 3, "Nieuw": 3 * data.NEW_WEIGHT, "Krant": 3 * 2, "Vraag": 1}
    assert len(DocBin().from_disk(tmp_path / "out" / "ud_dev.spacy")) == 1
    # conventions and silver tags are learnt from each of today's docs once
    assert sorted(d[0].text for d in today) == ["Krant"] * 3 + ["Nieuw"] * 3 + ["Vraag"]


def test_every_alpino_suite_is_trained_on_or_left_out_on_purpose():
    folder = shared_path("data", "ud-nl", data.ALPINO_TREEBANK)
    suites = {p.name[len("alpino-"):-len(".conllu")] for p in folder.glob("alpino-*.conllu")}
    assert suites == set(data.ALPINO_SUITES) | set(data.ALPINO_LEFT_OUT)
    assert not set(data.ALPINO_SUITES) & set(data.ALPINO_LEFT_OUT)


def sentence_keys(path) -> set[str]:
    """Sentence texts as the treebank's README compares them: lower-cased, letters and digits."""
    return {re.sub(r"[\W_]+", "", line[len("# text = "):].lower())
            for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")}


def test_no_dev_or_test_sentence_is_in_the_alpino_suites_we_train_on():
    ud = shared_path("data", "ud-nl")
    held_out = set().union(*(sentence_keys(ud / n) for n in data.UD_TEST + data.UD_NEW_TRAIN))
    trained = set().union(*(sentence_keys(ud / data.ALPINO_TREEBANK / f"alpino-{s}.conllu")
                            for s in data.ALPINO_SUITES))
    assert len(trained) > 20_000
    assert not (trained & held_out) - {""}


def test_training_without_the_alpino_treebank_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from wiezeiwat.cli import main
    (tmp_path / "data" / "ud-nl").mkdir(parents=True)
    result = CliRunner().invoke(main, ["train", "nl", "--shared", str(tmp_path),
                                       "--output", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no Alpino Treebank under" in result.output
    assert not (tmp_path / "out").exists()
