"""The spaCy component: ``nlp.add_pipe("wiezeiwat_timex")`` sets ``doc._.timexes``
from the plain ``find_timexes`` with the date in ``doc.user_data["date"]``."""
# Real annotations, not postponed ones: spaCy 3.7 reads registered functions' signatures.

from spacy.language import Language
from spacy.tokens import Doc

from . import find_timexes

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


class TimexComponent:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = find_timexes(doc.text, doc.user_data.get("date"), lang=self.lang)
        return doc


@Language.factory("wiezeiwat_timex", default_config={"lang": "nl"})
def make_timex_component(nlp: Language, name: str, lang: str) -> TimexComponent:
    return TimexComponent(lang)
