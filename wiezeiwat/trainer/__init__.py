"""Training the project's own language pipelines (``wiezeiwat train nl``).

``data`` turns the shared corpora into spaCy DocBins, ``run`` trains and assembles the
pipeline, ``scores`` measures it on the held-out test sets.  Nothing here runs at
extraction time; it needs ``../shared`` and writes intermediate files under ``training/``.
"""

# Most steps per stage; in the shipped run the best checkpoints came at 4,800 and 2,400.
DEFAULT_STEPS = {"ud": 5000, "nl": 5000}
