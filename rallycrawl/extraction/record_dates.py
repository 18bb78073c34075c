"""Date columns for analysts, derived from ``published`` / ``modified`` (no Scrapy here).

``published`` and ``modified`` keep the page's own precision and offset, so one
export mixes three forms: ``2024-01-04`` (a day), ``2024-01-04T17:52:26`` (a
local time, offset unknown) and ``2024-01-04T17:52:26+02:00``.  A column like
that does not load as one datetime type.  These keys do, whatever the page gave:

* ``published_date`` / ``modified_date``: ``YYYY-MM-DD``, the day the page
  gives (its local day), for grouping by day;
* ``published_utc`` / ``modified_utc``: ``YYYY-MM-DDTHH:MM:SSZ``, the moment in
  UTC, only when the page gives a time *and* its offset (null otherwise: a
  local time without an offset is not a known moment).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

def day_of(iso: str | None) -> str | None:
    """``YYYY-MM-DD`` of an ISO 8601 date or date-time (the day as written), or None."""
    if not iso or len(iso) < 10:
        return None
    try:
        return date.fromisoformat(iso[:10]).isoformat()
    except ValueError:
        return None


def utc_moment(iso: str | None) -> str | None:
    """``YYYY-MM-DDTHH:MM:SSZ`` of an ISO 8601 date-time with an offset; None without one."""
    if not iso or len(iso) <= 10:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None
    return moment.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def date_columns(published: str | None, modified: str | None) -> dict[str, str | None]:
    return {
        "published_date": day_of(published),
        "published_utc": utc_moment(published),
        "modified_date": day_of(modified),
        "modified_utc": utc_moment(modified),
    }
