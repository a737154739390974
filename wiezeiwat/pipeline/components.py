"""Small rule components that patch the trained pipeline with table-driven knowledge.

* ``wiezeiwat_quote_sents`` (before the parser): a closing quote mark never starts a
  sentence and a blank line always does, so sentence splits do not tear quotes apart.
* ``wiezeiwat_lemma_fixes`` (after the lemmatizer): lemmas of the speech verbs that
  quotes hang on, from ``lemma_fixes.tsv``.
* ``wiezeiwat_ner_rules`` (after NER): person names that year-2000 training data does not
  know, from titles ("president Poetin") and first names ("Bob Woodward"), spread to
  later mentions of the same surname ("Trump").
"""
# Real annotations, not postponed ones: spaCy 3.7 reads registered functions' signatures.

from spacy.language import Language
from spacy.tokens import Doc, Span

from .tables import read_rows, read_words
from .tokenizer import quote_marks

SENTENCE_ENDS = {".", "!", "?", "…", "..."}
OPENERS = {"(", "[", "-", "–", "—", "•", "*"}
FUNCTION_POS = {"DET", "PRON", "ADV", "CCONJ", "SCONJ", "AUX", "ADP"}


@Language.factory("wiezeiwat_quote_sents", default_config={"lang": "nl"})
def make_quote_sents(nlp: Language, name: str, lang: str):
    return QuoteSentences(quote_marks(lang))


class QuoteSentences:
    def __init__(self, marks: dict[str, str]):
        self.marks = marks

    def role(self, doc: Doc, i: int) -> str | None:
        """'open', 'close' or None: a straight mark glued to the word before it closes."""
        role = self.marks.get(doc[i].text)
        if role == "both":
            glued_to_word = i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space
            role = "close" if glued_to_word else "open"
        return role

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        # One array write: setting Token.is_sent_start checks the whole doc each time.
        starts = doc.to_array("SENT_START").astype("int64")
        for i, token in enumerate(doc):
            if i == 0:
                continue
            before = doc[i - 1]
            role = self.role(doc, i)
            if role == "open" and (before.is_space or before.text in SENTENCE_ENDS):
                starts[i] = 1
            elif before.is_space and "\n" in before.text and not token.is_space:
                starts[i] = 1  # a new paragraph, or a headline's end
            elif token.is_space or role == "close" or self.cannot_start(token, before):
                starts[i] = -1  # stays with the sentence it ends
            if role == "open" and i + 1 < len(doc):
                starts[i + 1] = -1  # the quote's first word is inside it
        doc.from_array(["SENT_START"], starts.astype("uint64").reshape(-1, 1))  # -1 wraps as spaCy stores it
        return doc

    @staticmethod
    def cannot_start(token, before) -> bool:
        """Edited text starts a sentence only after punctuation or a line break, and
        never with a stop or a comma."""
        return before.text[-1:].isalnum() or (token.is_punct and token.text not in OPENERS)


@Language.factory("wiezeiwat_lemma_fixes", default_config={"lang": "nl"})
def make_lemma_fixes(nlp: Language, name: str, lang: str):
    return LemmaFixes(read_rows(lang, "lemma_fixes.tsv"))


class LemmaFixes:
    """form (lower case) + UPOS -> lemma; a ``*`` UPOS matches any part of speech."""

    def __init__(self, rows: list[list[str]]):
        self.table = {(form.lower(), pos): lemma for form, pos, lemma in rows}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            form = token.lower_
            lemma = self.table.get((form, token.pos_)) or self.table.get((form, "*"))
            if lemma:
                token.lemma_ = lemma
            elif token.pos_ == "PROPN" and token.lemma_ == form != token.text:
                token.lemma_ = token.text  # names keep their capitals (Ron, not ron)
        return doc


@Language.factory("wiezeiwat_ner_rules", default_config={"lang": "nl"})
def make_ner_rules(nlp: Language, name: str, lang: str):
    return PersonRules(set(read_words(lang, "ner_person_titles.txt")),
                       set(read_words(lang, "ner_first_names.txt")),
                       set(read_words(lang, "ner_name_particles.txt")))


