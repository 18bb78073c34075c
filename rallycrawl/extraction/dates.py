"""Dates as pages write them -> ISO 8601, keeping the page's UTC offset.

Understood, in this order: ISO 8601 and its loose variants ("2021-04-07 17:32"),
compact dates ("20210407"), year-first numeric dates ("2021/04/07", "2021.04.07"), RFC 2822 ("Wed, 07 Apr 2021 17:32:11 -0400"), dates
with a month name in any language of ``lang/<code>/calendar.py`` ("Apr 7, 2021",
"7. April 2021", "7 de abril de 2021", "7 avril 2021", "12 maggio 2021", "7 mei
2019", "Wed Apr 7 17:32:11 EDT 2021"), and numeric dates with a four-digit year ("4/7/2021", "07.04.2021", spaced "7. 4. 2021").
A time next to the date is kept with its offset when the text gives one (a
numeric offset or an unambiguous zone abbreviation such as EDT or CET).

Only the first 200 characters of a value are read, and every pattern is free of
nested repetition, so hostile input costs linear time.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from .lang import has as has_resources
from .lang import languages, resources

_MAX_CHARS = 200
#: Years outside this range are placeholders ("0001-01-01") or typos, not publication dates.
_MIN_YEAR, _MAX_YEAR = 1900, 2100

_ISO_LIKE = re.compile(
    r"(?<!\d)(?P<date>\d{4}-\d{1,2}-\d{1,2})"
    r"(?:[T ](?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)"
    r"\s?(?P<tz>Z|z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$")

def _all_months() -> dict[str, int]:
    """Month names of every language with ``lang/<code>/calendar.py`` (a page's dates are read
    before its language is known; the languages do not disagree on a name)."""
    months: dict[str, int] = {}
    for code in languages():
        if has_resources(code, "calendar"):
            for name, number in resources(code, "calendar").MONTHS.items():
                months.setdefault(name, number)
    return months


_MONTHS = _all_months()


def weekday_numbers() -> dict[str, int]:
    """Every language's weekday names (``lang/<code>/calendar.py`` ``WEEKDAYS``, Monday first, and
    ``WEEKDAY_NUMBERS`` for other forms: "sonnabend", unaccented "sabado") and their numbers, Monday 0."""
    numbers: dict[str, int] = {}
    for code in languages():
        if has_resources(code, "calendar"):
            data = resources(code, "calendar")
            for i, name in enumerate(getattr(data, "WEEKDAYS", ())[:7]):
                numbers.setdefault(name, i)
            for name, number in getattr(data, "WEEKDAY_NUMBERS", {}).items():
                numbers.setdefault(name, number)
    return numbers


def full_month_numbers() -> dict[str, int]:
    """Month names that stand alone in running text and their numbers: every language's full names
    (a month's longest names in its ``calendar.py``, "märz" beside "maerz"), and English's
    abbreviations; not other languages' abbreviations, which are words of running text ("out",
    "des", "set", "ago")."""
    numbers: dict[str, int] = {}
    for code in languages():
        if not has_resources(code, "calendar"):
            continue
        months = resources(code, "calendar").MONTHS
        longest: dict[int, int] = {}
        for name, number in months.items():
            longest[number] = max(longest.get(number, 0), len(name))
        for name, number in months.items():
            if code == "en" or len(name) >= longest[number] - 1:
                numbers.setdefault(name, number)
    return numbers


def calendar_words(name: str) -> tuple[str, ...]:
    """The words of ``name`` ("WEEKDAYS", "MONTH_LINKS") in every language's
    ``lang/<code>/calendar.py``, each once, in the languages' order."""
    return tuple(dict.fromkeys(
        word for code in languages() if has_resources(code, "calendar")
        for word in getattr(resources(code, "calendar"), name, ())
    ))


def _links(name: str) -> str:
    """An optional word of any language's ``lang/<code>/calendar.py`` ``name`` and the blank after
    it, as a regex ("de abril", "of April")."""
    words = calendar_words(name)
    return "(?:" + "|".join(rf"{re.escape(w)}\s+" for w in words) + ")?" if words else ""


