"""Crawling with several workers over Redis: the add-on and its spider pieces
(``addon``), scrapy-redis's scheduler and duplicate filter adapted (``frontier``),
and the JSON serializer for queued requests (``serializer``).

``rallycrawl.distributed.RedisAddon`` and the other names of the former
``rallycrawl/distributed.py`` module keep working: they are handed on from ``addon``.
"""

from .addon import *  # noqa: F401,F403 - the former module's names, for settings that name them
