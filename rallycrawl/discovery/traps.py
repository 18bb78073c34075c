"""Canonical URLs and guards against crawler traps (session ids, query-string and calendar loops).

A crawler that follows every link of a news site can walk forever: an events
calendar links to next month, and the month after that; a search or filter
page grows a new query string on every click; a session id makes every URL
new.  :func:`canonical_url` removes what does not change the page, and
:class:`TrapGuard` refuses the links that only lead deeper into a loop.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from .links import url_date_range

#: query parameters that carry a session or a click tracker, never content
SESSION_AND_TRACKING_PARAMS = (
    "sid", "sessionid", "session_id", "session", "sess", "phpsessid", "jsessionid", "aspsessionid",
    "cfid", "cftoken", "zenid", "oscsid", "s_id", "visitor_id", "fbclid", "gclid", "dclid", "msclkid",
    "yclid", "mc_cid", "mc_eid", "igshid", "ocid", "cmpid", "ncid", "ito", "ref", "ref_src", "src",
    "smid", "sr_share", "spm", "_ga", "_gl", "__twitter_impression",
)
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "wt.", "hsa_", "cm_", "__hs")
_PATH_SESSION = re.compile(r";(?:jsessionid|sessionid|sid|phpsessid)=[^/?#]{0,200}", re.IGNORECASE)
_MAX_URL_LENGTH = 2000


def _is_session_or_tracking(key: str) -> bool:
    key = key.lower()
    return key in SESSION_AND_TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """``url`` without fragment, session ids and click trackers, query sorted (w3lib)."""
    url = _PATH_SESSION.sub("", url)
    parts = urlsplit(url)
    if parts.query:
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        keep = [(k, v) for k, v in pairs if not _is_session_or_tracking(k)]
        if len(keep) != len(pairs):
            url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(keep), ""))
    return canonicalize_url(url, keep_fragments=False)


class TrapGuard:
    """Refuse URLs that lead into loops; one instance per crawl.

    * at most ``max_query_variants`` distinct query strings per host and path
      (filters, sort orders, calendars written as ``?month=...``);
    * no path that repeats one segment ``max_segment_repeats`` times or more
      (``/a/b/a/b/a/b`` from relative links resolved against the wrong base);
    * no URL whose path date lies before ``earliest`` or after ``latest``
      (an events calendar paging on into the next decade);
    * no URL longer than 2,000 characters.
    """

    def __init__(self, *, max_query_variants: int = 10, max_segment_repeats: int = 3,
                 earliest: date | None = None, latest: date | None = None):
        self.max_query_variants = max_query_variants
        self.max_segment_repeats = max_segment_repeats
        self.earliest = earliest
        self.latest = latest
        self._queries: dict[tuple[str, str], set[str]] = defaultdict(set)

    def refuse(self, url: str, *, count_queries: bool = True) -> str | None:
        """Why ``url`` is a trap (and should not be fetched), or ``None`` to let it through.

        The reason starts with a short key and a colon (``"query_variants: ..."``).  With
        ``count_queries`` (listing pages), a query string that passes is remembered: the guard
        counts the variants it let through; article URLs (``?id=123``) are not counted.
        """
        if len(url) > _MAX_URL_LENGTH:
            return "too_long: URL too long"
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        counts: dict[str, int] = defaultdict(int)
        for segment in segments:
            counts[segment] += 1
            if counts[segment] >= self.max_segment_repeats:
                return f"repeated_segment: path repeats {segment!r}"
        span = url_date_range(url)
        if span is not None:
            if self.latest is not None and span[0] > self.latest:
                return f"calendar: dated {span[0].isoformat()}, in the future"
            if self.earliest is not None and span[1] < self.earliest:
                return f"calendar: dated {span[1].isoformat()}, too far back"
        if parts.query and count_queries:
            key = (parts.netloc.lower(), parts.path)
            seen = self._queries[key]
            if parts.query not in seen:
                if len(seen) >= self.max_query_variants:
                    return f"query_variants: more than {self.max_query_variants} query variants of {parts.path or '/'}"
                seen.add(parts.query)
        return None
