"""Decoding fetched HTML: undeclared legacy encodings, wrong declarations, BOMs, UTF-16.

Each case builds a real Scrapy ``HtmlResponse`` from bytes (as the downloader
would) and checks the text the spider hands to the pipelines.
"""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from rallycrawl.utils.encoding import html_encoding
from rallycrawl.spiders.base import html_text

SPANISH = "<html><body><p>La señora Núñez dijo: «No nos vamos a ir», y añadió que la protesta seguirá.</p></body></html>"
ENGLISH = "<html><head><title>Café owners join the naïve march</title></head><body><p>“We stay,” she said.</p></body></html>"
POLISH = "<html><body><p>Tysiące ludzi wyszło na ulice w sobotę, żądając dymisji rządu; związkowcy zapowiedzieli strajk.</p></body></html>"
RUSSIAN = "<html><body><p>Тысячи людей вышли на улицы в субботу, требуя отставки правительства.</p></body></html>"


def response(body: bytes, content_type: str | None = "text/html") -> HtmlResponse:
    headers = {"Content-Type": content_type} if content_type else {}
    return HtmlResponse("http://127.0.0.1/a", body=body, headers=headers)


@pytest.mark.parametrize("text", [SPANISH, ENGLISH], ids=["spanish", "english"])
def test_undeclared_windows_1252_is_read_as_windows_1252(text):
    assert html_text(response(text.encode("cp1252"))) == text


def test_undeclared_central_european_page_keeps_the_guess_that_reads_more_letters():
    assert html_text(response(POLISH.encode("cp1250"))) == POLISH


def test_undeclared_cyrillic_page_keeps_its_guess():
    assert html_text(response(RUSSIAN.encode("cp1251"))) == RUSSIAN


def test_header_claiming_latin1_for_a_utf8_body_is_overruled():
    assert html_text(response(SPANISH.encode("utf-8"), "text/html; charset=ISO-8859-1")) == SPANISH


def test_meta_claiming_latin1_for_a_utf8_body_is_overruled():
    html = SPANISH.replace("<html>", '<html><head><meta charset="iso-8859-1"></head>')
    assert html_text(response(html.encode("utf-8"))) == html


def test_header_wins_over_meta_when_the_body_is_not_utf8():
    html = SPANISH.replace("<html>", '<html><head><meta charset="utf-8"></head>')
    assert html_text(response(html.encode("cp1252"), "text/html; charset=windows-1252")) == html


def test_declared_utf8_with_stray_bytes_keeps_utf8_and_replaces_them():
    body = SPANISH.encode("utf-8").replace(b"protesta", b"protesta \x93x\x94")
    text = html_text(response(body, "text/html; charset=utf-8"))
    assert "señora Núñez" in text and "\ufffd" in text


def test_bom_wins_over_header_and_meta():
    html = SPANISH.replace("<html>", '<html><head><meta charset="windows-1252"></head>')
    body = b"\xef\xbb\xbf" + html.encode("utf-8")
    assert "señora Núñez" in html_text(response(body, "text/html; charset=iso-8859-1"))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_or_header(codec):
    body = SPANISH.encode(codec)  # "utf-16" writes a BOM; -le/-be do not
    content_type = "text/html" if codec == "utf-16" else f"text/html; charset={codec}"
    assert "señora Núñez" in html_text(response(body, content_type))


def test_undeclared_utf16_with_bom():
    assert "señora Núñez" in html_text(response(SPANISH.encode("utf-16"), None))


def test_plain_ascii_and_utf8_are_left_to_scrapy():
    assert html_encoding(b"<p>plain</p>", "text/html", "ascii") == "ascii"
    assert html_encoding("<p>ñ</p>".encode(), "text/html; charset=utf-8", "utf-8") == "utf-8"


def test_invalid_utf8_without_declaration_never_raises():
    body = b"<html><body><p>" + bytes(range(256)) * 20 + b"</p></body></html>"
    assert isinstance(html_text(response(body)), str)
