"""Canonical speakers across articles: one key for "Poetin", "president Poetin" and "Putin".

Two steps, both offline:

* ``assign_keys(article)`` gives every entity a cross-article ``Entity.key``: the key of
  the alias table where its name is listed (``lang/nl/aliases.tsv`` plus a user file),
  else a slug of its name without titles ("Amsterdamse wethouder Jan Jansen" ->
  "jan-jansen").  ``scope`` keeps names that identify no one beyond their article
  ("een woordvoerder", "Kim") to an article-local key ``…@<article id>``, and gives
  strings that name no one ("het", "Zo") no key at all.
* ``resolve(name, roles, known)`` is the ingest-time step against speakers already in a
  store: a bare surname ("De Jong") or an initial ("M. Rutte") joins a known speaker only
  when exactly one has that surname and nothing contradicts it (another initial, other
  roles).  Different first names never merge.

Alias file format (TSV, ``#`` comments): ``key<TAB>canonical name<TAB>alias|alias|…``.
A user file listed in ``$WIEZEIWAT_ALIASES`` (or passed as ``--aliases``) is read after
the shipped one; its rows add aliases to a key or define new keys.
"""
from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .errors import InputError
from .records import Article, Entity

SHIPPED = Path(__file__).parent / "lang" / "nl" / "aliases.tsv"
ENV_VAR = "WIEZEIWAT_ALIASES"