#: "7 de abril", "7th of April" (MONTH_LINKS); "abril de 2021", "abril del 2021" (YEAR_LINKS)
_MONTH_LINK, _YEAR_LINK = _links("MONTH_LINKS"), _links("YEAR_LINKS")
_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_YEAR = r"(?P<year>(?:19|20|21)\d{2})(?!\d)"
_DAY = r"(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th|er|º|\.)?"
_TIME_BETWEEN = r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5})?)?"
_NAMED_DATES = (
    # 7 April 2021 / 7. April 2021 / 7 de abril de 2021 / 7 avril 2021 / 7th of April 2021 / 7-Apr-2021
    re.compile(rf"(?<!\d){_DAY}\s*{_MONTH_LINK}{_MONTH},?\s+{_YEAR_LINK}{_YEAR}", re.I),
    re.compile(rf"(?<![\d-]){_DAY}-{_MONTH}-{_YEAR}", re.I),
    # April 7, 2021 / Wed Apr 7 17:32:11 EDT 2021
    re.compile(rf"\b{_MONTH}\s+{_DAY},?{_TIME_BETWEEN},?\s+{_YEAR}", re.I),
)
# A day and a month without a year, as datelines write them ("March 3", "3. März", "3 de marzo", "3 mars").
_NAMED_DAYS = (
    re.compile(rf"(?<!\d){_DAY}\s*{_MONTH_LINK}{_MONTH}(?![^\W\d_])", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\d)", re.I),
)
_NUMERIC = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})(?:(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)|\.\s(?P<b2>\d{1,2})\.\s)(?P<year>\d{4})(?!\d)"
)
#: a numeric date, day and month in either order (groups a, b or b2, sep, year): read by metadata to
#: tell how a page orders them
NUMERIC_DATE = _NUMERIC
# 2021/04/07, 2021.04.07: year first, then month and day (East Asian and some European sites).
_YEAR_FIRST = re.compile(r"(?<![\d./-])(?P<year>(?:19|20)\d{2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d./-]|[.,]\d)")
# 9/14/22, 14.09.22: a two-digit year, read only where a line is known to be a date line.
_NUMERIC_SHORT_YEAR = re.compile(
    r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{2})(?![\d./-]|[.,]\d)"
)

#: Zone abbreviations that mean one offset wherever they are written (hours).
_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "mez": 1, "mesz": 2, "wet": 0, "west": 1,
    "eet": 2, "eest": 3, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10,
}
_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})[:h](?P<m>\d{2})(?::(?P<s>\d{2}))?(?![\d:])"
    r"(?:\s?(?P<ampm>[ap])\.?\s?m\b\.?)?"
    r"(?:\s?(?:(?P<offset>[+-]\d{2}:?\d{2})(?!\d)|\(?(?P<zone>[A-Za-z]{1,5})\)?(?![A-Za-z])))?",
    re.I,
)


def _fmt(dt: datetime, has_time: bool) -> str:
    if not has_time:
        return dt.date().isoformat()
    return dt.replace(microsecond=0).isoformat()


def _plausible(year: int) -> bool:
    return _MIN_YEAR <= year <= _MAX_YEAR


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    if minutes > 14 * 60:
        return None
    return timezone(timedelta(minutes=sign * minutes))


def _with_time(day: date, text: str) -> str:
    """``day`` as ISO, with the time (and offset) written in ``text`` when there is one."""
    match = _TIME.search(text)
    if not match:
        return day.isoformat()
    hour, minute = int(match["h"]), int(match["m"])
    second = int(match["s"] or 0)
    ampm = (match["ampm"] or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    tz = _offset(match["offset"])
    zone = (match["zone"] or "").lower()
    if tz is None and zone in _ZONES:
        tz = timezone(timedelta(hours=_ZONES[zone]))
    dt = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)
    return _fmt(dt, True)


def _iso(match: re.Match) -> str | None:
    y, m, d = (int(p) for p in match.group("date").split("-"))
    time, tz = match.group("time", "tz")
    if not _plausible(y):
        return None
    if not time:
        try:
            return date(y, m, d).isoformat()
        except ValueError:
            return None
    if tz in ("Z", "z", "UTC", "GMT"):
        tz = "+00:00"
    elif tz and len(tz) == 3:
        tz += ":00"
    elif tz and ":" not in tz:
        tz = f"{tz[:3]}:{tz[3:]}"
    hh, rest = time.replace(",", ".").split(":", 1)
    try:
        dt = datetime.fromisoformat(f"{y:04d}-{m:02d}-{d:02d}T{int(hh):02d}:{rest}{tz or ''}")
    except ValueError:
        return None
    return _fmt(dt, True)


def _compact(match: re.Match) -> str | None:
    y, m, d, hh, mm, ss, tz = match.groups()
    if not _plausible(int(y)):
        return None
    try:
        dt = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    if tz == "Z":
        dt = dt.replace(tzinfo=timezone.utc)
    elif tz:
        dt = dt.replace(tzinfo=_offset(tz))
    return _fmt(dt, hh is not None)


_AM_PM = re.compile(r"\d\s?[ap]\.?m\b", re.I)


