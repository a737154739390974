"""Claims: what a source asserts and who confirms, denies or answers it.

Two levels:
- ``find_claims(article, frames, sentences)``: the stance board of one article (`board.py`),
  the ``claims`` field of the `extract` output;
- ``link_claims(articles)``: claims across the articles of a run, each a ``StoryClaim``
  with every quote that asserts it or takes a stance on it and the links that put them
  there (`link.py`: `within.py` for one article, `across.py` between articles, `units.py`
  and `content.py` for what is compared); `wiezeiwat claims FILES` writes them.
"""
from .board import STANCES, find_claims
from .link import Settings, link_claims, units_of
from .records import Link, Member, StoryClaim, Unit

__all__ = ["STANCES", "find_claims", "link_claims", "Settings", "units_of", "Link", "Member", "StoryClaim", "Unit"]
