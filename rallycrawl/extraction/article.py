"""From one HTML page to the contract record: the extraction chain, wired once.

:func:`extract_article` is the public entry point (``rallycrawl.extract_article``).
It runs the stages below in order; the item pipelines run the same stages one
pipeline each (so that a spider's date window and ``only_protest`` can act
between them), and the benchmarks and tests call :func:`extract_article` or the
stages.  Nothing else wires the chain.

1. :func:`parse_page` — parse the HTML once (:class:`~.page.Page`);
2. :func:`read_metadata` — headline, authors, dates, publisher, language declared;
3. :func:`read_body` — the main text, without the byline and date lines that open it
   (they complete the metadata); a page without enough of it, or without a headline, is
   not an article (:class:`~.articleness.NotAnArticleError`);
4. :func:`settle_language` — the declared language unless the body is plainly in another,
   else the one the body is in;
5. :func:`analyse` — the protest analysis (relevance, quotes, organisations,
   demands, event) over one :class:`~.document.Document`;
6. :func:`build_record` — the record of ``docs/record.md`` (``rallycrawl.record``).

No Scrapy import here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Mapping

from .. import __version__
from ..record import SCHEMA_VERSION, validate_record
from ..utils.clock import utc_now
from ..utils.encoding import decode_html
from ..utils.urls import registered_domain
from .analysis import ProtestAnalysis, analyse_article
from .articleness import NotAnArticleError, check_article
from .body import Body, extract_body
from .metadata import Metadata, extract_metadata, opening_lines, settled_language
from .page import Page, PageError
from .record_dates import date_columns

logger = logging.getLogger(__name__)

#: A body with fewer words is not an article (``RALLYCRAWL_MIN_WORDS``).
MIN_WORDS = 40
#: A page with more links is not an article (``RALLYCRAWL_MAX_LINKS_PER_PAGE``; 0: no limit).
MAX_LINKS = 3000
#: The protest analysis reads at most this many characters (``RALLYCRAWL_MAX_ANALYSIS_CHARS``).
MAX_ANALYSIS_CHARS = 60_000


def parse_page(html: str, url: str, *, max_links: int = MAX_LINKS) -> Page:
    """The parsed page; :class:`NotAnArticleError` when it cannot be parsed (``unparseable``)
    or holds more than ``max_links`` links (``too_many_links``).

    A page of links is no article, and the body extractor spends about 1 ms and 5 KB a
    link on one (a 5 MB page of links: two minutes, 190 MB), so it is turned away first.
    """
    page = Page(html, url)
    try:
        page.tree  # noqa: B018 - parse now, so that a broken page fails here
    except PageError as exc:
        raise NotAnArticleError("unparseable", str(exc)) from None
    if max_links and _more_links_than(page, max_links):
        raise NotAnArticleError("too_many_links", f"more than {max_links} links (RALLYCRAWL_MAX_LINKS_PER_PAGE)")
    return page


def _more_links_than(page: Page, limit: int) -> bool:
    for count, _ in enumerate(page.tree.iter("a"), 1):
        if count > limit:
            return True
    return False




def read_metadata(page: Page) -> Metadata:
    return extract_metadata(page)


def read_body(page: Page, metadata: Metadata, *, fast: bool = True, min_words: int = MIN_WORDS) -> Body:
    """The article's main text; :class:`NotAnArticleError` when the page is no article.

    Byline and date lines that open the text leave it and fill ``metadata``'s authors
    and published date when the page declared none.
    """
    body = extract_body(page, headline=metadata.headline, fast=fast)
    body.paragraphs = opening_lines(body.paragraphs, metadata)
    error = check_article(
        body.word_count,
        len(body.paragraphs),
        declared_article=metadata.declared_article,
        og_type=metadata.og_type,
        min_words=min_words,
    )
    if error is not None:
        raise error
    if not metadata.headline:
        raise NotAnArticleError("no_headline", "no headline")
    return body


def settle_language(metadata: Metadata, body: Body) -> str | None:
    """The page's declared language unless its body is plainly in another, else the language of
    its body (set on ``metadata``; :func:`~.metadata.settled_language`)."""
    metadata.language = settled_language(metadata.language, body.text)
    return metadata.language


def analyse(
    metadata: Metadata,
    body: Body,
    *,
    url: str | None = None,
    strict: bool = False,
    max_chars: int = MAX_ANALYSIS_CHARS,
) -> ProtestAnalysis:
    """The protest analysis of the article, over its first ``max_chars`` characters
    (``truncated`` says when the text was longer; the exported body is never cut).

    Unless ``strict``, an error in the analysis is logged and the article keeps an
    empty analysis (``error`` says why): a bug on one page must not lose the article.
    """
    headline, paragraphs, cut = analysed_text(metadata.headline, body.paragraphs, max_chars)
    try:
        analysis = analyse_article(
            headline,
            paragraphs,
            published=metadata.published,
            language=metadata.language,
            publisher=metadata.publisher,
        )
        analysis.truncated = cut
        return analysis
    except Exception as exc:
        if strict:
            raise
        logger.exception("Protest analysis failed on %s; exporting it without", url or metadata.canonical_url)
        return ProtestAnalysis(error=f"{type(exc).__name__}: {exc}")


def analysed_text(headline: str | None, paragraphs: list[str], limit: int) -> tuple[str | None, list[str], bool]:
    """The headline and the first paragraphs, at most ``limit`` characters in all (the last one cut).

    The protest analysis costs about 10 s per MB of hostile text (quotation marks) on the thread
    that drives the downloads; real articles stay well under 30,000 characters.  Paragraph
    numbers are unchanged (the first ones are kept); the exported body is not cut.
    """
    if headline and len(headline) > 1000:
        headline = headline[:1000]
    total, kept = 0, []
    for paragraph in paragraphs:
        if total + len(paragraph) > limit:
            if limit - total > 0:
                kept.append(paragraph[: limit - total])
            return headline, kept, True
        total += len(paragraph)
        kept.append(paragraph)
    return headline, kept, False


def build_record(
    url: str,
    metadata: Metadata,
    body: Body,
    analysis: ProtestAnalysis,
    *,
    fetched_at: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The contract record; public ``extra`` keys (a spider's ``source``...) are added after it."""
    record: dict[str, Any] = {
        "url": url,
        "canonical_url": metadata.canonical_url,
        "domain": registered_domain(metadata.canonical_url or url) or registered_domain(url),
        "fetched_at": fetched_at or utc_now(),
        "schema_version": SCHEMA_VERSION,
        "headline": metadata.headline,
        "description": metadata.description,
        "authors": list(metadata.authors),
        "published": metadata.published,
        "modified": metadata.modified,
        "publisher": metadata.publisher,
        "section": metadata.section,
        "language": metadata.language,
        "body": body.text,
        "word_count": body.word_count,
        "is_protest": bool(analysis.is_protest),
        "protest_score": float(analysis.protest_score),
        "organisations": [o.to_dict() for o in analysis.organisations],
        "quotes": [q.to_dict() for q in analysis.quotes],
        "demands": [d.to_dict() for d in analysis.demands],
        "event": analysis.event.to_dict() if analysis.event is not None and analysis.is_protest else None,
        # keys added after schema_version 1 (rallycrawl.record.ADDED_KEYS)
        "extractor_version": __version__,
        **date_columns(metadata.published, metadata.modified),
        "event_id": None,  # set where merged events are kept (rallycrawl.stores.events.EventPipeline)
    }
    for key, value in (extra or {}).items():
        if not key.startswith("_") and key not in record:
            record[key] = value
    return record


