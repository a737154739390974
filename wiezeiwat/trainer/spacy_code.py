"""Code that `wiezeiwat train` hands to each `spacy train` run (its ``--code`` file).

It registers the project's architectures and makes the models built in that process do
their matrix products through numpy's BLAS on one thread, like ``wiezeiwat.nlp.load``
does: the BLIS that thinc bundles falls back to its generic kernels on processors it does
not recognise and is then several times slower.  Only for the training subprocess: it
sets thinc's current ops for the whole process.
"""
from thinc.api import set_current_ops

from wiezeiwat.nlp import numpy_blas_ops
from wiezeiwat.pipeline import architectures  # noqa: F401  (registers wiezeiwat.ConcatTok2Vec.v1)

set_current_ops(numpy_blas_ops())
