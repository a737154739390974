"""Training the project's own language pipelines (``wiezeiwat train nl``).

``data`` turns the shared corpora into spaCy DocBins, ``run`` trains and assembles the
pipeline, ``scores`` measures it on the held-out test sets.  Nothing here runs at
extraction time; it needs ``../shared`` and writes intermediate files under ``training/``.
"""
