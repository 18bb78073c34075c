"""Downloader middlewares.

:class:`SeenArticleMiddleware` makes runs incremental: a request for an article
page whose URL is already stored is not downloaded.

Why our own and not scrapy-deltafetch or scrapy-crawl-once: neither works on
current Scrapy (both are unmaintained and predate the ``async def start()``
era; they fail on the Scrapy this project uses), and both keep their state in
a local key-value file beside the crawl, which several machines cannot share.
Here the seen-URL state is the store itself (``seen_urls``): it means exactly
"has been stored", it survives a crash together with the records, and it lives
in PostgreSQL when that is configured, shared by every worker.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import IgnoreRequest, NotConfigured

from ..stores import primary_store

logger = logging.getLogger(__name__)

#: the ``Request.meta`` key a spider sets on requests for article pages
ARTICLE_META_KEY = "rallycrawl_article"


class SeenArticleMiddleware:
    """Skip article pages already stored, unless the spider runs with ``refresh``.

    Only requests marked ``meta["rallycrawl_article"] = True`` are considered:
    feeds, sitemaps and section pages are always fetched, and so is every URL
    given to the ``article`` spider (which does not mark its requests).  A page
    counts as stored when its URL, or the canonical URL of a stored article, is
    in the primary store's ``seen_urls``; pages turned away earlier as not an
    article or not about a protest are skipped too.  ``RALLYCRAWL_SKIP_SEEN =
    False`` turns the middleware off.
    """

    def __init__(self, crawler, store):
        self.crawler = crawler
        self.stats = crawler.stats
        self.store = store

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RALLYCRAWL_SKIP_SEEN", True):
            raise NotConfigured
        store = primary_store(crawler)
        if store is None:
            raise NotConfigured  # no store: nothing is known to be seen
        return cls(crawler, store)

    def process_request(self, request):
        if not request.meta.get(ARTICLE_META_KEY):
            return None
        if getattr(self.crawler.spider, "refresh", False):
            return None
        if self.store.is_seen(request.url):
            self.stats.inc_value("rallycrawl/seen/skipped")
            logger.debug("Skipping %s: already stored", request.url)
            raise IgnoreRequest(f"already stored: {request.url}")
        return None