# Lower-case name particles: part of a surname, never a title ("Frank de Jong").
PARTICLES = {"van", "de", "der", "den", "het", "'t", "t", "ter", "ten", "te", "in", "op",
             "la", "le", "du", "von", "zu", "da", "di", "del", "della", "dos", "das", "el",
             "al", "bin", "ibn", "'s", "s", "vande", "vander", "d'", "l'"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii"}
# Titles that may stand capitalised before a name (sentence start, honorifics).
TITLES = {"president", "premier", "minister", "minister-president", "staatssecretaris",
          "kamerlid", "burgemeester", "wethouder", "koning", "koningin", "prins", "prinses",
          "paus", "kanselier", "bondskanselier", "senator", "gouverneur", "generaal",
          "oud-premier", "oud-president", "oud-minister", "voorzitter", "dr", "dr.", "prof",
          "prof.", "mr", "mr.", "ir", "ir.", "drs", "drs.", "ing.", "sir", "lady", "lord",
          "dhr.", "mevr.", "mw.", "de heer", "heer", "mevrouw", "meneer", "mrs.", "ms.",
          "sheikh", "sjeik", "ayatollah", "kardinaal", "bisschop", "ds.", "pater"}


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents or curly apostrophes: 'Erdoğan' -> 'erdogan'."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    """'Kim Jong-un' and 'Kim Jong Un' -> 'kim-jong-un'."""
    return "-".join(t for t in re.split(r"[^\w']+", fold(text)) if t)


def _is_initial(token: str) -> bool:
    return bool(re.fullmatch(r"(?:\w\.)+\w?\.?", token)) and len(token.replace(".", "")) <= 3


@dataclass(frozen=True)
class PersonName:
    """A name split into given names and surname, titles dropped."""
    given: tuple[str, ...]  # folded, e.g. ("frank",) or ("m.",)
    surname: str  # folded, e.g. "de jong"
    suffix: str = ""  # "jr"

    @property
    def full(self) -> str:
        return " ".join((*self.given, self.surname, self.suffix)).strip()

    @property
    def has_first_name(self) -> bool:
        return any(not _is_initial(g) for g in self.given)

    @property
    def initials(self) -> str:
        return "".join(g[0] for g in self.given)


@functools.lru_cache(maxsize=1)
def _word_list(name: str) -> frozenset[str]:
    """A folded word list shared with the entity stage (lang/nl/ner_*.txt); empty if absent."""
    try:
        lines = (SHIPPED.parent / name).read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


def first_names() -> frozenset[str]:
    return _word_list("ner_first_names.txt")


@functools.lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], tuple[str, ...]]:
    titles = frozenset(TITLES | _word_list("ner_person_titles.txt"))
    return titles, tuple(t for t in titles if len(t) >= 6 and " " not in t)


@functools.lru_cache(maxsize=65536)
def is_title(token: str) -> bool:
    """'president', 'Vicepremier', 'SP-Kamerlid', "VVD'er": words that stand before a name."""
    low = fold(token).rstrip(",:")
    titles, endings = _titles()
    return low in titles or "'er" in low or low.endswith(endings)


def strip_titles(name: str) -> list[str]:
    """Tokens of the name itself: 'de Amerikaanse president Donald Trump' -> [Donald, Trump]."""
    tokens = name.replace("\u2019", "'").split()
    cut = 0
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(",:")
        lower_word = tok[:1].islower() and low not in PARTICLES and low not in SUFFIXES
        if lower_word or is_title(tok):
            cut = i + 1
    rest = tokens[cut:]
    if len(rest) > 2 and rest[-2].lower() == "van" and (rest[-1].isupper() or rest[-1][-1:].isdigit()):
        rest = rest[:-2]  # "Rob Jetten van D66": the party is not part of the name
    return rest if rest else tokens[-1:]


def _surname_start(folded: list[str]) -> int:
    return next((i for i, t in enumerate(folded) if t in PARTICLES and i < len(folded) - 1),
                len(folded) - 1)


@functools.lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The words of the name proper, as written: titles, a leading place or job word
    before a known first name ("Amsterdam Thierry Baudet"), stray particles dropped."""
    tokens = [t.strip(",:;") for t in strip_titles(name)]
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and fold(tokens[-1]) in PARTICLES:
        tokens.pop()  # "Rutte de": a particle left over from the next words
    known = _first_name_at(tokens)
    if _possessive(tokens):
        return tuple(tokens)  # "Forum voor Democratie van Thierry Baudet": his party, not him
    return tuple(tokens[known:])


def _first_name_at(tokens) -> int:
    return next((i for i, t in enumerate(tokens[:-1]) if fold(t) in first_names()), 0)


def _possessive(tokens) -> bool:
    """'Democratie van Thierry Baudet': a 'van' between other words and a first name."""
    return "van" in [fold(t) for t in tokens[1:_first_name_at(tokens)]]


def display_name(name: str) -> str:
    return " ".join(name_tokens(name)) or name


@functools.lru_cache(maxsize=65536)
def parse_name(name: str) -> PersonName:
    """'Frank de Jong' -> given ('frank',), surname 'de jong'; 'Poetin' -> (), 'poetin'."""
    tokens = [fold(t) for t in name_tokens(name)]
    suffix = ""
    if len(tokens) > 1 and tokens[-1] in SUFFIXES:
        suffix = tokens.pop().rstrip(".")
    if not tokens:
        return PersonName((), "", suffix)
    start = _surname_start(tokens)
    return PersonName(tuple(tokens[:start]), " ".join(tokens[start:]), suffix)


@dataclass
class AliasTable:
    """Folded alias -> key, and key -> canonical name."""
    keys: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, canonical: str, aliases: Iterable[str]) -> None:
        self.names.setdefault(key, canonical)
        for alias in (canonical, *aliases):
            if alias.strip():
                self.keys[_alias_form(alias)] = key

    def lookup(self, name: str) -> Optional[str]:
        """The key of a listed name, tried as written, without titles, and by initials
        ("M. Rutte" -> mark-rutte, when one listed Rutte has those initials)."""
        parsed = parse_name(name)
        for form in (_alias_form(name), parsed.full):
            if form in self.keys:
                return self.keys[form]
        if parsed.given and not parsed.has_first_name:
            fits = {k for k, c in self.names.items() if _initials_fit(parsed, parse_name(c))}
            return fits.pop() if len(fits) == 1 else None
        return None

    def canonical(self, key: str) -> Optional[str]:
        return self.names.get(key)

    def load(self, path: str | os.PathLike) -> "AliasTable":
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise InputError(str(path), None, f"alias file unreadable: {e.strerror or e}") from None
        for n, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2 or not cols[0].strip():
                raise InputError(str(path), n, "expected key<TAB>canonical name<TAB>alias|alias|…")
            aliases = cols[2].split("|") if len(cols) > 2 else []
            self.add(cols[0].strip(), cols[1].strip(), aliases)
        return self


def _initials_fit(initials: PersonName, full: PersonName) -> bool:
    return (full.surname == initials.surname and full.has_first_name
            and full.initials.startswith(initials.initials))


def _alias_form(name: str) -> str:
    return " ".join(fold(name).split())


@functools.lru_cache(maxsize=8)
def _cached_table(paths: tuple[str, ...]) -> AliasTable:
    table = AliasTable().load(SHIPPED)
    for path in paths:
        table.load(path)
    return table


def load_table(user_path: Optional[str] = None) -> AliasTable:
    """The shipped table, then $WIEZEIWAT_ALIASES (os.pathsep-separated), then `user_path`."""
    paths = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    if user_path:
        paths.append(str(user_path))
    return _cached_table(tuple(paths))