def _rfc2822(text: str) -> str | None:
    if _AM_PM.search(text):  # "Sun, 09 Apr 2017 01:06 PM" is not RFC 2822: PM is no zone
        return None
    try:
        dt = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt is None or not _plausible(dt.year):
        return None
    return _fmt(dt, True)


def _named(text: str) -> str | None:
    for pattern in _NAMED_DATES:
        for match in pattern.finditer(text):
            month = _MONTHS.get(match["month"].lower())
            if month is None:
                continue
            year, day = int(match["year"]), int(match["day"])
            if not _plausible(year):
                continue
            try:
                return _with_time(date(year, month, day), text)
            except ValueError:
                continue
    return None


def _century(two_digits: int) -> int:
    """21 -> 2021, 98 -> 1998: the latest year not after next year."""
    year = 2000 + two_digits
    return year if year <= date.today().year + 1 else year - 100


def _year_first(text: str) -> str | None:
    match = _YEAR_FIRST.search(text)
    if not match:
        return None
    try:
        return _with_time(date(int(match["year"]), int(match["m"]), int(match["d"])), text)
    except ValueError:
        return None


def _numeric(text: str, day_first: bool | None, short_year: bool = False) -> str | None:
    match = _NUMERIC.search(text)
    if not match and short_year:
        match = _NUMERIC_SHORT_YEAR.search(text)
    if not match:
        return None
    a, b, year = int(match["a"]), int(match["b"] or match["b2"]), int(match["year"])
    if year < 100:
        year = _century(year)
    if day_first is None:
        # 4/7/2021 is written month first (US); 07.04.2021 and 07-04-2021 day first.
        day_first = match["sep"] != "/"  # ("6. 12. 2031", spaced, has no sep: day first)
    if a > 12 >= b:
        day_first = True
    elif b > 12 >= a:
        day_first = False
    day, month = (a, b) if day_first else (b, a)
    if not _plausible(year):
        return None
    try:
        return _with_time(date(year, month, day), text)
    except ValueError:
        return None


def parse_date(value: object, *, day_first: bool | None = None, short_year: bool = False) -> str | None:
    """Return an ISO 8601 date or date-time, or ``None`` when unreadable.

    A date-time keeps the offset the page gave ("2021-04-07T17:32:11-04:00");
    a time without an offset stays without one; a bare date stays a date
    ("2022-09-14").  ``day_first`` settles numeric dates such as 04/07/2021
    (default: month first with "/", day first with "." and "-").  ``short_year`` also
    reads a two-digit year ("9/14/22 at 8:05 AM", "14.09.22"): only for text known to be a
    date line, where such numbers cannot be anything else.
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value[:_MAX_CHARS].split())
    if not text:
        return None
    match = _ISO_LIKE.search(text)
    if match:
        return _iso(match)
    compact = _COMPACT.match(text)
    if compact:
        return _compact(compact)
    return _rfc2822(text) or _named(text) or _numeric(text, day_first, short_year) or _year_first(text)


def month_day(value: object) -> tuple[int, int] | None:
    """(month, day) of a date written without its year ("March 3", "3. März", "3 de marzo",
    "3 mars", "Mar. 3"), or None."""
    if not isinstance(value, str):
        return None
    text = " ".join(value[:_MAX_CHARS].split())
    for pattern in _NAMED_DAYS:
        for match in pattern.finditer(text):
            month = _MONTHS.get(match["month"].lower())
            day = int(match["day"])
            if month is not None and 1 <= day <= 31:
                try:
                    date(2000, month, day)  # a leap year: 29 February is a day
                except ValueError:
                    continue
                return month, day
    return None


_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2]|[a-z]{3,9})[/-](?P<d>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?=/)",
    re.I,
)


# The year and month an address spells without a day: "/2031/11/", "/2031-11/".
_YEAR_MONTH_PATH = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)(?:/|$)")


def year_month_in_path(path: str) -> tuple[int, int] | None:
    """The year and month a URL path spells without a day ("/2031/11/", "/2031-11/")."""
    found = _YEAR_MONTH_PATH.search(path)
    return (int(found[1]), int(found[2])) if found else None


def date_in_path(path: str) -> str | None:
    """The date a URL path spells ("/2021/04/07/", "/2021/apr/07/", "/20210407/"), as ISO."""
    for match in _URL_DATE.finditer(path[:_MAX_CHARS * 5]):
        y, m, d = (match["y"], match["m"], match["d"]) if match["y"] else match.group("y2", "m2", "d2")
        month = int(m) if m.isdigit() else _MONTHS.get(m.lower())
        if month is None:
            continue
        try:
            return date(int(y), month, int(d)).isoformat()
        except ValueError:
            continue
    return None
