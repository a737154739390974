"""Training the project's own language pipelines (``wiezeiwat train nl``).

``data`` turns the shared corpora into spaCy DocBins, ``run`` trains and assembles the
pipeline, ``scores`` measures it on the held-out test sets.  Nothing here runs at
extraction time; it needs ``../shared`` and writes intermediate files under ``training/``.
"""

# Most steps per stage.  The learning rate of stage ``ud`` falls to 0 at its last step, so
# its step count shapes the whole run; early stopping (patience 3,000) may end it sooner.
DEFAULT_STEPS = {"ud": 8000, "nl": 5000}
