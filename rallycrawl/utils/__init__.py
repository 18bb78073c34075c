"""Small helpers without Scrapy: checking URLs (``urls``), decoding pages (``encoding``),
keeping credentials and control characters out of logs (``redaction``)."""
