"""The ``warc`` spider against WARC files written with warcio from the local test site.

Reading an archive must give the same records as crawling the pages, with
``url`` and ``fetched_at`` from the WARC record; damaged records are skipped
and counted, finished files are not read again, and the host and date
filters apply.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rallycrawl.spiders.archives import BadRecord, ResponseRecord, SkippedRecord, read_warc

pytestmark = pytest.mark.e2e

PAGES = ["/warc-dockers-strike.html", "/warc-library-vigil.html", "/warc-orchard-harvest.html"]
WARC_DATES = ["2025-05-06T08:00:00Z", "2025-04-23T06:30:00Z", "2025-10-01T12:15:30Z"]


def fetch(url: str) -> tuple[int, str, list[tuple[str, str]], bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.reason, list(response.headers.items()), response.read()


def response_record(writer: WARCWriter, url: str, date: str, status: int, reason: str,
                    headers: list[tuple[str, str]], body: bytes):
    http = StatusAndHeaders(f"{status} {reason}", headers, protocol="HTTP/1.0")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                     warc_headers_dict={"WARC-Date": date})


def write_warc(path: Path, records: list[tuple[str, str, tuple]], *, gzip: bool,
               truncate: int | None = None, cut: int = 300) -> None:
    """Write ``(url, date, (status, reason, headers, body))`` records; the one at
    index ``truncate`` loses its last ``cut`` bytes, as a cut-off download would."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for index, (url, date, (status, reason, headers, body)) in enumerate(records):
        start = out.tell()
        writer.write_record(response_record(writer, url, date, status, reason, headers, body))
        if index == truncate:
            data = out.getvalue()[: out.tell() - cut]
            out.seek(0)
            out.truncate()
            out.write(data)
        assert out.tell() > start
    path.write_bytes(out.getvalue())


@pytest.fixture
def site_records(local_server):
    """The site's pages as archived responses, plus a 404."""
    records = [(local_server.url(p), d, fetch(local_server.url(p))) for p, d in zip(PAGES, WARC_DATES)]
    missing = (404, "Not Found", [("Content-Type", "text/html")], b"<html><body>gone</body></html>")
    return records, (local_server.url("/warc-gone.html"), "2025-05-01T00:00:00Z", missing)


def crawl_stats(stderr: str) -> dict[str, int]:
    stats = {}
    for line in stderr.splitlines():
        line = line.strip().rstrip(",")
        if line.startswith("'rallycrawl/") and ": " in line:
            key, value = line.split(": ", 1)
            stats[key.strip("'")] = int(value) if value.isdigit() else value
    return stats


def without_fetch_time(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "fetched_at"}


def test_archive_gives_the_same_records_as_crawling(local_server, crawl, tmp_path, site_records):
    pages, missing = site_records
    damaged = (local_server.url("/rally-article.html"), "2025-05-02T00:00:00Z",
               fetch(local_server.url("/rally-article.html")))
    crawled = crawl("article", output="crawled.jsonl", args={"urls": ",".join(url for url, _, _ in pages)})
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    expected = {r["url"]: r for r in crawled.records()}
    assert len(expected) == 3
    dates = {url: date for url, date, _ in pages}

    for name, gzip in (("site.warc.gz", True), ("site.warc", False)):
        # the damaged record sits in the middle: the records after it must still be read
        warc = tmp_path / name
        write_warc(warc, [pages[0], damaged, pages[1], missing, pages[2]], gzip=gzip, truncate=1)
        archived = crawl("warc", output=f"{name}.jsonl", args={"path": str(warc)})
        assert archived.returncode == 0, archived.stderr[-3000:]

        got = {r["url"]: r for r in archived.records()}
        assert set(got) == set(expected)  # the damaged record and the 404 give no record
        for url, record in got.items():
            assert without_fetch_time(record) == without_fetch_time(expected[url])
            assert record["fetched_at"] == dates[url].replace("Z", "+00:00")

        stats = crawl_stats(archived.stderr)
        assert stats["rallycrawl/warc/bad_record"] == 1
        assert stats["rallycrawl/not_article/http_404"] == 1
        assert "Skipped a bad record in" in archived.stderr
        assert "downloader/request_count" not in archived.stderr  # nothing fetched