def looks_like_person(name: str) -> bool:
    """'president Poetin', 'Frank de Jong': yes; 'een woordvoerder van Defensie', 'de politie': no."""
    tokens = name.split()
    kept = strip_titles(name)
    cut = len(tokens) - len(kept)
    if any(t.lower() in ("van", "of") for t in tokens[:cut]) or _possessive(kept):
        return False  # "de woordvoerder van minister Blok" is not Blok, nor "Partij van Jan" Jan
    if cut and not kept[0][:1].isupper() and not any(fold(t) in first_names() for t in kept):
        return False  # "een woordvoerder van Defensie": a description, not a name
    return any(t[:1].isupper() for t in kept)


NON_PERSON_TYPES = {"organisation", "organization", "org", "place", "location"}


def person_like(name: str, type: Optional[str] = None) -> bool:
    """Persons lose titles and match by surname; entity typing is unsure, so only
    organisations and places are taken at their word."""
    if type == "person":
        return True
    return type not in NON_PERSON_TYPES and looks_like_person(name)


def name_key(name: str, type: Optional[str] = None, table: Optional[AliasTable] = None) -> str:
    """Cross-article key of a name: the alias table's, else a slug.

    Persons lose their titles first: "president Poetin" -> the key of "Poetin".
    Other names keep every word.
    """
    table = table or load_table()
    listed = table.lookup(name)
    if listed:
        return listed
    if person_like(name, type):
        return slug(parse_name(name).full) or slug(name)
    return slug(name)


# Speaker strings that name no one: pronouns, function words, sentence openers.
FUNCTION_WORDS = {"het", "de", "een", "en", "zo", "toch", "maar", "ook", "dat", "die", "dit",
                  "deze", "er", "daar", "hier", "nu", "dan", "wel", "niet", "waarom", "voorlopig",
                  "u", "hij", "zij", "ze", "wij", "we", "ik", "jij", "je", "men", "iemand",
                  "niemand", "gezegd", "volgens", "aldus", "dus", "want", "of", "als", "wat",
                  "wie", "hem", "haar", "hen", "hun", "ons", "mij", "me", "jullie", "zelf",
                  "desondanks", "bovendien", "echter", "daarom", "nog", "al", "bijna", "ruim",
                  "vorig", "vorige", "jaar", "week", "maand", "dag", "gisteren", "vandaag",
                  "morgen", "grote", "kleine", "eerst", "later", "intussen", "inmiddels"}
INDEFINITE = {"een", "iemand", "sommige", "sommigen", "veel", "vele", "enkele", "diverse"}
QUOTE_CHARS = "'\"‘’“”„‚,.:;!?«»-– "


def scope(name: str, type: Optional[str] = None, table: Optional[AliasTable] = None) -> str:
    """How far a speaker name reaches: "global" (across articles), "local" (this article
    only: "een woordvoerder", a bare first name "Kim", "woordvoerder") or "none" (names
    no one: "het", "Zo", a clause the extractor took for a speaker)."""
    clean = name.strip(QUOTE_CHARS)
    tokens = clean.split()
    if not tokens or len(tokens) > 6 or any(c in name for c in '"“”„') or ",," in name:
        return "none"
    folded = [fold(t) for t in tokens]
    if all(t in FUNCTION_WORDS for t in folded) or any(re.fullmatch(r"[\d.,%]+", t) for t in tokens):
        return "none"  # "het", "Vorig jaar", "Bijna 60 procent" (but "D66-Kamerlid Pia Dijkstra")
    if (table or load_table()).lookup(clean):
        return "global"
    if folded[0] in INDEFINITE:
        return "local"
    if not any(t[:1].isupper() for t in tokens) and folded[0] not in ("de", "het"):
        return "local"  # "woordvoerder", "critici": a description, not a name
    if sum(t[:1].islower() and f not in PARTICLES for t, f in zip(tokens, folded)) >= 3:
        return "local"  # "Macron is het volkomen zat": a clause or a long description
    kept = strip_titles(clean)
    if person_like(clean, type) and len(kept) == 1 and fold(kept[0]) in first_names():
        return "local"  # "Kim": which Kim is not known beyond the article
    return "global"


def local_key(name: str, article_id: str) -> str:
    """Key of a speaker known only within one article: "een-woordvoerder@10593548"."""
    return f"{slug(name) or 'anonymous'}@{article_id}"


def speaker_key(name: str, type: Optional[str] = None, article_id: str = "?",
                table: Optional[AliasTable] = None) -> Optional[str]:
    """A name's key by its scope: cross-article, article-local, or None (names no one)."""
    reach = scope(name, type, table)
    if reach == "none":
        return None
    return local_key(name, article_id) if reach == "local" else name_key(name, type, table)


