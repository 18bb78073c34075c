"""Numeric dates in English of no stated region: "en" pages are written both ways, so a date
around the headline that can only be read one way ("13/03/2024", "3/13/2024") tells how the
others are written (rule day-first-from-dates).  Invented pages."""

import pytest

from rallycrawl import extract_article
from rallycrawl.extraction import metadata

BODY = "".join(f"<p>{t}</p>" for t in [
    "Drivers at the town's two bus depots stopped work on Tuesday morning over pay and shift patterns.",
    "Their union said the stoppage would go on until the operator returned to talks.",
    "Passengers waited for long stretches at stops across the centre as few routes ran.",
])


def published(lang: str, line: str) -> str | None:
    html = (f"<html lang='{lang}'><head><title>Bus drivers stop work</title></head><body><article>"
            f"<h1>Bus drivers stop work</h1><div class='meta'>{line}</div>{BODY}</article></body></html>")
    return extract_article(html, url="https://news.example.net/story")["published"]


@pytest.mark.parametrize("lang, line, want", [
    ("en", "Published: 12/03/2024 | Updated: 13/03/2024", "2024-03-12"),   # 13 can only be a day
    ("en", "Published: 03/12/2024 | Updated: 3/13/2024", "2024-03-12"),    # 13 can only be a day, second
    ("en", "Published: 03/12/2024", "2024-03-12"),                          # nothing tells: US order
    ("en-gb", "Published: 12/03/2024", "2024-03-12"),                       # the region tells
    ("en-us", "Published: 12/03/2024 | Updated: 13/03/2024", "2024-12-03"),  # the region wins
])
def test_a_date_that_reads_one_way_tells_the_order(lang, line, want):
    assert (published(lang, line) or "")[:10] == want


def test_rule_switched_off_keeps_the_us_order(monkeypatch):
    monkeypatch.setattr(metadata, "_OFF", metadata._OFF | {"day-first-from-dates"})
    assert (published("en", "Published: 12/03/2024 | Updated: 13/03/2024") or "")[:10] == "2024-12-03"
