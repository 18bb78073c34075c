"""rallycrawl: a Scrapy-based news crawler for protest research."""

__version__ = "0.1.0"
