"""The time of day as records and stores write it."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> str:
    """Now in UTC to the second, ISO 8601 with its offset: ``2026-12-06T05:40:23+00:00``."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