class PersonRules:
    """Relabel or add PER spans where a title or a first name shows a person."""

    def __init__(self, titles: set[str], first_names: set[str], particles: set[str]):
        self.titles, self.first_names, self.particles = titles, first_names, particles

    def name_end(self, doc: Doc, start: int, stops: set[int] = frozenset()) -> int:
        """End of the capitalised name starting at `start` ('Van der Bellen' included).
        Once it has two words, it ends where something else starts (a byline run into the
        next line: "Jan Smit De Europese Centrale Bank")."""
        if not self.is_name_word(doc[start]):
            return start
        end = start + 1
        while end < len(doc) and self.continues_name(doc[end]):
            if self.whole_name(doc[start:end]) and self.starts_something_else(doc[end], stops):
                break
            end += 1
        while end > start + 1 and (not self.is_name_word(doc[end - 1])
                                   or doc[end - 1].lower_ in self.particles):
            end -= 1  # no trailing particle ("De" included)
        return end

    def whole_name(self, words) -> bool:
        """A first name and a surname at least ("Jan van der" is not one yet)."""
        return sum(self.is_name_word(t) and t.lower_ not in self.particles for t in words) >= 2

    def starts_something_else(self, token, stops: set[int]) -> bool:
        """After a whole name: another entity, a title ("Manager Michel …") or a lowercase
        particle, which is a preposition there ("René Van der Vlist van Eurosport")."""
        return (token.i in stops or token.lower_ in self.titles
                or (token.lower_ in self.particles and token.text.islower()))

    def continues_name(self, token) -> bool:
        """A later word of a name: a particle, or a capitalised word that is not a
        capitalised function word starting the next, unpunctuated sentence ("Maar", "Het")
        nor an acronym."""
        if token.is_sent_start or (token.text.isupper() and len(token) > 1):
            return False  # nor an acronym: "Jan Smit BBL" is a byline and a union
        return token.lower_ in self.particles or (
            self.is_name_word(token) and token.pos_ not in FUNCTION_POS)

    @staticmethod
    def is_name_word(token) -> bool:
        return token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()

    def person_spans(self, doc: Doc, stops: set[int] = frozenset()) -> list[Span]:
        spans, i = [], 0
        while i < len(doc):
            token = doc[i]
            starts_name = token.lower_ in self.titles and i + 1 < len(doc)
            start = i + 1 if starts_name else i
            if starts_name or token.text in self.first_names:
                end = self.name_end(doc, start, stops)
                if end > start and (starts_name or end - start > 1):
                    spans.append(Span(doc, start, end, label="PER"))
                    i = end
                    continue
            i += 1
        return spans

    def known_name_mentions(self, doc: Doc, persons: list[Span], places: set[int],
                            other_names: set[int]) -> list[Span]:
        """Single-word mentions of a known person's surname or, of a whole name, first
        name ("Patricia" after "Patricia de Ryck"), genitive -s too; not inside a longer
        name of another kind ("Studio Brussel"), nor where the model saw a place if it
        mostly saw one there (a surname can be a place: Kosovo, Washington; one stray LOC
        among ten "Trump"s is the model's slip)."""
        parts = [span[-1] for span in persons]
        parts += [span[0] for span in persons if self.whole_name(span)]
        names = {t.text for t in parts if len(t) > 2 and not t.text.isupper()
                 and t.lower_ not in self.particles}
        mentions: dict[str, list[int]] = {}
        for token in doc:
            text = token.text
            base = text[:-1] if text.endswith("s") and text[:-1] in names else text
            if base in names and text[:1].isupper():
                mentions.setdefault(base, []).append(token.i)
        spans = []
        for indices in mentions.values():
            mostly_place = sum(i in places for i in indices) * 2 >= len(indices)
            spans += [Span(doc, i, i + 1, label="PER") for i in indices
                      if not (mostly_place and i in places) and i not in other_names]
        return spans

    def without_title(self, ent: Span) -> Span:
        """'Woordvoerder Peskov' -> 'Peskov': the title is not part of the name."""
        start = ent.start
        while start < ent.end - 1 and ent.doc[start].lower_ in self.titles:
            start += 1
        return Span(ent.doc, start, ent.end, label=ent.label_) if start > ent.start else ent

    def __call__(self, doc: Doc) -> Doc:
        model_ents = [self.without_title(e) if e.label_ == "PER" else e for e in doc.ents]
        found = self.person_spans(doc, {e.start for e in model_ents if e.label_ != "PER"})
        persons = found + [e for e in model_ents if e.label_ == "PER"]
        places = {i for e in model_ents if e.label_ == "LOC" for i in range(e.start, e.end)}
        other_names = {i for e in model_ents if e.label_ != "PER" and len(e) > 1
                       for i in range(e.start, e.end)}
        found += self.known_name_mentions(doc, persons, places, other_names)
        doc.ents = merge_entities(model_ents, found)
        return doc


def merge_entities(model_ents: list[Span], rule_ents: list[Span]) -> list[Span]:
    """Rule spans win over the model's where they overlap; a model PER span that already
    contains the rule spans it overlaps is kept (it is the longer name).  Linear in the
    number of tokens: articles of a megabyte have tens of thousands of entities."""
    rule_at: dict[int, Span] = {}
    for span in sorted(rule_ents, key=lambda s: (s.start, -len(s))):
        if not any(i in rule_at for i in range(span.start, span.end)):
            rule_at.update((i, span) for i in range(span.start, span.end))
    kept, taken = [], set()
    for ent in model_ents:
        overlapping = {id(r): r for i in range(ent.start, ent.end) if (r := rule_at.get(i))}.values()
        inside = all(ent.start <= r.start and r.end <= ent.end for r in overlapping)
        if not overlapping or (ent.label_ == "PER" and inside):
            kept.append(ent)
            taken.update(range(ent.start, ent.end))
    for span in {id(r): r for r in rule_at.values()}.values():
        if not any(i in taken for i in range(span.start, span.end)):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
