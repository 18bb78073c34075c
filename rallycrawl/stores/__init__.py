"""Where exported records are kept: the embedded SQLite store and the PostgreSQL store.

Both are item pipelines placed after ``RecordPipeline`` and share one relational
schema (:mod:`.schema`).  The *primary* store (PostgreSQL when
``RALLYCRAWL_POSTGRES_DSN`` is set, else SQLite) also answers the seen-URL
questions of incremental runs and counts ``rallycrawl/store/*`` stats.
"""

from __future__ import annotations

from scrapy.exceptions import NotConfigured

from .base import RecordStore, StoreError


def primary_store(crawler) -> RecordStore | None:
    """The store that holds the seen-URL state, or None when every store is off."""
    from .postgres import PostgresStore
    from .sqlite import SqliteStore

    for cls in (PostgresStore, SqliteStore):
        try:
            return cls.for_crawler(crawler)
        except NotConfigured:
            continue
    return None


__all__ = ["RecordStore", "StoreError", "primary_store"]
