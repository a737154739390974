"""Model architectures of the shipped pipeline that spaCy does not register itself.

``wiezeiwat.ConcatTok2Vec.v1`` lets the NER read the syntax stage's tok2vec (frozen, through
a listener) next to a small tok2vec of its own.  One full tok2vec per component was the
main cost per word; training the NER jointly into the shared one cost the syntax dearly
(POS 93.9 -> 91.7, UAS 74.3 -> 68.9 on the holdout within 1,200 steps).  A narrow encoder
of its own gives the NER the word knowledge UD text lacks, at a fraction of the cost.
"""
# Real annotations, not postponed ones: spaCy 3.7 reads registered functions' signatures.

from typing import List

from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model, concatenate
from thinc.types import Floats2d


@registry.architectures("wiezeiwat.ConcatTok2Vec.v1")
def concat_tok2vec(shared: Model[List[Doc], List[Floats2d]],
                   own: Model[List[Doc], List[Floats2d]]) -> Model[List[Doc], List[Floats2d]]:
    """Token vectors of `shared` and `own` side by side (width: the sum of both)."""
    model = concatenate(shared, own)
    model.set_dim("nO", shared.get_dim("nO") + own.get_dim("nO"))
    return model
