"""Language knowledge as data: one package per language, one module per topic.

``lang/<code>/<topic>.py`` holds plain module-level constants (tuples, frozensets,
dicts of words and phrases) that one extraction step reads, e.g.
``lang/de/quotes.py`` for German reporting verbs and titles.  No step keeps a word
list of its own: it asks :func:`resources` for the language the article is in.

Adding a language means adding ``lang/<code>/`` with the topics it can fill (and
gold pages to measure it); a topic a language lacks falls back to English, so a
step always gets a module with the names it expects.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from types import ModuleType

#: The language a missing language or topic falls back to.
FALLBACK = "en"

#: tags read with another language's package: Norwegian Bokmål ("nb") and Nynorsk ("nn") with "no"
ALIASES = {"nb": "no", "nn": "no"}


def canonical(language: str | None) -> str | None:
    """The two-letter code of a tag ("de-AT" -> "de", "nb_NO" -> "no"), ``None`` for ``None``."""
    if not language:
        return language
    code = language.split("-")[0].split("_")[0].lower()
    return ALIASES.get(code, code)


@lru_cache(maxsize=None)
def languages() -> tuple[str, ...]:
    """The codes that have a ``lang/<code>/`` package, sorted."""
    here = Path(__file__).parent
    return tuple(sorted(p.name for p in here.iterdir() if p.is_dir() and (p / "__init__.py").is_file()))


@lru_cache(maxsize=None)
def resources(language: str | None, topic: str) -> ModuleType:
    """The ``topic`` module of ``language`` (loaded once), else of :data:`FALLBACK`.

    ``language`` may be a tag such as ``de-AT`` or ``None`` (undetected).
    """
    code = canonical(language or FALLBACK)
    for candidate in (code, FALLBACK):
        if candidate in languages():
            try:
                return importlib.import_module(f"{__name__}.{candidate}.{topic}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{__name__}.{candidate}.{topic}":
                    raise
    raise LookupError(f"no language resources for topic {topic!r}")


def has(language: str | None, topic: str) -> bool:
    """Whether ``language`` itself (not the fallback) has a ``topic`` module."""
    code = canonical(language or "")
    if code not in languages():
        return False
    try:
        importlib.import_module(f"{__name__}.{code}.{topic}")
    except ModuleNotFoundError:
        return False
    return True
