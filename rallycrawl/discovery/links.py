"""What a link points to, judged from the URL (and the link's text and ``rel``) before fetching it.

News sites write their URLs in a few recurring shapes: articles carry a date
(``/2021/04/07/slug``), a long numeric id or a long hyphenated slug; section,
tag, author, archive and pagination pages carry short words and taxonomy
segments; video, gallery and utility pages carry their own segment names.
:func:`classify_link` reads those shapes so that the crawler spends requests
on articles and on the listing pages that lead to them, and none on the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from urllib.parse import parse_qsl, unquote, urlsplit


class LinkKind(str, Enum):
    ARTICLE = "article"  #: an article page: fetch it and export it
    LISTING = "listing"  #: home, section, tag, author, archive, pagination: fetch it for its links
    SKIP = "skip"  #: video, gallery, media files, utility pages: never fetch
    UNKNOWN = "unknown"  #: the URL does not say: fetch it, export it if it reads as an article


@dataclass(frozen=True)
class LinkClass:
    kind: LinkKind
    reason: str
    #: False for a guess from the URL's shape alone (a short slug read as a section page)
    certain: bool = True


_FILE_EXTENSIONS = frozenset(
    "jpg jpeg png gif webp svg bmp ico tif tiff avif pdf doc docx xls xlsx ppt pptx odt csv zip gz tgz "
    "rar 7z mp3 mp4 m4a m4v mov avi wmv webm ogg oga ogv wav flac css js mjs json xml rss atom rdf "
    "woff woff2 ttf eot otf exe dmg apk epub txt".split()
)
_PAGE_EXTENSIONS = frozenset("html htm shtml xhtml php asp aspx jsp cfm".split())
#: segments of video, gallery and audio pages
_MEDIA_SEGMENTS = frozenset(
    "video videos watch gallery galleries photo-gallery photo-galleries photos pictures pics slideshow "
    "slideshows podcast podcasts audio live-tv livestream live-stream multimedia webtv tv-shows "
    "in-pictures picture-gallery".split()
)
#: segments of pages that are never news
_UTILITY_SEGMENTS = frozenset(
    "login log-in signin sign-in logout register signup sign-up subscribe subscription subscriptions "
    "account my-account myaccount profile-settings newsletter newsletters search share print email "
    "cart checkout shop store contact contact-us about about-us privacy privacy-policy terms "
    "terms-of-use terms-of-service cookies cookie-policy advertise advertising careers jobs "
    "feed feeds rss wp-admin wp-login.php wp-json cdn-cgi xmlrpc.php comments comment-page "
    "puzzles crossword crosswords games horoscopes weather obituaries classifieds".split()
)
#: segments of listing pages: taxonomy, people, archives, pagination
_LISTING_SEGMENTS = frozenset(
    "tag tags topic topics author authors byline bylines people person profile profiles contributor "
    "contributors writer writers columnist columnists staff category categories section sections "
    "archive archives page pages series hub hubs keyword keywords subject subjects collection "
    "collections latest index most-read most-popular trending live-updates region regions "
    "location locations".split()
)
#: segments after which the next segment is an article
_ARTICLE_MARKERS = frozenset("article articles story stories news-story post posts a art".split())
_PAGINATION_PARAMS = frozenset("page pg paged start offset from".split())
#: query parameters whose number names one article (``news_view.php?idx=8723``)
_ARTICLE_ID_PARAMS = frozenset(
    "id idx aid articleid article_id storyid story_id nid newsid news_id postid post_id artid no".split()
)
_INDEX_STEMS = frozenset(("index", "default", "home"))
_UTILITY_PARAMS = frozenset("share print replytocom output format amp action".split())

_WORD_SPLIT = re.compile(r"[-_+.]")
_LONG_ID = re.compile(r"(?<![0-9])[0-9]{5,}(?![0-9])")
_HAS_LETTER = re.compile(r"[a-z]")
_ALL_DIGITS = re.compile(r"^[0-9]+$")
_URL_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})([/_-]?)(0[1-9]|1[0-2]|(?<=[/_-])[1-9](?![0-9]))"
    r"(?:\2(0[1-9]|[12][0-9]|3[01]|(?<=[/_-])[1-9](?![0-9])))?(?![0-9])"
)
_YEAR_ONLY = re.compile(r"^(?:19|20)[0-9]{2}$")
_MIN_ARTICLE_SLUG_WORDS = 4
_MIN_HEADLINE_WORDS = 6


def _segments(path: str) -> list[str]:
    return [unquote(s).lower() for s in path.split("/") if s]


def _stem_and_extension(segment: str) -> tuple[str, str]:
    stem, dot, ext = segment.rpartition(".")
    if not dot or not stem or not ext.isalnum() or len(ext) > 5:
        return segment, ""
    return stem, ext


def _slug_words(stem: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(stem) if w]


def url_date_range(url: str) -> tuple[date, date] | None:
    """The span of days a date written in the URL's path covers, or ``None``.

    ``/2021/04/07/slug`` -> (2021-04-07, 2021-04-07); ``/2021/04/`` -> the whole
    of April 2021; ``/news/20210407-slug`` and ``/2021-04-07-slug`` are read too.
    A year alone is not a date (it is too often an id or a count).
    """
    path = urlsplit(url).path[:2000]
    match = _URL_DATE.search(path)
    if not match:
        return None
    year, _sep, month, day = match.groups()
    y, m = int(year), int(month)
    try:
        if day:
            start = date(y, m, int(day))
            return start, start
        start = date(y, m, 1)
    except ValueError:
        return None
    end = (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)
    return start, end


def _is_slug(stem: str, min_words: int) -> bool:
    return len(_slug_words(stem)) >= min_words and _HAS_LETTER.search(stem) is not None


def classify_link(url: str, text: str = "", rel: str = "") -> LinkClass:
    """Say what ``url`` most likely is, from the URL, the link text and its ``rel``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return LinkClass(LinkKind.SKIP, f"not a web link ({parts.scheme or 'relative'})")
    rels = set(rel.lower().split())
    segments = _segments(parts.path[:2000])
    query = {k.lower(): v for k, v in parse_qsl(parts.query[:2000], keep_blank_values=True)}

    stem, ext = _stem_and_extension(segments[-1]) if segments else ("", "")
    if ext in _FILE_EXTENSIONS:
        return LinkClass(LinkKind.SKIP, f"a .{ext} file")
    for segment in segments:
        if segment in _MEDIA_SEGMENTS or segment in _UTILITY_SEGMENTS:
            return LinkClass(LinkKind.SKIP, f"a /{segment}/ page")
    if query.keys() & _UTILITY_PARAMS:
        return LinkClass(LinkKind.SKIP, "a share, print or comment variant")

    listing_rels = rels & {"tag", "author", "next", "prev", "category"}
    if listing_rels:
        return LinkClass(LinkKind.LISTING, f"rel={'/'.join(sorted(listing_rels))}")
    if stem in _INDEX_STEMS:  # /2019/11/18/politics/some-story/index.html: the folder names the page
        segments = segments[:-1]
        stem, ext = (segments[-1], "") if segments else ("", "")
    if not segments:
        return LinkClass(LinkKind.LISTING, "a home page")
    if any(k in _ARTICLE_ID_PARAMS and v.isdigit() for k, v in query.items()):
        return LinkClass(LinkKind.ARTICLE, "an article id parameter")
    if any(k in _PAGINATION_PARAMS and v not in ("", "0", "1") for k, v in query.items()):
        return LinkClass(LinkKind.LISTING, "a paginated listing")

    last_two = segments[-2:]
    dated_slug = url_date_range(url) is not None and _is_slug(stem, 2)
    long_id_slug = any(_LONG_ID.search(s) and _is_slug(s, 3) for s in last_two)
    for segment in segments[:-1]:
        if segment in _LISTING_SEGMENTS and not (dated_slug or long_id_slug):
            return LinkClass(LinkKind.LISTING, f"a /{segment}/ page")
    if stem in _LISTING_SEGMENTS and ext in ("", *_PAGE_EXTENSIONS):
        return LinkClass(LinkKind.LISTING, f"a /{stem} page")
    if all(_ALL_DIGITS.match(s) for s in segments) and _YEAR_ONLY.match(segments[0]) and len(segments) <= 3:
        return LinkClass(LinkKind.LISTING, "a date archive")

    if dated_slug:
        return LinkClass(LinkKind.ARTICLE, "a dated slug")
    if any(_is_slug(_stem_and_extension(s)[0], _MIN_ARTICLE_SLUG_WORDS) for s in last_two):
        return LinkClass(LinkKind.ARTICLE, "a headline slug")
    if ext in _PAGE_EXTENSIONS and _is_slug(stem, 3):
        return LinkClass(LinkKind.ARTICLE, "a slug page")
    if any(_LONG_ID.search(s) for s in last_two):
        return LinkClass(LinkKind.ARTICLE, "an article id")
    marker = next((s for s in segments[:-1] if s in _ARTICLE_MARKERS), None)
    if marker:
        return LinkClass(LinkKind.ARTICLE, f"under /{marker}/")
    if len(text.split()) >= _MIN_HEADLINE_WORDS:
        return LinkClass(LinkKind.ARTICLE, "a headline as link text")
    if len(segments) <= 3 and all(len(_slug_words(s)) <= 3 and not any(c.isdigit() for c in s) for s in segments):
        return LinkClass(LinkKind.LISTING, "a section page", certain=False)
    return LinkClass(LinkKind.UNKNOWN, "the URL does not say")
