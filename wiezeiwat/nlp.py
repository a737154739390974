"""Loading the language pipeline that every stage stands on.

``pipe`` runs it over many texts in one process on two threads: the token-level
components of one batch (tok2vec, taggers, lemmatizer) run while the parser and NER work
on the batch before.  Both halves spend most of their time in code that releases Python's
GIL (matrix products, the parser's transition loop), so the second core does real work;
each component only ever runs in one thread, and the output equals ``nlp.pipe``'s.

Matrix products go through numpy's BLAS (OpenBLAS, one thread per call) rather than the
BLIS that thinc bundles: the BLIS in the wheels falls back to its generic kernels when it
does not recognise the processor (as on this project's AMD EPYC machines) and is then
three to four times slower; the results are the same (``tests/test_nlp.py``).

The Dutch pipeline is trained by the project (``wiezeiwat train nl``) and ships inside
the package under ``wiezeiwat/models/<lang>``.  Where it is missing, a blank pipeline
with a rule-based sentencizer and the same tokenizer rules is used, so the rule-based
stages still run; the
``model`` field of ``pipeline_info()`` says which one is in use.
"""
from __future__ import annotations

import functools
import os
import queue
import re
import threading
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import spacy
import threadpoolctl
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import NumpyOps

from .errors import ModelError
from .pipeline import customize  # also registers the wiezeiwat_* component factories

MODELS_DIR = Path(__file__).parent / "models"


def model_path(lang: str = "nl") -> Path:
    override = os.environ.get(f"WIEZEIWAT_MODEL_{lang.upper()}")
    return Path(override) if override else MODELS_DIR / lang


@functools.lru_cache(maxsize=4)
def load(lang: str = "nl") -> Language:
    """The shipped pipeline for `lang`, loaded once per process, with no network."""
    path = model_path(lang)
    if (path / "config.cfg").exists():
        try:
            nlp = spacy.load(path)
        except Exception as e:  # a broken model must not pass for a missing one
            raise ModelError(f"the {lang} pipeline at {path} does not load: {e}") from e
        return use_numpy_blas(nlp)
    if os.environ.get("WIEZEIWAT_REQUIRE_MODEL"):
        raise ModelError(f"no trained {lang} pipeline at {path}")
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return customize(nlp, lang)


BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def numpy_blas_ops() -> NumpyOps:
    """thinc ops whose matrix products go through numpy's BLAS, one thread per call (our
    own threads are the parallelism; a BLAS pool on top of them only competes for the
    cores), unless the user set a BLAS thread count in the environment."""
    if not any(os.environ.get(name) for name in BLAS_THREAD_VARIABLES):
        threadpoolctl.threadpool_limits(limits=1, user_api="blas")
    return NumpyOps(use_blis=False)


def use_numpy_blas(nlp: Language) -> Language:
    """Switch every trained component's model to ``numpy_blas_ops()``."""
    ops = numpy_blas_ops()
    for _, proc in nlp.pipeline:
        if hasattr(proc, "model") and hasattr(proc.model, "walk"):
            for node in proc.model.walk():
                node.ops = ops
    return nlp


def pipeline_info(lang: str = "nl") -> dict:
    nlp = load(lang)
    return {"lang": lang, "model": nlp.meta.get("name", "blank"), "version": nlp.meta.get("version"),
            "pipes": list(nlp.pipe_names), "path": str(model_path(lang))}


SECOND_HALF_STARTS = ("parser", "ner")  # the transition-based components


def default_threads() -> int:
    return 2 if (os.cpu_count() or 1) > 1 else 1


def pipe(texts: Iterable[Any], lang: str = "nl", batch_size: int = 8,
         threads: int | None = None, as_tuples: bool = False,
         on_error: Callable[[Exception, Any], None] | None = None) -> Iterator[Any]:
    """Docs for `texts` in order, like ``load(lang).pipe``; with ``threads=2`` (the
    default on a multi-core machine) the two halves of the pipeline overlap.  With
    `as_tuples`, items are ``(text, context)`` and ``(doc, context)`` comes back.

    With `on_error`, a text whose analysis raises is handed to ``on_error(error,
    context)`` and left out; the others still come out.  Texts over the pipeline's
    ``max_length`` are analysed in pieces (``make_doc``), so they never raise E088."""
    nlp = load(lang)
    threads = default_threads() if threads is None else threads
    names = nlp.pipe_names
    split = next((i for i, name in enumerate(names) if name in SECOND_HALF_STARTS), len(names))
    if threads < 2 or split in (0, len(names)):
        split = len(names)
    first, second = nlp.pipeline[:split], nlp.pipeline[split:]
    batches = _first_half(nlp, first, texts, batch_size, as_tuples, on_error)
    if threads >= 2 and second:
        batches = _overlapped(batches)
    for docs, contexts in batches:
        docs, contexts = _run(second, docs, contexts, batch_size, on_error)
        yield from (zip(docs, contexts) if as_tuples else docs)


