"""Scrapy settings for rallycrawl: defaults that suit a polite crawl of news sites.

Every ``RALLYCRAWL_*`` setting is documented here and in docs/operations.md.  Override
any of them on the command line (``-s NAME=VALUE``) or in a project's own
settings module.
"""

import os

BOT_NAME = "rallycrawl"
SPIDER_MODULES = ["rallycrawl.spiders"]
NEWSPIDER_MODULE = "rallycrawl.spiders"
COMMANDS_MODULE = "rallycrawl.commands"

# --- identity and politeness --------------------------------------------------------
#: Say who we are; set your own contact URL or e-mail with -s USER_AGENT=...
USER_AGENT = "rallycrawl/0.1 (+https://github.com/rallycrawl/rallycrawl; protest-research crawler)"
ROBOTSTXT_OBEY = True
#: Scrapy's Protego parser, reading only the first 500 KiB of a robots.txt (as Google does)
ROBOTSTXT_PARSER = "rallycrawl.discovery.robots.CappedRobotParser"
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
#: Scrapy 2.19's remote-control server runs Python code sent to it over HTTP: an unattended
#: crawler has no use for it, so it is off (as the telnet console is).
REMOTE_CONTROL_ENABLED = False

# --- timeouts, retries, sizes -------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
REDIRECT_MAX_TIMES = 10
#: Loopback, private and link-local addresses are connected to only for the hosts of URLs the user
#: gave (start URLs, -a feed=, -a sitemap=) and for the hosts, addresses and networks listed here
#: (e.g. ["intranet.example", "10.1.0.0/16", "127.0.0.1"]; "*" allows all); checked on the address
#: actually connected to (rallycrawl.downloadermiddlewares.address_guard).
RALLYCRAWL_ALLOW_PRIVATE_HOSTS: list[str] = []
#: Older switch: True allows every private address (as RALLYCRAWL_ALLOW_PRIVATE_HOSTS = ["*"]).
RALLYCRAWL_ALLOW_PRIVATE_REDIRECTS = False
DOWNLOAD_HANDLERS = {
    "http": "rallycrawl.downloadermiddlewares.address_guard.GuardedHTTPDownloadHandler",
    "https": "rallycrawl.downloadermiddlewares.address_guard.GuardedHTTPDownloadHandler",
}
DNS_TIMEOUT = 20
#: Back-off on 429/503 (rallycrawl.downloadermiddlewares.backoff.RetryAfterMiddleware): a host's delay becomes its
#: Retry-After (seconds or HTTP date), or without one twice the delay and at least
#: RALLYCRAWL_BACKOFF_DELAY seconds; never more than RALLYCRAWL_MAX_BACKOFF seconds.
RALLYCRAWL_BACKOFF_DELAY = 5.0
RALLYCRAWL_MAX_BACKOFF = 300.0

# --- extraction -----------------------------------------------------------------------
ITEM_PIPELINES = {
    "rallycrawl.pipelines.PagePipeline": 100,
    "rallycrawl.pipelines.MetadataPipeline": 200,
    "rallycrawl.pipelines.DateWindowPipeline": 250,
    "rallycrawl.pipelines.BodyPipeline": 300,
    "rallycrawl.pipelines.ProtestAnalysisPipeline": 400,
    "rallycrawl.pipelines.RecordPipeline": 900,
    "rallycrawl.pipelines.ArticleLimitPipeline": 910,
    "rallycrawl.stores.events.EventPipeline": 940,
    "rallycrawl.stores.sqlite.SqlitePipeline": 950,
    "rallycrawl.stores.postgres.PostgresPipeline": 960,
}
#: Pages whose main text has fewer words are not exported as articles.
RALLYCRAWL_MIN_WORDS = 40
#: trafilatura's fast mode for the body: its readability/justext fallbacks run only when the fast
#: pass finds nothing but the page's links. About a third faster, and better on the public
#: benchmark (see bench/README.md).
RALLYCRAWL_FAST_BODY = True
#: Characters of a page's text the protest analysis reads (the exported body is whole): it costs
#: ~10 s per MB of hostile text on the thread that drives the downloads; articles stay under 30,000.
RALLYCRAWL_MAX_ANALYSIS_CHARS = 60_000
#: Pages with more links are not articles (rallycrawl/not_article/too_many_links) and are not
#: handed to the body extractor, which spends ~1 ms and ~5 KB a link; the news spider follows at
#: most this many links of a listing page. 0: no limit.
RALLYCRAWL_MAX_LINKS_PER_PAGE = 3000