@dataclass(slots=True)
class ExtractedArticle:
    """Every stage's result, for callers that want more than the record."""

    page: Page
    metadata: Metadata
    body: Body
    analysis: ProtestAnalysis
    record: dict[str, Any]


def extract(
    html: str | bytes,
    url: str,
    *,
    fetched_at: str | None = None,
    fast: bool = True,
    min_words: int = MIN_WORDS,
    strict: bool = False,
    validate: bool = True,
    max_links: int = MAX_LINKS,
    max_analysis_chars: int = MAX_ANALYSIS_CHARS,
) -> ExtractedArticle:
    """:func:`extract_article` with every stage's result kept."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        html = decode_html(bytes(html))
    page = parse_page(html, url, max_links=max_links)
    metadata = read_metadata(page)
    body = read_body(page, metadata, fast=fast, min_words=min_words)
    settle_language(metadata, body)
    analysis = analyse(metadata, body, url=url, strict=strict, max_chars=max_analysis_chars)
    record = build_record(url, metadata, body, analysis, fetched_at=fetched_at)
    if validate:
        validate_record(record)
    return ExtractedArticle(page, metadata, body, analysis, record)


def extract_article(
    html: str | bytes,
    url: str,
    *,
    fetched_at: str | None = None,
    fast: bool = True,
    min_words: int = MIN_WORDS,
    strict: bool = False,
    validate: bool = True,
) -> dict[str, Any]:
    """The article record of one HTML page (``docs/record.md``), as a crawl exports it.

    ``html`` is the page, decoded or as bytes (then decoded as a crawl would: a
    byte-order mark, ``<meta charset>``, else UTF-8 or a guess), and ``url`` its address (it resolves relative
    links and names the record).  ``fetched_at`` is the download time (ISO 8601
    UTC; default: now).  ``fast`` skips trafilatura's fallback extractors unless
    the fast pass finds nothing; ``min_words`` is the shortest body that counts
    as an article.  ``strict`` raises an error of the protest analysis instead of
    exporting the article without it; ``validate`` checks the record against the
    contract (:class:`~rallycrawl.record.RecordError`).

    Raises :class:`NotAnArticleError` (with ``key`` and ``reason``) when the page
    is not an article: unparseable, too little text, a profile or product page,
    no headline.

    >>> record = extract_article(html, "https://news.example/2024/05/rally")  # doctest: +SKIP
    >>> record["headline"], record["is_protest"], record["quotes"][0]["speaker"]  # doctest: +SKIP
    """
    return extract(
        html, url, fetched_at=fetched_at, fast=fast, min_words=min_words, strict=strict, validate=validate
    ).record


__all__ = [
    "ExtractedArticle",
    "MIN_WORDS",
    "NotAnArticleError",
    "analyse",
    "build_record",
    "extract",
    "extract_article",
    "parse_page",
    "read_body",
    "read_metadata",
    "settle_language",
]
