"""The public Python API: ``analyze`` one text, ``analyze_articles`` many."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Optional

from . import nlp as nlp_mod
from .errors import AnalysisError
from .records import Article


def _stages(article: Article, doc) -> Article:
    from . import aliases, claims, entities, quotes, timex
    article.timexes = timex.find_timexes(article.text, article.date)
    article.entities = entities.find_entities(doc)
    article.quotes, frames, sentences = quotes.analyse_quotes(doc, article.entities, timexes=article.timexes)
    timex.assign_when(article, [(s.start, s.end) for s in sentences])
    article.claims = claims.find_claims(article, frames, sentences)
    quotes.detach_frames(article.quotes)
    aliases.assign_keys(article)  # cross-article speaker keys, also in `extract` output
    return article


def analyze(text: str, date: Optional[str] = None, id: Optional[str] = None,
            title: Optional[str] = None, lang: str = "nl") -> Article:
    """Quotes, speakers, entities, time expressions and claims of one article body.

    >>> art = analyze('Trump zei dat hij Poetin had gesproken.', date='2025-02')
    >>> art.quotes[0].speaker
    'Trump'
    """
    from .io import normalise_date
    article = Article(id=id or "article", text=text, date=normalise_date(date), title=title)
    return _stages(article, nlp_mod.load(lang)(text))


def analyze_articles(articles: Iterable[Article], lang: str = "nl", batch_size: int = 8,
                     threads: Optional[int] = None,
                     on_error: Optional[Callable[[AnalysisError], None]] = None,
                     workers: int = 1) -> Iterator[Article]:
    """Analyse records from ``wiezeiwat.io`` in order, streaming through
    ``wiezeiwat.nlp.pipe`` (two threads on a multi-core machine; ``threads=1`` for one),
    or with ``workers=N`` on N forked worker processes (``wiezeiwat.processes``).

    An article whose analysis fails raises ``AnalysisError``; with `on_error`, it is
    handed to ``on_error`` instead and left out, and every other article comes out."""
    from . import processes
    if workers > 1 and processes.can_fork():
        yield from processes.analyze_on_processes(articles, workers, lang, on_error)
        return

    def failed(error: Exception, article: Article) -> None:
        err = AnalysisError(article.id, article.source, f"{type(error).__name__}: {error}")
        if on_error is None:
            raise err from error
        on_error(err)

    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp_mod.pipe(pairs, lang, batch_size, threads, as_tuples=True, on_error=failed):
        try:
            result = _stages(article, doc)
        except Exception as error:  # one article's bug must not end an archive run
            failed(error, article)
            continue
        yield result
