"""Scrapy settings for rallycrawl: defaults that suit a polite crawl of news sites.

Every ``RALLYCRAWL_*`` setting is documented here and in the README.  Override
any of them on the command line (``-s NAME=VALUE``) or in a project's own
settings module.
"""

BOT_NAME = "rallycrawl"
SPIDER_MODULES = ["rallycrawl.spiders"]
NEWSPIDER_MODULE = "rallycrawl.spiders"
COMMANDS_MODULE = "rallycrawl.commands"

# --- identity and politeness --------------------------------------------------------
#: Say who we are; set your own contact URL or e-mail with -s USER_AGENT=...
USER_AGENT = "rallycrawl/0.1 (+https://github.com/rallycrawl/rallycrawl; protest-research crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# --- timeouts, retries, sizes -------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
REDIRECT_MAX_TIMES = 10
DNS_TIMEOUT = 20

# --- extraction -----------------------------------------------------------------------
ITEM_PIPELINES = {
    "rallycrawl.pipelines.PagePipeline": 100,
    "rallycrawl.pipelines.MetadataPipeline": 200,
    "rallycrawl.pipelines.BodyPipeline": 300,
    "rallycrawl.pipelines.ProtestAnalysisPipeline": 400,
    "rallycrawl.pipelines.RecordPipeline": 900,
}
#: Pages whose main text has fewer words are not exported as articles.
RALLYCRAWL_MIN_WORDS = 40
#: trafilatura's fast mode (no readability/justext fallbacks) for the body: about a third
#: faster and at least as good on the public benchmark (see bench/README.md).
RALLYCRAWL_FAST_BODY = True

# --- exports --------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {
    "csv": "rallycrawl.exporters.ArticleCsvExporter",
    "quotes-csv": "rallycrawl.exporters.QuotesCsvExporter",
    "organisations-csv": "rallycrawl.exporters.OrganisationsCsvExporter",
    "demands-csv": "rallycrawl.exporters.DemandsCsvExporter",
}
FEED_STORE_EMPTY = True

# --- logging --------------------------------------------------------------------------
LOG_LEVEL = "INFO"
LOG_FORMATTER = "rallycrawl.logformatter.RallyLogFormatter"
