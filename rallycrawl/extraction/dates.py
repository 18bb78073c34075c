"""Dates as pages write them -> ISO 8601, keeping the page's UTC offset."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_ISO_LIKE = re.compile(
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2})"
    r"(?:[T ](?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)"
    r"\s*(?P<tz>Z|z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$")


def _fmt(dt: datetime, has_time: bool) -> str:
    if not has_time:
        return dt.date().isoformat()
    return dt.replace(microsecond=0).isoformat()


def parse_date(value: object) -> str | None:
    """Return an ISO 8601 date or date-time, or ``None`` when unreadable.

    A date-time keeps the offset the page gave ("2021-04-07T17:32:11-04:00");
    a bare date stays a date ("2021-04-07").
    """
    if not isinstance(value, str):
        return None
    text = value.strip()[:100]
    if not text:
        return None
    match = _ISO_LIKE.search(text)
    if match:
        date, time, tz = match.group("date", "time", "tz")
        y, m, d = (int(p) for p in date.split("-"))
        if not time:
            try:
                return datetime(y, m, d).date().isoformat()
            except ValueError:
                return None
        time = time.replace(",", ".")
        if tz in (None, ""):
            tz = ""
        elif tz in ("Z", "z", "UTC", "GMT"):
            tz = "+00:00"
        elif len(tz) == 3:
            tz += ":00"
        elif ":" not in tz:
            tz = f"{tz[:3]}:{tz[3:]}"
        hh, rest = time.split(":", 1)
        try:
            dt = datetime.fromisoformat(f"{y:04d}-{m:02d}-{d:02d}T{int(hh):02d}:{rest}{tz}")
        except ValueError:
            return None
        return _fmt(dt, True)
    compact = _COMPACT.match(text)
    if compact:
        y, m, d, hh, mm, ss, tz = compact.groups()
        try:
            dt = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        except ValueError:
            return None
        if tz == "Z":
            dt = dt.replace(tzinfo=timezone.utc)
        elif tz:
            sign = 1 if tz[0] == "+" else -1
            off = sign * (int(tz[1:3]) * 60 + int(tz[3:5]))
            dt = dt.replace(tzinfo=timezone(timedelta(minutes=off)))
        return _fmt(dt, hh is not None)
    try:  # RFC 2822, as in feeds and HTTP headers
        dt = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        dt = None
    if dt is not None:
        return _fmt(dt, True)
    return None


def date_part(iso: str | None) -> str | None:
    return iso[:10] if iso else None