def text_pieces(text: str, limit: int) -> list[str]:
    """`text` cut into pieces of at most `limit` characters that join to it again, each cut
    after a paragraph break if there is one in the piece's second half, else after a
    sentence end, else after a space (a text with none of these is cut where it must)."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for pattern in (PARAGRAPH_END, SENTENCE_END, SPACE_END):
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


PARAGRAPH_END = re.compile(r"\n\s*(?=\S)")
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+(?=\S)")
SPACE_END = re.compile(r"\s+(?=\S)")


PIECE_CHARS = 100_000  # an oversized text is analysed in pieces of this size: spaCy's memory grows with the doc
ANALYSED = "wiezeiwat_analysed"  # user_data flag: a doc the whole pipeline has already run over


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc``, also for a text over ``nlp.max_length`` (spaCy's E088): its pieces
    (``text_pieces``, at most PIECE_CHARS) go through the whole pipeline one by one and are
    joined, so offsets stay those of `text` and memory stays that of one piece."""
    if len(text) <= nlp.max_length:
        return nlp.make_doc(text)
    pieces = text_pieces(text, min(nlp.max_length, PIECE_CHARS))
    docs = [_apply(nlp.pipeline, [nlp.make_doc(piece)], 1)[0] for piece in pieces]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    doc.user_data[ANALYSED] = True
    return doc


def _first_half(nlp: Language, first, texts, batch_size: int, as_tuples: bool, on_error):
    """(docs, contexts) per batch, tokenised and run through the first components."""
    for items in minibatch(texts, batch_size):
        pairs = items if as_tuples else [(text, None) for text in items]
        docs, contexts = [], []
        for text, context in pairs:
            try:
                docs.append(make_doc(nlp, text))
                contexts.append(context)
            except Exception as error:
                if on_error is None:
                    raise
                on_error(error, context)
        yield _run(first, docs, contexts, batch_size, on_error)


def _run(components, docs: list[Doc], contexts: list, batch_size: int, on_error=None):
    """Run `components` over a batch; if the batch raises, each doc alone, so one bad
    text is reported (``on_error``) and the rest of its batch still comes through."""
    try:
        return _apply(components, docs, batch_size), contexts
    except Exception:
        if on_error is None or len(docs) < 1:
            raise
    kept_docs, kept_contexts = [], []
    for doc, context in zip(docs, contexts):
        try:
            kept_docs += _apply(components, [doc], batch_size)
            kept_contexts.append(context)
        except Exception as error:
            on_error(error, context)
    return kept_docs, kept_contexts


def _apply(components, docs: list[Doc], batch_size: int) -> list[Doc]:
    if any(doc.user_data.get(ANALYSED) for doc in docs):  # analysed in pieces by make_doc
        todo = [i for i, doc in enumerate(docs) if not doc.user_data.get(ANALYSED)]
        docs = list(docs)
        for i, doc in zip(todo, _apply(components, [docs[i] for i in todo], batch_size)):
            docs[i] = doc
        return docs
    for _, proc in components:
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") \
            else [proc(doc) for doc in docs]
    return docs


_DONE = object()


def _overlapped(batches: Iterator[Any]) -> Iterator[Any]:
    """The items of `batches`, computed ahead by a worker thread (the first half of the
    pipeline, while the caller runs the second).  An error in the worker is raised
    here; leaving early stops it."""
    handoff: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in batches:
                if not put(item):
                    return
            put(_DONE)
        except BaseException as error:  # handed to the caller, raised there
            put(error)

    worker = threading.Thread(target=work, name="wiezeiwat-nlp", daemon=True)
    worker.start()
    try:
        while (item := handoff.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()
