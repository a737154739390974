import pytest

from wiezeiwat import aliases
from wiezeiwat.errors import InputError
from wiezeiwat.records import Article, Entity, Mention


@pytest.mark.parametrize("name", ["Poetin", "Vladimir Poetin", "president Poetin", "Putin",
                                  "de Russische president Vladimir Poetin"])
def test_spellings_of_poetin_share_one_key(name):
    assert aliases.name_key(name) == "vladimir-poetin"


@pytest.mark.parametrize("name,key", [
    ("Trump", "donald-trump"),
    ("de Amerikaanse president Donald Trump", "donald-trump"),
    ("Ivanka Trump", "ivanka-trump"),           # another first name: another person
    ("Donald Trump jr.", "donald-trump-jr"),
    ("Erdoğan", "recep-tayyip-erdogan"),        # accents and spellings fold together
    ("President Macron", "emmanuel-macron"),    # capitalised title at sentence start
    ("Frank de Jong", "frank-de-jong"),
    ("De Jong", "de-jong"),
    ("minister De Jonge", "de-jonge"),          # De Jonge is not De Jong
    ("socioloog Niels Blom", "niels-blom"),
    ("de woordvoerder van minister Blok", "de-woordvoerder-van-minister-blok"),
    ("de politie", "de-politie"),               # not a person: every word stays
    ("een woordvoerder van Defensie", "een-woordvoerder-van-defensie"),
])
def test_name_keys(name, key):
    assert aliases.name_key(name) == key


def test_parse_name_splits_particles_into_the_surname():
    assert aliases.parse_name("Caroline van der Plas") == aliases.PersonName(("caroline",), "van der plas")
    assert aliases.parse_name("Van der Plas") == aliases.PersonName((), "van der plas")
    assert aliases.parse_name("M. Rutte").initials == "m"


def test_organisations_are_not_stripped_like_person_titles():
    assert aliases.name_key("het ministerie van Defensie", "organisation") == "het-ministerie-van-defensie"


def test_assign_keys_sets_keys_from_names_and_mentions():
    art = Article(id="a", text="", entities=[
        Entity(0, "president Poetin", "person"),
        Entity(1, "de Russische leider", "person", [Mention(0, 6, "Putin", "surname")]),
        Entity(2, "Luuk de Jong", "person", key="preset"),
        Entity(3, "Ferdinand Grapperhaus", "person", [Mention(0, 11, "Grapperhaus", "surname")]),
        Entity(4, "Ivanka Trump", "person", [Mention(0, 5, "Trump", "surname")]),
    ])
    aliases.assign_keys(art)
    assert [e.key for e in art.entities] == ["vladimir-poetin", "vladimir-poetin", "preset",
                                             "ferd-grapperhaus", "ivanka-trump"]


def known(key, name, roles=()):
    return aliases.Known(key, aliases.parse_name(name), frozenset(roles))


def test_bare_surname_joins_the_one_known_speaker_with_it():
    assert aliases.resolve("Blom", [], [known("niels-blom", "Niels Blom")]) == "niels-blom"
    assert aliases.resolve("N. Blom", [], [known("niels-blom", "Niels Blom")]) == "niels-blom"


def test_bare_surname_stays_apart_when_two_people_have_it():
    two = [known("frank-de-jong", "Frank de Jong"), known("luuk-de-jong", "Luuk de Jong")]
    assert aliases.resolve("De Jong", [], two) is None
    assert aliases.fitting("De Jong", [], two) == ["frank-de-jong", "luuk-de-jong"]


def test_contradicting_roles_or_initials_block_a_merge():
    frank = [known("frank-de-jong", "Frank de Jong", ["dijkgraaf"])]
    assert aliases.resolve("De Jong", ["voetballer"], frank) is None
    assert aliases.resolve("De Jong", ["dijkgraaf"], frank) == "frank-de-jong"
    assert aliases.resolve("L. de Jong", [], frank) is None


def test_different_first_names_never_merge():
    assert aliases.resolve("Luuk de Jong", [], [known("frank-de-jong", "Frank de Jong")]) is None


def test_user_alias_file_extends_the_table(tmp_path, monkeypatch):
    user = tmp_path / "mine.tsv"
    user.write_text("# mine\njan-jansen\tJan Jansen\tJJ|de wethouder Jansen\n", encoding="utf-8")
    assert aliases.name_key("JJ", table=aliases.load_table(str(user))) == "jan-jansen"
    monkeypatch.setenv(aliases.ENV_VAR, str(user))
    assert aliases.name_key("JJ") == "jan-jansen"
    assert aliases.name_key("Putin") == "vladimir-poetin"  # the shipped rows stay


def test_bad_alias_file_is_an_input_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("only-one-column\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.tsv:1"):
        aliases.AliasTable().load(bad)
    with pytest.raises(InputError, match="unreadable"):
        aliases.AliasTable().load(tmp_path / "missing.tsv")


@pytest.mark.parametrize("name,reach", [
    ("Thierry Baudet", "global"), ("de politie", "global"), ("Poetin", "global"),
    ("een woordvoerder", "local"), ("woordvoerder", "local"), ("Kim", "local"),
    ("D66-Kamerlid Pia Dijkstra", "global"), ("een 81-jarige man", "local"),
    ("Macron is het volkomen zat", "local"),
    ("het", "none"), ("Zo", "none"), ("Vorig jaar", "none"), ("Bijna 60 procent", "none"), ("'Toch", "none"), (',,Je kan het beter doen"', "none"),
])
def test_scope_of_speaker_names(name, reach):
    assert aliases.scope(name) == reach


def test_assign_keys_marks_article_local_and_empty_names():
    art = Article(id="art7", text="", entities=[Entity(0, "een woordvoerder", "person"),
                                                Entity(1, "Het", "other")])
    aliases.assign_keys(art)
    assert [e.key for e in art.entities] == ["een-woordvoerder@art7", None]


def test_initials_find_the_one_listed_person():
    assert aliases.name_key("M. Rutte") == "mark-rutte"
    assert aliases.name_key("J. Rutte") == "j-rutte"


@pytest.mark.parametrize("name,ok", [
    ("Frank de Jong", True), ("Tamara van Ark", True), ("J. Visser", True), ("Gert-Jan Segers", True),
    ("PEC Zwolle", False), ("Milieudefensie Shell", False), ("Stichting Islamitisch Onderwijs", False),
    ("Nederlandse Dumpert", False), ("Zwolle", False), ("Snoras AB", False), ("Plan B", False),
])
def test_only_plausible_full_names_take_bare_surnames(name, ok):
    assert aliases.plausible_person(name) is ok
