"""Bad input in one real crawl: nothing crashes, each bad page is reported, good pages are exported.

One ``scrapy crawl article`` subprocess fetches, from a local server on
127.0.0.1, two good articles and every kind of bad response we know of: a 404,
a page in windows-1252 without a charset, a section front with no article, an
image, a PDF and a PNG served as ``text/html``, an unbalanced quotation mark,
UTF-16, a BOM that contradicts the header, invalid UTF-8, NUL bytes, a 50 MB
page (with and without ``Content-Length``), gzip and deflate bombs, and
``Content-Length`` headers that lie.  Module-scoped, so the crawl runs once.
"""

from __future__ import annotations

import gzip
import re
import zlib

import pytest

from conftest import FIXTURES, run_scrapy, start_server

pytestmark = pytest.mark.e2e

MB = 1024 * 1024

PARAGRAPHS = [
    "Around two hundred cyclists rode slowly through the city centre on Sunday, ringing their bells "
    "and carrying signs that asked for protected bike lanes on the ring road.",
    "The ride was organised by Pedal Safe, a volunteer group founded after two riders were injured at "
    "the same junction last winter.",
    "\u201cEvery week we count near misses at that corner,\u201d said Tomas Brandvold, one of the "
    "organisers. \u201cThe council has the plans; it needs to build them.\u201d",
    "Traffic was held at three junctions for about forty minutes, and the police reported no arrests.",
]


def article(headline: str, paragraphs=PARAGRAPHS, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{headline}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<article><h1>{headline}</h1>{body}</article><footer>Contact us</footer></body></html>"
    )


SECTION_FRONT = (
    "<html><head><title>Local news</title></head><body><nav>"
    + "".join(f"<a href='/local/{i}'>Story number {i}</a> " for i in range(30))
    + "</nav></body></html>"
)

GOOD = {
    "/good.html": "Cyclists ride for protected lanes",
    "/good-2.html": "Second ride planned for the spring",
}
CP1252_HEADLINE = "Caf\u00e9 owners and se\u00f1ora N\u00fa\u00f1ez join the ride"
UNBALANCED = [PARAGRAPHS[0], "\u201cThis corner is a disgrace, said one rider who would not give her name.",
              PARAGRAPHS[1], 'He called it "a trap for anyone on two wheels and left.', PARAGRAPHS[3]]


def _stream_50mb_without_length(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    chunk = b"<p>" + b"filler " * (MB // 7) + b"</p>"
    try:
        handler.wfile.write(b"<html><body>")
        for _ in range(50):
            handler.wfile.write(chunk)
    except OSError:  # the crawler hangs up once it has seen DOWNLOAD_MAXSIZE
        pass
    handler.close_connection = True


def _50mb_with_length(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(50 * MB))
    handler.end_headers()
    try:
        handler.wfile.write(b"<html><body><p>" + b"x" * (50 * MB - 15))
    except OSError:  # the crawler hangs up as soon as it reads the header
        pass
    handler.close_connection = True


def _length_longer_than_body(handler):
    body = article("Body shorter than its Content-Length").encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(len(body) + 100_000))
    handler.end_headers()
    handler.wfile.write(body)
    handler.close_connection = True


def _length_shorter_than_body(handler):
    body = article("Body longer than its Content-Length").encode()
    cut = body.index(b"<p>", body.index(b"<p>Traffic")) if b"<p>Traffic" in body else len(body) // 2
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(cut))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)
    handler.close_connection = True


def _length_not_a_number(handler):
    body = article("Content-Length that is not a number").encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "lots")
    handler.end_headers()
    handler.wfile.write(body)
    handler.close_connection = True


