"""Claims and the stances others take toward them."""
from __future__ import annotations

from .records import Article, Claim


def find_claims(article: Article) -> list[Claim]:
    return []
