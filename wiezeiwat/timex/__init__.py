"""Time expressions (TIMEX3-style), normalised against the article date.

Placeholder API, filled in by the timex stage (issue 4):
``find_timexes(text, date) -> list[Timex]`` and ``assign_when(article)``.
"""
from __future__ import annotations

from typing import Optional

from ..records import Article, Timex, When


def find_timexes(text: str, date: Optional[str]) -> list[Timex]:
    return []


def assign_when(article: Article, sentences: list[tuple[int, int]]) -> None:
    """Set ``quote.when`` for every quote; ``sentences`` are (start, end) char spans."""
    for q in article.quotes:
        if q.when is None:
            q.when = When(value=article.date)
