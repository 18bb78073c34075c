"""Article metadata: headline, description, authors, dates, publisher, section,
language and canonical URL.

What the page declares comes first (JSON-LD, OpenGraph, ``article:*`` meta,
microdata); the visible page (``<h1>``, ``<title>``, byline elements, ``<time>``)
is the fallback.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from .dates import parse_date
from .page import Page, clean_text


@dataclass(slots=True)
class Metadata:
    headline: str = ""
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    publisher: str | None = None
    section: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    og_type: str | None = None
    declared_article: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- small helpers ---------------------------------------------------------------

def _names(value: Any, depth: int = 0) -> list[str]:
    """Names from a JSON-LD author/publisher value (str, dict, list)."""
    if depth > 3 or value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(_names(v, depth + 1))
        return out
    return []


def _first_str(value: Any) -> str | None:
    if isinstance(value, str):
        return clean_text(value) or None
    if isinstance(value, list):
        for v in value:
            s = _first_str(v)
            if s:
                return s
    if isinstance(value, dict):
        return _first_str(value.get("@id") or value.get("url") or value.get("name"))
    return None


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", ": ")


def strip_site_name(title: str, site_names: list[str]) -> str:
    """Remove a " - Site" / "Site | " decoration from a title."""
    title = clean_text(title)
    names = {clean_text(n).lower() for n in site_names if n and len(n) < 80}
    for sep in _SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if head and tail.strip().lower() in names:
            return head.strip()
        first, _, rest = title.partition(sep)
        if rest and first.strip().lower() in names:
            return rest.strip()
    return title


def _strip_by_heuristic(title: str) -> str:
    """Without a known site name, drop a short trailing segment after " | " or " - "."""
    for sep in (" | ", " - ", " – ", " — "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if len(tail.split()) <= 4 and len(head.split()) >= 3:
                return head.strip()
    return title


_BY = re.compile(r"^\s*(?:by|von|por|par|de)\s*[:\s]\s*", re.I)
_AUTHOR_JUNK = re.compile(
    r"\b(?:updated|published|posted|staff writer|correspondent|reporter for|email|twitter|"
    r"follow|reporting by|contributed|\d{1,2}:\d{2}|\d{4})\b",
    re.I,
)
_SPLIT_AUTHORS = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\by\b|\bet\b|&|\|)\s*", re.I)


def clean_authors(raw: list[str]) -> list[str]:
    """Byline strings -> person names: no "By", dates, URLs or duplicates."""
    out: list[str] = []
    seen: set[str] = set()
    for value in raw:
        value = clean_text(value)
        if not value or value.startswith(("http://", "https://", "/")):
            continue
        value = _BY.sub("", value)
        for part in _SPLIT_AUTHORS.split(value):
            part = part.strip(" .,-–—:|@")
            part = _BY.sub("", part)
            if not part or len(part) > 60 or any(ch.isdigit() for ch in part):
                continue
            if _AUTHOR_JUNK.search(part) and len(part.split()) > 3:
                continue
            if "@" in part or "." in part.replace(". ", " ").strip(". "):
                # initials like "J. Smith" keep their dots; domains do not survive
                if re.search(r"\.\w{2,}$", part):
                    continue
            words = part.split()
            if len(words) > 5:
                continue
            key = part.lower()
            if key not in seen:
                seen.add(key)
                out.append(part)
    return out


def _abs(url: str | None, base: str) -> str | None:
    if not url:
        return None
    url = url.strip()
    absolute = urljoin(base, url)
    if urlsplit(absolute).scheme not in ("http", "https"):
        return None
    return absolute


# --- extraction --------------------------------------------------------------------

def _headline(page: Page, ld: dict[str, Any], site_names: list[str]) -> str:
    candidates: list[str] = []
    og = page.meta_first("og:title", "twitter:title")
    if og:
        candidates.append(og)
    ld_head = _first_str(ld.get("headline")) or _first_str(ld.get("name"))
    if ld_head:
        candidates.append(ld_head)
    h1s = [clean_text(h.text_content()) for h in page.tree.iterfind(".//h1")]
    h1s = [h for h in h1s if 3 <= len(h) <= 300]
    title_el = page.tree.find(".//title")
    title = clean_text(title_el.text_content()) if title_el is not None else ""
    # An <h1> that the title or og:title also carries is the headline readers see.
    for h in h1s:
        low = h.lower()
        if any(low in c.lower() for c in candidates + [title]):
            return strip_site_name(h, site_names)
    for c in candidates:
        stripped = strip_site_name(c, site_names)
        if stripped:
            return stripped if stripped != c else _strip_by_heuristic(stripped)
    if h1s:
        return h1s[0]
    if title:
        stripped = strip_site_name(title, site_names)
        return stripped if stripped != title else _strip_by_heuristic(title)
    return ""


def _authors(page: Page, ld: dict[str, Any]) -> list[str]:
    names = _names(ld.get("author"))
    if not names:
        names = _names(ld.get("creator"))
    if not names:
        names = [
            v
            for key in ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")
            for v in page.meta.get(key, [])
        ]
        if names and page.meta.get("byl"):
            names = [n for n in names]  # "By X and Y" is cleaned below
    if not names:
        els = page.itemprop("author")
        for el in els:
            inner = el.xpath('.//*[@itemprop="name"]')
            names.append(clean_text((inner[0] if inner else el).text_content()))
    if not names:
        for el in page.tree.xpath(
            '//*[@rel="author"] | //*[contains(concat(" ", normalize-space(@class), " "), " author ")]'
            ' | //*[contains(concat(" ", normalize-space(@class), " "), " byline ")]'
        )[:4]:
            names.append(clean_text(el.text_content()))
    return clean_authors(names)


def _date(page: Page, ld: dict[str, Any], ld_keys: tuple[str, ...], meta_keys: tuple[str, ...]) -> str | None:
    for key in ld_keys:
        value = parse_date(_first_str(ld.get(key)))
        if value:
            return value
    for key in meta_keys:
        value = parse_date(page.meta_first(key))
        if value:
            return value
    return None


_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    "og:published_time", "cxenseparse:recs:publishtime", "dc.date.created", "last-modified",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "lastmod")


def _visible_date(page: Page) -> str | None:
    for el in page.tree.xpath("//time[@datetime] | //*[@itemprop='datePublished']")[:3]:
        value = parse_date(el.get("datetime") or el.get("content") or el.text_content())
        if value:
            return value
    return None


_LANG = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")


def _language(page: Page, ld: dict[str, Any]) -> str | None:
    for value in (
        _first_str(ld.get("inLanguage")),
        page.tree.get("lang"),
        page.meta_first("og:locale", "content-language", "language", "dc.language"),
    ):
        if value:
            value = value.strip()
            if _LANG.match(value):
                return value[:2].lower()
    return None


def extract_metadata(page: Page) -> Metadata:
    ld = page.article_jsonld
    site_names = [
        n
        for n in (
            page.meta_first("og:site_name", "application-name", "twitter:site"),
            *(_names(ld.get("publisher"))),
            *(n for o in page.jsonld_of_type("Organization", "NewsMediaOrganization", "WebSite") for n in _names(o)),
        )
        if n
    ]
    site_names += [n.lstrip("@") for n in site_names]
    publisher = next((clean_text(n) for n in _names(ld.get("publisher")) if clean_text(n)), None)
    publisher = publisher or page.meta_first("og:site_name", "application-name")

    canonical = (
        next(iter(page.links("canonical")), None)
        or page.meta_first("og:url")
        or _first_str(ld.get("mainEntityOfPage"))
        or _first_str(ld.get("url"))
    )
    og_type = page.meta_first("og:type")
    section = _first_str(ld.get("articleSection")) or page.meta_first("article:section", "section", "og:section")

    published = _date(page, ld, ("datePublished", "dateCreated"), _PUBLISHED_META[:-1]) or _visible_date(page)
    modified = _date(page, ld, ("dateModified",), _MODIFIED_META)

    description = _first_str(ld.get("description")) or page.meta_first(
        "og:description", "description", "twitter:description"
    )
    return Metadata(
        headline=_headline(page, ld, site_names),
        description=description,
        authors=_authors(page, ld),
        published=published,
        modified=modified,
        publisher=publisher,
        section=section,
        language=_language(page, ld),
        canonical_url=_abs(canonical, page.url),
        og_type=og_type.lower() if og_type else None,
        declared_article=bool(ld) or (og_type or "").lower() == "article",
    )


def registered_domain(url: str) -> str:
    """Host of ``url`` without a leading ``www.`` (and without a port)."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
