"""End to end: crawl a local site into the store in two runs, merge its events, build the report and
open it in a real headless Chromium (skipped when Chromium is absent, unless services are required)."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "events" / "site"

pytestmark = pytest.mark.e2e


def serve(local_server, *names):
    for name in names:
        local_server.route(f"/{name}", (SITE / name).read_bytes())
    return ",".join(local_server.url(f"/{name}") for name in names)


@pytest.fixture
def crawled(local_server, crawl, tmp_path):
    """Two runs over one store: the second run's report of the strike joins the stored event."""
    first = crawl("article", args={"urls": serve(local_server, "gazette-dockers-strike.html",
                                                 "gazette-nurses-vigil.html", "gazette-harbour-festival.html")},
                  output="first.jsonl")
    assert first.returncode == 0, first.stderr[-3000:]
    second = crawl("article", args={"urls": serve(local_server, "radio-dockers-picket.html")},
                   output="second.jsonl", extra=["-O", str(tmp_path / "events.csv") + ":events-csv"])
    assert second.returncode == 0, second.stderr[-3000:]
    return tmp_path, first.records(), second.records()


def test_a_later_run_joins_the_stored_event_and_the_feeds_say_so(crawled):
    tmp_path, first, second = crawled
    by_name = {r["url"].rsplit("/", 1)[1]: r for r in first + second}
    strike = by_name["gazette-dockers-strike.html"]["event_id"]
    assert strike and by_name["radio-dockers-picket.html"]["event_id"] == strike
    assert by_name["gazette-nurses-vigil.html"]["event_id"] not in (None, strike)
    assert by_name["gazette-harbour-festival.html"]["event_id"] is None  # not a protest

    db = sqlite3.connect(tmp_path / "rallycrawl.sqlite3")
    events = {row[0]: row for row in db.execute("SELECT event_id, kind, date_first, report_count, sources FROM merged_events")}
    assert set(events) == {strike, by_name["gazette-nurses-vigil.html"]["event_id"]}
    assert events[strike][1:4] == ("strike", "2026-03-03", 2)
    (reasons,) = db.execute("SELECT reasons FROM event_reports WHERE score IS NOT NULL").fetchone()
    assert any(r.startswith("organiser:") for r in json.loads(reasons))

    # the second run exported one record, but the events CSV row lists both sources of the event
    (row,) = list(csv.DictReader((tmp_path / "events.csv").open(encoding="utf-8")))
    assert row["event_id"] == strike and row["source_count"] == "2"
    assert row["source_outlets"] == "The Harbour Gazette | Lowmouth Radio"
    assert "Lowmouth Dockworkers Union" in row["organisers"]


def find_chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def chromium_or_skip() -> str:
    binary = find_chromium()
    if binary is None:
        if os.environ.get("RALLYCRAWL_REQUIRE_SERVICES") == "1":
            pytest.fail("Chromium is required (RALLYCRAWL_REQUIRE_SERVICES=1): apt-get install chromium")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return binary


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) pixels of an 8-bit, non-interlaced PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, [bytes(r[i:i + 3]) for r in rows for i in range(0, stride, bpp)]


def test_the_report_renders_in_headless_chromium(crawled):
    tmp_path, _, _ = crawled
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings"}
    made = subprocess.run([sys.executable, "-m", "rallycrawl.cli", "report", "-o", "report.html"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, env=env)
    assert made.returncode == 0, made.stderr
    report = tmp_path / "report.html"
    page = report.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # a headline of the site, escaped
    assert "joined: 0 day(s) apart by event date" in page  # why the second run's report joined
    binary = chromium_or_skip()
    common = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
              f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1280,2200",
              "--virtual-time-budget=5000", "--enable-logging=stderr", "--v=0"]
    dom = subprocess.run([*common, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    root = re.search(r"<html[^>]*>", html).group(0)
    assert 'data-report-ready="1"' in root  # the inline script ran to its end ...
    assert "data-script-errors" not in root  # ... and no error was raised
    assert not re.search(r"Uncaught|SyntaxError|ReferenceError|TypeError", dom.stderr), dom.stderr[-2000:]
    assert "alert(1)" not in re.sub(r"&lt;script&gt;alert\(1\)&lt;/script&gt;", "", html)  # nothing injected
    charts = re.findall(r'<svg class="chart".*?</svg>', html, flags=re.S)
    assert len(charts) >= 3
    assert all(re.search(r"<rect [^>]*height=\"[1-9]", c) or re.search(r"<rect [^>]*width=\"[1-9]", c)
               for c in charts[:2])
    assert html.count('class="pager"') >= 1  # the events table got its pager

    shot = tmp_path / "report.png"
    taken = subprocess.run([*common, f"--screenshot={shot}", report.as_uri()], capture_output=True, text=True,
                           timeout=120)
    assert taken.returncode == 0 and shot.is_file(), taken.stderr[-2000:]
    width, height, pixels = png_pixels(shot.read_bytes())
    assert (width, height) == (1280, 2200)
    colours = set(pixels[::7])
    not_white = sum(1 for p in pixels[::7] if p != b"\xff\xff\xff") / len(pixels[::7])
    assert len(colours) > 20 and not_white > 0.03, (len(colours), not_white)
    # the bars of the time chart are drawn in the first colour of the palette (#1f77b4)
    assert any(abs(p[0] - 0x1F) < 8 and abs(p[1] - 0x77) < 8 and abs(p[2] - 0xB4) < 8 for p in pixels[::3])
