"""Keep credentials out of the log: passwords in URLs and DSNs become ``***``.

Scrapy logs every overridden setting when a crawl starts, so
``-s RALLYCRAWL_POSTGRES_DSN=postgresql://user:secret@db/news`` would print the
password; so would an error message or a traceback that quotes a proxy URL.
The :class:`CredentialRedaction` extension installs a log-record factory that
redacts every record (message and traceback) as it is created, whichever logger
emits it and whichever handler writes it (Scrapy replaces its root handler
after building the extensions, so a handler filter would not last), before
Scrapy logs its settings.  The crawl stats reach the log the same way.

Redacted: the password of ``scheme://user:password@host`` (any scheme: postgresql,
redis, http proxies...), of ``user:password@host`` without a scheme, and
``password=...`` in keyword DSNs.
"""

from __future__ import annotations

import logging
import re

_URL_PASSWORD = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]{0,30}://[^\s:/@'\"]{0,200}):[^\s@/'\"]{1,500}@")
#: ``user:password@host`` without a scheme (Scrapy's "invalid hostname: alice:secret@host"), as a
#: token of its own: after a space, a quote, a bracket or ``=``, or at the start
_BARE_PASSWORD = re.compile(r"(?:(?<=^)|(?<=[\s'\"(<\[{=,;]))([^\s:/@'\"<>]{1,200}):[^\s@/'\"<>]{1,500}@(?=[\w\[.-])")
_KEYWORD_PASSWORD = re.compile(r"\b(password|passwd|pwd)\s*=\s*(?:'[^']*'|\"[^\"]*\"|[^\s'\",;]+)", re.I)
MASK = "***"
_FORMATTER = logging.Formatter()


def redact(text: str) -> str:
    """``text`` with the passwords of URLs and keyword DSNs replaced by ``***``."""
    if "@" in text:
        text = _URL_PASSWORD.sub(rf"\1:{MASK}@", text)
        text = _BARE_PASSWORD.sub(rf"\1:{MASK}@", text)
    if "=" in text:
        text = _KEYWORD_PASSWORD.sub(rf"\1={MASK}", text)
    return text


def _redact_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed record is the handler's problem, not ours
        return
    redacted = redact(message)
    if redacted != message:
        record.msg, record.args = redacted, ()
    if record.exc_info and not record.exc_text:
        text = _FORMATTER.formatException(record.exc_info)
        if redact(text) != text:
            record.exc_text = redact(text)


def install() -> None:
    """Redact every log record of this process as it is created (once; later calls do nothing)."""
    current = logging.getLogRecordFactory()
    if getattr(current, "redacting", False):
        return

    def redacting_factory(*args, **kwargs) -> logging.LogRecord:
        record = current(*args, **kwargs)
        _redact_record(record)
        return record

    redacting_factory.redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_factory)


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
