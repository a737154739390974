"""Linking quotes into claims (wiezeiwat.claims.link) on small constructed Dutch articles.

The articles are built by hand (no parser), so each test exercises one linking decision:
answer patterns, content overlap, the rule that word overlap alone never links two
sources that name nothing in common, reprints, continuations, the time window, and the
stable keys the store keeps.
"""
from wiezeiwat.aliases import slug
from wiezeiwat.claims import Settings, link_claims
from wiezeiwat.claims.content import content_of, overlap, stem
from wiezeiwat.records import Article, Claim, Cue, Entity, Mention, Quote, Stance, When
from wiezeiwat.store import Store


def article(id, date, *parts):
    """parts: plain strings (the journalist's words) and (speaker, quote, cue) triples
    written as `"quote", cue speaker. `; a cue of None writes a bare `"quote" `."""
    text, quotes, entities = "", [], {}
    for p in parts:
        if isinstance(p, str):
            text += p + " "
            continue
        speaker, words, cue = p
        start = len(text) + 1
        text += f'"{words}"'
        cue_rec = None
        if cue:
            text += f", {cue} "
            cue_rec = Cue(len(text) - len(cue) - 1, len(text) - 1, cue, cue)
            text += f"{speaker}. "
        else:
            text += " "
        ent = entities.setdefault(speaker, Entity(len(entities), speaker, "person", key=slug(speaker)))
        ent.mentions.append(Mention(len(text) - len(speaker) - 2, len(text) - 2, speaker, "name"))
        quotes.append(Quote(start, start + len(words), words, "direct", speaker=speaker, speaker_entity=ent.id,
                            cue=cue_rec, when=When(date)))
    for q in quotes:
        assert text[q.start:q.end] == q.text
    return Article(id=id, text=text, date=date, quotes=quotes, entities=list(entities.values()))


def members(claim):
    return {(m.unit.article, m.unit.quote): (m.role, m.stance) for m in claim.members}


# -- within one article: answers ------------------------------------------------------------

def test_an_answer_pattern_denies_the_claim_just_reported_by_another_source():
    a = article("a", "2019-03-01",
                ("Trump", "Ik heb Poetin aan de telefoon gehad", "zei"),
                ("Peskov", "Dat is niet waar", "zei"))
    [claim] = link_claims([a])
    assert members(claim) == {("a", 0): ("asserted", "assert"), ("a", 1): ("stance", "deny")}
    assert claim.by == "Trump"
    [link] = claim.links
    assert link.why == "answer" and link.stance == "deny" and link.a == ("a", 0)


def test_daar_ga_ik_niet_op_in_neither_confirms_nor_denies():
    a = article("a", "2019-03-01",
                ("Woodward", "Trump belde zeven keer met Poetin", "schreef"),
                "Het Kremlin werd om een reactie gevraagd.",
                ("Peskov", "Daar ga ik niet op in", "zei"))
    [claim] = link_claims([a])
    assert members(claim)[("a", 1)] == ("stance", "neither")


def test_an_answer_after_only_the_same_sources_own_words_links_nothing():
    a = article("a", "2019-03-01",
                ("Peskov", "We hebben niets te verbergen", "zei"),
                ("Peskov", "Dat is niet waar", "zei"))
    assert link_claims([a]) == []


def test_an_answer_too_far_from_the_claim_links_nothing():
    filler = "Het weer was slecht die dag en de wegen waren glad. " * 20  # ~1,000 chars
    a = article("a", "2019-03-01",
                ("Trump", "Ik heb Poetin gesproken", "zei"), filler,
                ("Peskov", "Dat is niet waar", "zei"))
    assert link_claims([a]) == []


def test_a_quote_naming_the_claim_joins_the_claim_of_the_source_it_names():
    a = article("a", "2019-03-01",
                ("Woodward", "Trump belde zeven keer met Poetin", "schreef"),
                ("Trump", "Ik heb Poetin gesproken over Oekraïne", "zei"),
                ("Peskov", "Het verhaal van Woodward is verzonnen", "zei"))
    [claim] = link_claims([a])
    assert set(members(claim)) == {("a", 0), ("a", 2)}
    assert claim.links[0].why == "reference" and claim.links[0].detail == "verhaal van woodward"
    b = article("b", "2019-03-01", ("Trump", "Ik heb Poetin gesproken", "zei"),
                ("Peskov", "Die bewering verbaast ons", "zei"))
    assert link_claims([b])[0].links[0].why == "reference"
    c = article("c", "2019-03-01", ("Trump", "Ik heb Poetin gesproken", "zei"),
                ("Peskov", "De conclusie van het onderzoek komt later", "zei"))
    assert link_claims([c]) == []  # `de conclusie van het …` names no source and points back at nothing


