"""rallycrawl: a Scrapy-based news crawler for protest research.

``rallycrawl.extract_article(html, url)`` turns one HTML page into the article
record without crawling (see ``docs/extraction.md``).  It is imported on first
use, so that ``import rallycrawl.settings`` stays light.
"""

from __future__ import annotations

from typing import Any

from . import _moved

__version__ = "0.1.0"

__all__ = ["__version__", "extract_article", "NotAnArticleError"]

_moved.install()  # old module paths (rallycrawl.middlewares, ...) import for one more release


def __getattr__(name: str) -> Any:
    if name in ("extract_article", "NotAnArticleError"):
        from .extraction import article

        return getattr(article, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
