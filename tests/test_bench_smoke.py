"""The benchmark scripts run and print their figures (on four hand-written pages,
with tiny counts).  Benchmarks are not timed tests: no speed is asserted here."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PAGES = Path(__file__).resolve().parent / "fixtures" / "bench"

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    """The fixture pages, one of them gzipped as the public benchmark ships its pages."""
    root = tmp_path_factory.mktemp("bench")
    shutil.copytree(PAGES, root, dirs_exist_ok=True)
    plain = root / "html" / "market-update.html"
    (root / "html" / "market-update.html.gz").write_bytes(gzip.compress(plain.read_bytes()))
    plain.unlink()
    return root


def run(script: str, *args: str, timeout: float = 120) -> str:
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), *args], cwd=ROOT, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    return proc.stdout


NUMBER = r"\d+(?:\.\d+)?"


def test_extract_prints_speeds_shares_and_ratios(pages):
    out = run("extract.py", "--pages", str(pages / "html"), "--repeat", "1")
    assert "extraction benchmark: 4 pages" in out
    assert re.search(rf"pages/s \(median of 1\): rallycrawl {NUMBER}\s+trafilatura {NUMBER}\s+parse-only {NUMBER}", out)
    for method in ("rallycrawl", "trafilatura", "parse-only"):
        assert re.search(rf"per page ms, {method}: median {NUMBER}\s+p90 {NUMBER}", out), method
    shares = re.search(r"stage shares \(rallycrawl\): (.*)", out).group(1)
    for stage in ("parse", "metadata", "body", "relevance", "protest analysis"):
        assert re.search(rf"{stage} {NUMBER}%", shares), stage
    assert re.search(rf"ratio rallycrawl / trafilatura\+metadata: {NUMBER}x", out)
    assert re.search(rf"ratio rallycrawl / parse-only: {NUMBER}x", out)
    assert "articles: 4 of 4 pages" in out
    assert re.search(rf"protest analysis / body on the \d+ protest pages: {NUMBER}", out)


def test_body_quality_prints_both_scores(pages):
    out = run("body_quality.py", "--pages", str(pages / "html"), "--worst", "2")
    assert "body quality: 4 pages" in out
    for name in ("rallycrawl", "trafilatura"):
        assert re.search(rf"{name}\s+precision={NUMBER}\s+recall={NUMBER}\s+F1={NUMBER}", out), name
    assert re.search(r"F1 rallycrawl - trafilatura: [+-]\d\.\d{3}", out)
    # The hand-written pages are easy: rallycrawl's body matches the ground truth.
    assert re.search(r"rallycrawl\s+precision=1\.000\s+recall=1\.000", out)


def test_body_quality_says_in_one_line_what_is_missing(tmp_path):
    for args, said in (
        (("--pages", str(tmp_path / "nowhere")), "no folder of pages at"),
        (("--pages", str(tmp_path)), "cannot read the ground truth"),
    ):
        proc = subprocess.run([sys.executable, str(BENCH / "body_quality.py"), *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 1
        assert said in proc.stderr and "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1


def test_body_quality_measure_matches_the_benchmark_definition():
    sys.path.insert(0, str(BENCH))
    try:
        import body_quality as bq
    finally:
        sys.path.remove(str(BENCH))
    assert bq.page_counts("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = bq.page_counts("a b c d e f", "a b c d x")  # 3 true shingles, 2 predicted, 1 shared
    assert (tp, fp, fn) == pytest.approx((1 / 4, 1 / 4, 2 / 4))
    assert bq.shingles("one two") == {("one", "two"): 1}  # shorter than 4 words: one shingle
    scores = bq.scores([(1.0, 0.0, 0.0), (0.0, 1.0, 0.0)])  # a perfect page, a page of pure noise
    assert scores["precision"] == 0.5 and scores["recall"] == 1.0


def test_crawl_prints_the_three_speeds_and_ratios(pages):
    out = run("crawl.py", "--pages", str(pages / "html"), "--count", "8", timeout=180)
    for kind, items in (("rallycrawl", 8), ("trafilatura", 8), ("download", 0)):
        assert re.search(rf"round 1 {kind}: 8 pages in {NUMBER} s, {NUMBER} pages/s, {items} items exported", out), kind
    assert re.search(rf"pages/s \(median of 1\): rallycrawl {NUMBER}\s+trafilatura {NUMBER}\s+download {NUMBER}", out)
    assert re.search(rf"ratio rallycrawl / trafilatura spider: {NUMBER}x", out)
    assert "ROBOTSTXT_OBEY=False AUTOTHROTTLE_ENABLED=False" in out


def test_memory_prints_both_peaks_and_the_growth(pages):
    out = run("memory.py", "--pages", str(pages / "html"), "--small", "4", "--large", "12", timeout=180)
    assert re.search(rf"4 pages: peak RSS {NUMBER} MB \(4 pages, 4 records", out)
    assert re.search(rf"12 pages: peak RSS {NUMBER} MB \(12 pages, 12 records", out)
    assert re.search(rf"peak RSS growth 4 -> 12 pages: [+-]{NUMBER} MB", out)