def test_a_board_stance_without_a_quote_keeps_its_claim_and_is_listed(tmp_path):
    a = article("a", "2024-10-08", ("Woodward", "Trump belde na 2021 zeven keer met Poetin", "schreef"),
                "Het Kremlin heeft het verhaal van Woodward ontkend.")
    a.claims = [Claim(0, a.quotes[0].text, "Woodward", 0, stances=[Stance("Kremlin", "deny", "ontkend", None)])]
    [claim] = link_claims([a])
    assert [m.unit.quote for m in claim.members] == [0] and claim.by == "Woodward"
    assert claim.to_dict()["stances"] == [{"article": "a", "by": "Kremlin", "stance": "deny", "cue": "ontkend",
                                           "when": None, "medium": None}]
    with Store(tmp_path / "w.sqlite") as db:
        db.ingest([a])
        assert db.link_claims() == 1
        key = db.conn.execute("SELECT key FROM claims").fetchone()[0]
        assert key == claim.id and db.linked_claims(key)[0]["quotes"][0]["role"] == "asserted"


# -- content: words and names ---------------------------------------------------------------

def test_a_separable_verb_is_one_stem_however_it_is_written():
    apart, joined = content_of("zijn verklaring pleit hem allerminst vrij"), content_of("Trump is volkomen vrijgepleit")
    assert "vrijplei" in apart.stems and "vrijplei" in joined.stems
    assert not any(x.startswith("om") for x in content_of("vragen we u om basale normen").stems)  # a preposition


def test_stems_join_inflections_and_plural_vowels():
    assert stem("problemen") == stem("probleem")
    assert stem("samenspanning") == stem("samenspanningen")
    c = content_of("een software-update voor de Boeing")
    assert stem("update") in c.stems and "boeing" in c.names


def test_word_overlap_alone_never_links_sources_that_name_nothing_in_common():
    a = article("a", "2019-03-01", ("Jansen", "de belasting op benzine gaat omhoog volgend jaar", "zei"))
    b = article("b", "2019-03-02", ("De Vries", "de belasting op benzine gaat omlaag volgend jaar", "zei"))
    assert overlap(a and content_of(a.quotes[0].text), content_of(b.quotes[0].text)) >= 0.6
    assert link_claims([a, b]) == []


def test_shared_words_and_a_shared_name_link_two_sources_across_articles():
    a = article("a", "2019-03-01", ("Mueller", "de Russen probeerden tijdens de verkiezingen met de campagne van Trump samen te werken, "
                                              "maar hun hulp uit die hoek werd afgewezen", "schreef"))
    b = article("b", "2019-03-03", ("Giuliani", "Trump heeft nooit met de Russen samengewerkt", "zei"))
    [claim] = link_claims([a, b])
    [link] = claim.links
    assert link.why == "overlap" and link.score >= 0.3 and "trump" in link.detail
    assert claim.by == "Mueller"


def test_the_same_words_with_the_opposite_polarity_from_another_source_deny():
    a = article("a", "2019-03-24", ("Trump", "Trump is volledig vrijgepleit door het rapport van Mueller", "zei"))
    b = article("b", "2019-03-25", ("Pelosi", "Trump is niet volledig vrijgepleit door het rapport van Mueller", "zei"))
    [claim] = link_claims([a, b])
    assert members(claim) == {("a", 0): ("asserted", "assert"), ("b", 0): ("stance", "deny")}


def test_two_sources_naming_the_same_two_things_link_and_the_opposite_polarity_denies():
    a = article("a", "2019-03-26", ("Republikeinen", "Trump werkte niet samen met de Russen",
                                    "zeiden"))
    b = article("b", "2019-03-27", ("Brooks", "Trump heeft geheuld met de Russen", "schreef"))
    [claim] = link_claims([a, b])
    [link] = claim.links
    assert link.why == "about" and "russen" in link.detail and "trump" in link.detail
    assert members(claim) == {("a", 0): ("asserted", "assert"), ("b", 0): ("stance", "deny")}


def test_one_shared_name_and_few_words_link_nothing():
    a = article("a", "2019-03-26", ("Republikeinen", "Trump werkte niet samen met de Russen",
                                    "zeiden"))
    b = article("b", "2019-03-27", ("Brooks", "Trump heeft geheuld met de Chinezen", "schreef"))
    assert link_claims([a, b]) == []


def test_a_question_with_niet_denies_nothing():
    a = article("a", "2019-03-26", ("Trump", "Trump gaat de zorgwet van Obama door de rechter laten schrappen", "zei"))
    b = article("b", "2019-03-27", ("commentatoren", "Gaat Trump de zorgwet van Obama niet laten schrappen door de rechter",
                                    "vroegen"))
    [claim] = link_claims([a, b])
    assert members(claim)[("b", 0)] == ("stance", "assert")


def test_a_negated_cue_turns_the_same_words_into_a_denial():
    a = article("a", "2019-03-24", ("Democraten", "er sprake was van samenspanning met Rusland door de campagne", "zeiden"))
    b = article("b", "2019-03-25", ("Mueller", "er sprake was van samenspanning met Rusland door de campagne", "schreef"))
    b.quotes[0].negated = True  # "Mueller schreef niet dat …"
    [claim] = link_claims([a, b])
    assert members(claim)[("b", 0)] == ("stance", "deny")


