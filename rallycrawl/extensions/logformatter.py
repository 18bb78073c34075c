"""Log lines for dropped items that name the URL and the reason, not the whole item."""

from __future__ import annotations

import logging

from scrapy import logformatter

from ..utils.redaction import escape_controls


class RallyLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider):
        level = getattr(exception, "log_level", None) or logging.WARNING
        if isinstance(level, str):
            level = getattr(logging, level.upper(), logging.WARNING)
        url = item.get("url") if hasattr(item, "get") else None
        return {
            "level": level,
            "msg": "Dropped %(url)s: %(reason)s",
            # the reason may quote a page or a header: one line, no terminal control codes
            "args": {"url": url or "<no url>", "reason": escape_controls(str(exception), lines=True)},
        }

    def scraped(self, item, response, spider):
        # The default logs the whole record at DEBUG; the URL is enough.
        url = item.get("url") if hasattr(item, "get") else None
        return {"level": logging.DEBUG, "msg": "Scraped %(url)s", "args": {"url": url}}

    def item_error(self, item, exception, response, spider):
        url = item.get("url") if hasattr(item, "get") else None
        return {
            "level": logging.ERROR,
            "msg": "Error processing %(url)s",
            "args": {"url": url or "<no url>"},
        }
