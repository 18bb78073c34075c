"""The commands a newcomer finds: spider arguments in -h and ``spiders``, ``version``, ``parse``."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rallycrawl import __version__

pytestmark = pytest.mark.e2e


def rallycrawl(args: list[str], cwd) -> subprocess.CompletedProcess:
    """The ``rallycrawl`` console command, run outside the checkout."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.run([sys.executable, "-m", "rallycrawl.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_crawl_help_lists_the_arguments_of_the_spider_named(tmp_path):
    proc = rallycrawl(["crawl", "news", "-h"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Spider arguments (-a NAME=VALUE)" in out
    for name in ("site", "sites_file", "feed", "sitemap", "depth", "since", "until", "max_articles",
                 "only_protest", "refresh"):
        assert f"-a {name}=" in out, name
    assert "only articles published on or after this day (YYYY-MM-DD)" in out
    assert "-a url=" not in out  # the article spider's, not asked for


def test_spiders_lists_every_spider_with_its_arguments(tmp_path):
    proc = rallycrawl(["spiders"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    for line in ("article: ", "news: ", "warc: ", "-a url=", "-a urls_file=", "-a path=", "-a domains="):
        assert line in proc.stdout, line
    assert "one article URL" in proc.stdout


def test_version_is_rallycrawls_then_scrapys(tmp_path):
    import scrapy

    proc = rallycrawl(["version"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"rallycrawl {__version__} (Scrapy {scrapy.__version__})"


def test_parse_with_the_article_spider_prints_the_record(local_server, tmp_path):
    proc = rallycrawl(["parse", "--spider", "article", local_server.url("/rally-article.html")], tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert "'headline': 'Tenants Rally Outside City Hall Demanding Rent Freeze'" in proc.stdout
    assert "'is_protest': True" in proc.stdout
    assert "_html" not in proc.stdout  # the record, not the raw page item


def test_parse_with_the_news_spider_says_why_a_page_is_left_out(local_server, tmp_path):
    proc = rallycrawl(["parse", "--spider", "news", local_server.url("/plain-article.html")], tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert "'left_out': 'not about a protest" in proc.stdout


def test_parse_with_a_bad_argument_is_one_line_and_exit_2(local_server, tmp_path):
    proc = rallycrawl(["parse", "--spider", "article", "-a", "colour=red", local_server.url("/rally-article.html")],
                      tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("rallycrawl: error: unknown argument -a colour")