def test_restart_skips_finished_files(local_server, crawl, tmp_path, site_records):
    pages, _ = site_records
    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    write_warc(first, pages[:2], gzip=True)
    write_warc(second, pages[2:], gzip=True)
    pattern = str(tmp_path / "*.warc.gz")

    run1 = crawl("warc", output="run1.jsonl", args={"path": pattern})
    assert run1.returncode == 0, run1.stderr[-3000:]
    assert len(run1.records()) == 3
    state = json.loads((tmp_path / ".rallycrawl-warc-state.json").read_text())
    assert set(state["finished"]) == {str(first), str(second)}

    # a third file arrives; the restarted run reads only that one
    third = tmp_path / "c.warc.gz"
    write_warc(third, pages[:1], gzip=True)
    run2 = crawl("warc", output="run2.jsonl", args={"path": pattern})
    assert run2.returncode == 0, run2.stderr[-3000:]
    assert [r["url"] for r in run2.records()] == [pages[0][0]]
    assert crawl_stats(run2.stderr)["rallycrawl/warc/files_already_done"] == 2

    # other filters are another job: the files are read again
    run3 = crawl("warc", output="run3.jsonl", args={"path": str(tmp_path), "since": "2025-05-01"})
    assert {r["url"] for r in run3.records()} == {pages[0][0], pages[2][0]}