def entity_key(entity: Entity, table: Optional[AliasTable] = None,
               article_id: str = "?") -> Optional[str]:
    """Key of an entity: its canonical name first, then any named mention the table knows."""
    table = table or load_table()
    listed = table.lookup(entity.name)
    if not listed:
        named = (m.text for m in entity.mentions if m.kind in ("name", "surname"))
        own = parse_name(entity.name)
        listed = next((k for k in map(table.lookup, named)
                       if k and _same_first_name(own, parse_name(table.canonical(k) or ""))), None)
    return listed or speaker_key(entity.name, entity.type, article_id, table)


def _same_first_name(own: PersonName, listed: PersonName) -> bool:
    """Ferdinand ~ Ferd; Ivanka Trump is not Donald Trump; no first name fits any."""
    if not own.has_first_name or not listed.has_first_name:
        return True
    return any(a.startswith(b) or b.startswith(a) for a in own.given for b in listed.given
               if not _is_initial(a) and not _is_initial(b))


def assign_keys(article: Article, table: Optional[AliasTable] = None) -> Article:
    """Set ``Entity.key`` on every entity of the article that has none; returns the article.

    Keys of names that identify no one beyond the article ("een woordvoerder", "Kim")
    end in "@<article id>"; names that identify no one at all ("het") keep None.
    """
    table = table or load_table()
    for entity in article.entities:
        if not entity.key:
            entity.key = entity_key(entity, table, article.id)
    return article


# Words the entity stage takes for first names in "Geef Forum", "Parade Den Bosch".
NOT_GIVEN = {"geef", "staat", "parade", "circuit", "palm", "groen", "stichting", "milkshake",
             "miss", "mister", "bibliotheek", "gemeente", "provincie", "partij", "club", "team",
             "omroep", "regio", "discotheek", "plan", "diezelfde", "dezelfde"}
NOT_GIVEN_ENDINGS = ("se", "sche", "ale", "ing", "raad", "partij", "dienst", "fabrikant")


def plausible_given(token: str) -> bool:
    """Could this written word be a first name?  'Tamara', 'J.', 'Gert-Jan': yes;
    'PEC', 'Milieudefensie', 'Nederlandse', 'Stichting': no."""
    low = fold(token)
    if low in first_names() or _is_initial(token):
        return True
    return (token[:1].isupper() and not token.isupper() and 2 <= len(token) <= 10
            and token.replace("-", "").isalpha() and low not in NOT_GIVEN
            and not low.endswith(NOT_GIVEN_ENDINGS))


def plausible_person(display: str) -> bool:
    """A stored full name a bare surname may join: its first given name looks like one."""
    tokens = name_tokens(display)
    start = _surname_start([fold(t) for t in tokens])
    given, surname = tokens[:start], tokens[start:]
    return (bool(given) and plausible_given(given[0])
            and not (len(surname) == 1 and (surname[0].isupper() or len(surname[0]) < 2)))


@dataclass(frozen=True)
class Known:
    """A speaker already in the store, as far as resolution needs to see it."""
    key: str
    name: PersonName
    roles: frozenset[str] = frozenset()


def _compatible(name: PersonName, roles: Iterable[str], other: Known) -> bool:
    if name.surname != other.name.surname or name.suffix != other.name.suffix:
        return False
    if name.has_first_name or not other.name.has_first_name:
        return False  # full names match by key only; a bare name joins only a fuller one
    if name.given and not other.name.initials.startswith(name.initials):
        return False  # "F. de Jong" is not Luuk de Jong
    roles, theirs = {fold(r) for r in roles}, {fold(r) for r in other.roles}
    return not (roles and theirs and not roles & theirs)


def fitting(name: str, roles: Iterable[str], known: Iterable[Known]) -> list[str]:
    """Keys of the known speakers with a first name that a bare or initial name may be."""
    parsed = parse_name(name)
    if parsed.has_first_name or not parsed.surname:
        return []
    roles = list(roles)
    return sorted({k.key for k in known if _compatible(parsed, roles, k)})


def resolve(name: str, roles: Iterable[str], known: Iterable[Known]) -> Optional[str]:
    """The key of the one known speaker a bare surname or initial-name can only be.

    None when the name has a first name of its own, when no known speaker fits, or when
    more than one does (two De Jongs): the caller then keeps the name's own key.
    """
    fits = fitting(name, roles, known)
    return fits[0] if len(fits) == 1 else None
