"""``scrapy crawl article`` in a subprocess against a local HTTP server, every export format."""

import csv
import json

import pytest

pytestmark = pytest.mark.e2e

RALLY_HEADLINE = "Tenants Rally Outside City Hall Demanding Rent Freeze"


@pytest.fixture
def crawled(local_server, crawl, tmp_path):
    urls = [local_server.url(p) for p in ("/rally-article.html", "/plain-article.html", "/section-front.html", "/missing.html")]
    extra = []
    for name, fmt in (("out.json", "json"), ("out.csv", "csv"), ("quotes.csv", "quotes-csv"),
                      ("organisations.csv", "organisations-csv"), ("demands.csv", "demands-csv")):
        extra += ["-O", f"{tmp_path / name}:{fmt}"]
    result = crawl("article", args={"urls": ",".join(urls)}, extra=extra)
    assert result.returncode == 0, result.stderr[-3000:]
    return result, tmp_path


def test_jsonl_records_field_by_field(crawled, local_server):
    result, _ = crawled
    records = {r["url"]: r for r in result.records()}
    assert set(records) == {local_server.url("/rally-article.html"), local_server.url("/plain-article.html")}
    rally = records[local_server.url("/rally-article.html")]
    assert rally["headline"] == RALLY_HEADLINE
    assert rally["canonical_url"] == "https://www.riverside-ledger.example/news/tenants-rally-city-hall-rent-freeze-4411"
    assert rally["domain"] == "riverside-ledger.example"
    assert rally["authors"] == ["Marisol Okafor", "Dev Pranesh"]
    assert rally["published"] == "2024-03-14T09:15:00-05:00"
    assert rally["modified"] == "2024-03-14T11:02:00-05:00"
    assert rally["publisher"] == "The Riverside Ledger"
    assert rally["section"] == "Local"
    assert rally["language"] == "en"
    assert rally["schema_version"] == 1
    assert rally["body"].startswith("Hundreds of renters gathered")
    assert "Photo: Lena" not in rally["body"] and "newsletter" not in rally["body"]
    assert rally["word_count"] > 150
    assert rally["is_protest"] is True
    plain = records[local_server.url("/plain-article.html")]
    assert plain["headline"] == "Library Extends Weekend Hours After Record Visits"
    assert plain["authors"] == ["Tomas Berglund"]
    assert plain["published"] == "2023-09-02T08:30:00+02:00"
    assert plain["is_protest"] is False and plain["event"] is None and plain["demands"] == []


def test_non_articles_are_reported_not_exported(crawled, local_server):
    result, _ = crawled
    log = result.stderr
    assert f"Dropped {local_server.url('/section-front.html')}: not an article" in log
    assert f"Not an article: {local_server.url('/missing.html')} (HTTP 404)" in log
    assert "'rallycrawl/not_article/http_404': 1" in log


def test_json_export_is_utf8_and_matches_jsonl(crawled):
    result, tmp_path = crawled
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert sorted(r["url"] for r in data) == sorted(r["url"] for r in result.records())
    assert "\\u" not in text  # not ASCII-escaped


def test_csv_exports(crawled, local_server):
    _, tmp_path = crawled
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as fh:
        rows = {r["url"]: r for r in csv.DictReader(fh)}
    rally = rows[local_server.url("/rally-article.html")]
    assert rally["headline"] == RALLY_HEADLINE
    assert rally["authors"] == "Marisol Okafor; Dev Pranesh"
    assert rally["is_protest"] == "true"
    assert not any(v.startswith(("[", "{")) for row in rows.values() for v in row.values())
    for name, column in (("quotes.csv", "speaker"), ("organisations.csv", "role"), ("demands.csv", "source")):
        with open(tmp_path / name, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert column in reader.fieldnames
            for row in reader:
                assert row["url"] in rows


def test_argument_error_is_one_clear_line(crawl):
    result = crawl("article", args={}, output=None)
    assert result.returncode == 2
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert lines == ["rallycrawl: error: no URL to crawl: pass -a url=URL, -a urls=URL1,URL2 or -a urls_file=PATH"]


def test_urls_from_stdin(crawl, local_server):
    result = crawl("article", args={"urls_file": "-"}, stdin=f"# from a pipe\n{local_server.url('/plain-article.html')}\n")
    assert result.returncode == 0, result.stderr[-2000:]
    assert [r["headline"] for r in result.records()] == ["Library Extends Weekend Hours After Record Visits"]


def test_unknown_spider_is_one_clear_line(crawl):
    result = crawl("articel", output=None)
    assert result.returncode == 2
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "no spider named 'articel'" in lines[0] and "article" in lines[0]


def test_no_code_execution_servers_are_started(crawled):
    result, _ = crawled
    assert "Remote control HTTP server" not in result.stderr
    assert "Telnet console listening" not in result.stderr


def test_appending_runs_keep_one_csv_header_and_refuse_json(local_server, crawl, tmp_path):
    url = local_server.url("/rally-article.html")
    for _ in range(2):
        result = crawl("article", args={"url": url}, output=None,
                       settings={"RALLYCRAWL_CSV_EXCEL": "true", "RALLYCRAWL_SQLITE_PATH": str(tmp_path / "s.sqlite3")},
                       extra=["-o", f"{tmp_path / 'out.csv'}:csv", "-o", f"{tmp_path / 'out.jsonl'}"])
        assert result.returncode == 0, result.stderr[-2000:]
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["url"] for r in rows] == [url, url]  # two runs, one header
    (tmp_path / "out.json").write_text("[]", encoding="utf-8")
    refused = crawl("article", args={"url": url}, output=None, extra=["-o", f"{tmp_path / 'out.json'}"])
    assert refused.returncode == 2
    lines = [line for line in refused.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot append" in lines[0] and "-O" in lines[0], refused.stderr
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == "[]"
