"""Pure extraction functions: HTML or text in, data out. No Scrapy imports here."""