# --- stores and incremental runs (see rallycrawl/stores/) ------------------------------
#: The embedded store: a SQLite file (relative paths are in the working directory).
#: An empty value, or RALLYCRAWL_SQLITE_ENABLED = False, turns it off.
RALLYCRAWL_SQLITE_PATH = "rallycrawl.sqlite3"
RALLYCRAWL_SQLITE_ENABLED = True
#: Seconds to wait for a SQLite file locked by another process before stopping with an error.
RALLYCRAWL_SQLITE_TIMEOUT = 30.0
#: PostgreSQL store, on when set: a libpq URI (postgresql://user@host:5432/dbname). Read from
#: the environment variable of the same name too, so that a password stays off the command line.
RALLYCRAWL_POSTGRES_DSN = os.environ.get("RALLYCRAWL_POSTGRES_DSN", "")
#: Records written per transaction, and the longest wait (seconds) before a partial batch is.
RALLYCRAWL_POSTGRES_BATCH_SIZE = 50
RALLYCRAWL_POSTGRES_FLUSH_INTERVAL = 5.0
#: Seconds of failed reconnects (records buffered meanwhile) before the crawl stops.
RALLYCRAWL_POSTGRES_RETRY_TIMEOUT = 60.0
RALLYCRAWL_POSTGRES_CONNECT_TIMEOUT = 10
#: Events merged across articles (rallycrawl.stores.events): each record gets the event_id of
#: the merged event it reports, kept in the primary store's merged_events table. False: off.
RALLYCRAWL_MERGE_EVENTS = True
#: Where records that could not be stored are saved (JSON Lines) when a store gives up.
RALLYCRAWL_UNSTORED_DIR = "."
#: Incremental runs: do not download article pages (requests with meta rallycrawl_article)
#: already stored; the spider argument -a refresh=true fetches them again.
RALLYCRAWL_SKIP_SEEN = True
DOWNLOADER_MIDDLEWARES = {
    "rallycrawl.downloadermiddlewares.seen_articles.SeenArticleMiddleware": 50,
    # refuses redirects to other schemes, and from public to private hosts; sees 3xx before RedirectMiddleware (600)
    "rallycrawl.downloadermiddlewares.redirect_guard.RedirectGuardMiddleware": 650,
    # sees 429/503 before RetryMiddleware (550) retries them
    "rallycrawl.downloadermiddlewares.backoff.RetryAfterMiddleware": 560,
}

# --- discovery and scheduled runs (the news spider, scrapy cron) ------------------------
#: Distinct query strings followed per host and path (calendars, filters, sort orders).
RALLYCRAWL_MAX_QUERY_VARIANTS = 10
#: Sitemaps read per crawl, and entries read per sitemap or feed.
RALLYCRAWL_MAX_SITEMAPS = 500
RALLYCRAWL_MAX_SITEMAP_ENTRIES = 50000
RALLYCRAWL_MAX_FEED_ENTRIES = 1000
#: Run health (rallycrawl.extensions.RunSummary): the summary line at the end of every run,
#: and the exit status of ``scrapy cron``: 3 when more than this share of requests failed...
RALLYCRAWL_MAX_FAILURE_RATIO = 0.5
#: ...and 4 when this is on and the run found no article (stored ones not fetched again count).
RALLYCRAWL_EXPECT_ARTICLES = False
#: Lock file of ``scrapy cron``; empty: the SQLite store's path plus ".lock".
RALLYCRAWL_LOCK_PATH = ""
EXTENSIONS = {
    # passwords in URLs and DSNs never reach the log (built before Scrapy logs the settings)
    "rallycrawl.extensions.redaction.CredentialRedaction": 0,
    "rallycrawl.extensions.RunSummary": 900,
    # progress while the crawl runs (a live display on a terminal, else a line a minute);
    # it replaces Scrapy's "Crawled N pages" line
    "rallycrawl.extensions.progress.RunProgress": 910,
    "scrapy.extensions.logstats.LogStats": None,
    # Scrapy's feed exporter, with each record a feed could not write named and counted
    "scrapy.extensions.feedexport.FeedExporter": None,
    "rallycrawl.extensions.feed_export.AccountedFeedExporter": 0,
}
#: Progress display (rallycrawl.extensions.progress): "auto" (live on a terminal, else periodic lines),
#: "live", "lines" or "off"; and the seconds between two progress lines.
RALLYCRAWL_PROGRESS = "auto"
RALLYCRAWL_PROGRESS_INTERVAL = 60.0

# --- exports --------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {
    # whole lines only, even when a crawl is killed (see rallycrawl.exporters.JsonLinesExporter)
    "jsonlines": "rallycrawl.exporters.JsonLinesExporter",
    "jsonl": "rallycrawl.exporters.JsonLinesExporter",
    "csv": "rallycrawl.exporters.ArticleCsvExporter",
    "quotes-csv": "rallycrawl.exporters.QuotesCsvExporter",
    "organisations-csv": "rallycrawl.exporters.OrganisationsCsvExporter",
    "demands-csv": "rallycrawl.exporters.DemandsCsvExporter",
    "events-csv": "rallycrawl.exporters.EventsCsvExporter",
}
#: CSV exports for spreadsheets: a UTF-8 byte-order mark and ";" between cells (Excel in any locale)
RALLYCRAWL_CSV_EXCEL = False
#: ``scrapy crawl`` writes the file it was asked for even when empty; the news spider and
#: ``scrapy cron`` turn this off so that an empty scheduled run leaves no file behind.
FEED_STORE_EMPTY = True

# --- distributed crawling (scrapy-redis; needs the ``redis`` extra) ---------------------
ADDONS = {
    # settings naming a component by its path from before the regrouping
    # (rallycrawl.middlewares...) still mean it
    "rallycrawl._moved.MovedPathsAddon": -100,
    "rallycrawl.distributed.RedisAddon": 0,
}
#: Redis URL (redis://host:6379/0): workers share one request queue, one duplicate
#: filter and a start-URL list (``<prefix><spider>:start_urls``). Unset: one process.
#: Read from the environment variable of the same name too.
RALLYCRAWL_REDIS_URL = os.environ.get("RALLYCRAWL_REDIS_URL", "")
#: Prefix of the Redis keys; use another one for an independent crawl on the same Redis.
RALLYCRAWL_REDIS_KEY_PREFIX = "rallycrawl:"
#: Seconds an idle worker waits for work before it closes; 0 waits until stopped.
RALLYCRAWL_REDIS_IDLE_TIMEOUT = 0
#: Seconds a worker keeps retrying (with back-off) a Redis that went away before it stops, failing.
RALLYCRAWL_REDIS_RETRY_TIMEOUT = 60.0

# --- logging --------------------------------------------------------------------------
LOG_LEVEL = "INFO"
LOG_FORMATTER = "rallycrawl.extensions.logformatter.RallyLogFormatter"
