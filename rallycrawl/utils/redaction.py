"""Keep credentials out of the log: passwords in URLs and DSNs become ``***``.

Scrapy logs every overridden setting when a crawl starts, so
``-s RALLYCRAWL_POSTGRES_DSN=postgresql://user:secret@db/news`` would print the
password; so would an error message or a traceback that quotes a proxy URL.
The :class:`~rallycrawl.extensions.redaction.CredentialRedaction` extension installs a log-record factory that
redacts every record (message and traceback) as it is created, whichever logger
emits it and whichever handler writes it (Scrapy replaces its root handler
after building the extensions, so a handler filter would not last), before
Scrapy logs its settings.  The crawl stats reach the log the same way.

The same factory escapes terminal control characters (ESC, CR, BEL, C1 codes such
as CSI) in every record, since log lines quote what pages and headers say
(a ``Content-Encoding``, a ``Content-Type``, a URL): ``\x1b[2J`` is logged as
the text ``\\x1b[2J``.

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
#: control characters a terminal acts on (ESC sequences, CR, BEL, backspace, C1 such as CSI \x9b);
#: line feed and tab are kept, since Scrapy's own dumps are multi-line
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FORMATTER = logging.Formatter()


def redact(text: str) -> str:
    """``text`` with the passwords of URLs and keyword DSNs replaced by ``***``."""
    if "@" in text:
        text = _URL_PASSWORD.sub(rf"\1:{MASK}@", text)
        text = _BARE_PASSWORD.sub(rf"\1:{MASK}@", text)
    if "=" in text:
        text = _KEYWORD_PASSWORD.sub(rf"\1={MASK}", text)
    return text


def _escape(match: re.Match) -> str:
    return f"\\x{ord(match.group()):02x}"


def escape_controls(text: str, *, lines: bool = False) -> str:
    """``text`` with terminal control characters written as ``\\x1b``; with ``lines``, line feeds
    and tabs too (for one value from a page or a header inside a log line)."""
    pattern = _ANY_CONTROL if lines else _CONTROL
    return pattern.sub(_escape, text) if pattern.search(text) else text


def clean(text: str) -> str:
    """What a log line may show: passwords redacted, terminal control characters escaped."""
    return escape_controls(redact(text))


def _redact_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed record is the handler's problem, not ours
        return
    cleaned = clean(message)
    if cleaned != message:
        record.msg, record.args = cleaned, ()
    if record.exc_info and not record.exc_text:
        text = _FORMATTER.formatException(record.exc_info)
        if clean(text) != text:
            record.exc_text = clean(text)


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