def test_an_interrupted_run_resumes_after_the_last_finished_file(tmp_path, site_records):
    pages, _ = site_records
    write_warc(tmp_path / "a.warc.gz", pages, gzip=True)
    filler = [(f"http://example.org/{i}", "2025-01-01T00:00:00Z", record)
              for i, (_, _, record) in enumerate(small_records(1) * 3000)]
    write_warc(tmp_path / "b.warc.gz", filler, gzip=True)
    state = tmp_path / ".rallycrawl-warc-state.json"
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings"}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "warc", "-a", f"path={tmp_path / '*.warc.gz'}"]
    run = subprocess.Popen([*cmd, "-O", "run1.jsonl"], cwd=tmp_path, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not state.exists() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    run.send_signal(signal.SIGINT)  # Ctrl-C in the middle of the second file
    run.wait(timeout=120)
    assert list(json.loads(state.read_text())["finished"]) == [str(tmp_path / "a.warc.gz")]

    again = subprocess.run([*cmd, "-O", "run2.jsonl"], cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert crawl_stats(again.stderr)["rallycrawl/warc/files_already_done"] == 1
    assert crawl_stats(again.stderr)["rallycrawl/warc/responses"] == 3000
    assert set(json.loads(state.read_text())["finished"]) == {str(tmp_path / "a.warc.gz"), str(tmp_path / "b.warc.gz")}


def test_domain_and_date_filters_apply_to_warc_headers(crawl, tmp_path, site_records):
    pages, _ = site_records
    (_, _, strike), (_, _, vigil), (_, _, harvest) = pages
    warc = tmp_path / "hosts.warc.gz"
    write_warc(warc, [
        ("https://www.harbour-courier.example/port/walkout", "2025-05-06T08:00:00Z", strike),
        ("https://news.northfield.example/vigil", "2025-04-23T06:30:00Z", vigil),
        ("https://valley-farm.example/harvest", "2025-10-01T12:15:30Z", harvest),
    ], gzip=True)

    by_host = crawl("warc", output="hosts.jsonl",
                    args={"path": str(warc), "domains": "harbour-courier.example,northfield.example"})
    assert by_host.returncode == 0, by_host.stderr[-3000:]
    assert sorted(r["url"] for r in by_host.records()) == [
        "https://news.northfield.example/vigil", "https://www.harbour-courier.example/port/walkout"]
    assert crawl_stats(by_host.stderr)["rallycrawl/warc/skipped/domain"] == 1

    by_date = crawl("warc", output="dates.jsonl",
                    args={"path": str(warc), "since": "2025-04-24", "until": "2025-05-06", "state": "dates.json"})
    assert [r["url"] for r in by_date.records()] == ["https://www.harbour-courier.example/port/walkout"]
    assert crawl_stats(by_date.stderr)["rallycrawl/warc/skipped/date"] == 2


def test_bad_arguments_are_one_line(crawl, tmp_path):
    result = crawl("warc", output=None, args={"path": str(tmp_path / "none-*.warc.gz")})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"rallycrawl: error: -a path={tmp_path / 'none-*.warc.gz'}: no such file"]
    (tmp_path / "x.warc").write_bytes(b"")
    result = crawl("warc", output=None, args={"path": str(tmp_path / "x.warc"), "since": "May 2025"})
    assert result.returncode == 2 and "-a since='May 2025' is not a date" in result.stderr


# -- the reader on its own: damage anywhere in a file ---------------------------------------------


def small_records(n: int) -> list[tuple[str, str, tuple]]:
    records = []
    for i in range(n):
        body = " ".join(f"word{i}-{j}" for j in range(300)).encode()
        records.append((f"http://example.org/{i}", f"2025-01-0{i + 1}T00:00:00Z",
                        (200, "OK", [("Content-Type", "text/html")], body)))
    return records


def events(path: Path) -> list:
    return list(read_warc(str(path), lambda url, date: None))


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("truncate", [0, 2, 4])
def test_reader_skips_a_truncated_record_and_reads_the_rest(tmp_path, gzip, truncate):
    path = tmp_path / "x.warc"
    write_warc(path, small_records(5), gzip=gzip, truncate=truncate)
    got = events(path)
    urls = [e.url for e in got if isinstance(e, ResponseRecord)]
    assert urls == [f"http://example.org/{i}" for i in range(5) if i != truncate]
    assert sum(isinstance(e, BadRecord) for e in got) == 1


def test_reader_survives_garbage_between_records(tmp_path):
    path = tmp_path / "x.warc.gz"
    write_warc(path, small_records(3), gzip=True)
    data = path.read_bytes()
    members = [i for i in range(len(data)) if data.startswith(b"\x1f\x8b\x08", i)]
    path.write_bytes(data[: members[1]] + b"\x1f\x8b\x08 not gzip at all" + data[members[1]:])
    got = events(path)
    assert [e.url for e in got if isinstance(e, ResponseRecord)] == [f"http://example.org/{i}" for i in range(3)]
    assert sum(isinstance(e, BadRecord) for e in got) == 1


def test_reader_filters_before_reading_the_payload(tmp_path):
    path = tmp_path / "x.warc.gz"
    write_warc(path, small_records(3), gzip=True)
    seen = []

    def accept(url, date):
        seen.append((url, date.isoformat()))
        return None if url.endswith("/1") else "domain"

    got = list(read_warc(str(path), accept))
    assert [type(e) for e in got] == [SkippedRecord, ResponseRecord, SkippedRecord]
    assert seen[0] == ("http://example.org/0", "2025-01-01T00:00:00+00:00")


def test_a_cut_gzip_member_never_swallows_the_records_after_it(tmp_path):
    # A member cut short can decompress the next members' bytes as its own without an
    # error; whether it does depends on the bytes (each record has a random id), so many
    # files are written: every one must give the four whole records and one bad one.
    for attempt in range(200):
        path = tmp_path / f"x{attempt}.warc.gz"
        write_warc(path, small_records(5), gzip=True, truncate=0)
        got = events(path)
        assert [e.url for e in got if isinstance(e, ResponseRecord)] == [f"http://example.org/{i}" for i in range(1, 5)]
        assert sum(isinstance(e, BadRecord) for e in got) == 1
