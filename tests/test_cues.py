"""The cue inventory: curated verbs by form, verbs from lexical resources by lemma."""
import subprocess
import sys
from pathlib import Path

import pytest

import wiezeiwat
from wiezeiwat.lang import load_language

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT.parent / "shared" / "data" / "lexicons"


def quotes(text):
    return [(q.text, q.speaker, q.cue.lemma if q.cue else None, q.stance) for q in wiezeiwat.analyze(text).quotes]


@pytest.mark.parametrize("text,content,speaker,lemma", [
    ("Het hof oordeelde dat de man schuldig is.", "de man schuldig is", "Het hof", "oordelen"),
    ("De onderzoeker constateerde dat het water vervuild was.", "het water vervuild was", "De onderzoeker",
     "constateren"),
    ("Minister Hoekstra verzekerde de Kamer dat het geld terugkomt.", "het geld terugkomt", "Hoekstra", "verzekeren"),
    ("De burgemeester onthulde dat de school dichtgaat.", "de school dichtgaat", "De burgemeester", "onthullen"),
])
def test_lexicon_verbs_are_cues_with_a_clause(text, content, speaker, lemma):
    assert quotes(text) == [(content, speaker, lemma, "assert")]


@pytest.mark.parametrize("text", [
    "De verwachte kandidatuur van Biden blijft uit.",  # a participle used as an adjective
    "Het bestuur heeft onderzocht wat er precies fout ging.",  # a wh-clause of what was looked into
    "Het bestuur constateerde een tekort.",  # no reported clause: a lexicon verb is then no cue
    "Ik constateer dat het regent.",  # the writer's own words
])
def test_lexicon_verbs_without_a_report_frame_are_not_cues(text):
    assert quotes(text) == []


def test_curated_rows_win_over_built_rows():
    lang = load_language("nl")
    built = {e.lemma for entries in lang.cue_lemmas.values() for e in entries}
    curated = {e.lemma for entries in lang.cue_forms.values() for e in entries}
    assert built and not built & curated
    assert all(not e.curated for entries in lang.cue_lemmas.values() for e in entries)


@pytest.mark.skipif(not LEXICONS.is_dir(), reason="needs ../shared/data/lexicons")
def test_built_table_is_what_the_build_script_makes(tmp_path):
    out = tmp_path / "cues_lexicon.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_cues.py"), "--shared", str(LEXICONS.parent.parent),
                    "--out", str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "wiezeiwat/lang/nl/cues_lexicon.tsv").read_text(encoding="utf-8")


@pytest.mark.parametrize("text,content,speaker,cue", [
    ("Minister Hoekstra spreekt van een doorbraak in het overleg.", "een doorbraak in het overleg", "Hoekstra", "spreekt van"),
    ("Minister Wouter Koolmees noemt een blokkade kansloos en schadelijk.", "een blokkade kansloos en schadelijk",
     "Wouter Koolmees", "noemt"),
])
def test_object_cues_report_their_object(text, content, speaker, cue):
    [q] = wiezeiwat.analyze(text).quotes
    assert (q.text, q.speaker, q.cue.text) == (content, speaker, cue)


@pytest.mark.parametrize("text", [
    "Trump heeft gisteren met Poetin gesproken.",  # talking with someone reports nothing
    "De marktrente noemt men laag.",  # no source that can speak
    "Jullie noemen het plan een succes.",  # the interviewer addresses the reader or the guest
])
def test_object_cues_need_a_source_and_an_object(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("form,infinitive", [
    ("maant", "manen"), ("betoogde", "betogen"), ("constateerde", "constateren"), ("schreef", "schreven"),
    ("zet", "zetten"), ("meldt", "melden"),
])
def test_infinitive_guesses_for_forms_the_lemmatizer_leaves(form, infinitive):
    from wiezeiwat.lang import infinitives
    assert infinitive in infinitives(form)


@pytest.mark.parametrize("text", [
    # lexicon verbs whose communication sense is rare (cue_rules.json exclude): no report
    "De gemeente Breda wacht sinds 2015 op het nieuwe station, dat ook een parkeergarage heeft.",
    "Jan Smit steunt het voorstel dat de raad vorige week indiende.",
    "De minister ligt er wakker van dat de kosten stijgen.",
])
def test_verbs_with_a_rare_communication_sense_report_nothing(text):
    assert wiezeiwat.analyze(text).quotes == []


@pytest.mark.parametrize("word, person", [
    ("leerlingen", True), ("atheneumleerling", True), ("vluchtelingen", True), ("enkeling", True),
    ("peilingen", False), ("regeling", False), ("afdeling", False), ("rolverdeling", False),
    ("woordvoerder", True), ("onderzoekster", True),
])
def test_nouns_in_ling_are_persons_only_when_listed(word, person):
    from wiezeiwat.quotes.syntax import Grammar
    assert Grammar(load_language("nl")).is_person_noun(word) is person
