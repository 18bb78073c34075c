"""Log redaction as an extension: passwords and terminal control characters are
taken out of every log record (the text rules are in :mod:`rallycrawl.utils.redaction`)."""

from __future__ import annotations

from ..utils.redaction import clean, escape_controls, install, redact  # noqa: F401 - handed on


class CredentialRedaction:
    """Extension: installs the redaction when the crawler is built.

    Extensions are built just before Scrapy logs the overridden settings, so
    that dump is already redacted.
    """

    def __init__(self):
        install()

    @classmethod
    def from_crawler(cls, crawler):
        return cls()