def _serve(server):
    for path, headline in GOOD.items():
        server.route(path, article(headline))
    server.route("/missing.html", "<html><body><h1>Not found</h1></body></html>", status=404)
    server.route("/cp1252.html", article(CP1252_HEADLINE).encode("cp1252"), content_type="text/html")
    server.route("/section.html", SECTION_FRONT)
    server.route("/photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, content_type="image/png")
    server.route("/report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + bytes(range(256)) * 40)
    server.route("/picture.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, content_type="text/html; charset=utf-8")
    server.route("/unbalanced.html", article("Riders call a junction a trap", UNBALANCED))
    server.route("/utf16.html", article("UTF-16 ride report \u00e9t\u00e9").encode("utf-16"), content_type="text/html")
    server.route(
        "/bom-vs-header.html",
        b"\xef\xbb\xbf" + article("BOM says UTF-8: caf\u00e9", head="<meta charset='windows-1251'>").encode(),
        content_type="text/html; charset=iso-8859-1",
    )
    server.route(
        "/invalid-utf8.html",
        article("Invalid UTF-8 bytes inside").encode().replace(b"ring road", b"ring \xff\xfe\xc3 road"),
        content_type="text/html; charset=utf-8",
    )
    server.route("/nul.html", article("NUL bytes inside").replace("junction", "junc\x00tion"))
    server.handle("/huge.html", _50mb_with_length)
    server.handle("/huge-streamed.html", _stream_50mb_without_length)
    zeros = gzip.compress(b"\0" * (64 * MB), 9)
    server.route("/gzip-bomb.html", zeros * 16, Content_Encoding="gzip")  # 1 MB inflating to 1 GiB
    server.route("/deflate-bomb.html", zlib.compress(b"\0" * (64 * MB), 9), Content_Encoding="deflate")
    server.handle("/length-too-long.html", _length_longer_than_body)
    server.handle("/length-too-short.html", _length_shorter_than_body)
    server.handle("/length-not-a-number.html", _length_not_a_number)
    server.route("/loop-a.html", "", status=302, Location="/loop-b.html")  # a redirect loop
    server.route("/loop-b.html", "", status=301, Location="/loop-a.html")


BAD = [
    "/missing.html", "/cp1252.html", "/section.html", "/photo.png", "/report.html", "/picture.html",
    "/unbalanced.html", "/utf16.html", "/bom-vs-header.html", "/invalid-utf8.html", "/nul.html",
    "/huge.html", "/huge-streamed.html", "/gzip-bomb.html", "/deflate-bomb.html",
    "/length-too-long.html", "/length-too-short.html", "/length-not-a-number.html", "/loop-a.html",
]


def stats_from_log(log: str) -> dict[str, int]:
    """The integer crawl stats from the log's final stats dump."""
    dump = log[log.rindex("Dumping Scrapy stats"):]
    return {key: int(value) for key, value in re.findall(r"'([^']+)': (\d+),?\n", dump)}


@pytest.fixture(scope="module")
def bad_crawl(tmp_path_factory):
    server, info = start_server(FIXTURES / "site")
    _serve(info)
    tmp = tmp_path_factory.mktemp("bad-input")
    urls = [info.url(p) for p in [*GOOD, *BAD]]
    out = tmp / "out.jsonl"
    proc = run_scrapy(
        ["crawl", "article", "-a", "urls=" + ",".join(urls), "-s", "ROBOTSTXT_OBEY=False",
         "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=1", "-O", str(out)],
        tmp, timeout=120,
    )
    server.shutdown()
    server.server_close()
    records = {r["url"].rsplit("/", 1)[-1]: r for r in map(__import__("json").loads, out.read_text().splitlines())}
    return proc, records, stats_from_log(proc.stderr), info


def test_crawl_finishes_without_a_traceback(bad_crawl):
    proc, _, stats, _ = bad_crawl
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr and "Unhandled error" not in proc.stderr
    assert "Error processing" not in proc.stderr, "a pipeline raised instead of reporting"
    assert stats.get("finish_reason") is None  # a string; the crawl reached its end:
    assert "Spider closed (finished)" in proc.stderr


def test_good_pages_are_still_exported(bad_crawl):
    _, records, _, _ = bad_crawl
    for path, headline in GOOD.items():
        record = records[path.lstrip("/")]
        assert record["headline"] == headline
        assert "Pedal Safe" in record["body"]


def test_every_url_is_exported_or_reported(bad_crawl):
    proc, records, _, info = bad_crawl
    for path in BAD:
        if path.lstrip("/") in records:
            continue
        url = info.url(path)
        lines = [line for line in proc.stderr.splitlines() if url in line and ("INFO" in line or "WARNING" in line)]
        assert lines, f"{path} was neither exported nor reported"


def test_404_is_reported_not_exported(bad_crawl):
    proc, records, stats, info = bad_crawl
    assert "missing.html" not in records
    assert stats["rallycrawl/not_article/http_404"] == 1
    assert f"Not an article: {info.url('/missing.html')} (HTTP 404)" in proc.stderr


def test_windows_1252_without_charset_is_decoded(bad_crawl):
    _, records, _, _ = bad_crawl
    record = records["cp1252.html"]
    assert record["headline"] == CP1252_HEADLINE
    assert "\u201cEvery week" in record["body"]


def test_section_front_is_not_an_article(bad_crawl):
    proc, records, stats, info = bad_crawl
    assert "section.html" not in records
    assert re.search(rf"Dropped {re.escape(info.url('/section.html'))}: not an article", proc.stderr)
    assert stats["rallycrawl/not_article/no_text"] >= 1


def test_binary_files_are_not_articles(bad_crawl):
    proc, records, stats, info = bad_crawl
    for path, what in (("photo.png", "PNG"), ("report.html", "PDF"), ("picture.html", "PNG")):
        assert path not in records
        assert re.search(rf"Dropped {re.escape(info.url('/' + path))}: not an article: .*{what}", proc.stderr), path
    assert stats["rallycrawl/not_article/not_html"] == 3


def test_unbalanced_quotation_mark_keeps_the_rest_of_the_article(bad_crawl):
    _, records, _, _ = bad_crawl
    record = records["unbalanced.html"]
    assert "police reported no arrests" in record["body"]
    for quote in record["quotes"]:
        assert "police reported no arrests" not in quote["text"], "a stray mark swallowed the article"


def test_mislabelled_and_odd_encodings_are_exported(bad_crawl):
    _, records, _, _ = bad_crawl
    assert records["utf16.html"]["headline"] == "UTF-16 ride report \u00e9t\u00e9"
    assert records["bom-vs-header.html"]["headline"] == "BOM says UTF-8: caf\u00e9"
    assert "\ufffd" in records["invalid-utf8.html"]["body"]
    assert "junction" in records["nul.html"]["body"] and "\x00" not in records["nul.html"]["body"]


def test_pages_over_download_maxsize_are_refused(bad_crawl):
    proc, records, stats, info = bad_crawl
    for path in ("huge.html", "huge-streamed.html", "gzip-bomb.html", "deflate-bomb.html"):
        assert path not in records
        assert f"Refused {info.url('/' + path)}: larger than DOWNLOAD_MAXSIZE" in proc.stderr
    assert stats["rallycrawl/failed/too_large"] == 4
    # memory stayed bounded: nowhere near the 1 GiB a bomb inflates to
    assert stats["memusage/max"] < 600 * MB


def test_content_length_lies(bad_crawl):
    proc, records, stats, info = bad_crawl
    # More promised than sent: a partial body is refused (DOWNLOAD_FAIL_ON_DATALOSS), after retries.
    assert "length-too-long.html" not in records
    assert f"Failed to fetch {info.url('/length-too-long.html')}: ResponseDataLossError" in proc.stderr
    assert stats["rallycrawl/failed/ResponseDataLossError"] >= 1
    # Less promised than sent: the body is what the header says, the rest is discarded.
    if "length-too-short.html" in records:
        assert "police reported no arrests" not in records["length-too-short.html"]["body"]
    # A header that is not a number: reported, never a crash (checked by the other tests).


def test_empty_urls_file_stops_with_one_clear_line(crawl, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("", encoding="utf-8")
    result = crawl("article", args={"urls_file": str(listing)})
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"rallycrawl: error: -a urls_file={listing}: the file lists no URL"]
    assert not result.output.exists()


def test_urls_file_of_comments_only_is_empty_too(crawl, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# to do\n\n   \n# later\n", encoding="utf-8")
    result = crawl("article", args={"urls_file": str(listing)})
    assert result.returncode == 2
    assert "the file lists no URL" in result.stderr


def test_redirect_loop_ends_after_redirect_max_times(bad_crawl):
    proc, records, _, info = bad_crawl
    assert "loop-a.html" not in records and "loop-b.html" not in records
    assert f"Failed to fetch {info.url('/loop-a.html')}: IgnoreRequest: max redirections reached" in proc.stderr
