"""The ``news`` spider: find the articles of news sites through their pages, feeds and sitemaps.

    scrapy crawl news -a site=https://www.example.com/           (home/section pages)
    scrapy crawl news -a sites_file=sites.txt
    scrapy crawl news -a feed=https://www.example.com/rss.xml
    scrapy crawl news -a sitemap=https://www.example.com/sitemap.xml
    ... -a depth=2 -a since=2021-04-01 -a until=2021-04-30 -a max_articles=100
        -a only_protest=true -a refresh=false

From a site it reads robots.txt for ``Sitemap:`` lines (or, without any,
tries the usual sitemap locations), reads the feeds the pages announce with ``<link
rel=alternate>``, and follows in-site links to ``depth`` hops from the start
pages.  Every link is judged from its URL first (article, listing, or
neither: video, gallery, files, utility pages); only articles and listings
are fetched, only articles become items.  Requests for article pages carry
``meta["rallycrawl_article"] = True`` so that the seen-URL middleware can skip
articles already stored (unless ``refresh`` is on).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure

from ..downloadermiddlewares.address_guard import AddressRefused
from ..discovery.feeds import feed_links, parse_feed
from ..discovery.links import LinkKind, classify_link, url_date_range
from ..discovery.robots import robots_head
from ..discovery.sitemaps import parse_sitemap, sitemap_body
from ..discovery.traps import TrapGuard, canonical_url
from ..utils.urls import registered_domain
from .base import ArgumentError, RallySpider, checked_urls, parse_bool, parse_int, split_list, urls_from_arguments

logger = logging.getLogger(__name__)

#: where sites usually keep their sitemaps, besides what robots.txt says
USUAL_SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml")
#: dates from feeds and sitemaps are UTC and pages write local dates: only a
#: date this far outside the window is certainly outside it (the pipeline
#: checks the page's own published date exactly)
DATE_SLACK = timedelta(days=1)
#: calendar pages dated this far after today are traps
FUTURE_SLACK = timedelta(days=366)
DEFAULT_DEPTH = 2
#: sitemap ``changefreq`` values of section pages rather than articles
FREQUENT_CHANGES = frozenset({"always", "hourly", "daily"})
#: ``Request.meta`` key of article pages, read by the seen-URL middleware
ARTICLE = "rallycrawl_article"
#: ``Request.meta`` key of feeds and sitemaps the user gave (their entries may be on any host)
GIVEN = "rallycrawl_given_source"


def parse_day(name: str, value: Any) -> date:
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ArgumentError(f"-a {name}={value!r} is not a date: pass e.g. -a {name}=2021-04-01 (YYYY-MM-DD)") from None


class NewsSpider(RallySpider):
    name = "news"
    #: ``scrapy parse --spider news URL`` reads URL as an article (``-a site=URL``, callback parse_article)
    parse_argument = "site"
    seed_arguments = ("site", "sites_file", "feed", "sitemap")
    parse_callback = "parse_article"
    arguments = {
        "site": "comma-separated home or section page URLs; feeds, sitemaps and links are discovered",
        "sites_file": "a file with one site URL a line (# comments, blank lines ignored); - reads stdin",
        "feed": "comma-separated RSS, Atom or JSON Feed URLs",
        "sitemap": "comma-separated sitemap, sitemap index, Google News sitemap or robots.txt URLs",
        "depth": f"how many links to follow from a site's start pages (default {DEFAULT_DEPTH})",
        "since": "only articles published on or after this day (YYYY-MM-DD)",
        "until": "only articles published on or before this day (YYYY-MM-DD)",
        "max_articles": "stop after exporting this many articles",
        "only_protest": "false to export articles that do not report a protest too (default true)",
        "refresh": "true to fetch articles already in the store again (default false)",
    }
    custom_settings = {
        # cron-friendly: a run that exports nothing leaves no empty file behind
        "FEED_STORE_EMPTY": False,
    }
    only_protest = True
    #: links followed per listing page (RALLYCRAWL_MAX_LINKS_PER_PAGE)
    max_links: float = 3000

    @classmethod
    def check_arguments(cls, args: dict[str, Any]) -> dict[str, Any]:
        args = dict(super().check_arguments(args))
        sites = urls_from_arguments(args, listed="site", listing_file="sites_file")
        feeds = checked_urls("feed", split_list(args["feed"])) if args.get("feed") else []
        sitemaps = checked_urls("sitemap", split_list(args["sitemap"])) if args.get("sitemap") else []
        if not (sites or feeds or sitemaps):
            raise ArgumentError(
                "nothing to crawl: pass -a site=URL, -a sites_file=PATH, -a feed=URL or -a sitemap=URL"
            )
        if "depth" in args:
            parse_int("depth", args["depth"])
        if "max_articles" in args:
            parse_int("max_articles", args["max_articles"], minimum=1)
        for flag in ("only_protest", "refresh"):
            if flag in args:
                parse_bool(flag, args[flag])
        since = parse_day("since", args["since"]) if args.get("since") else None
        until = parse_day("until", args["until"]) if args.get("until") else None
        if since and until and since > until:
            raise ArgumentError(f"-a since={since} is after -a until={until}")
        resolved = {k: v for k, v in args.items() if k not in ("site", "sites_file", "feed", "sitemap")}
        return resolved | {
            "_sites": list(dict.fromkeys(sites)),
            "_feeds": list(dict.fromkeys(feeds)),
            "_sitemaps": list(dict.fromkeys(sitemaps)),
        }

    def __init__(self, *args: Any, **kwargs: Any):
        if "_sites" not in kwargs:  # started without ``scrapy crawl`` (scrapyd, scripts)
            kwargs = self.check_arguments(kwargs)
        self.sites: list[str] = kwargs.pop("_sites")
        self.feeds: list[str] = kwargs.pop("_feeds")
        self.sitemaps: list[str] = kwargs.pop("_sitemaps")
        self.depth = parse_int("depth", kwargs.pop("depth", DEFAULT_DEPTH))
        since, until = kwargs.pop("since", None), kwargs.pop("until", None)
        self.since: date | None = parse_day("since", since) if since else None
        self.until: date | None = parse_day("until", until) if until else None
        limit = kwargs.pop("max_articles", None)
        self.max_articles: int | None = parse_int("max_articles", limit, minimum=1) if limit else None
        self.only_protest = parse_bool("only_protest", kwargs.pop("only_protest", True))
        self.refresh = parse_bool("refresh", kwargs.pop("refresh", False))
        super().__init__(*args, **kwargs)
        self.allowed_domains = sorted({registered_domain(u) for u in self.sites + self.feeds + self.sitemaps})
        self._sitemaps_seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.trap_guard = TrapGuard(
            max_query_variants=settings.getint("RALLYCRAWL_MAX_QUERY_VARIANTS", 10),
            latest=date.today() + FUTURE_SLACK,
        )
        spider.max_sitemaps = settings.getint("RALLYCRAWL_MAX_SITEMAPS", 500)
        spider.max_feed_entries = settings.getint("RALLYCRAWL_MAX_FEED_ENTRIES", 1000)
        spider.max_sitemap_entries = settings.getint("RALLYCRAWL_MAX_SITEMAP_ENTRIES", 50_000)
        spider.max_links = settings.getint("RALLYCRAWL_MAX_LINKS_PER_PAGE", 3000) or float("inf")
        return spider

    def given_urls(self) -> list[str]:
        return [*self.sites, *self.feeds, *self.sitemaps]

    # -- start ----------------------------------------------------------------------

    async def start(self):
        for url in self.feeds:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error, dont_filter=True,
                                 meta={GIVEN: True})
        for url in self.sitemaps:
            if request := self._sitemap_request(url, errback=self.on_error, given=True):
                yield request
        for url in self.sites:
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                                 cb_kwargs={"depth": 0}, dont_filter=True, priority=10)
            yield scrapy.Request(urljoin(url, "/robots.txt"), callback=self.parse_robots,
                                 errback=self.on_robots_error)

    # -- sources ----------------------------------------------------------------------

    def parse_robots(self, response: Response):
        """The sitemaps robots.txt lists; without any, the usual sitemap locations."""
        urls = list(sitemap_urls_from_robots(robots_head(response.body), base_url=response.url))
        if not urls:
            yield from self._usual_sitemaps(response.url)
        for url in urls:
            if request := self._sitemap_request(url, errback=self.on_discovery_error):
                yield request

    def _usual_sitemaps(self, site_url: str):
        for path in USUAL_SITEMAP_PATHS:
            if request := self._sitemap_request(urljoin(site_url, path), errback=self.on_discovery_error):
                yield request

    def parse_feed(self, response: Response):
        entries = parse_feed(response.body, response.url, max_entries=self.max_feed_entries)
        self.crawler.stats.inc_value("rallycrawl/discovery/feeds")
        if not entries:
            logger.info("No entries in feed %s", response.url)
            if isinstance(response, HtmlResponse):  # a page given as a feed: read the feeds it announces
                for url in feed_links(_link_elements(response), response.url):
                    yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error,
                                         meta={GIVEN: response.meta.get(GIVEN, False)})
        given = response.meta.get(GIVEN, False)
        for entry in entries:
            published = entry.published.date() if entry.published else None
            request = self._article_request(entry.url, "feed", published=published, given=given)
            if request is not None:
                yield request

    def parse_sitemap(self, response: Response):
        if response.url.endswith("/robots.txt"):
            yield from self.parse_robots(response)
            return
        max_size = response.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
        body = sitemap_body(response.body, max_size)
        sitemap = parse_sitemap(body or b"", max_entries=self.max_sitemap_entries)
        if not sitemap.kind:
            logger.info("Not a sitemap: %s", response.url)
            self.crawler.stats.inc_value("rallycrawl/discovery/not_sitemap")
            return
        self.crawler.stats.inc_value("rallycrawl/discovery/sitemaps")
        given = response.meta.get(GIVEN, False)
        if sitemap.kind == "sitemapindex":
            for entry in sitemap.entries:
                if self.since and entry.lastmod and entry.lastmod.date() < self.since - DATE_SLACK:
                    self.crawler.stats.inc_value("rallycrawl/filtered/date_sitemap")
                    continue  # nothing in it changed since the window opened
                if request := self._sitemap_request(entry.url, errback=self.on_discovery_error, given=given):
                    yield request
            return
        for entry in sitemap.entries:
            link = classify_link(entry.url)
            # a sitemap lists pages, not only sections: a short slug alone does not make a section,
            # a short slug that changes hourly or daily does
            if not entry.is_news and link.kind in (LinkKind.LISTING, LinkKind.SKIP) and (
                link.certain or entry.changefreq in FREQUENT_CHANGES
            ):
                self.crawler.stats.inc_value(f"rallycrawl/discovery/{link.kind.value}")
                continue
            published = entry.published.date() if entry.published else None
            # a page last modified before the window opened was published before it too
            modified = entry.lastmod.date() if entry.lastmod else None
            request = self._article_request(entry.url, "sitemap", published=published, modified=modified,
                                            given=given)
            if request is not None:
                yield request

    def parse_listing(self, response: Response, depth: int):
        """A home, section, tag or other listing page: its feeds and its links."""
        if not isinstance(response, TextResponse):
            return
        for url in feed_links(_link_elements(response), response.url):
            if self._in_site(url):
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_discovery_error)
        # lxml's elements, not a parsel selector per link: a page of 40,000 links would hold them all
        for number, anchor in enumerate(response.selector.root.iterfind(".//a[@href]"), 1):
            if number > self.max_links:
                self.crawler.stats.inc_value("rallycrawl/links_capped")
                logger.info("Followed only the first %s links of %s (RALLYCRAWL_MAX_LINKS_PER_PAGE)",
                            self.max_links, response.url)
                break
            href = (anchor.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            url = response.urljoin(href)
            text = " ".join(" ".join(anchor.xpath(".//text()")).split())
            request = self._link_request(url, text, anchor.get("rel") or "", depth + 1)
            if request is not None:
                yield request

    def parse_page(self, response: Response, depth: int):
        """A page the URL did not say enough about: exported if it reads as an article, and followed.

        Only such pages at the last hop are marked as article pages (skipped on later runs once
        stored or turned away): nearer ones may be listings whose links change.
        """
        yield self.page_item(response)
        if depth < self.depth:
            yield from self.parse_listing(response, depth)

    def parse_article(self, response: Response):
        yield self.page_item(response)

    # -- requests -----------------------------------------------------------------------

    def _in_site(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def _refused(self, url: str, *, given: bool = False, article: bool = False) -> str | None:
        if _has_credentials(url):
            logger.warning("Not following %s: a user name or password in the URL (rallycrawl sends none)", url)
            return "credentials: a user name or password in the URL"
        if not given and not self._in_site(url):
            return "offsite: not on the sites given"
        return self.trap_guard.refuse(url, count_queries=not article)

    def _outside_window(self, published: date | None, modified: date | None = None,
                        span: tuple[date, date] | None = None) -> bool:
        if self.since is not None:
            if published and published < self.since - DATE_SLACK:
                return True
            if modified and modified < self.since - DATE_SLACK:
                return True
            if span and span[1] < self.since:
                return True
        if self.until is not None:
            if published and published > self.until + DATE_SLACK:
                return True
            if span and span[0] > self.until:
                return True
        return False

    def _article_request(self, url: str, source: str, *, published: date | None = None,
                         modified: date | None = None, given: bool = False) -> scrapy.Request | None:
        """A request for an article page; ``given``: listed by a feed or sitemap the user gave,
        so allowed on any host."""
        url = canonical_url(url)
        stats = self.crawler.stats
        refused = self._refused(url, given=given, article=True)
        if refused:
            stats.inc_value(f"rallycrawl/discovery/refused/{refused.split(':', 1)[0]}")
            logger.debug("Not following %s: %s", url, refused)
            return None
        if self._outside_window(published, modified, url_date_range(url)):
            stats.inc_value(f"rallycrawl/filtered/date_{source}")
            return None
        stats.inc_value(f"rallycrawl/discovery/article_links/{source}")
        meta = {ARTICLE: True, "allow_offsite": True} if given and not self._in_site(url) else {ARTICLE: True}
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error, meta=meta)

    def _link_request(self, url: str, text: str, rel: str, depth: int) -> scrapy.Request | None:
        link = classify_link(url, text, rel)
        stats = self.crawler.stats
        if link.kind is LinkKind.SKIP:
            stats.inc_value("rallycrawl/discovery/skip")
            return None
        if link.kind is LinkKind.ARTICLE:
            return self._article_request(url, "link")
        if depth > self.depth:
            return None
        url = canonical_url(url)
        refused = self._refused(url)
        if refused:
            stats.inc_value(f"rallycrawl/discovery/refused/{refused.split(':', 1)[0]}")
            logger.debug("Not following %s: %s", url, refused)
            return None
        if self._outside_window(None, None, url_date_range(url)):
            stats.inc_value("rallycrawl/filtered/date_listing")
            return None
        if link.kind is LinkKind.LISTING:
            return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                                  cb_kwargs={"depth": depth})
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error,
                              cb_kwargs={"depth": depth}, meta={ARTICLE: depth >= self.depth})

    def _sitemap_request(self, url: str, *, errback, given: bool = False) -> scrapy.Request | None:
        key = canonical_url(url)
        if key in self._sitemaps_seen:  # an index listing itself, or two paths to one sitemap
            return None
        if len(self._sitemaps_seen) >= self.max_sitemaps:
            self.crawler.stats.inc_value("rallycrawl/discovery/refused/too_many_sitemaps")
            return None
        if not given and not self._in_site(url):
            self.crawler.stats.inc_value("rallycrawl/discovery/refused/offsite")
            return None
        if _has_credentials(url):
            self.crawler.stats.inc_value("rallycrawl/discovery/refused/credentials")
            logger.warning("Not following %s: a user name or password in the URL (rallycrawl sends none)", url)
            return None
        self._sitemaps_seen.add(key)
        meta = {GIVEN: True, "allow_offsite": True} if given else {}
        return scrapy.Request(url, callback=self.parse_sitemap, errback=errback, meta=meta)

    # -- errors -------------------------------------------------------------------------

    def on_error(self, failure: Failure):
        if failure.check(AddressRefused):
            return None  # logged and counted by the download handler
        if failure.check(IgnoreRequest) and not getattr(failure.value, "response", None):
            # robots.txt forbids it, it is offsite after a redirect, or already stored
            reason = str(failure.value) or "ignored"
            self.crawler.stats.inc_value("rallycrawl/ignored")
            start_page = failure.request.cb_kwargs.get("depth") == 0
            logger.log(logging.WARNING if start_page else logging.DEBUG, "Not fetched: %s (%s)",
                       failure.request.url, reason)
            return None
        return super().on_error(failure)

    def on_robots_error(self, failure: Failure):
        """No robots.txt: try the usual sitemap locations."""
        self.on_discovery_error(failure)
        yield from self._usual_sitemaps(failure.request.url)

    def on_discovery_error(self, failure: Failure):
        """A probe (robots.txt, the usual sitemap paths, an announced feed) that did not pan out."""
        self.crawler.stats.inc_value("rallycrawl/discovery/missing")
        logger.debug("No %s: %s", failure.request.url, failure.value)


def _has_credentials(url: str) -> bool:
    return "@" in urlsplit(url).netloc


def _link_elements(response: TextResponse) -> list[tuple[str, str, str]]:
    """``(rel, type, href)`` of the page's ``<link>`` elements."""
    return [
        (link.attrib.get("rel", ""), link.attrib.get("type", ""), link.attrib.get("href", ""))
        for link in response.css("link[rel][href]")
    ]