# -- across articles: restated, reprints, window --------------------------------------------

def test_a_restated_claim_merges_within_the_window_and_not_beyond_it():
    quote = "Onze partij gaat de zorgpremie voor iedereen verlagen"
    a = article("a", "2019-03-26", ("Trump", quote, "zei"))
    b = article("b", "2019-03-30", ("Trump", quote, "zei"))
    c = article("c", "2019-06-30", ("Trump", quote, "zei"))
    [claim] = link_claims([a, b, c])
    assert set(members(claim)) == {("a", 0), ("b", 0)}
    assert claim.links[0].why == "restated" and claim.links[0].score == 1.0
    assert len(link_claims([a, c], Settings(window_days=200))[0].members) == 2


def test_versions_of_one_report_share_a_quote_whoever_each_names_as_its_source():
    short = "pleit hem allerminst vrij"
    a = article("a", "2019-03-30", ("Mueller", "Het was een heksenjacht van begin tot eind", "riep"),
                ("Mueller", "zijn verklaring pleit hem allerminst vrij", "schreef"),
                ("Trump", "Schiff is de zwakste debater die ik ken", "zei"))
    b = article("b", "2019-03-30", ("Trump", "Het was een heksenjacht van begin tot eind", "riep"),
                ("de speciaal aanklager", "zijn verklaring pleit hem allerminst vrij", "schreef"),
                ("Trump", "Schiff is de zwakste debater die ik ken", "zei"))
    claims = link_claims([a, b])
    why = {(c.members[0].unit.quote, c.links[0].why) for c in claims}
    assert (1, "reprint") in why and len(claims) == 3
    lone = article("c", "2019-03-30", ("Barr", short, "schreef"))
    assert link_claims([a, lone]) == []  # one shared phrase is no reprint


# -- continuations ----------------------------------------------------------------------------

def test_a_continuation_joins_a_live_claim_but_never_starts_one():
    a = article("a", "2019-03-01",
                ("Trump", "Ik heb Poetin gesproken", "zei"),
                ("Peskov", "Dat is niet waar", "zei"),
                ("Peskov", "Er is geen gesprek geweest", None))
    [claim] = link_claims([a])
    assert set(members(claim)) == {("a", 0), ("a", 1), ("a", 2)}
    assert any(link.why == "continuation" for link in claim.links)
    assert members(claim)[("a", 2)] == ("stance", "deny")  # one statement, cut by `zei Peskov`: one stance
    alone = article("b", "2019-03-01", ("Jansen", "Ik ga verhuizen", "zei"), ("Jansen", "Naar Utrecht", None))
    assert link_claims([alone]) == []


def test_the_sources_own_words_after_what_was_reported_of_it_start_a_claim():
    a = article("a", "2019-03-26", "Giuliani suggereerde dat iemand de FBI op het verkeerde spoor zette.",
                ("Giuliani", "Ik wil weten wie het deed", None))
    a.quotes.insert(0, Quote(a.text.index("iemand"), a.text.index(" zette") + 6, "iemand de FBI op het verkeerde spoor zette",
                             "indirect", speaker="Giuliani", speaker_entity=0,
                             cue=Cue(a.text.index("suggereerde"), a.text.index("suggereerde") + 11, "suggereerde",
                                     "suggereren")))
    [claim] = link_claims([a])
    assert set(members(claim)) == {("a", 0), ("a", 1)}
    assert [link.why for link in claim.links] == ["continuation"]
    a.quotes[0].kind = "direct"  # two direct quotes alone start nothing
    assert link_claims([a]) == []


# -- keys and the store -------------------------------------------------------------------------

def test_claim_keys_are_stable_and_stored_with_the_reason_of_every_link(tmp_path):
    a = article("a", "2019-03-01", ("Trump", "Ik heb Poetin aan de telefoon gehad", "zei"),
                ("Peskov", "Dat is niet waar", "zei"))
    b = article("b", "2019-03-02", ("Trump", "Ik heb Poetin aan de telefoon gehad", "zei"))
    other = article("z", "2019-03-02", ("Jansen", "De dijk houdt het", "zei"))
    key = link_claims([a, b])[0].id
    assert link_claims([other, b, a])[0].id == key  # order and unrelated articles do not matter
    with Store(tmp_path / "c.sqlite") as db:
        db.ingest([a, b, other])
        assert db.link_claims() == 1
        [claim] = db.linked_claims()
        assert claim["id"] == key and claim["by"] == "Trump"
        rows = {(q["article"], q["quote"]): (q["role"], q["stance"], q["why"]) for q in claim["quotes"]}
        assert rows[("a", 1)] == ("stance", "deny", "answer")
        assert rows[("b", 0)][2] == "restated"
        db.ingest([b])  # re-ingesting an article keeps the key
        assert db.link_claims() == 1 and db.linked_claims(key)[0]["id"] == key
