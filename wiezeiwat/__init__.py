"""wiezeiwat — who said what, when, to whom, and who confirmed or denied it."""
from .api import analyze, analyze_articles
from .records import Article, Claim, Cue, Entity, Mention, Quote, Span, Stance, Timex, When

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_articles", "Article", "Claim", "Cue", "Entity", "Mention",
           "Quote", "Span", "Stance", "Timex", "When", "__version__"]
