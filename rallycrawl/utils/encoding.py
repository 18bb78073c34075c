"""Which character encoding to decode a fetched HTML body with.

Scrapy decides first (``TextResponse.encoding``): a byte-order mark, then the
``Content-Type`` charset, then a ``<meta>`` declaration, and for an undeclared
body ASCII, UTF-8 or a statistical guess (charset_normalizer).  Two of its
choices garble real news pages, and :func:`html_encoding` corrects them:

* A body that is valid UTF-8 and not plain ASCII is UTF-8, whatever its header or
  ``<meta>`` claims: servers that label every page ISO-8859-1 are common, and
  text in a legacy encoding is almost never valid UTF-8 by accident.  (Not with
  a byte-order mark, which is never wrong, nor with NUL bytes, which UTF-16 has.)
* An undeclared body that is not UTF-8 gets a guess; on short Western European
  texts the guess is often a Central European code page (windows-1250 turns
  "ñ" into "ń").  When the guess reads as Latin script and windows-1252 (the
  WHATWG default for undeclared documents) reads at least as many letters,
  windows-1252 wins.  A guess that reads as another script (Cyrillic, Greek,
  CJK...) or that makes more letters (Polish in windows-1250) is kept.

No Scrapy import: body bytes, header and Scrapy's choice in, a codec name out.
:func:`decode_html` does the whole job without Scrapy, for pages read from disk or
handed to :func:`rallycrawl.extract_article` as bytes.
"""

from __future__ import annotations

import re
import unicodedata

from w3lib.encoding import html_body_declared_encoding, html_to_unicode, http_content_type_encoding, read_bom

WINDOWS_1252 = "cp1252"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: enough non-ASCII characters to judge a decoding by
_SAMPLE = 20_000


def _non_ascii_letters(text: str) -> list[str]:
    return [ch for ch in _NON_ASCII.findall(text, 0, _SAMPLE * 50)[:_SAMPLE] if ch.isalpha()]


def _is_latin(letters: list[str]) -> bool:
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin * 2 >= len(letters)


def _prefer_windows_1252(body: bytes, guess: str) -> str:
    if guess == WINDOWS_1252:
        return guess
    try:
        as_guess = _non_ascii_letters(body.decode(guess))
        as_1252 = _non_ascii_letters(body.decode(WINDOWS_1252))
    except (UnicodeDecodeError, LookupError):
        return guess
    if _is_latin(as_guess) and len(as_1252) >= len(as_guess):
        return WINDOWS_1252
    return guess


def html_encoding(body: bytes, content_type: str, scrapy_encoding: str) -> str:
    """The codec to decode ``body`` with, given Scrapy's choice ``scrapy_encoding``."""
    if read_bom(body)[0]:
        return scrapy_encoding
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
        return scrapy_encoding if declared else _prefer_windows_1252(body, scrapy_encoding)
    if not body.isascii() and b"\x00" not in body:
        return "utf-8"
    return scrapy_encoding


def decode_html(body: bytes, content_type: str = "") -> str:
    """``body`` as text: w3lib's choice (BOM, ``Content-Type``, ``<meta>``, a guess),
    corrected as :func:`html_encoding` says; undecodable bytes become U+FFFD."""
    chosen, text = html_to_unicode(content_type or None, body)
    encoding = html_encoding(body, content_type, chosen)
    if encoding == chosen:
        return text
    return body.decode(encoding, errors="replace")
